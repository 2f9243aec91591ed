"""DescribeProducers (61): the active producers of partitions this node leads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from protocol.errors import ErrorCode
from protocol.messages import DescribeProducersRequest, DescribeProducersResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = DescribeProducersRequest
Resp = DescribeProducersResponse


def handle(broker: Broker, ctx: RequestContext, request: DescribeProducersRequest) -> DescribeProducersResponse:
    topics = []
    for topic in request.topics:
        parts = []
        for index in topic.partition_indexes:
            out = Resp.PartitionResponse(partition_index=index)
            part = broker.replicas.get(topic.name, index)
            if part is None:
                known = topic.name in broker.image.topics_by_name
                out.error_code = int(ErrorCode.NOT_LEADER_OR_FOLLOWER if known else ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
            else:
                out.active_producers = [
                    Resp.ProducerState(
                        producer_id=pid, producer_epoch=entry.producer_epoch, last_sequence=entry.last_seq,
                        last_timestamp=entry.last_timestamp, coordinator_epoch=entry.coordinator_epoch,
                        current_txn_start_offset=-1 if entry.current_txn_first_offset is None
                        else entry.current_txn_first_offset,
                    )
                    for pid, entry in sorted(part.log.producer_state.producers.items())
                ]
            parts.append(out)
        topics.append(Resp.TopicResponse(name=topic.name, partitions=parts))
    return Resp(topics=topics)
