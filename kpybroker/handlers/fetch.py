"""Fetch (1): zero-copy reads from the segment mmaps, KIP-227 sessions, long-poll woken by appends."""

from __future__ import annotations

import asyncio
import uuid
from typing import TYPE_CHECKING

from kpybroker.fetch_sessions import FINAL_EPOCH, INITIAL_EPOCH, FetchSession, PartitionKey, SessionPartition
from kpybroker.replication.follower_reads import read_for_follower
from protocol.errors import ErrorCode, KafkaError
from protocol.messages import FetchRequest, FetchResponse
from protocol.records import iter_batches

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext
    from kpybroker.replica_manager import Partition

REQUEST = FetchRequest
ZERO_UUID = uuid.UUID(int=0)
READ_COMMITTED = 1


def handle(broker: Broker, ctx: RequestContext, request: FetchRequest) -> FetchResponse | asyncio.Future:
    version = ctx.api_version
    now_ms = broker.now_ms()
    sessions = broker.fetch_sessions
    session: FetchSession | None = None
    sid, epoch = request.session_id, request.session_epoch
    if epoch in (FINAL_EPOCH, INITIAL_EPOCH):
        if sid:
            sessions.remove(sid)
        parts = _requested(broker, request, version)
        if epoch == INITIAL_EPOCH:
            session = sessions.create(version >= 13, now_ms)
            if session is not None:
                for p in parts:
                    session.partitions[_key(p)] = p
    else:
        session = sessions.get(sid, now_ms)
        if session is None:
            return FetchResponse(error_code=ErrorCode.FETCH_SESSION_ID_NOT_FOUND, session_id=0)
        if session.epoch != epoch:
            return FetchResponse(error_code=ErrorCode.INVALID_FETCH_SESSION_EPOCH, session_id=0)
        _update_session(broker, session, request, version)
        session.epoch += 1
        parts = list(session.partitions.values())
    incremental = session is not None and epoch > 0
    response, total, errors = _read_all(broker, request, parts, version, session, incremental)
    if request.max_wait_ms <= 0 or total >= request.min_bytes or not parts or errors:
        return _finish(response, parts, session, incremental, version)
    return _long_poll(broker, request, parts, version, session, incremental)


async def _long_poll(
    broker: Broker, request: FetchRequest, parts: list[SessionPartition], version: int,
    session: FetchSession | None, incremental: bool,
) -> FetchResponse:
    loop = asyncio.get_running_loop()
    keys = [(p.topic, p.partition) for p in parts if p.topic is not None]
    deadline = loop.time() + request.max_wait_ms / 1000.0
    while True:
        # One future per wait, resolved by an append or by the deadline timer: the append's
        # wake-up reaches this coroutine directly (no wait_for task/waiter layers in between).
        fut = broker.waiters.park(keys)
        timer = loop.call_at(deadline, _expire, fut)
        try:
            await fut
        finally:
            timer.cancel()
        response, total, errors = _read_all(broker, request, parts, version, session, incremental)
        if total >= request.min_bytes or errors or loop.time() >= deadline:
            return _finish(response, parts, session, incremental, version)


def _expire(fut: asyncio.Future[None]) -> None:
    if not fut.done():
        fut.set_result(None)


def _key(p: SessionPartition) -> PartitionKey:
    return (p.topic if p.topic_id == ZERO_UUID else None, p.topic_id, p.partition)


def _requested(broker: Broker, request: FetchRequest, version: int) -> list[SessionPartition]:
    image = broker.image
    out: list[SessionPartition] = []
    for topic in request.topics:
        if version >= 13:
            info = image.topics_by_id.get(topic.topic_id)
            name = info.name if info is not None else None
            tid = topic.topic_id
        else:
            name = topic.topic
            tid = ZERO_UUID
        for p in topic.partitions:
            out.append(SessionPartition(
                topic=name, topic_id=tid, partition=p.partition, fetch_offset=p.fetch_offset,
                max_bytes=p.partition_max_bytes, current_leader_epoch=p.current_leader_epoch,
                last_fetched_epoch=p.last_fetched_epoch,
            ))
    return out


def _update_session(broker: Broker, session: FetchSession, request: FetchRequest, version: int) -> None:
    for p in _requested(broker, request, version):
        key = _key(p)
        existing = session.partitions.get(key)
        if existing is None:
            session.partitions[key] = p
        else:
            existing.fetch_offset = p.fetch_offset
            existing.max_bytes = p.max_bytes
            existing.current_leader_epoch = p.current_leader_epoch
            existing.last_fetched_epoch = p.last_fetched_epoch
    for forgotten in request.forgotten_topics_data:
        for index in forgotten.partitions:
            if version >= 13:
                key = (None, forgotten.topic_id, index)
            else:
                key = (forgotten.topic, ZERO_UUID, index)
            session.partitions.pop(key, None)


def _read_all(
    broker: Broker, request: FetchRequest, parts: list[SessionPartition], version: int,
    session: FetchSession | None, incremental: bool,
) -> tuple[list[tuple[SessionPartition, FetchResponse.PartitionData]], int, bool]:
    committed = request.isolation_level == READ_COMMITTED
    remaining = request.max_bytes if request.max_bytes > 0 else 0x7FFFFFFF
    min_one = True
    total = 0
    errors = False
    out: list[tuple[SessionPartition, FetchResponse.PartitionData]] = []
    # Replication: a follower's fetch (replica id >= 0) reads to the log end and reports progress.
    replica_id, replica_epoch = (
        (request.replica_state.replica_id, request.replica_state.replica_epoch) if version >= 15
        else (request.replica_id, -1)
    )
    node_id = broker.node_id
    for sp in parts:
        part = broker.replicas.get(sp.topic, sp.partition) if sp.topic is not None else None
        if part is None or (sp.topic_id != ZERO_UUID and part.topic_id != sp.topic_id):
            error = ErrorCode.UNKNOWN_TOPIC_ID if version >= 13 else ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
            out.append((sp, FetchResponse.PartitionData(
                partition_index=sp.partition, error_code=int(error), high_watermark=-1,
                last_stable_offset=-1, log_start_offset=-1, records=None,
            )))
            errors = True
            continue
        if replica_id >= 0 or part.leader_id != node_id:
            pdata = _read_replicated(broker, part, sp, replica_id, replica_epoch, min(remaining, sp.max_bytes), min_one)
        else:
            pdata = _read_partition(part, sp, committed, min(remaining, sp.max_bytes), min_one)
        if pdata.error_code or (replica_id >= 0 and pdata.diverging_epoch.epoch >= 0):
            errors = True  # answered at once: a diverging follower must truncate before waiting
        size = _records_size(pdata.records)
        if size:
            min_one = False
            remaining = max(remaining - size, 0)
            total += size
        out.append((sp, pdata))
    return out, total, errors


def _read_replicated(
    broker: Broker, part: Partition, sp: SessionPartition, replica_id: int, replica_epoch: int,
    max_bytes: int, min_one: bool,
) -> FetchResponse.PartitionData:
    """A follower's fetch, or a consumer's fetch to a non-leader (NOT_LEADER_OR_FOLLOWER)."""
    if replica_id < 0:
        return FetchResponse.PartitionData(
            partition_index=sp.partition, error_code=int(ErrorCode.NOT_LEADER_OR_FOLLOWER), high_watermark=-1,
            last_stable_offset=-1, log_start_offset=-1, records=None,
            current_leader=FetchResponse.LeaderIdAndEpoch(leader_id=part.leader_id, leader_epoch=part.leader_epoch),
        )
    state = part.replication if part.leader_id == broker.node_id else None
    pdata, recorded = read_for_follower(
        part, state, sp, replica_id, replica_epoch, max_bytes, min_one, broker.now_ms(), part.leader_id
    )
    if recorded and broker.replication is not None:
        broker.replication.after_follower_fetch(part)
    return pdata


def _finish(
    data: list[tuple[SessionPartition, FetchResponse.PartitionData]], parts: list[SessionPartition],
    session: FetchSession | None, incremental: bool, version: int,
) -> FetchResponse:
    topics: list[FetchResponse.FetchableTopicResponse] = []
    last: FetchResponse.FetchableTopicResponse | None = None
    moved: list[PartitionKey] = []
    for sp, pdata in data:
        has_records = _records_size(pdata.records) > 0
        changed = (
            pdata.high_watermark != sp.high_watermark
            or pdata.last_stable_offset != sp.last_stable_offset
            or pdata.log_start_offset != sp.log_start_offset
        )
        if incremental and not (has_records or changed or pdata.error_code):
            continue
        sp.high_watermark = pdata.high_watermark
        sp.last_stable_offset = pdata.last_stable_offset
        sp.log_start_offset = pdata.log_start_offset
        if has_records:
            moved.append(_key(sp))
        if last is None or last.topic_id != sp.topic_id or (version < 13 and last.topic != (sp.topic or "")):
            last = FetchResponse.FetchableTopicResponse(
                topic=(sp.topic or "") if version < 13 else "", topic_id=sp.topic_id
            )
            topics.append(last)
        last.partitions.append(pdata)
    if session is not None:
        # Partitions that just returned data go to the back, so others get their turn first.
        for key in moved:
            if key in session.partitions:
                session.partitions.move_to_end(key)
    return FetchResponse(responses=topics, session_id=session.session_id if session is not None else 0)


def _read_partition(
    part: Partition, sp: SessionPartition, committed: bool, max_bytes: int, min_one: bool
) -> FetchResponse.PartitionData:
    plog = part.log
    out = FetchResponse.PartitionData(partition_index=sp.partition)
    epoch_error = part.epoch_error(sp.current_leader_epoch)
    if epoch_error is not None:
        out.error_code = int(epoch_error)
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
        result = plog.read(sp.fetch_offset, max_bytes, max_offset=max_offset, min_one_batch=min_one)
    except KafkaError as exc:
        out.error_code = int(exc.code)
        out.records = None
        return out
    out.records = result.records
    out.aborted_transactions = _aborted(part, sp.fetch_offset, result.records) if committed else None
    return out


def _aborted(part: Partition, fetch_offset: int, records: list[memoryview]) -> list[FetchResponse.AbortedTransaction]:
    collect = getattr(part.log, "aborted_transactions", None)
    if collect is None or not records:
        return []
    upper = -1
    for buf in records:
        for _pos, header in iter_batches(buf):
            upper = header.last_offset
    return [
        FetchResponse.AbortedTransaction(producer_id=pid, first_offset=first)
        for pid, first in collect(fetch_offset, upper)
    ]


def _records_size(records: object) -> int:
    if records is None:
        return 0
    if isinstance(records, list):
        return sum(len(r) for r in records)
    return len(records)  # type: ignore[arg-type]
