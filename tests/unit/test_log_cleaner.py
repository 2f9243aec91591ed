"""Compaction: latest value per key, tombstones and delete horizon, codecs, offsets kept."""

from __future__ import annotations

from pathlib import Path

from log.cleaner import clean, cleanable_range
from log.config import LogConfig
from log.log import Log
from protocol.records import iter_records, read_header, validate_batches
from tests.unit.test_log_helpers import batch

CFG = LogConfig(segment_bytes=500, cleanup_policy=("compact",), delete_retention_ms=1000,
                index_interval_bytes=64, segment_index_bytes=1200)


def contents(log: Log) -> list[tuple[int, bytes | None, bytes | None]]:
    out = []
    for seg, pos, _ in log.batches():
        view = seg.view
        header = read_header(view, pos)
        out += [(r.offset, r.key, r.value) for r in iter_records(view, pos, header)]
    return out


def fill(log: Log, n: int, keys: int, *, compression: int = 0, start: int = 0) -> dict[bytes, tuple[int, bytes]]:
    latest: dict[bytes, tuple[int, bytes]] = {}
    for i in range(start, start + n):
        key = b"k%d" % (i % keys)
        value = b"v%d" % i
        r = log.append(batch(1, key=key, value=value, ts=i, compression=compression), leader_epoch=0, now_ms=i)
        latest[key] = (r.first_offset, value)
    log.high_watermark = log.log_end_offset
    return latest


def test_keeps_latest_value_per_key_and_offsets(tmp_path: Path) -> None:
    log = Log.open(tmp_path / "c-0", CFG, now_ms=0)
    fill(log, 60, 5)
    before = contents(log)
    active_base = log.active_segment.base_offset
    res = clean(log, now_ms=100)
    assert res.cleaned and res.records_removed > 0
    after = contents(log)
    cleaned = [t for t in after if t[0] < active_base]
    # one record per key in the cleaned part, and each is the latest in that part
    keys = [k for _, k, _ in cleaned]
    assert len(keys) == len(set(keys))
    by_offset = {o: (k, v) for o, k, v in before}
    for o, k, v in after:
        assert by_offset[o] == (k, v)  # offsets never change
    assert [t for t in after if t[0] >= active_base] == [t for t in before if t[0] >= active_base]
    for first, _ in [(o, 0) for o, _, _ in after]:
        assert log.read(first, 1).first_batch_offset is not None
    assert log.clean_offset == active_base
    for seg in log.segments:
        if seg.size:
            validate_batches(seg.view[: seg.size])


def test_reads_skip_compacted_gaps(tmp_path: Path) -> None:
    log = Log.open(tmp_path / "c-0", CFG, now_ms=0)
    fill(log, 60, 3)
    clean(log, now_ms=100)
    present = [o for o, _, _ in contents(log)]
    missing = next(o for o in range(log.log_end_offset) if o not in present)
    res = log.read(missing, 1)
    assert res.first_batch_offset is not None and res.first_batch_offset > missing


def test_tombstones_get_horizon_then_removed(tmp_path: Path) -> None:
    log = Log.open(tmp_path / "d-0", CFG, now_ms=0)
    fill(log, 10, 2)
    log.append(batch(1, key=b"gone", value=b"x", ts=60), leader_epoch=0, now_ms=60)
    log.append(batch(1, key=b"gone", value=None, ts=61), leader_epoch=0, now_ms=61)  # type: ignore[arg-type]
    for i in range(30):
        log.append(batch(1, key=b"filler", value=b"f" * 40, ts=100 + i), leader_epoch=0, now_ms=100 + i)
    log.high_watermark = log.log_end_offset
    clean(log, now_ms=1_000, force=True)
    tomb = [(o, k, v) for o, k, v in contents(log) if k == b"gone"]
    assert len(tomb) == 1 and tomb[0][2] is None
    # the batch holding the tombstone carries the delete horizon (now + delete.retention.ms)
    horizons = []
    for seg, pos, peek in log.batches():
        if peek.base_offset <= tomb[0][0] <= peek.last_offset:
            horizons.append(read_header(seg.view, pos).delete_horizon_ms)
    assert horizons == [2_000]
    clean(log, now_ms=1_500)  # horizon not reached: kept
    assert any(k == b"gone" for _, k, _ in contents(log))
    assert clean(log, now_ms=2_000).cleaned  # an expired horizon alone makes the log cleanable
    assert not any(k == b"gone" for _, k, _ in contents(log))


def test_compressed_batches_recompressed_with_same_codec(tmp_path: Path) -> None:
    log = Log.open(tmp_path / "c-0", CFG, now_ms=0)
    for i in range(20):
        log.append(batch(3, keys=[b"a", b"b", b"c%d" % (i % 2)], values=[b"1%d" % i, b"2%d" % i, b"3%d" % i],
                         compression=1, ts=i), leader_epoch=0, now_ms=i)
    log.high_watermark = log.log_end_offset
    clean(log, now_ms=100, force=True)
    for seg, pos, _peek in log.batches():
        if seg is log.active_segment:
            continue
        header = read_header(seg.view, pos)
        assert header.compression == 1
    result = contents(log)
    assert len({o for o, _, _ in result}) == len(result)


def test_dirty_ratio_and_min_lag(tmp_path: Path) -> None:
    cfg = LogConfig(segment_bytes=500, cleanup_policy=("compact",), min_cleanable_dirty_ratio=0.99,
                    min_compaction_lag_ms=10_000)
    log = Log.open(tmp_path / "c-0", cfg, now_ms=0)
    fill(log, 60, 5)
    rng = cleanable_range(log, now_ms=100)
    assert rng.first_uncleanable_offset == 0  # everything is younger than the lag
    assert not clean(log, now_ms=100).cleaned
    rng = cleanable_range(log, now_ms=100_000)
    assert rng.first_uncleanable_offset == log.active_segment.base_offset
    assert clean(log, now_ms=100_000).cleaned
    assert not clean(log, now_ms=100_001).cleaned  # nothing dirty any more


def test_delete_policy_logs_are_not_compacted(tmp_path: Path) -> None:
    log = Log.open(tmp_path / "c-0", LogConfig(segment_bytes=500), now_ms=0)
    fill(log, 30, 2)
    assert not clean(log, now_ms=0, force=True).cleaned


def test_cleaned_log_survives_reopen(tmp_path: Path) -> None:
    log = Log.open(tmp_path / "c-0", CFG, now_ms=0)
    fill(log, 60, 4)
    clean(log, now_ms=100)
    want = contents(log)
    log.close()
    for recover in (False, True):
        again = Log.open(tmp_path / "c-0", CFG, now_ms=0, recover=recover)
        assert contents(again) == want
        again.close()


def test_max_compaction_lag_forces_cleaning(tmp_path: Path) -> None:
    cfg = LogConfig(segment_bytes=500, cleanup_policy=("compact",), min_cleanable_dirty_ratio=1.0,
                    max_compaction_lag_ms=1000)
    log = Log.open(tmp_path / "c-0", cfg, now_ms=0)
    fill(log, 40, 3)
    assert clean(log, now_ms=100, force=True).cleaned
    fill(log, 40, 3, start=40)
    assert cleanable_range(log, now_ms=500).dirty_ratio < 1.0
    assert not clean(log, now_ms=500).cleaned  # below the ratio and nothing older than the lag
    assert clean(log, now_ms=5000).cleaned


def test_small_cleaned_segments_are_merged(tmp_path: Path) -> None:
    log = Log.open(tmp_path / "c-0", CFG, now_ms=0)
    fill(log, 80, 2)
    n_before = len(log.segments)
    want = contents(log)
    clean(log, now_ms=100)
    # Groups are sized from the segments before cleaning (as Kafka), so shrunken segments merge
    # on the next pass.
    clean(log, now_ms=200, force=True)
    assert len(log.segments) < n_before
    names = sorted(p.name for p in log.dir.glob("*.log"))
    assert names == [f"{s.base_offset:020d}.log" for s in log.segments]
    latest = {k: o for o, k, _ in want if o < log.active_segment.base_offset}
    got = [t for t in contents(log) if t[0] < log.active_segment.base_offset]
    assert [o for o, _, _ in got] == sorted(latest.values())


def test_interrupted_swap_is_completed_on_open(tmp_path: Path) -> None:
    import os

    from log.files import segment_path

    log = Log.open(tmp_path / "c-0", CFG, now_ms=0)
    fill(log, 40, 2)
    first, second = log.segments[0], log.segments[1]
    merged = bytes(first.view[: first.size]) + bytes(second.view[: second.size])
    end = second.next_offset
    log.close()
    # crash after the .swap rename, before the old segments were deleted
    swap = segment_path(log.dir, 0, ".log.swap")
    swap.write_bytes(merged)
    os.unlink(segment_path(log.dir, 0, ".index"))
    again = Log.open(tmp_path / "c-0", CFG, now_ms=0, recover=True)
    assert not swap.exists()
    assert again.segments[0].base_offset == 0 and again.segments[1].base_offset == end
    assert [o for o, _, _ in contents(again)] == list(range(40))
