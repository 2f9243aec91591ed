"""DescribeQuorum (55): the leader's view of the metadata quorum (kafka-metadata-quorum)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from controller.raft.wire import METADATA_TOPIC
from protocol.errors import ErrorCode
from protocol.messages import DescribeQuorumRequest, DescribeQuorumResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = DescribeQuorumRequest
LISTENER_KINDS = ("controller",)
R = DescribeQuorumResponse


def handle(broker: Broker, ctx: RequestContext, request: DescribeQuorumRequest) -> Any:
    topics = request.topics
    if len(topics) != 1 or topics[0].topic_name != METADATA_TOPIC or [p.partition_index for p in topics[0].partitions] != [0]:
        return R(error_code=int(ErrorCode.INVALID_REQUEST), error_message="only __cluster_metadata-0 has a quorum")
    quorum = broker.quorum
    desc = quorum.controller.describe_quorum() if quorum is not None else None
    if desc is None:
        leader = quorum.controller.leader_id if quorum is not None else -1
        epoch = quorum.controller.epoch if quorum is not None else -1
        part = R.PartitionData(
            partition_index=0, error_code=int(ErrorCode.NOT_LEADER_OR_FOLLOWER), leader_id=leader, leader_epoch=epoch,
            error_message="This node is not the leader of the metadata quorum",
        )
        return R(topics=[R.TopicData(topic_name=METADATA_TOPIC, partitions=[part])])

    def state(r: Any) -> Any:
        caught_up = r.last_fetch_timestamp if r.log_end_offset >= desc.high_watermark >= 0 else -1
        return R.ReplicaState(
            replica_id=r.replica_id, replica_directory_id=r.directory_id, log_end_offset=r.log_end_offset,
            last_fetch_timestamp=r.last_fetch_timestamp, last_caught_up_timestamp=caught_up,
        )

    part = R.PartitionData(
        partition_index=0,
        leader_id=desc.leader_id,
        leader_epoch=desc.leader_epoch,
        high_watermark=desc.high_watermark,
        current_voters=[state(r) for r in desc.current_voters],
        observers=[state(r) for r in desc.observers],
    )
    listener = broker.config.controller_listener_names[0]
    # Our own entry has the bound port; the log's voter set (kraft.version 1) names the rest.
    found = {nid: (host, port) for nid, host, port, _ in quorum.controller_endpoints()}
    found.update({nid: (host, port) for nid, host, port, _ in broker.controller_endpoints() if nid == broker.node_id})
    voter_ids = {r.replica_id for r in desc.current_voters}
    nodes = [
        R.Node(node_id=nid, listeners=[R.Listener(name=listener, host=host, port=port)])
        for nid, (host, port) in sorted(found.items())
        if nid in voter_ids
    ]
    return R(topics=[R.TopicData(topic_name=METADATA_TOPIC, partitions=[part])], nodes=nodes)
