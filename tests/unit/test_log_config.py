"""LogConfig defaults and Kafka topic-config names; leader epoch cache rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from log.config import LONG_MAX, LogConfig
from log.epoch_cache import LeaderEpochCache


def test_defaults_match_kafka() -> None:
    c = LogConfig()
    assert c.segment_bytes == 1 << 30
    assert c.segment_ms == 604_800_000 and c.retention_ms == 604_800_000
    assert c.segment_index_bytes == 10 * 1024 * 1024 and c.index_interval_bytes == 4096
    assert c.retention_bytes == -1 and c.cleanup_policy == ("delete",)
    assert c.delete_retention_ms == 86_400_000 and c.min_cleanable_dirty_ratio == 0.5
    assert c.flush_messages == LONG_MAX and c.flush_ms == LONG_MAX
    assert c.max_message_bytes == 1048588 and c.file_delete_delay_ms == 60000
    assert c.max_compaction_lag_ms == LONG_MAX and not c.preallocate


def test_from_topic_configs() -> None:
    c = LogConfig.from_topic_configs({
        "segment.bytes": "1024", "retention.ms": "-1", "cleanup.policy": "compact,delete",
        "min.cleanable.dirty.ratio": "0.1", "preallocate": "true", "message.timestamp.type": "LogAppendTime",
        "unknown.thing": "x",
    })
    assert c.segment_bytes == 1024 and c.retention_ms == -1
    assert c.compact and c.delete and c.min_cleanable_dirty_ratio == 0.1 and c.preallocate
    assert c.log_append_time
    assert LogConfig.from_topic_configs(c.to_topic_configs()) == c
    with pytest.raises(ValueError):
        LogConfig.from_topic_configs({"cleanup.policy": "bogus"})


def test_epoch_cache(tmp_path: Path) -> None:
    cache = LeaderEpochCache(tmp_path)
    cache.assign(1, 0)
    cache.assign(1, 5)  # same epoch: ignored
    cache.assign(3, 10)
    cache.assign(4, 20)
    assert cache.entries == [(1, 0), (3, 10), (4, 20)]
    assert (tmp_path / "leader-epoch-checkpoint").read_text() == "0\n3\n1 0\n3 10\n4 20\n"
    assert cache.end_offset_for(4, 30) == (4, 30)
    assert cache.end_offset_for(2, 30) == (1, 10)
    assert cache.end_offset_for(0, 30) == (-1, -1)
    cache.truncate_from_end(15)
    assert cache.entries == [(1, 0), (3, 10)]
    cache.truncate_from_start(12)
    assert cache.entries == [(3, 12)]
    assert LeaderEpochCache(tmp_path).entries == [(3, 12)]
