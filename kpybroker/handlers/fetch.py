"""Fetch (1): zero-copy reads from the segment mmaps, long-poll woken by appends."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from protocol.errors import ErrorCode, KafkaError
from protocol.messages import FetchRequest, FetchResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext
    from kpybroker.replica_manager import Partition

REQUEST = FetchRequest
ZERO_UUID = uuid.UUID(int=0)
READ_COMMITTED = 1


@dataclass(slots=True)
class _Want:
    topic: str | None
    topic_id: uuid.UUID
    fetch: FetchRequest.FetchPartition


def handle(broker: Broker, ctx: RequestContext, request: FetchRequest) -> FetchResponse | asyncio.Future:
    version = ctx.api_version
    if request.session_id != 0:
        # Sessions are declined (KIP-227 allows a broker to): clients fall back to full fetches.
        return FetchResponse(error_code=ErrorCode.FETCH_SESSION_ID_NOT_FOUND, session_id=0)
    wants = _resolve(broker, request, version)
    response, total = _read_all(broker, request, wants, version)
    if request.max_wait_ms <= 0 or total >= request.min_bytes or not wants or _has_error(response):
        return response
    return _long_poll(broker, request, wants, version)


async def _long_poll(broker: Broker, request: FetchRequest, wants: list[_Want], version: int) -> FetchResponse:
    keys = [(w.topic, w.fetch.partition) for w in wants if w.topic is not None]
    deadline = asyncio.get_running_loop().time() + request.max_wait_ms / 1000.0
    while True:
        remaining = deadline - asyncio.get_running_loop().time()
        if remaining <= 0:
            break
        fut = broker.waiters.park(keys)
        try:
            await asyncio.wait_for(fut, remaining)
        except TimeoutError:
            break
        finally:
            if not fut.done():
                fut.cancel()
        response, total = _read_all(broker, request, wants, version)
        if total >= request.min_bytes or _has_error(response):
            return response
    response, _ = _read_all(broker, request, wants, version)
    return response


def _resolve(broker: Broker, request: FetchRequest, version: int) -> list[_Want]:
    image = broker.image
    wants: list[_Want] = []
    for topic in request.topics:
        if version >= 13:
            info = image.topics_by_id.get(topic.topic_id)
            name = info.name if info is not None else None
            tid = topic.topic_id
        else:
            name = topic.topic
            info = image.topics_by_name.get(name)
            tid = info.topic_id if info is not None else ZERO_UUID
        for p in topic.partitions:
            wants.append(_Want(name, tid, p))
    return wants


def _read_all(
    broker: Broker, request: FetchRequest, wants: list[_Want], version: int
) -> tuple[FetchResponse, int]:
    committed = request.isolation_level == READ_COMMITTED
    remaining = request.max_bytes if request.max_bytes > 0 else 0x7FFFFFFF
    min_one = True
    total = 0
    topics: list[FetchResponse.FetchableTopicResponse] = []
    by_topic: dict[tuple[str | None, uuid.UUID], FetchResponse.FetchableTopicResponse] = {}
    for want in wants:
        key = (want.topic, want.topic_id)
        tresp = by_topic.get(key)
        if tresp is None:
            tresp = FetchResponse.FetchableTopicResponse(
                topic=(want.topic or "") if version < 13 else "", topic_id=want.topic_id
            )
            by_topic[key] = tresp
            topics.append(tresp)
        part = broker.replicas.get(want.topic, want.fetch.partition) if want.topic is not None else None
        if part is None:
            error = ErrorCode.UNKNOWN_TOPIC_ID if version >= 13 else ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
            tresp.partitions.append(
                FetchResponse.PartitionData(
                    partition_index=want.fetch.partition, error_code=int(error), high_watermark=-1,
                    last_stable_offset=-1, log_start_offset=-1, records=None,
                )
            )
            continue
        pdata = _read_partition(part, want.fetch, committed, min(remaining, want.fetch.partition_max_bytes), min_one)
        size = _records_size(pdata.records)
        if size:
            min_one = False
            remaining = max(remaining - size, 0)
            total += size
        tresp.partitions.append(pdata)
    return FetchResponse(responses=topics, session_id=0), total


def _read_partition(
    part: Partition, fetch: FetchRequest.FetchPartition, committed: bool, max_bytes: int, min_one: bool
) -> FetchResponse.PartitionData:
    plog = part.log
    out = FetchResponse.PartitionData(partition_index=fetch.partition)
    leader_epoch = fetch.current_leader_epoch
    if leader_epoch >= 0 and leader_epoch != part.leader_epoch:
        out.error_code = int(
            ErrorCode.FENCED_LEADER_EPOCH if leader_epoch < part.leader_epoch else ErrorCode.UNKNOWN_LEADER_EPOCH
        )
        out.high_watermark = -1
        out.last_stable_offset = -1
        out.log_start_offset = -1
        out.records = None
        return out
    out.high_watermark = plog.high_watermark
    out.last_stable_offset = plog.last_stable_offset
    out.log_start_offset = plog.log_start_offset
    max_offset = plog.last_stable_offset if committed else plog.high_watermark
    try:
        result = plog.read(fetch.fetch_offset, max_bytes, max_offset=max_offset, min_one_batch=min_one)
    except KafkaError as exc:
        out.error_code = int(exc.code)
        out.records = None
        return out
    out.records = result.records
    if committed:
        out.aborted_transactions = part_aborted(part, fetch.fetch_offset, result.records)
    else:
        out.aborted_transactions = None
    return out


def part_aborted(part: Partition, fetch_offset: int, records: list[memoryview]) -> list[FetchResponse.AbortedTransaction]:
    collect = getattr(part.log, "aborted_transactions", None)
    if collect is None or not records:
        return []
    upper = _last_offset(records)
    return [
        FetchResponse.AbortedTransaction(producer_id=pid, first_offset=first)
        for pid, first in collect(fetch_offset, upper)
    ]


def _last_offset(records: list[memoryview]) -> int:
    from protocol.records import iter_batches

    last = -1
    for buf in records:
        for _pos, header in iter_batches(buf):
            last = header.last_offset
    return last


def _records_size(records: object) -> int:
    if records is None:
        return 0
    if isinstance(records, list):
        return sum(len(r) for r in records)
    return len(records)  # type: ignore[arg-type]


def _has_error(response: FetchResponse) -> bool:
    return any(p.error_code != 0 for t in response.responses for p in t.partitions)
