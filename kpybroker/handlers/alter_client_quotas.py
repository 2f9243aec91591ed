"""AlterClientQuotas (49): ClientQuotaRecords written by the controller.

Quotas are stored and described; the broker does not throttle clients by them yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.security.acl import AclOperation
from kpybroker.security.enforce import authorize_cluster
from protocol.errors import ErrorCode
from protocol.messages import AlterClientQuotasRequest, AlterClientQuotasResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = AlterClientQuotasRequest


def handle(broker: Broker, ctx: RequestContext, request: AlterClientQuotasRequest) -> Any:
    if not authorize_cluster(broker, ctx, AclOperation.ALTER_CONFIGS):
        return AlterClientQuotasResponse(throttle_time_ms=0, entries=[
            AlterClientQuotasResponse.EntryData(
                error_code=ErrorCode.CLUSTER_AUTHORIZATION_FAILED, error_message="Cluster authorization failed.",
                entity=[AlterClientQuotasResponse.EntityData(entity_type=e.entity_type, entity_name=e.entity_name)
                        for e in entry.entity],
            )
            for entry in request.entries
        ])
    return broker.controller_op(lambda controller, now_ms: controller.alter_client_quotas(request, ctx.api_version, now_ms))
