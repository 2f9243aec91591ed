"""Topic-level log configuration, with Kafka's names and defaults."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from types import MappingProxyType
from typing import Any

LONG_MAX = (1 << 63) - 1
DEFAULT_SEGMENT_BYTES = 1024 * 1024 * 1024
DEFAULT_SEGMENT_MS = 7 * 24 * 60 * 60 * 1000
DEFAULT_RETENTION_MS = 7 * 24 * 60 * 60 * 1000
DEFAULT_DELETE_RETENTION_MS = 24 * 60 * 60 * 1000
DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024 + 12  # 1 MiB + LOG_OVERHEAD, as Kafka


def _bool(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered not in ("true", "false"):
        raise ValueError(f"invalid boolean {value!r}")
    return lowered == "true"


def _policy(value: str) -> tuple[str, ...]:
    parts = tuple(p.strip() for p in value.split(",") if p.strip())
    for part in parts:
        if part not in ("delete", "compact"):
            raise ValueError(f"invalid cleanup.policy {value!r}")
    return parts


@dataclass(frozen=True, slots=True)
class LogConfig:
    segment_bytes: int = DEFAULT_SEGMENT_BYTES
    segment_ms: int = DEFAULT_SEGMENT_MS
    segment_index_bytes: int = 10 * 1024 * 1024
    index_interval_bytes: int = 4096
    retention_ms: int = DEFAULT_RETENTION_MS
    retention_bytes: int = -1
    cleanup_policy: tuple[str, ...] = ("delete",)
    delete_retention_ms: int = DEFAULT_DELETE_RETENTION_MS
    min_cleanable_dirty_ratio: float = 0.5
    min_compaction_lag_ms: int = 0
    max_compaction_lag_ms: int = LONG_MAX
    flush_messages: int = LONG_MAX
    flush_ms: int = LONG_MAX
    file_delete_delay_ms: int = 60000
    message_timestamp_type: str = "CreateTime"
    max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES
    preallocate: bool = False
    segment_jitter_ms: int = 0

    @property
    def compact(self) -> bool:
        return "compact" in self.cleanup_policy

    @property
    def delete(self) -> bool:
        return "delete" in self.cleanup_policy

    @property
    def log_append_time(self) -> bool:
        return self.message_timestamp_type == "LogAppendTime"

    @property
    def max_index_size(self) -> int:
        return self.segment_index_bytes

    def with_overrides(self, configs: Mapping[str, str]) -> LogConfig:
        """This config with the given Kafka topic configs applied (unknown names ignored)."""
        changes: dict[str, Any] = {}
        for name, value in configs.items():
            entry = _TOPIC_CONFIGS.get(name)
            if entry is None or value is None:
                continue
            field_name, parse = entry
            changes[field_name] = parse(str(value))
        if changes.get("message_timestamp_type", "CreateTime") not in ("CreateTime", "LogAppendTime"):
            raise ValueError(f"invalid message.timestamp.type {changes['message_timestamp_type']!r}")
        return replace(self, **changes)

    @classmethod
    def from_topic_configs(cls, configs: Mapping[str, str], base: LogConfig | None = None) -> LogConfig:
        return (base or cls()).with_overrides(configs)

    def to_topic_configs(self) -> dict[str, str]:
        out: dict[str, str] = {}
        by_field = {f: n for n, (f, _) in _TOPIC_CONFIGS.items()}
        for f in fields(self):
            name = by_field.get(f.name)
            if name is None:
                continue
            value = getattr(self, f.name)
            if isinstance(value, tuple):
                out[name] = ",".join(value)
            elif isinstance(value, bool):
                out[name] = "true" if value else "false"
            else:
                out[name] = str(value)
        return out


_TOPIC_CONFIGS: Mapping[str, tuple[str, Callable[[str], Any]]] = MappingProxyType({
    "segment.bytes": ("segment_bytes", int),
    "segment.ms": ("segment_ms", int),
    "segment.index.bytes": ("segment_index_bytes", int),
    "index.interval.bytes": ("index_interval_bytes", int),
    "retention.ms": ("retention_ms", int),
    "retention.bytes": ("retention_bytes", int),
    "cleanup.policy": ("cleanup_policy", _policy),
    "delete.retention.ms": ("delete_retention_ms", int),
    "min.cleanable.dirty.ratio": ("min_cleanable_dirty_ratio", float),
    "min.compaction.lag.ms": ("min_compaction_lag_ms", int),
    "max.compaction.lag.ms": ("max_compaction_lag_ms", int),
    "flush.messages": ("flush_messages", int),
    "flush.ms": ("flush_ms", int),
    "file.delete.delay.ms": ("file_delete_delay_ms", int),
    "message.timestamp.type": ("message_timestamp_type", str),
    "max.message.bytes": ("max_message_bytes", int),
    "preallocate": ("preallocate", _bool),
    "segment.jitter.ms": ("segment_jitter_ms", int),
})
