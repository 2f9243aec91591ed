"""All partition logs of a broker across its log dirs, plus the dir-level checkpoint files."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator, Mapping
from pathlib import Path

import structlog

from log.cleaner import CleanResult, clean
from log.config import LogConfig
from log.files import (
    CLEANER_OFFSET_CHECKPOINT,
    DELETE_DIR_SUFFIX,
    LOG_START_OFFSET_CHECKPOINT,
    RECOVERY_POINT_CHECKPOINT,
    has_clean_shutdown,
    parse_partition_dir,
    partition_dir_name,
    read_offset_checkpoint,
    remove_clean_shutdown,
    write_clean_shutdown,
    write_offset_checkpoint,
)
from log.log import Log
from protocol.errors import KafkaError

logger = structlog.get_logger(__name__)

TopicPartition = tuple[str, int]
# Directories in a log dir that are not partition logs this manager owns (the Raft log is
# the controller's).
_RESERVED = ("__cluster_metadata-0",)


class LogManager:
    def __init__(self, log_dirs: list[Path], default_config: LogConfig) -> None:
        if not log_dirs:
            raise ValueError("at least one log dir is required")
        self.log_dirs = [Path(d) for d in log_dirs]
        self.default_config = default_config
        self.topic_configs: dict[str, LogConfig] = {}
        self._logs: dict[TopicPartition, Log] = {}
        self._dir_of: dict[TopicPartition, Path] = {}
        self.producer_id_expiration_ms = 86_400_000  # Kafka's producer.id.expiration.ms default

    # -- loading -----------------------------------------------------------------------

    def config_for(self, topic: str) -> LogConfig:
        return self.topic_configs.get(topic, self.default_config)

    def load_all(self, now_ms: int, topic_configs: Mapping[str, LogConfig] | None = None) -> int:
        """Open every partition dir; recover them when the dir was not shut down cleanly."""
        if topic_configs:
            self.topic_configs.update(topic_configs)
        loaded = 0
        for root in self.log_dirs:
            root.mkdir(parents=True, exist_ok=True)
            clean_shutdown = has_clean_shutdown(root)
            recovery = read_offset_checkpoint(root / RECOVERY_POINT_CHECKPOINT)
            starts = read_offset_checkpoint(root / LOG_START_OFFSET_CHECKPOINT)
            cleaned = read_offset_checkpoint(root / CLEANER_OFFSET_CHECKPOINT)
            for name in sorted(os.listdir(root)):
                path = root / name
                if not path.is_dir() or name in _RESERVED:
                    continue
                if name.endswith(DELETE_DIR_SUFFIX):
                    shutil.rmtree(path, ignore_errors=True)
                    continue
                parsed = parse_partition_dir(name)
                if parsed is None:
                    continue
                tp = parsed
                log = Log.open(path, self.config_for(tp[0]), now_ms=now_ms, recover=not clean_shutdown,
                               recovery_point=recovery.get(tp, 0), log_start_offset=starts.get(tp))
                log.clean_offset = cleaned.get(tp)
                self._logs[tp] = log
                self._dir_of[tp] = root
                loaded += 1
            # From here on a crash must be detected as unclean.
            remove_clean_shutdown(root)
        logger.info("logs_loaded", count=loaded)
        return loaded

    # -- access ------------------------------------------------------------------------

    def get(self, topic: str, partition: int) -> Log | None:
        return self._logs.get((topic, partition))

    def get_or_create(self, topic: str, partition: int, config: LogConfig | None = None,
                      topic_id: uuid.UUID | None = None, now_ms: int = 0) -> Log:
        tp = (topic, partition)
        existing = self._logs.get(tp)
        if existing is not None:
            return existing
        if config is not None:
            self.topic_configs[topic] = config
        # Kafka places a new partition in the dir holding the fewest partitions.
        counts = {d: 0 for d in self.log_dirs}
        for d in self._dir_of.values():
            counts[d] = counts.get(d, 0) + 1
        root = min(self.log_dirs, key=lambda d: counts[d])
        log = Log.open(root / partition_dir_name(topic, partition), self.config_for(topic),
                       topic_id=topic_id, now_ms=now_ms)
        self._logs[tp] = log
        self._dir_of[tp] = root
        return log

    def all_logs(self) -> Iterator[tuple[TopicPartition, Log]]:
        return iter(list(self._logs.items()))

    def update_config(self, topic: str, config: LogConfig) -> None:
        self.topic_configs[topic] = config
        for (t, _), log in self._logs.items():
            if t == topic:
                log.config = config

    def delete(self, topic: str, partition: int) -> bool:
        """Rename to `<topic>-<partition>.<uuid>-delete`, then remove, as Kafka."""
        tp = (topic, partition)
        log = self._logs.pop(tp, None)
        root = self._dir_of.pop(tp, None)
        if log is None or root is None:
            return False
        log.abandon()
        doomed = root / f"{partition_dir_name(topic, partition)}.{uuid.uuid4().hex}{DELETE_DIR_SUFFIX}"
        os.replace(log.dir, doomed)
        shutil.rmtree(doomed, ignore_errors=True)
        self.checkpoint()
        return True

    # -- background work ---------------------------------------------------------------

    def checkpoint(self) -> None:
        """Write recovery points, log start offsets and cleaner offsets for every log dir."""
        for root in self.log_dirs:
            mine = [(tp, log) for tp, log in self._logs.items() if self._dir_of[tp] == root and not log.offline]
            write_offset_checkpoint(root / RECOVERY_POINT_CHECKPOINT, {tp: log.recovery_point for tp, log in mine})
            write_offset_checkpoint(root / LOG_START_OFFSET_CHECKPOINT,
                                    {tp: log.log_start_offset for tp, log in mine
                                     if log.log_start_offset > log.segments[0].base_offset})
            write_offset_checkpoint(root / CLEANER_OFFSET_CHECKPOINT,
                                    {tp: log.clean_offset for tp, log in mine if log.clean_offset is not None})

    def tick(self, now_ms: int, *, retention: bool = True) -> int:
        """Flush policy for every log, and retention when `retention` (Kafka checks it only every
        `log.retention.check.interval.ms`); returns the units of work done."""
        work = 0
        retention_changed = False
        for tp, log in self.all_logs():
            if log.offline:
                continue
            try:
                if log.maybe_flush(now_ms):
                    work += 1
                deleted = 0
                if retention:
                    deleted = log.apply_retention(now_ms)
                    log.producer_state.remove_expired(now_ms, self.producer_id_expiration_ms)
            except (KafkaError, OSError) as exc:  # one bad partition must not stop the others
                logger.error("log_tick_failed", topic=tp[0], partition=tp[1], error=str(exc))
                continue
            work += deleted
            retention_changed |= deleted > 0
        if retention_changed:
            self.checkpoint()
        return work

    def clean(self, now_ms: int) -> list[CleanResult]:
        """One compaction pass over every compacted log that needs it."""
        results = []
        for _, log in self.all_logs():
            if log.offline or not log.config.compact:
                continue
            result = clean(log, now_ms)
            if result.cleaned:
                results.append(result)
        if results:
            self.checkpoint()
        return results

    def shutdown(self, broker_epoch: int = -1) -> None:
        """Flush and close every log, checkpoint, then mark each dir cleanly shut down."""
        for _, log in self.all_logs():
            log.close()
        self.checkpoint()
        for root in self.log_dirs:
            write_clean_shutdown(root, broker_epoch)
        self._logs.clear()
        self._dir_of.clear()
