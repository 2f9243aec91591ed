"""Crash recovery: torn tails at every byte, corrupt batches, missing or corrupt indexes."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from log.config import LogConfig
from log.log import Log
from protocol.records import iter_batches, validate_batches
from tests.unit.test_log_helpers import batch

CFG = LogConfig(segment_bytes=100_000, index_interval_bytes=200, segment_index_bytes=1200)


def build(path: Path, n: int = 8, cfg: LogConfig = CFG) -> tuple[Log, list[tuple[int, int]]]:
    log = Log.open(path, cfg, now_ms=0)
    spans = []
    for i in range(n):
        r = log.append(batch(2, ts=i, value=bytes([i]) * (30 + i)), leader_epoch=1, now_ms=0)
        spans.append((r.first_offset, r.last_offset))
    return log, spans


def snapshot_files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in directory.iterdir() if p.is_file()}


def restore(directory: Path, files: dict[str, bytes]) -> None:
    directory.mkdir(parents=True)
    for name, data in files.items():
        (directory / name).write_bytes(data)


def all_batches(log: Log) -> list[bytes]:
    out = []
    for seg in log.segments:
        view = seg.view[: seg.size]
        out += [bytes(view[p : p + h.size]) for p, h in iter_batches(view)]
    return out


@pytest.mark.parametrize("preallocate", [False, True])
def test_torn_last_batch_at_every_byte(tmp_path: Path, preallocate: bool) -> None:
    cfg = dataclasses.replace(CFG, preallocate=preallocate)
    log, spans = build(tmp_path / "orig-0", cfg=cfg)
    good = all_batches(log)
    log.abandon()  # crash: nothing trimmed or flushed
    files = snapshot_files(tmp_path / "orig-0")
    logname = "00000000000000000000.log"
    end = sum(len(b) for b in good)
    last_start = end - len(good[-1])
    # Preallocated active files keep their sparse tail; otherwise the file holds only batches.
    assert len(files[logname]) == (CFG.segment_bytes if preallocate else end)
    for cut in range(last_start, end):
        for zero_fill in (False, True):
            d = tmp_path / f"cut{cut}{'z' if zero_fill else ''}-0"
            if zero_fill and not any(files[logname][cut:end]):
                continue  # zeroing already-zero bytes leaves the batch intact
            torn = dict(files)
            data = files[logname][:cut]
            torn[logname] = data + b"\0" * (CFG.segment_bytes - cut) if zero_fill else data
            restore(d, torn)
            rec = Log.open(d, cfg, now_ms=0, recover=True)
            assert rec.log_end_offset == spans[-1][0]
            assert all_batches(rec) == good[:-1]
            got = rec.read(0, 1 << 20).records
            validate_batches(got[0])
            assert bytes(got[0]) == b"".join(good[:-1])
            assert rec.append(batch(1), leader_epoch=1, now_ms=0).first_offset == spans[-1][0]
            rec.close()


def test_corrupt_middle_batch_truncates_from_there(tmp_path: Path) -> None:
    log, spans = build(tmp_path / "t-0")
    good = all_batches(log)
    log.abandon()
    path = tmp_path / "t-0" / "00000000000000000000.log"
    pos = sum(len(b) for b in good[:4]) + 70  # inside batch 4's records
    with open(path, "r+b") as f:
        f.seek(pos)
        byte = f.read(1)
        f.seek(pos)
        f.write(bytes([byte[0] ^ 0xFF]))
    rec = Log.open(tmp_path / "t-0", CFG, now_ms=0, recover=True)
    assert rec.log_end_offset == spans[4][0]
    assert all_batches(rec) == good[:4]


def test_corruption_in_old_segment_drops_later_segments(tmp_path: Path) -> None:
    cfg = LogConfig(segment_bytes=400, index_interval_bytes=50, segment_index_bytes=1200)
    log, spans = build(tmp_path / "t-0", n=20, cfg=cfg)
    assert len(log.segments) > 2
    first = log.segments[0]
    n_first = len(first.batches())
    log.abandon()
    with open(first.log_path, "r+b") as f:
        f.seek(65)
        f.write(b"\xff\xff")
    rec = Log.open(tmp_path / "t-0", cfg, now_ms=0, recover=True)
    assert len(rec.segments) == 1
    assert rec.log_end_offset == 0
    assert n_first > 0
    assert rec.append(batch(1), leader_epoch=1, now_ms=0).first_offset == 0


@pytest.mark.parametrize("victim", [".index", ".timeindex"])
def test_missing_index_rebuilt(tmp_path: Path, victim: str) -> None:
    cfg = LogConfig(segment_bytes=700, index_interval_bytes=100, segment_index_bytes=1200)
    log, _ = build(tmp_path / "t-0", n=20, cfg=cfg)
    seg0 = log.segments[0]
    want_index = seg0.offset_index.path.read_bytes()
    want_time = seg0.time_index.path.read_bytes()
    log.close()
    (tmp_path / "t-0" / f"00000000000000000000{victim}").unlink()
    rec = Log.open(tmp_path / "t-0", cfg, now_ms=0, recover=False)
    rec.close()
    assert (tmp_path / "t-0" / "00000000000000000000.index").read_bytes() == want_index
    assert (tmp_path / "t-0" / "00000000000000000000.timeindex").read_bytes() == want_time


def test_corrupt_index_rebuilt(tmp_path: Path) -> None:
    cfg = LogConfig(segment_bytes=700, index_interval_bytes=100, segment_index_bytes=1200)
    log, spans = build(tmp_path / "t-0", n=20, cfg=cfg)
    want = log.segments[0].offset_index.path.read_bytes()
    assert len(want) >= 16
    log.close()
    path = tmp_path / "t-0" / "00000000000000000000.index"
    path.write_bytes(want[8:16] + want[:8] + want[16:])  # offsets out of order
    rec = Log.open(tmp_path / "t-0", cfg, now_ms=0, recover=False)
    for first, _ in spans:
        assert rec.read(first, 1).first_batch_offset == first
    rec.close()
    assert path.read_bytes() == want
    path.write_bytes(want + b"\x01\x02\x03")  # not a multiple of the entry size
    rec = Log.open(tmp_path / "t-0", cfg, now_ms=0, recover=False)
    rec.close()
    assert path.read_bytes() == want


def test_unclean_reopen_keeps_everything_written(tmp_path: Path) -> None:
    cfg = LogConfig(segment_bytes=500, index_interval_bytes=100, segment_index_bytes=1200)
    log, spans = build(tmp_path / "t-0", n=25, cfg=cfg)
    good = all_batches(log)
    log.abandon()
    active = max(os.listdir(tmp_path / "t-0"))
    assert active
    rec = Log.open(tmp_path / "t-0", cfg, now_ms=0, recover=True)
    assert all_batches(rec) == good
    assert rec.log_end_offset == spans[-1][1] + 1
    assert rec.epoch_cache.entries == [(1, 0)]
