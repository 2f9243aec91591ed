"""The asyncio/IO adapter around the sans-IO `GroupCoordinator`.

Every call into the core is followed by: append the records it produced to
`__consumer_offsets` (single node: appended = committed), then resolve the futures of
parked JoinGroup/SyncGroup requests it completed. So nothing is answered before its
records are in the log.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import structlog

from kpybroker.coordinator import CoordinatorConfig, GroupCoordinator, Pending
from kpybroker.coordinator.records import CoordinatorRecord
from protocol import records as rb
from protocol.errors import ErrorCode, KafkaError

if TYPE_CHECKING:
    from kpybroker.broker import Broker

log = structlog.get_logger("kpybroker.groups")

OFFSETS_TOPIC = "__consumer_offsets"
T = TypeVar("T")
_READ_CHUNK = 1 << 20


class BrokerTopics:
    """`TopicView` over the broker's metadata image."""

    def __init__(self, broker: Broker) -> None:
        self._broker = broker

    def _topics(self) -> dict[str, Any]:
        try:
            return self._broker.image.topics_by_name
        except (AssertionError, AttributeError):
            return {}

    def topic_id(self, name: str) -> uuid.UUID | None:
        info = self._topics().get(name)
        return None if info is None else info.topic_id

    def topic_name(self, topic_id: uuid.UUID) -> str | None:
        for name, info in self._topics().items():
            if info.topic_id == topic_id:
                return name
        return None

    def partition_count(self, name: str) -> int | None:
        info = self._topics().get(name)
        return None if info is None else len(info.partitions)

    def topic_names(self) -> list[str]:
        return sorted(self._topics())


class GroupService:
    def __init__(self, broker: Broker, core: GroupCoordinator | None = None) -> None:
        self.broker = broker
        self.core = core or GroupCoordinator(
            CoordinatorConfig.from_broker_config(broker.config), BrokerTopics(broker), now_ms=broker.now_ms()
        )
        self._futures: dict[int, asyncio.Future[Any]] = {}
        # The error of the last call's append, mapped as Kafka maps coordinator write errors.
        self.flush_error: ErrorCode | None = None

    # -- ownership ----------------------------------------------------------------------------------
    def coordinator_error(self, group_id: str) -> ErrorCode:
        """NONE if this node hosts the group's partition; creates `__consumer_offsets` on first use."""
        partition = self.core.partition_for(group_id)
        if self.broker.replicas.get(OFFSETS_TOPIC, partition) is not None:
            return ErrorCode.NONE
        if OFFSETS_TOPIC not in self.broker.image.topics_by_name:
            error = self.broker.create_internal_topic(OFFSETS_TOPIC)
            if error != ErrorCode.NONE:
                return ErrorCode.COORDINATOR_NOT_AVAILABLE
            if self.broker.replicas.get(OFFSETS_TOPIC, partition) is not None:
                return ErrorCode.NONE
        return ErrorCode.NOT_COORDINATOR

    # -- calling the core ---------------------------------------------------------------------------
    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | asyncio.Future[Any]:
        result = fn(*args, **kwargs)
        write_error = self.flush_records()
        future: asyncio.Future[Any] | None = None
        if isinstance(result, Pending):
            future = asyncio.get_running_loop().create_future()
            self._futures[result.token] = future
        self.resolve_completions()
        self.flush_error = None if write_error is None else _response_error(write_error)
        if write_error is not None:
            log.error("consumer_offsets_append_failed", error=ErrorCode(write_error).name)
        return future if future is not None else result

    def flush_records(self) -> int | None:
        records = self.core.take_records()
        if not records:
            return None
        by_partition: dict[int, list[CoordinatorRecord]] = defaultdict(list)
        for record in records:
            by_partition[record.partition].append(record)
        failed: int | None = None
        now = self.broker.now_ms()
        for partition, recs in by_partition.items():
            part = self.broker.replicas.get(OFFSETS_TOPIC, partition)
            if part is None:
                failed = ErrorCode.NOT_COORDINATOR
                continue
            batch = rb.build_batch([(r.key, r.value) for r in recs], base_timestamp=now)
            error = append_to_partition(part, batch, now)
            if error is not None:
                failed = error
        return failed

    def resolve_completions(self) -> None:
        for token, response in self.core.take_completions():
            future = self._futures.pop(token, None)
            if future is not None and not future.done():
                future.set_result(response)

    def tick(self, now_ms: int) -> None:
        self.core.tick(now_ms)
        self.flush_records()
        self.resolve_completions()

    def shutdown(self) -> None:
        self.core.shutdown()
        self.flush_records()
        self.resolve_completions()
        for future in self._futures.values():
            if not future.done():
                future.cancel()
        self._futures.clear()

    # -- loading ------------------------------------------------------------------------------------
    def load(self) -> int:
        """Replay every hosted `__consumer_offsets` partition into the core; returns records replayed."""
        count = 0
        parts = [p for p in self.broker.replicas.partitions() if p.topic == OFFSETS_TOPIC]
        for part in sorted(parts, key=lambda p: p.index):
            count += load_partition(self.core, part.log)
        self.core.finish_loading(self.broker.now_ms())
        self.flush_records()
        log.info("group_coordinator_loaded", partitions=len(parts), records=count, groups=len(self.core.groups))
        return count


def append_to_partition(part: Any, batch: bytes, now_ms: int) -> int | None:
    """Append one coordinator batch as leader; returns the error code, or None on success."""
    try:
        part.log.append(batch, None, leader_epoch=part.leader_epoch, now_ms=now_ms)
    except KafkaError as exc:
        return int(exc.code)
    # A single node is the whole ISR: what is appended is committed.
    part.log.high_watermark = part.log.log_end_offset
    return None


def load_partition(core: GroupCoordinator, plog: Any) -> int:
    """Replay one partition log: plain records apply at once, transactional ones on their commit marker."""
    count = 0
    pending: dict[int, list[tuple[bytes | None, bytes | None]]] = defaultdict(list)
    try:
        for chunk, pos, header in plog.scan(plog.log_start_offset, plog.log_end_offset, _READ_CHUNK):
            records = list(rb.iter_records(chunk, pos, header))
            if header.is_control:
                if header.is_transactional and records:
                    committed, _ = rb.read_control_record(records[0])
                    for key, value in pending.pop(header.producer_id, []):
                        if committed and key is not None:
                            core.replay(key, value)
                            count += 1
            elif header.is_transactional:
                pending[header.producer_id].extend((r.key, r.value) for r in records)
            else:
                for r in records:
                    if r.key is not None:
                        core.replay(r.key, r.value)
                        count += 1
    except KafkaError as exc:
        log.error("consumer_offsets_read_failed", error=str(exc))
    return count


def _response_error(append_error: int) -> ErrorCode:
    if append_error in (ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.NOT_ENOUGH_REPLICAS, ErrorCode.REQUEST_TIMED_OUT):
        return ErrorCode.COORDINATOR_NOT_AVAILABLE
    if append_error in (ErrorCode.NOT_LEADER_OR_FOLLOWER, ErrorCode.KAFKA_STORAGE_ERROR):
        return ErrorCode.NOT_COORDINATOR
    if append_error in (ErrorCode.MESSAGE_TOO_LARGE, ErrorCode.RECORD_LIST_TOO_LARGE, ErrorCode.INVALID_FETCH_SIZE):
        return ErrorCode.UNKNOWN_SERVER_ERROR
    return ErrorCode(append_error)
