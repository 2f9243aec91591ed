"""ListOffsets (2): earliest, latest, by timestamp, max timestamp; honours isolation level."""

from __future__ import annotations

from typing import TYPE_CHECKING

from protocol.errors import ErrorCode, KafkaError
from protocol.messages import ListOffsetsRequest, ListOffsetsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext
    from kpybroker.replica_manager import Partition
    from log.log import Log

REQUEST = ListOffsetsRequest

LATEST = -1
EARLIEST = -2
MAX_TIMESTAMP = -3
EARLIEST_LOCAL = -4
LATEST_TIERED = -5
EARLIEST_PENDING_UPLOAD = -6
READ_COMMITTED = 1


def handle(broker: Broker, ctx: RequestContext, request: ListOffsetsRequest) -> ListOffsetsResponse:
    topics = []
    for topic in request.topics:
        parts = []
        for p in topic.partitions:
            out = ListOffsetsResponse.ListOffsetsPartitionResponse(partition_index=p.partition_index)
            part = broker.replicas.get(topic.name, p.partition_index)
            if part is None:
                out.error_code = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
            elif (epoch_error := part.epoch_error(p.current_leader_epoch)) is not None:
                out.error_code = epoch_error
            else:
                try:
                    _lookup(part, p.timestamp, request.isolation_level, out)
                    if ctx.api_version < 4:
                        out.leader_epoch = -1
                except KafkaError as exc:
                    out.error_code = int(exc.code)
            parts.append(out)
        topics.append(ListOffsetsResponse.ListOffsetsTopicResponse(name=topic.name, partitions=parts))
    return ListOffsetsResponse(topics=topics)


def _lookup(part: Partition, ts: int, isolation: int, out: ListOffsetsResponse.ListOffsetsPartitionResponse) -> None:
    plog = part.log
    out.timestamp = -1
    if ts == LATEST:
        out.offset = plog.last_stable_offset if isolation == READ_COMMITTED else plog.high_watermark
        out.leader_epoch = part.leader_epoch
    elif ts in (EARLIEST, EARLIEST_LOCAL, EARLIEST_PENDING_UPLOAD):
        out.offset = plog.log_start_offset
        out.leader_epoch = _epoch_at(plog, out.offset)
    elif ts == LATEST_TIERED:
        out.offset = -1
    elif ts == MAX_TIMESTAMP or ts >= 0:
        found = plog.offset_for_timestamp(ts)
        if found is None:
            out.offset = -1
        else:
            offset, timestamp = found
            limit = plog.last_stable_offset if isolation == READ_COMMITTED else plog.high_watermark
            if offset >= limit:
                out.offset = -1
            else:
                out.offset = offset
                out.timestamp = timestamp
                out.leader_epoch = _epoch_at(plog, offset)
    else:
        out.error_code = ErrorCode.UNSUPPORTED_VERSION


def _epoch_at(plog: Log, offset: int) -> int:
    epoch = plog.epoch_cache.epoch_for_offset(offset)
    return -1 if epoch is None else epoch
