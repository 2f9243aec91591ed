"""AlterPartitionReassignments (45): move partition replicas (ReplicationControlManager).

A target that is the current replica set, or a subset of the in-sync replicas, completes at
once; adding replicas starts a reassignment that completes when they join the ISR.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.security.acl import AclOperation
from kpybroker.security.enforce import authorize_cluster
from protocol.errors import ErrorCode
from protocol.messages import AlterPartitionReassignmentsRequest, AlterPartitionReassignmentsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = AlterPartitionReassignmentsRequest


def handle(broker: Broker, ctx: RequestContext, request: AlterPartitionReassignmentsRequest) -> Any:
    if not authorize_cluster(broker, ctx, AclOperation.ALTER):
        return AlterPartitionReassignmentsResponse(
            throttle_time_ms=0, error_code=ErrorCode.CLUSTER_AUTHORIZATION_FAILED,
            error_message="Cluster authorization failed.", responses=[],
        )
    return broker.controller_op(
        lambda controller, now_ms: controller.alter_partition_reassignments(request, ctx.api_version, now_ms)
    )
