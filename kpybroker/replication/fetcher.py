"""Follower side: one fetcher per leader broker pulls the partitions this node follows.

Kafka's ReplicaFetcherThread, as an asyncio task. Each round sends one Fetch (v17: topic
ids, `replica_state`, `last_fetched_epoch`) for every partition followed from that leader,
then per partition: truncate on a `diverging_epoch`, or append the leader's batches with
their offsets and epochs (`Log.append(..., assign_offsets=False)`), then take the leader's
high watermark (capped at our log end) and log start offset. The pure steps
(`truncation_offset`, `whole_batches`, `fetch_request`) are separate for tests.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import structlog

from kpybroker.quorum import ChannelError, ControllerChannel
from log.epoch_cache import LeaderEpochCache
from protocol import messages as m
from protocol import records as rb
from protocol.errors import ErrorCode, KafkaError
from protocol.exceptions import ProtocolError

if TYPE_CHECKING:
    from kpybroker.replica_manager import Partition

log = structlog.get_logger("kpybroker.replication.fetcher")

FETCH_VERSION = 17
_LENGTH_END = 12  # baseOffset i64 + batchLength i32


@dataclass(slots=True)
class FollowedPartition:
    topic: str
    index: int
    topic_id: uuid.UUID
    leader_epoch: int
    backoff_until_ms: int = 0


@dataclass(frozen=True, slots=True)
class FetcherSettings:
    node_id: int
    max_wait_ms: int = 500  # replica.fetch.wait.max.ms
    min_bytes: int = 1  # replica.fetch.min.bytes
    max_bytes: int = 10 * 1024 * 1024  # replica.fetch.response.max.bytes
    partition_max_bytes: int = 1024 * 1024  # replica.fetch.max.bytes
    backoff_ms: int = 1000  # replica.fetch.backoff.ms
    request_timeout_ms: int = 30_000  # replica.socket.timeout.ms


def truncation_offset(
    leader_epoch: int, leader_end_offset: int, cache: LeaderEpochCache, log_end_offset: int
) -> int:
    """Where a follower truncates when the leader reports a diverging epoch (its end offset
    for our last fetched epoch): the smaller of the leader's end and ours for that epoch."""
    local_epoch, local_end = cache.end_offset_for(leader_epoch, log_end_offset)
    if local_epoch < 0 or local_end < 0:
        return min(leader_end_offset, log_end_offset)
    return min(leader_end_offset, local_end)


def whole_batches(records: memoryview) -> memoryview:
    """The prefix of `records` made of complete batches (a fetch may end in a partial one)."""
    pos, end = 0, len(records)
    while end - pos >= _LENGTH_END:
        size = int.from_bytes(records[pos + 8:pos + 12], "big", signed=True) + _LENGTH_END
        if size <= _LENGTH_END or pos + size > end:
            break
        pos += size
    return records[:pos]


def fetch_request(
    settings: FetcherSettings, broker_epoch: int, partitions: list[tuple[FollowedPartition, Partition]]
) -> m.FetchRequest:
    topics: dict[uuid.UUID, m.FetchRequest.FetchTopic] = {}
    for fp, part in partitions:
        topic = topics.get(fp.topic_id)
        if topic is None:
            topic = topics[fp.topic_id] = m.FetchRequest.FetchTopic(topic=fp.topic, topic_id=fp.topic_id, partitions=[])
        latest = part.log.epoch_cache.latest_epoch
        topic.partitions.append(m.FetchRequest.FetchPartition(
            partition=fp.index,
            current_leader_epoch=fp.leader_epoch,
            fetch_offset=part.log.log_end_offset,
            last_fetched_epoch=latest if latest is not None else -1,
            log_start_offset=part.log.log_start_offset,
            partition_max_bytes=settings.partition_max_bytes,
        ))
    return m.FetchRequest(
        replica_id=-1,
        replica_state=m.FetchRequest.ReplicaState(replica_id=settings.node_id, replica_epoch=broker_epoch),
        max_wait_ms=settings.max_wait_ms,
        min_bytes=settings.min_bytes,
        max_bytes=settings.max_bytes,
        isolation_level=0,
        session_id=0,
        session_epoch=-1,
        topics=list(topics.values()),
        forgotten_topics_data=[],
        rack_id="",
    )


def apply_partition_response(part: Partition, pdata: Any, now_ms: int) -> str:
    """Apply one partition's fetch answer to the follower's log; returns what happened
    ("appended", "truncated", "empty" or an error name)."""
    plog = part.log
    error = int(pdata.error_code)
    if error == ErrorCode.OFFSET_OUT_OF_RANGE:
        leader_start, leader_hw = int(pdata.log_start_offset), int(pdata.high_watermark)
        if 0 <= plog.log_end_offset < leader_start:
            plog.truncate_fully_and_start_at(leader_start, now_ms=now_ms)
        elif leader_hw >= 0 and plog.log_end_offset > leader_hw:
            # Everything up to the leader's high watermark is on every ISR member: safe.
            plog.truncate_to(max(leader_hw, plog.log_start_offset))
        return "truncated"
    if error != ErrorCode.NONE:
        return ErrorCode(error).name
    diverging = pdata.diverging_epoch
    if diverging is not None and diverging.epoch >= 0 and diverging.end_offset >= 0:
        target = truncation_offset(diverging.epoch, diverging.end_offset, plog.epoch_cache, plog.log_end_offset)
        plog.truncate_to(target)
        log.info("follower_truncated", topic=part.topic, partition=part.index, offset=target,
                 leader_epoch=diverging.epoch, leader_end_offset=diverging.end_offset)
        return "truncated"
    outcome = "empty"
    records = pdata.records
    if isinstance(records, list):  # slices straight from a local read (tests, in-process)
        records = b"".join(records)
    if records is not None and len(records):
        view = whole_batches(records if isinstance(records, memoryview) else memoryview(records))
        if len(view):
            batches = rb.validate_batches(view)
            # Batches below our log end were already fetched (a retried round): skip them.
            first = 0
            while first < len(batches) and batches[first][1].last_offset < plog.log_end_offset:
                first += 1
            if first < len(batches):
                start = batches[first][0]
                tail = view[start:]
                plog.append(tail, [(pos - start, h) for pos, h in batches[first:]], leader_epoch=-1,
                            now_ms=now_ms, assign_offsets=False)
                outcome = "appended"
    hw = int(pdata.high_watermark)
    if hw >= 0:
        plog.high_watermark = max(plog.log_start_offset, min(hw, plog.log_end_offset))
    leader_start = int(pdata.log_start_offset)
    if plog.log_start_offset < leader_start <= plog.high_watermark:
        plog.delete_records_before(leader_start)
    return outcome


class ReplicaFetcher:
    """Fetches every partition this node follows from one leader broker."""

    def __init__(
        self,
        leader_id: int,
        endpoint: tuple[str, int],
        settings: FetcherSettings,
        *,
        partition_of: Callable[[str, int], Partition | None],
        broker_epoch: Callable[[], int],
        now_ms: Callable[[], int],
        on_progress: Callable[[Partition], None] | None = None,
    ) -> None:
        self.leader_id = leader_id
        self.endpoint = endpoint
        self.settings = settings
        self.partitions: dict[tuple[str, int], FollowedPartition] = {}
        self._partition_of = partition_of
        self._broker_epoch = broker_epoch
        self._now_ms = now_ms
        self._on_progress = on_progress
        self._channel = ControllerChannel(endpoint[0], endpoint[1], f"replica-fetcher-{settings.node_id}")
        self._task: asyncio.Task[None] | None = None
        self._changed = asyncio.Event()
        self.log = log.bind(node_id=settings.node_id, leader=leader_id)

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name=f"replica-fetcher-{self.leader_id}")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None
        self._channel.close()

    def add(self, fp: FollowedPartition) -> None:
        self.partitions[(fp.topic, fp.index)] = fp
        self._changed.set()

    def remove(self, key: tuple[str, int]) -> None:
        self.partitions.pop(key, None)

    async def _run(self) -> None:
        while True:
            try:
                waited = await self._round()
            except asyncio.CancelledError:
                raise
            except (ChannelError, ProtocolError, KafkaError, OSError) as exc:
                self.log.debug("replica_fetch_failed", error=str(exc))
                waited = False
                await asyncio.sleep(self.settings.backoff_ms / 1000)
            except Exception as exc:  # noqa: BLE001 - the fetcher must outlive one bad round
                self.log.error("replica_fetch_round_failed", error=repr(exc), exc_info=exc)
                await asyncio.sleep(self.settings.backoff_ms / 1000)
                waited = True
            if not waited:
                await asyncio.sleep(0)

    async def _round(self) -> bool:
        """One Fetch round; True if it already waited (nothing to fetch)."""
        now = self._now_ms()
        ready: list[tuple[FollowedPartition, Partition]] = []
        for key, fp in list(self.partitions.items()):
            part = self._partition_of(*key)
            if part is None:
                self.partitions.pop(key, None)
                continue
            if fp.backoff_until_ms <= now:
                ready.append((fp, part))
        if not ready:
            self._changed.clear()
            try:
                await asyncio.wait_for(self._changed.wait(), self.settings.backoff_ms / 1000)
            except TimeoutError:
                pass
            return True
        request = fetch_request(self.settings, self._broker_epoch(), ready)
        timeout_s = (self.settings.request_timeout_ms + self.settings.max_wait_ms) / 1000
        response = await self._channel.request(1, FETCH_VERSION, request, timeout_s)
        if response.error_code:
            self.log.debug("replica_fetch_error", error=ErrorCode(response.error_code).name)
            await asyncio.sleep(self.settings.backoff_ms / 1000)
            return True
        by_key = {(fp.topic_id, fp.index): (fp, part) for fp, part in ready}
        now = self._now_ms()
        for topic in response.responses:
            for pdata in topic.partitions:
                entry = by_key.get((topic.topic_id, pdata.partition_index))
                if entry is None:
                    continue
                fp, part = entry
                if self.partitions.get((fp.topic, fp.index)) is not fp or self._partition_of(fp.topic, fp.index) is not part:
                    continue  # no longer followed from this leader (leadership moved meanwhile)
                try:
                    result = apply_partition_response(part, pdata, now)
                except KafkaError as exc:
                    result = exc.code.name if hasattr(exc.code, "name") else str(exc.code)
                    self.log.warning("replica_append_failed", topic=fp.topic, partition=fp.index, error=exc.message)
                if result in ("appended", "truncated", "empty"):
                    if self._on_progress is not None:
                        self._on_progress(part)
                else:
                    self.log.debug("replica_partition_error", topic=fp.topic, partition=fp.index, error=result)
                    fp.backoff_until_ms = now + self.settings.backoff_ms
        return False
