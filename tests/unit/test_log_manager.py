"""LogManager: loading, checkpoints, clean-shutdown marker, deletion, background work."""

from __future__ import annotations

import uuid
from pathlib import Path

from log.config import LogConfig
from log.files import (
    CLEAN_SHUTDOWN_FILE,
    parse_partition_dir,
    read_offset_checkpoint,
    uuid_from_kafka,
    uuid_to_kafka,
)
from log.manager import LogManager
from tests.unit.test_log_helpers import batch


def test_parse_partition_dir_names() -> None:
    assert parse_partition_dir("my.topic-with-dashes-12") == ("my.topic-with-dashes", 12)
    assert parse_partition_dir("__consumer_offsets-49") == ("__consumer_offsets", 49)
    assert parse_partition_dir("nodash") is None
    assert parse_partition_dir("t-x") is None


def test_kafka_uuid_text() -> None:
    u = uuid.UUID("00000000-0000-0000-0000-000000000001")
    assert uuid_to_kafka(u) == "AAAAAAAAAAAAAAAAAAAAAQ"
    assert uuid_from_kafka("AAAAAAAAAAAAAAAAAAAAAQ") == u


def test_shutdown_and_reload(tmp_path: Path) -> None:
    dirs = [tmp_path / "d1", tmp_path / "d2"]
    mgr = LogManager(dirs, LogConfig(segment_bytes=600))
    mgr.load_all(0)
    a = mgr.get_or_create("a.b-c", 0, topic_id=uuid.uuid4())
    b = mgr.get_or_create("a.b-c", 1)
    assert a.dir.parent != b.dir.parent  # spread across dirs
    for _ in range(20):
        a.append(batch(1, value=b"x" * 50), leader_epoch=0, now_ms=0)
    b.append(batch(3), leader_epoch=0, now_ms=0)
    a.high_watermark = a.log_end_offset
    a.delete_records_before(13)
    mgr.shutdown()
    for d in dirs:
        assert (d / CLEAN_SHUTDOWN_FILE).read_text() == '{"version":0,"brokerEpoch":-1}'
    root_a = a.dir.parent
    assert read_offset_checkpoint(root_a / "recovery-point-offset-checkpoint")[("a.b-c", 0)] == 20
    assert read_offset_checkpoint(root_a / "log-start-offset-checkpoint")[("a.b-c", 0)] == 13
    text = (root_a / "recovery-point-offset-checkpoint").read_text().splitlines()
    assert text[:3] == ["0", "1", "a.b-c 0 20"]

    mgr2 = LogManager(dirs, LogConfig(segment_bytes=600))
    assert mgr2.load_all(0) == 2
    a2 = mgr2.get("a.b-c", 0)
    assert a2 is not None and a2.log_start_offset == 13 and a2.log_end_offset == 20
    assert mgr2.get("a.b-c", 1).log_end_offset == 3  # type: ignore[union-attr]
    assert not any((d / CLEAN_SHUTDOWN_FILE).exists() for d in dirs)


def test_delete_partition(tmp_path: Path) -> None:
    mgr = LogManager([tmp_path], LogConfig())
    mgr.load_all(0)
    log = mgr.get_or_create("t", 0)
    log.append(batch(1), leader_epoch=0, now_ms=0)
    assert mgr.delete("t", 0)
    assert mgr.get("t", 0) is None
    assert not any(p.name.startswith("t-0") for p in tmp_path.iterdir())


def test_tick_applies_retention_and_flush(tmp_path: Path) -> None:
    cfg = LogConfig(segment_bytes=600, retention_ms=1000, flush_messages=1)
    mgr = LogManager([tmp_path], cfg)
    mgr.load_all(0)
    log = mgr.get_or_create("t", 0)
    for i in range(20):
        log.append(batch(1, ts=i, value=b"y" * 50), leader_epoch=0, now_ms=i)
    log.high_watermark = log.log_end_offset
    assert mgr.tick(10_000) > 0
    assert log.log_start_offset > 0
    assert log.recovery_point == log.log_end_offset
    starts = read_offset_checkpoint(tmp_path / "log-start-offset-checkpoint")
    assert starts.get(("t", 0), log.segments[0].base_offset) == log.log_start_offset


def test_clean_pass_writes_cleaner_checkpoint(tmp_path: Path) -> None:
    cfg = LogConfig(segment_bytes=500, cleanup_policy=("compact",))
    mgr = LogManager([tmp_path], cfg)
    mgr.load_all(0)
    log = mgr.get_or_create("c", 0)
    for i in range(40):
        log.append(batch(1, key=b"k%d" % (i % 3), value=b"v%d" % i), leader_epoch=0, now_ms=i)
    log.high_watermark = log.log_end_offset
    results = mgr.clean(1000)
    assert results and results[0].cleaned
    assert read_offset_checkpoint(tmp_path / "cleaner-offset-checkpoint")[("c", 0)] == log.clean_offset


def test_unclean_dir_is_recovered(tmp_path: Path) -> None:
    mgr = LogManager([tmp_path], LogConfig())
    mgr.load_all(0)
    log = mgr.get_or_create("t", 0)
    for _ in range(5):
        log.append(batch(2), leader_epoch=0, now_ms=0)
    log.abandon()  # crash: no marker written
    mgr2 = LogManager([tmp_path], LogConfig())
    mgr2.load_all(0)
    assert mgr2.get("t", 0).log_end_offset == 10  # type: ignore[union-attr]
