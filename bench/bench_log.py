"""Log engine throughput beside the raw sequential rate of the same disk, in the same run.

    python bench/bench_log.py [--mb 256] [--dir /tmp]

For each batch size it appends the same pre-built batch repeatedly through `Log.append`
(leader path: offsets and leader epoch patched, one copy into the segment), then reads the
whole log back with `Log.read` in 1 MiB fetches (copying each slice out, as a socket send
would), and compares both with plain `os.write` / `os.readv` of the same bytes to a file.
Figures only, never asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from log.batch_header import peek
from log.config import LogConfig
from log.log import Log
from protocol.records import Record, build_batch, validate_batches


def make_batch(size: int) -> bytes:
    record_size = 1024
    count = max(1, size // (record_size + 16))
    payload = os.urandom(record_size)
    return build_batch([Record(offset=i, timestamp=1_700_000_000_000, key=None, value=payload) for i in range(count)])


def raw_write(path: Path, data: bytes, n: int) -> float:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    start = time.perf_counter()
    for _ in range(n):
        os.write(fd, data)
    elapsed = time.perf_counter() - start
    os.close(fd)
    return elapsed


def raw_read(path: Path, chunk: int) -> float:
    fd = os.open(path, os.O_RDONLY)
    buf = bytearray(chunk)
    start = time.perf_counter()
    while os.readv(fd, [buf]):
        pass
    elapsed = time.perf_counter() - start
    os.close(fd)
    return elapsed


def log_append(directory: Path, data: bytes, n: int) -> tuple[float, Log]:
    config = LogConfig(max_message_bytes=len(data) + 1024)
    log = Log.open(directory, config, now_ms=0)
    batches = validate_batches(data)
    start = time.perf_counter()
    for _ in range(n):
        log.append(data, batches, leader_epoch=1, now_ms=0)
    elapsed = time.perf_counter() - start
    return elapsed, log


def log_read(log: Log, chunk: int) -> tuple[float, int]:
    offset, total = log.log_start_offset, 0
    sink = bytearray(chunk * 2)
    start = time.perf_counter()
    while offset < log.log_end_offset:
        res = log.read(offset, chunk)
        for view in res.records:
            sink[: len(view)] = view  # the copy a socket send would make
            total += len(view)
            pos = 0
            while pos < len(view):  # next fetch offset: hop the batch headers
                header = peek(view, pos)
                offset = header.last_offset + 1
                pos += header.size
    return time.perf_counter() - start, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=int, default=256, help="MiB written per case")
    parser.add_argument("--dir", default=tempfile.gettempdir())
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="bench_log", dir=args.dir))
    total = args.mb * 1024 * 1024
    out = sys.stdout
    try:
        out.write(f"{'case':<10}{'raw w MB/s':>12}{'log w MB/s':>12}{'ratio':>8}"
                  f"{'raw r MB/s':>12}{'log r MB/s':>12}{'ratio':>8}\n")
        for label, size in (("16KB", 16 * 1024), ("1MB", 1024 * 1024)):
            data = make_batch(size)
            n = max(1, total // len(data))
            mb = n * len(data) / 1e6
            raw_path = root / f"raw-{label}"
            t_raw_w = raw_write(raw_path, data, n)
            t_raw_r = raw_read(raw_path, 1024 * 1024)
            raw_path.unlink()
            t_log_w, log = log_append(root / f"bench-{label}-0", data, n)
            t_log_r, read_bytes = log_read(log, 1024 * 1024)
            assert read_bytes == n * len(data)
            log.close()
            shutil.rmtree(root / f"bench-{label}-0")
            out.write(f"{label:<10}{mb / t_raw_w:>12.0f}{mb / t_log_w:>12.0f}{t_raw_w / t_log_w:>8.2f}"
                      f"{mb / t_raw_r:>12.0f}{mb / t_log_r:>12.0f}{t_raw_r / t_log_r:>8.2f}\n")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
