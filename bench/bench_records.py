"""Throughput of the produce-path batch validation (and, for context, record decoding).

    python bench/bench_records.py [--seconds 1.0]

Reports MB/s of ``validate_batches`` on uncompressed 16 KB and 1 MB batches (header
decode + CRC-32C, no per-record work), then ``iter_records`` for comparison.
Figures only; nothing here is asserted by tests.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from protocol.records import Record, build_batch, iter_records, read_header, validate_batches


def _batch_of(total_bytes: int, value_size: int = 100) -> bytes:
    n = max(1, total_bytes // (value_size + 20))
    value = bytes(range(256)) * (value_size // 256 + 1)
    recs = [Record(i, 1_700_000_000_000 + i, b"key-%08d" % i, value[:value_size]) for i in range(n)]
    return build_batch(recs)


def _rate(fn: Callable[[], object], nbytes: int, seconds: float) -> tuple[float, int]:
    """(MB/s, iterations) running ``fn`` repeatedly for about ``seconds``."""
    iterations = 0
    start = time.perf_counter()
    deadline = start + seconds
    while True:
        fn()
        iterations += 1
        now = time.perf_counter()
        if now >= deadline:
            break
    elapsed = now - start
    return nbytes * iterations / elapsed / 1e6, iterations


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=1.0, help="time per measurement")
    args = parser.parse_args(argv)
    out = sys.stdout
    out.write(f"{'case':44s} {'MB/s':>10s} {'iters':>8s}\n")
    for label, size in (("16 KB", 16 * 1024), ("1 MB", 1024 * 1024)):
        batch = _batch_of(size)
        view = memoryview(batch)
        mbps, iters = _rate(lambda v=view: validate_batches(v), len(batch), args.seconds)
        out.write(f"{'validate_batches ' + label + f' ({len(batch)} B)':44s} {mbps:10.1f} {iters:8d}\n")
    batch = _batch_of(16 * 1024)
    header = read_header(batch)
    mbps, iters = _rate(lambda: sum(1 for _ in iter_records(batch, 0, header)), len(batch), args.seconds)
    out.write(
        f"{'iter_records 16 KB (' + str(header.record_count) + ' records)':44s} {mbps:10.1f} {iters:8d}\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
