"""CreateAcls (30): AccessControlEntryRecords written by the controller (AclControlManager)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.security.acl import AclOperation
from kpybroker.security.enforce import authorize_cluster, authorizer_configured
from protocol.errors import ErrorCode
from protocol.messages import CreateAclsRequest, CreateAclsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = CreateAclsRequest


def handle(broker: Broker, ctx: RequestContext, request: CreateAclsRequest) -> Any:
    if not authorize_cluster(broker, ctx, AclOperation.ALTER):
        return _all_failed(request, ErrorCode.CLUSTER_AUTHORIZATION_FAILED, "Cluster authorization failed.")
    if not authorizer_configured(broker):
        return _all_failed(request, ErrorCode.SECURITY_DISABLED, "No Authorizer is configured.")
    return broker.controller_op(lambda controller, now_ms: controller.create_acls(request, ctx.api_version, now_ms))


def _all_failed(request: CreateAclsRequest, code: int, message: str) -> CreateAclsResponse:
    return CreateAclsResponse(
        throttle_time_ms=0,
        results=[CreateAclsResponse.AclCreationResult(error_code=code, error_message=message) for _ in request.creations],
    )
