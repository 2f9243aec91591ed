"""Partitions this node hosts: the leader-side produce and fetch paths over `log/`.

The produce path works per batch (Kafka's v3+ produce carries exactly one batch per
partition): header checks, the CRC over the bytes as received, the producer-state
check, then one copy into the segment. No record is decoded unless the topic's
configuration demands it (compacted topics need keys).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import structlog

from log.config import LogConfig
from log.log import Log
from protocol import records as rb
from protocol.errors import ErrorCode, KafkaError

if TYPE_CHECKING:
    from controller.image import MetadataImage
    from log.manager import LogManager

log = structlog.get_logger("kpybroker.replica_manager")

INTERNAL_ORIGIN_TOPICS = frozenset({"__consumer_offsets", "__transaction_state"})


@dataclass(slots=True)
class AppendOutcome:
    error: int = ErrorCode.NONE
    message: str | None = None
    base_offset: int = -1
    log_append_time_ms: int = -1
    log_start_offset: int = -1
    record_errors: list[tuple[int, str | None]] = field(default_factory=list)


@dataclass(slots=True)
class Partition:
    topic: str
    index: int
    topic_id: uuid.UUID
    log: Log
    config: LogConfig
    leader_epoch: int = 0
    # Replication: the leader per the image, and the leader-side follower/ISR state
    # (kpybroker.replication.LeaderState) while this node leads a multi-replica partition.
    leader_id: int = -1
    replication: Any = None

    @property
    def key(self) -> tuple[str, int]:
        return (self.topic, self.index)

    def epoch_error(self, current_leader_epoch: int) -> ErrorCode | None:
        """Kafka's check of a request's `current_leader_epoch` (-1 = not given) against ours."""
        if current_leader_epoch < 0 or current_leader_epoch == self.leader_epoch:
            return None
        if current_leader_epoch < self.leader_epoch:
            return ErrorCode.FENCED_LEADER_EPOCH
        return ErrorCode.UNKNOWN_LEADER_EPOCH


class ReplicaManager:
    """Owns the `Partition` objects for every replica this node hosts."""

    def __init__(self, logs: LogManager, node_id: int) -> None:
        self._logs = logs
        self._node_id = node_id
        self._partitions: dict[tuple[str, int], Partition] = {}
        self._image_version = -1
        # Replication: called after a leader append to a replicated partition (HW from the ISR).
        self.on_replicated_append: Callable[[Partition], None] | None = None

    def get(self, topic: str, index: int) -> Partition | None:
        return self._partitions.get((topic, index))

    def partitions(self) -> Iterator[Partition]:
        return iter(self._partitions.values())

    def topic_partitions(self, topic: str) -> list[Partition]:
        return [p for (t, _), p in self._partitions.items() if t == topic]

    # -- metadata -> local replicas ---------------------------------------------------------------
    def sync(self, image: MetadataImage, config_for: TopicConfigFn, now_ms: int) -> None:
        """Create logs for new replicas, drop logs of deleted topics, refresh configs and epochs."""
        wanted: set[tuple[str, int]] = set()
        for info in image.topics_by_name.values():
            cfg = config_for(info.name)
            for pid, pinfo in info.partitions.items():
                if self._node_id not in pinfo.replicas:
                    continue
                key = (info.name, pid)
                wanted.add(key)
                part = self._partitions.get(key)
                if part is None or part.topic_id != info.topic_id:
                    if part is not None:
                        self._drop(part)
                    plog = self._logs.get_or_create(info.name, pid, cfg, info.topic_id, now_ms)
                    part = Partition(info.name, pid, info.topic_id, plog, cfg, pinfo.leader_epoch, pinfo.leader)
                    self._partitions[key] = part
                else:
                    if part.config != cfg:
                        part.config = cfg
                        self._logs.update_config(info.name, cfg)
                    part.leader_epoch = pinfo.leader_epoch
                    part.leader_id = pinfo.leader
        for key in [k for k in self._partitions if k not in wanted]:
            self._drop(self._partitions[key])

    def _drop(self, part: Partition) -> None:
        self._partitions.pop(part.key, None)
        try:
            self._logs.delete(part.topic, part.index)
        except OSError as exc:
            log.error("log_delete_failed", topic=part.topic, partition=part.index, error=str(exc))

    # -- produce ------------------------------------------------------------------------------------
    def append_as_leader(
        self,
        part: Partition,
        records: memoryview,
        *,
        now_ms: int,
        transactional_id: str | None,
        api_version: int | None,
    ) -> AppendOutcome:
        """Validate and append; `api_version` is the Produce version for client appends, None otherwise."""
        try:
            batches = self._validate(part, records, transactional_id, api_version)
        except KafkaError as exc:
            return AppendOutcome(error=exc.code, message=exc.message, record_errors=[(0, exc.message)])
        try:
            result = part.log.append(
                records,
                batches,
                leader_epoch=part.leader_epoch,
                now_ms=now_ms,
                log_append_time=part.config.message_timestamp_type == "LogAppendTime",
            )
        except KafkaError as exc:
            if exc.code == ErrorCode.KAFKA_STORAGE_ERROR:
                log.error("append_failed", topic=part.topic, partition=part.index, error=exc.message)
            return AppendOutcome(error=exc.code, message=exc.message)
        if part.replication is None:
            # A single replica is the whole ISR: the high watermark follows the log end.
            part.log.high_watermark = part.log.log_end_offset
        elif self.on_replicated_append is not None:
            # Replicated: the HW moves only as far as every ISR member has fetched.
            self.on_replicated_append(part)
        return AppendOutcome(
            base_offset=result.first_offset,
            log_append_time_ms=result.log_append_time_ms,
            log_start_offset=result.log_start_offset,
        )

    def _validate(
        self, part: Partition, records: memoryview, transactional_id: str | None, api_version: int | None
    ) -> list[tuple[int, rb.BatchHeader]]:
        if api_version is None:
            # Replicated or internal appends: structure and CRC only.
            batches = rb.validate_batches(records)
        else:
            pos, header = rb.validate_produce_records(records, api_version)
            rb.validate_client_batch(header)
            if header.is_transactional and transactional_id is None:
                raise KafkaError(
                    ErrorCode.INVALID_RECORD,
                    "Produce requests containing transactional records must set a transactional id",
                )
            batches = [(pos, header)]
        max_size = part.config.max_message_bytes
        for pos, header in batches:
            if header.size > max_size:
                raise KafkaError(
                    ErrorCode.MESSAGE_TOO_LARGE,
                    f"The record batch size in the append to {part.topic}-{part.index} is {header.size} "
                    f"bytes which exceeds the maximum configured value of {max_size}.",
                )
            if api_version is not None and "compact" in part.config.cleanup_policy:
                for record in rb.iter_records(records, pos, header):
                    if record.key is None:
                        raise KafkaError(
                            ErrorCode.INVALID_RECORD,
                            f"Compacted topic cannot accept message without key in topic partition "
                            f"{part.topic}-{part.index}.",
                        )
        return batches

    def shutdown(self) -> None:
        self._partitions.clear()


class TopicConfigFn:
    """Callable protocol: topic name -> its effective LogConfig."""

    def __call__(self, topic: str) -> LogConfig:  # pragma: no cover - protocol only
        raise NotImplementedError


def log_dir_of(part: Partition) -> Path:
    return Path(part.log.dir)
