"""Append/read, indexes, rolling, timestamps, retention and truncation of `log.Log`."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest

from log.config import LogConfig
from log.files import read_leader_epoch_checkpoint, read_partition_metadata
from log.log import EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, MAX_TIMESTAMP, Log
from protocol.errors import ErrorCode, KafkaError
from protocol.records import iter_batches, iter_records, validate_batches
from tests.unit.test_log_helpers import batch

SMALL = LogConfig(segment_bytes=2000, index_interval_bytes=100, segment_index_bytes=4096)


def open_log(path: Path, config: LogConfig = SMALL, **kw: object) -> Log:
    return Log.open(path / "topic-0", config, now_ms=0, **kw)  # type: ignore[arg-type]


def offsets_in(views: list[memoryview]) -> list[int]:
    out = []
    for v in views:
        for pos, h in iter_batches(v):
            out.extend(r.offset for r in iter_records(v, pos, h))
    return out


def test_append_assigns_offsets_and_epoch(tmp_path: Path) -> None:
    log = open_log(tmp_path)
    r1 = log.append(batch(3), leader_epoch=5, now_ms=1)
    r2 = log.append(batch(2), leader_epoch=5, now_ms=2)
    assert (r1.first_offset, r1.last_offset, r1.num_records) == (0, 2, 3)
    assert (r2.first_offset, r2.last_offset) == (3, 4)
    assert log.log_end_offset == 5
    res = log.read(0, 10_000)
    headers = [h for _, h in iter_batches(res.records[0])]
    assert [h.base_offset for h in headers] == [0, 3]
    assert all(h.partition_leader_epoch == 5 for h in headers)
    validate_batches(res.records[0])  # CRC still valid after patching
    assert offsets_in(res.records) == [0, 1, 2, 3, 4]
    assert read_leader_epoch_checkpoint(log.dir / "leader-epoch-checkpoint") == [(5, 0)]


def test_partition_metadata_written(tmp_path: Path) -> None:
    import uuid

    tid = uuid.uuid4()
    log = open_log(tmp_path, topic_id=tid)
    text = (log.dir / "partition.metadata").read_text()
    assert text.startswith("version: 0\ntopic_id: ")
    assert read_partition_metadata(log.dir) == tid


def test_read_from_middle_of_batch_returns_whole_batch(tmp_path: Path) -> None:
    log = open_log(tmp_path)
    for _ in range(10):
        log.append(batch(4), leader_epoch=0, now_ms=0)
    res = log.read(13, 10_000)
    assert res.first_batch_offset == 12
    assert offsets_in(res.records)[0] == 12


def test_first_batch_whole_and_max_bytes(tmp_path: Path) -> None:
    log = open_log(tmp_path, LogConfig(segment_bytes=100_000))
    sizes = []
    for _ in range(5):
        b = batch(1, value=b"x" * 300)
        sizes.append(len(b))
        log.append(b, leader_epoch=0, now_ms=0)
    whole = log.read(0, 10)
    assert whole.size == sizes[0]
    assert offsets_in(whole.records) == [0]
    # As Kafka's LogSegment.read: a plain byte slice, so without min_one_batch it may hold only
    # part of a batch, and a limit inside a batch ends the slice there (clients drop the tail).
    partial = log.read(0, 10, min_one_batch=False)
    assert partial.size == 10 and offsets_in(partial.records) == []
    two = log.read(0, sizes[0] * 2 + 5)
    assert two.size == sizes[0] * 2 + 5
    assert offsets_in(two.records) == [0, 1]


def test_max_offset_is_exclusive(tmp_path: Path) -> None:
    log = open_log(tmp_path)
    for _ in range(5):
        log.append(batch(2), leader_epoch=0, now_ms=0)
    res = log.read(0, 10_000, max_offset=6)
    assert offsets_in(res.records) == [0, 1, 2, 3, 4, 5]
    assert log.read(6, 10_000, max_offset=6).records == []


def test_offset_out_of_range_and_read_at_leo(tmp_path: Path) -> None:
    log = open_log(tmp_path)
    log.append(batch(2), leader_epoch=0, now_ms=0)
    assert log.read(2, 100).records == []
    with pytest.raises(KafkaError) as exc:
        log.read(3, 100)
    assert exc.value.code == ErrorCode.OFFSET_OUT_OF_RANGE


def test_roll_on_size_and_index_lookups(tmp_path: Path) -> None:
    log = open_log(tmp_path)
    for _ in range(100):
        log.append(batch(2, value=b"y" * 20), leader_epoch=0, now_ms=0)
    assert len(log.segments) > 3
    for seg in log.segments[:-1]:
        assert seg.size <= SMALL.segment_bytes
        assert os.path.getsize(seg.log_path) == seg.size  # trimmed on roll
        assert os.path.getsize(seg.offset_index.path) == seg.offset_index.entries * 8
        assert seg.offset_index.entries > 0
    names = sorted(p.name for p in log.dir.glob("*.log"))
    assert names[0] == "00000000000000000000.log"
    assert all(len(n) == 24 for n in names)
    for target in range(0, 200, 7):
        res = log.read(target, 1)
        assert res.first_batch_offset is not None and res.first_batch_offset <= target < res.first_batch_offset + 2


def test_index_entry_format_matches_kafka(tmp_path: Path) -> None:
    log = open_log(tmp_path)
    for _ in range(100):
        log.append(batch(2, value=b"y" * 20), leader_epoch=0, now_ms=0)
    seg = log.segments[0]
    raw = seg.offset_index.path.read_bytes()
    rel, pos = struct.unpack_from(">ii", raw, 0)
    view = seg.view
    base, _ = struct.unpack_from(">qi", view, pos)
    # Kafka indexes the last offset of the appended set at its start position.
    assert rel + seg.base_offset == base + 1
    traw = seg.time_index.path.read_bytes()
    assert len(traw) % 12 == 0 and len(traw) > 0
    ts, trel = struct.unpack_from(">qi", traw, len(traw) - 12)
    assert ts == seg.max_timestamp and trel + seg.base_offset == seg.offset_of_max_timestamp


def test_roll_on_time(tmp_path: Path) -> None:
    log = open_log(tmp_path, LogConfig(segment_ms=1000))
    log.append(batch(1, ts=10_000), leader_epoch=0, now_ms=10_000)
    log.append(batch(1, ts=10_500), leader_epoch=0, now_ms=10_500)
    assert len(log.segments) == 1
    log.append(batch(1, ts=11_001), leader_epoch=0, now_ms=11_001)
    assert len(log.segments) == 2
    assert log.segments[1].base_offset == 2


def test_offset_for_timestamp(tmp_path: Path) -> None:
    log = open_log(tmp_path)
    for i in range(40):
        log.append(batch(3, ts=1000 + i * 10), leader_epoch=0, now_ms=0)
    assert log.offset_for_timestamp(1000) == (0, 1000)
    assert log.offset_for_timestamp(1205) == (63, 1210)  # first record with ts >= target
    assert log.offset_for_timestamp(1201) == (61, 1201)
    assert log.offset_for_timestamp(99_999) is None
    assert log.offset_for_timestamp(EARLIEST_TIMESTAMP) == (0, -1)
    assert log.offset_for_timestamp(LATEST_TIMESTAMP) == (120, -1)
    assert log.offset_for_timestamp(MAX_TIMESTAMP) == (119, 1392)
    assert log.largest_timestamp() == 1392


def test_log_append_time_rewrites_timestamp_and_crc(tmp_path: Path) -> None:
    log = open_log(tmp_path)
    r = log.append(batch(2, ts=5), leader_epoch=0, now_ms=777, log_append_time=True)
    assert r.log_append_time_ms == 777
    data = log.read(0, 1000).records[0]
    [(pos, h)] = validate_batches(data)
    assert h.max_timestamp == 777 and h.timestamp_type == 1
    assert [r.timestamp for r in iter_records(data, pos, h)] == [777, 777]


def test_follower_append_keeps_offsets_and_epochs(tmp_path: Path) -> None:
    leader = open_log(tmp_path / "a")
    leader.append(batch(2), leader_epoch=3, now_ms=0)
    leader.append(batch(2), leader_epoch=4, now_ms=0)
    data = bytes(leader.read(0, 10_000).records[0])
    follower = open_log(tmp_path / "b")
    r = follower.append(data, leader_epoch=-1, now_ms=0, assign_offsets=False)
    assert (r.first_offset, r.last_offset) == (0, 3)
    assert follower.epoch_cache.entries == [(3, 0), (4, 2)]
    assert bytes(follower.read(0, 10_000).records[0]) == data


def test_reopen_clean(tmp_path: Path) -> None:
    log = open_log(tmp_path)
    for _ in range(60):
        log.append(batch(2, value=b"z" * 10), leader_epoch=2, now_ms=0)
    before = bytes(b"".join(bytes(v) for s in range(0, 120, 2) for v in log.read(s, 1).records))
    log.close()
    log2 = open_log(tmp_path, recover=False)
    assert log2.log_end_offset == 120
    after = bytes(b"".join(bytes(v) for s in range(0, 120, 2) for v in log2.read(s, 1).records))
    assert after == before
    r = log2.append(batch(1), leader_epoch=2, now_ms=0)
    assert r.first_offset == 120


def test_retention_by_time(tmp_path: Path) -> None:
    cfg = LogConfig(segment_bytes=600, retention_ms=1000)
    log = open_log(tmp_path, cfg)
    for i in range(30):
        log.append(batch(1, ts=i * 100, value=b"r" * 50), leader_epoch=0, now_ms=i * 100)
    log.high_watermark = log.log_end_offset
    n_before = len(log.segments)
    deleted = log.apply_retention(now_ms=3000)
    assert deleted > 0 and len(log.segments) == n_before - deleted
    assert log.log_start_offset == log.segments[0].base_offset
    assert all(3000 - s.largest_timestamp() <= 1000 for s in log.segments[:-1])
    with pytest.raises(KafkaError):
        log.read(0, 100)
    # Everything expired: the active segment is rolled away too, the log stays usable.
    log.apply_retention(now_ms=100_000)
    assert log.log_start_offset == log.log_end_offset == 30
    assert log.append(batch(1), leader_epoch=0, now_ms=0).first_offset == 30


def test_retention_respects_high_watermark(tmp_path: Path) -> None:
    log = open_log(tmp_path, LogConfig(segment_bytes=600, retention_ms=0))
    for _ in range(10):
        log.append(batch(1, ts=0, value=b"r" * 50), leader_epoch=0, now_ms=0)
    log.high_watermark = 0
    assert log.apply_retention(now_ms=10_000) == 0


def test_retention_by_bytes(tmp_path: Path) -> None:
    cfg = LogConfig(segment_bytes=600, retention_bytes=1000, retention_ms=-1)
    log = open_log(tmp_path, cfg)
    for i in range(30):
        log.append(batch(1, ts=i, value=b"r" * 50), leader_epoch=0, now_ms=0)
    log.high_watermark = log.log_end_offset
    log.apply_retention(now_ms=0)
    assert log.size_in_bytes >= 1000 - 600
    assert sum(s.size for s in log.segments[1:]) < 1000


def test_delete_records(tmp_path: Path) -> None:
    log = open_log(tmp_path, LogConfig(segment_bytes=600))
    for _ in range(30):
        log.append(batch(1, value=b"r" * 50), leader_epoch=0, now_ms=0)
    log.high_watermark = 20
    with pytest.raises(KafkaError) as exc:
        log.delete_records_before(21)
    assert exc.value.code == ErrorCode.OFFSET_OUT_OF_RANGE
    assert log.delete_records_before(15) == 15
    assert log.segments[0].base_offset <= 15 < log.segments[1].base_offset if len(log.segments) > 1 else True
    with pytest.raises(KafkaError):
        log.read(14, 100)
    assert log.read(15, 100).first_batch_offset == 15


def test_truncate_to(tmp_path: Path) -> None:
    log = open_log(tmp_path, LogConfig(segment_bytes=600))
    for i in range(30):
        log.append(batch(1, value=b"r" * 50), leader_epoch=i // 10, now_ms=0)
    log.high_watermark = 30
    assert log.truncate_to(12)
    assert log.log_end_offset == 12 and log.high_watermark == 12
    assert log.epoch_cache.entries == [(0, 0), (1, 10)]
    assert log.append(batch(1), leader_epoch=7, now_ms=0).first_offset == 12
    assert offsets_in(log.read(11, 10_000).records)[-1] == 12
    log.truncate_fully_and_start_at(100)
    assert (log.log_start_offset, log.log_end_offset) == (100, 100)
    assert log.append(batch(1), leader_epoch=8, now_ms=0).first_offset == 100


def test_storage_error_marks_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = open_log(tmp_path)
    log.append(batch(1), leader_epoch=0, now_ms=0)

    def boom(*_a: object, **_k: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "pwritev", boom)
    with pytest.raises(KafkaError) as exc:
        log.append(batch(1), leader_epoch=0, now_ms=0)
    assert exc.value.code == ErrorCode.KAFKA_STORAGE_ERROR
    monkeypatch.undo()
    with pytest.raises(KafkaError) as exc:
        log.read(0, 100)
    assert exc.value.code == ErrorCode.KAFKA_STORAGE_ERROR
    assert log.log_end_offset == 1


def test_too_large_batch_rejected(tmp_path: Path) -> None:
    log = open_log(tmp_path, LogConfig(max_message_bytes=200))
    with pytest.raises(KafkaError) as exc:
        log.append(batch(1, value=b"q" * 300), leader_epoch=0, now_ms=0)
    assert exc.value.code == ErrorCode.MESSAGE_TOO_LARGE
    assert log.log_end_offset == 0


def test_flush_policy(tmp_path: Path) -> None:
    log = open_log(tmp_path, LogConfig(flush_messages=3))
    log.append(batch(2), leader_epoch=0, now_ms=0)
    assert not log.maybe_flush(0)
    log.append(batch(1), leader_epoch=0, now_ms=0)
    assert log.maybe_flush(0)
    assert log.recovery_point == 3


def test_read_file_region_matches_view(tmp_path: Path) -> None:
    log = open_log(tmp_path)
    for _ in range(5):
        log.append(batch(2), leader_epoch=0, now_ms=0)
    res = log.read(4, 10_000)
    assert res.file_region is not None
    fd, pos, length = res.file_region
    assert os.pread(fd, length, pos) == bytes(res.records[0])


def test_append_larger_than_segment_rejected(tmp_path: Path) -> None:
    log = open_log(tmp_path, LogConfig(segment_bytes=200))
    with pytest.raises(KafkaError) as exc:
        log.append(batch(1, value=b"q" * 300), leader_epoch=0, now_ms=0)
    assert exc.value.code == ErrorCode.RECORD_LIST_TOO_LARGE


def test_roll_when_index_full(tmp_path: Path) -> None:
    log = open_log(tmp_path, LogConfig(segment_index_bytes=8 * 3, index_interval_bytes=1))
    for _ in range(10):
        log.append(batch(1), leader_epoch=0, now_ms=0)
    assert len(log.segments) > 1
    for seg in log.segments[:-1]:
        assert seg.offset_index.entries <= 3
    assert offsets_in(log.read(0, 1 << 20).records)[0] == 0


def test_scan_yields_whole_batches_in_range(tmp_path: Path) -> None:
    log = open_log(tmp_path)
    for _ in range(6):
        log.append(batch(2), leader_epoch=0, now_ms=0)  # offsets 0-1, 2-3, ... 10-11
    bases = [h.base_offset for _, _, h in log.scan(3, 9, chunk_bytes=100)]
    # From the batch holding offset 3 up to the last one starting before 9; small chunks still progress.
    assert bases == [2, 4, 6, 8]
    assert [h.base_offset for _, _, h in log.scan(0)] == [0, 2, 4, 6, 8, 10]
