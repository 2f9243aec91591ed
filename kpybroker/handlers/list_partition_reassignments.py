"""ListPartitionReassignments (46): partitions with replicas being added or removed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpybroker.security.acl import AclOperation
from kpybroker.security.enforce import authorize_cluster
from protocol.errors import ErrorCode
from protocol.messages import ListPartitionReassignmentsRequest, ListPartitionReassignmentsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = ListPartitionReassignmentsRequest
R = ListPartitionReassignmentsResponse


def handle(broker: Broker, ctx: RequestContext, request: ListPartitionReassignmentsRequest) -> R:
    if not authorize_cluster(broker, ctx, AclOperation.DESCRIBE):
        return R(throttle_time_ms=0, error_code=ErrorCode.CLUSTER_AUTHORIZATION_FAILED,
                 error_message="Cluster authorization failed.", topics=[])
    image = broker.image
    if request.topics is None:
        wanted = [(name, sorted(info.partitions)) for name, info in sorted(image.topics_by_name.items())]
    else:
        wanted = [(t.name, list(t.partition_indexes)) for t in request.topics]
    topics = []
    for name, pids in wanted:
        info = image.topics_by_name.get(name)
        if info is None:
            continue
        parts = []
        for pid in pids:
            part = info.partitions.get(pid)
            if part is None or not (part.adding_replicas or part.removing_replicas):
                continue
            parts.append(R.OngoingPartitionReassignment(
                partition_index=pid, replicas=list(part.replicas), adding_replicas=list(part.adding_replicas),
                removing_replicas=list(part.removing_replicas),
            ))
        if parts:
            topics.append(R.OngoingTopicReassignment(name=name, partitions=parts))
    return R(throttle_time_ms=0, error_code=0, error_message=None, topics=topics)
