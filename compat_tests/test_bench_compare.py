"""bench/compare.py's parsing and report, on captured tool output (no broker, no JVM)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import compare
from bench.compare import (
    TargetRun,
    parse_consumer_perf,
    parse_e2e,
    parse_producer_perf,
    ratio,
    render_markdown,
)

PRODUCER_PERF_OUT = """\
12345 records sent, 2468.0 records/sec (0.24 MB/sec), 5.1 ms avg latency, 250.0 ms max latency.
50000 records sent, 46040.515654 records/sec (4.39 MB/sec), 120.33 ms avg latency, 430.00 ms max latency, \
110 ms 50th, 300 ms 95th, 400 ms 99th, 420 ms 99.9th.
"""

CONSUMER_PERF_OUT = """\
start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, \
fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
2026-11-25 08:56:34:123, 2026-11-25 08:56:36:600, 9.7656, 3.9425, 10000, 4037.1417, 300, 2177, 4.4858, 4593.4773
"""

E2E_OUT = """\
0	12.5
Avg latency: 5.1234 ms
Percentiles: 50th = 4, 99th = 16, 99.9th = 107
"""


def test_producer_perf_summary_is_the_last_line() -> None:
    assert parse_producer_perf(PRODUCER_PERF_OUT) == (46040.515654, 4.39)


def test_consumer_perf_reads_columns_by_header_name() -> None:
    assert parse_consumer_perf(CONSUMER_PERF_OUT) == (3.9425, 4037.1417)


def test_consumer_perf_with_nothing_consumed_is_an_error() -> None:
    empty = CONSUMER_PERF_OUT.replace(", 10000,", ", 0,")
    with pytest.raises(ValueError, match="no records"):
        parse_consumer_perf(empty)


def test_e2e_percentiles() -> None:
    assert parse_e2e(E2E_OUT) == (4.0, 16.0, 107.0)


def test_unparseable_output_is_an_error_not_a_zero() -> None:
    with pytest.raises(ValueError):
        parse_producer_perf("org.apache.kafka.common.errors.TimeoutException")
    with pytest.raises(ValueError):
        parse_e2e("")


def test_ratio_is_kpybroker_over_kafka_and_none_when_missing() -> None:
    assert ratio(200.0, 50.0) == 0.25
    assert ratio(None, 50.0) is None and ratio(0.0, 1.0) is None and ratio(1.0, None) is None


def test_report_shows_both_columns_ratio_and_na_with_error() -> None:
    kafka = TargetRun("kafka", values={"perf_100b_acks1_rps": 40000.0, "e2e_p99_ms": 16.0})
    kpy = TargetRun("kpybroker", fatal="did not start: ModuleNotFoundError")
    text = render_markdown({"kafka": kafka, "kpybroker": kpy}, {"date": "2026-01-01", "mode": "quick", "host": "h"})
    row = next(line for line in text.splitlines() if line.startswith("| producer-perf 100 B acks=1 | rec/s"))
    assert row == "| producer-perf 100 B acks=1 | rec/s | 40,000 | n/a | n/a |"
    assert "- kpybroker: n/a — did not start: ModuleNotFoundError" in text


def test_main_writes_latest_files_even_when_no_target_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compare, "run_target", lambda name, sizes: TargetRun(name, fatal="unavailable here"))
    assert compare.main(["--quick", "--out", str(tmp_path)]) == 0
    payload = json.loads((tmp_path / "latest.json").read_text())
    assert payload["targets"]["kafka"]["fatal"] == "unavailable here"
    assert payload["meta"]["mode"] == "quick" and payload["meta"]["date"]
    assert "| peak broker RSS (VmHWM) | MB | n/a | n/a | n/a |" in (tmp_path / "latest.md").read_text()
