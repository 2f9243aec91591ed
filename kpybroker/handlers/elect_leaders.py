"""ElectLeaders (43): preferred or unclean leader election, decided by the controller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.security.acl import AclOperation
from kpybroker.security.enforce import authorize_cluster
from protocol.errors import ErrorCode
from protocol.messages import ElectLeadersRequest, ElectLeadersResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = ElectLeadersRequest


def handle(broker: Broker, ctx: RequestContext, request: ElectLeadersRequest) -> Any:
    if not authorize_cluster(broker, ctx, AclOperation.ALTER):
        results = [
            ElectLeadersResponse.ReplicaElectionResult(topic=tp.topic, partition_result=[
                ElectLeadersResponse.PartitionResult(partition_id=p, error_code=ErrorCode.CLUSTER_AUTHORIZATION_FAILED,
                                                     error_message=None)
                for p in tp.partitions
            ])
            for tp in request.topic_partitions or []
        ]
        return ElectLeadersResponse(throttle_time_ms=0, error_code=ErrorCode.CLUSTER_AUTHORIZATION_FAILED,
                                    replica_election_results=results)
    return broker.controller_op(lambda controller, now_ms: controller.elect_leaders(request, ctx.api_version, now_ms))
