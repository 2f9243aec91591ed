"""OffsetForLeaderEpoch (23): end offset of a leader epoch, from the leader-epoch cache."""

from __future__ import annotations

from typing import TYPE_CHECKING

from protocol.errors import ErrorCode
from protocol.messages import OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = OffsetForLeaderEpochRequest


def handle(
    broker: Broker, ctx: RequestContext, request: OffsetForLeaderEpochRequest
) -> OffsetForLeaderEpochResponse:
    topics = []
    for topic in request.topics:
        results = []
        for p in topic.partitions:
            out = OffsetForLeaderEpochResponse.EpochEndOffset(partition=p.partition)
            part = broker.replicas.get(topic.topic, p.partition)
            if part is None:
                out.error_code = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
            elif (epoch_error := part.epoch_error(p.current_leader_epoch)) is not None:
                out.error_code = epoch_error
            else:
                epoch, end_offset = part.log.epoch_cache.end_offset_for(p.leader_epoch, part.log.log_end_offset)
                out.leader_epoch = epoch
                out.end_offset = end_offset
            results.append(out)
        topics.append(OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult(topic=topic.topic, partitions=results))
    return OffsetForLeaderEpochResponse(topics=topics)
