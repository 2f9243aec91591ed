"""UpdateFeatures (57): finalized feature levels as FeatureLevelRecords (FeatureControlManager)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.security.acl import AclOperation
from kpybroker.security.enforce import authorize_cluster
from protocol.errors import ErrorCode
from protocol.messages import UpdateFeaturesRequest, UpdateFeaturesResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = UpdateFeaturesRequest


def handle(broker: Broker, ctx: RequestContext, request: UpdateFeaturesRequest) -> Any:
    if not authorize_cluster(broker, ctx, AclOperation.ALTER):
        return UpdateFeaturesResponse(throttle_time_ms=0, error_code=ErrorCode.CLUSTER_AUTHORIZATION_FAILED,
                                      error_message="Cluster authorization failed.", results=[])
    return broker.controller_op(lambda controller, now_ms: controller.update_features(request, ctx.api_version, now_ms))
