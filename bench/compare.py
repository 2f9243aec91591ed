"""Side-by-side figures: real Apache Kafka 4.3.1 vs kpybroker, identical settings, one run.

    python -m bench.compare [--quick] [--targets kafka,kpybroker]
    python bench/compare.py [--quick]

For each target in turn: start the broker, time process start -> first successful produce,
run kafka-producer-perf-test (100 B and 1 KB records, acks=1 and acks=all),
kafka-consumer-perf-test, kafka-e2e-latency, a confluent-kafka producer loop and consumer
loop, sample the broker's peak RSS (VmHWM), stop it. Prints ONE table with both columns and
the ratio kpybroker/kafka, and writes bench/results/latest.md and latest.json.

Loopback only; every step is bounded in records and time. A target or step that fails shows
"n/a" with its error instead of crashing the run. Figures are never asserted anywhere.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # `python bench/compare.py`: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import structlog  # noqa: E402

from compat_tests.kafka_launcher import (  # noqa: E402
    KAFKA_VERSION,
    LauncherError,
    Target,
    make_target,
    target_unavailable_reason,
    tools_unavailable_reason,
)

log = structlog.get_logger(__name__)

RESULTS_DIR = Path(__file__).resolve().parent / "results"
TOOL_TIMEOUT_S = 240.0


@dataclass(frozen=True)
class Sizes:
    """How much work each step does; --quick keeps the whole run around two minutes."""

    small_records: int
    large_records: int
    e2e_records: int
    client_records: int
    warmup_records: int


FULL = Sizes(small_records=500_000, large_records=100_000, e2e_records=5_000, client_records=200_000,
             warmup_records=100_000)
QUICK = Sizes(small_records=50_000, large_records=10_000, e2e_records=500, client_records=20_000,
              warmup_records=20_000)


@dataclass
class Metric:
    key: str
    label: str
    unit: str
    higher_is_better: bool


METRICS: list[Metric] = [
    Metric("start_to_first_produce_s", "process start -> first produce", "s", False),
    Metric("perf_100b_acks1_rps", "producer-perf 100 B acks=1", "rec/s", True),
    Metric("perf_100b_acks1_mbs", "producer-perf 100 B acks=1", "MB/s", True),
    Metric("perf_100b_acksall_rps", "producer-perf 100 B acks=all", "rec/s", True),
    Metric("perf_100b_acksall_mbs", "producer-perf 100 B acks=all", "MB/s", True),
    Metric("perf_1kb_acks1_rps", "producer-perf 1 KB acks=1", "rec/s", True),
    Metric("perf_1kb_acks1_mbs", "producer-perf 1 KB acks=1", "MB/s", True),
    Metric("perf_1kb_acksall_rps", "producer-perf 1 KB acks=all", "rec/s", True),
    Metric("perf_1kb_acksall_mbs", "producer-perf 1 KB acks=all", "MB/s", True),
    Metric("consumer_perf_mbs", "consumer-perf (1 KB records)", "MB/s", True),
    Metric("consumer_perf_rps", "consumer-perf (1 KB records)", "rec/s", True),
    Metric("e2e_p50_ms", "e2e latency p50", "ms", False),
    Metric("e2e_p99_ms", "e2e latency p99", "ms", False),
    Metric("e2e_p999_ms", "e2e latency p99.9", "ms", False),
    Metric("confluent_produce_rps", "confluent-kafka producer loop 100 B", "rec/s", True),
    Metric("confluent_produce_mbs", "confluent-kafka producer loop 100 B", "MB/s", True),
    Metric("confluent_consume_mbs", "confluent-kafka consumer loop 100 B", "MB/s", True),
    Metric("peak_rss_mb", "peak broker RSS (VmHWM)", "MB", False),
]


@dataclass
class TargetRun:
    name: str
    values: dict[str, float] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    fatal: str | None = None


# ---------------------------------------------------------------------------------------------
# Parsing the official tools' output (pure functions, unit-tested)

_PERF_SUMMARY = re.compile(
    r"(?P<records>\d+) records sent, (?P<rps>[\d.]+) records/sec \((?P<mbs>[\d.]+) MB/sec\)"
)
_E2E_PERCENTILES = re.compile(r"Percentiles: 50th = (?P<p50>[\d.]+), 99th = (?P<p99>[\d.]+), 99\.9th = (?P<p999>[\d.]+)")


def parse_producer_perf(stdout: str) -> tuple[float, float]:
    """(records/s, MB/s) from kafka-producer-perf-test's final summary line."""
    matches = list(_PERF_SUMMARY.finditer(stdout))
    if not matches:
        raise ValueError(f"no summary line in producer-perf-test output: {stdout[-300:]!r}")
    last = matches[-1]
    return float(last["rps"]), float(last["mbs"])


def parse_consumer_perf(stdout: str) -> tuple[float, float]:
    """(MB/s, records/s) from kafka-consumer-perf-test's CSV line (header names the columns)."""
    lines = [line for line in stdout.splitlines() if line.strip()]
    header_index = next((i for i, line in enumerate(lines) if line.startswith("start.time")), None)
    if header_index is None or header_index + 1 >= len(lines):
        raise ValueError(f"no stats in consumer-perf-test output: {stdout[-300:]!r}")
    columns = [c.strip() for c in lines[header_index].split(",")]
    values = [v.strip() for v in lines[header_index + 1].split(",")]
    row = dict(zip(columns, values, strict=False))
    consumed = float(row["data.consumed.in.nMsg"])
    if consumed <= 0:
        raise ValueError("consumer-perf-test consumed no records")
    return float(row["MB.sec"]), float(row["nMsg.sec"])


def parse_e2e(stdout: str) -> tuple[float, float, float]:
    match = _E2E_PERCENTILES.search(stdout)
    if match is None:
        raise ValueError(f"no percentiles in e2e-latency output: {stdout[-300:]!r}")
    return float(match["p50"]), float(match["p99"]), float(match["p999"])


def ratio(kafka: float | None, kpy: float | None) -> float | None:
    if kafka is None or kpy is None or kafka == 0:
        return None
    return kpy / kafka


# ---------------------------------------------------------------------------------------------
# Steps


def _create_topic(bootstrap: str, name: str, partitions: int = 1) -> None:
    from compat_tests.clients import create_topic  # noqa: PLC0415 - pulls in confluent_kafka

    create_topic(bootstrap, name, partitions=partitions)


def _first_produce(target: Target) -> float:
    """Seconds from the broker process start to the first acknowledged produce."""
    from compat_tests.clients import produce  # noqa: PLC0415

    started_at = getattr(target, "started_at", None)
    _create_topic(target.bootstrap, "bench-first")
    delivery = produce(target.bootstrap, "bench-first", [{"value": b"hello"}], {"acks": "all"})[0]
    if delivery.error:
        raise RuntimeError(f"first produce failed: {delivery.error}")
    if started_at is None:
        raise RuntimeError("not started by us")
    return time.monotonic() - started_at


def _producer_perf(target: Target, topic: str, records: int, size: int, acks: str) -> tuple[float, float]:
    result = target.run_tool(
        "kafka-producer-perf-test", "--topic", topic, "--num-records", str(records), "--record-size", str(size),
        "--throughput", "-1", "--bootstrap-server", target.bootstrap,
        "--producer-props", f"acks={acks}", "linger.ms=5", "batch.size=65536",
        timeout=TOOL_TIMEOUT_S, heap="512m",
    ).check()
    return parse_producer_perf(result.stdout)


def _consumer_perf(target: Target, topic: str, records: int) -> tuple[float, float]:
    result = target.run_tool(
        "kafka-consumer-perf-test", "--bootstrap-server", target.bootstrap, "--topic", topic,
        "--num-records", str(records), "--timeout", "30000", "--group", f"bench-{topic}",
        timeout=TOOL_TIMEOUT_S, heap="512m",
    ).check()
    return parse_consumer_perf(result.stdout)


def _e2e(target: Target, topic: str, records: int) -> tuple[float, float, float]:
    result = target.run_tool(
        "kafka-e2e-latency", target.bootstrap, topic, str(records), "1", "100", timeout=TOOL_TIMEOUT_S,
    ).check()
    return parse_e2e(result.stdout)


def _confluent_loops(target: Target, topic: str, records: int) -> tuple[float, float, float]:
    """librdkafka producer loop (records/s, MB/s) then an assign-based consumer loop (MB/s)."""
    from confluent_kafka import Consumer, Producer, TopicPartition  # noqa: PLC0415

    from compat_tests.clients import quiet_logger  # noqa: PLC0415

    payload = b"x" * 100
    producer = Producer({"bootstrap.servers": target.bootstrap, "linger.ms": 5, "acks": "1",
                         "logger": quiet_logger()})
    failures = 0

    def on_delivery(err: object, _msg: object) -> None:
        nonlocal failures
        if err is not None:
            failures += 1

    started = time.perf_counter()
    for _ in range(records):
        while True:
            try:
                producer.produce(topic, payload, on_delivery=on_delivery)
                break
            except BufferError:
                producer.poll(0.05)
        producer.poll(0)
    remaining = producer.flush(120)
    produce_s = time.perf_counter() - started
    if remaining or failures:
        raise RuntimeError(f"{failures} failed, {remaining} undelivered")

    consumer = Consumer({"bootstrap.servers": target.bootstrap, "group.id": "bench-unused",
                         "enable.auto.commit": False, "logger": quiet_logger()})
    try:
        consumer.assign([TopicPartition(topic, 0, 0)])
        got, nbytes = 0, 0
        started = time.perf_counter()
        deadline = time.monotonic() + 120
        while got < records and time.monotonic() < deadline:
            # Ask for no more than is left: consume() waits out its whole timeout for a
            # batch it cannot fill, which used to add 0.5 s to most runs (either broker).
            for msg in consumer.consume(min(10_000, records - got), 0.5):
                if msg.error() is None:
                    got += 1
                    nbytes += len(msg.value() or b"")
        consume_s = time.perf_counter() - started
    finally:
        consumer.close()
    if got < records:
        raise RuntimeError(f"consumed {got}/{records} before the deadline")
    mb = 1024 * 1024
    return records / produce_s, records * len(payload) / mb / produce_s, nbytes / mb / consume_s


def _step(run: TargetRun, keys: tuple[str, ...], action: Callable[[], Any]) -> None:
    try:
        values = action()
    except Exception as exc:  # noqa: BLE001 - a failed step is reported as n/a, never fatal
        message = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"
        for key in keys:
            run.errors[key] = message[:300]
        log.warning("bench_step_failed", target=run.name, step=keys[0], error=message[:300])
        return
    if not isinstance(values, tuple):
        values = (values,)
    for key, value in zip(keys, values, strict=True):
        run.values[key] = float(value)


def run_target(name: str, sizes: Sizes, workdir: Path | None = None) -> TargetRun:
    run = TargetRun(name)
    reason = target_unavailable_reason(name) or tools_unavailable_reason()
    if reason:
        run.fatal = reason
        return run
    try:
        target = make_target(name, workdir)
    except LauncherError as exc:
        run.fatal = str(exc)
        return run
    try:
        target.start(timeout_s=120)
    except Exception as exc:  # noqa: BLE001 - kpybroker may not run yet: show n/a, go on
        lines = [line for line in str(exc).splitlines() if line.strip()]
        # First line says why; the broker's last output lines usually say what broke.
        run.fatal = "did not start: " + " / ".join(lines[:1] + lines[-3:])[:600]
        target.close()
        return run
    try:
        _step(run, ("start_to_first_produce_s",), lambda: _first_produce(target))
        # Unrecorded warm-up: the JVM broker's JIT would otherwise be measured cold.
        _step(run, ("warmup",), lambda: (_create_topic(target.bootstrap, "bench-warmup"),
                                         _producer_perf(target, "bench-warmup", sizes.warmup_records, 512, "1"))[1][0])
        run.values.pop("warmup", None)
        for size, tag, records in ((100, "100b", sizes.small_records), (1024, "1kb", sizes.large_records)):
            for acks, acks_tag in (("1", "acks1"), ("all", "acksall")):
                topic = f"bench-perf-{tag}-{acks_tag}"
                _step(run, (f"perf_{tag}_{acks_tag}_rps", f"perf_{tag}_{acks_tag}_mbs"),
                      lambda topic=topic, records=records, size=size, acks=acks: (
                          _create_topic(target.bootstrap, topic),
                          _producer_perf(target, topic, records, size, acks))[1])
        # Reads back what the 1 KB acks=1 run wrote.
        _step(run, ("consumer_perf_mbs", "consumer_perf_rps"),
              lambda: _consumer_perf(target, "bench-perf-1kb-acks1", sizes.large_records))
        _step(run, ("e2e_p50_ms", "e2e_p99_ms", "e2e_p999_ms"),
              lambda: (_create_topic(target.bootstrap, "bench-e2e"),
                       _e2e(target, "bench-e2e", sizes.e2e_records))[1])
        _step(run, ("confluent_produce_rps", "confluent_produce_mbs", "confluent_consume_mbs"),
              lambda: (_create_topic(target.bootstrap, "bench-confluent"),
                       _confluent_loops(target, "bench-confluent", sizes.client_records))[1])
    finally:
        rss_kb = target.peak_rss_kb()
        target.close()
        rss_kb = target.peak_rss_kb() or rss_kb
        if rss_kb:
            run.values["peak_rss_mb"] = rss_kb / 1024
        else:
            run.errors["peak_rss_mb"] = "not a local process"
    return run


# ---------------------------------------------------------------------------------------------
# Report


def _cell(run: TargetRun, key: str) -> str:
    if run.fatal:
        return "n/a"
    if key in run.values:
        value = run.values[key]
        return f"{value:,.0f}" if value >= 1000 else f"{value:.3g}"
    return "n/a"


def render_markdown(runs: dict[str, TargetRun], meta: dict[str, Any]) -> str:
    kafka, kpy = runs.get("kafka", TargetRun("kafka")), runs.get("kpybroker", TargetRun("kpybroker"))
    lines = [
        f"# kpybroker vs Apache Kafka {KAFKA_VERSION} — {meta['date']}",
        "",
        f"Mode: {meta['mode']}; host: {meta['host']}; loopback, single node, identical settings.",
        "Ratio = kpybroker / kafka (for rec/s and MB/s higher is better; for s, ms and MB lower is better).",
        "",
        "| metric | unit | kafka | kpybroker | ratio |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for metric in METRICS:
        r = ratio(kafka.values.get(metric.key) if not kafka.fatal else None,
                  kpy.values.get(metric.key) if not kpy.fatal else None)
        lines.append(f"| {metric.label} | {metric.unit} | {_cell(kafka, metric.key)} | {_cell(kpy, metric.key)} | "
                     f"{'n/a' if r is None else f'{r:.2f}x'} |")
    notes = []
    for run in (kafka, kpy):
        if run.fatal:
            notes.append(f"- {run.name}: n/a — {run.fatal}")
        seen: set[str] = set()
        for key, error in run.errors.items():
            if error not in seen:
                notes.append(f"- {run.name} `{key}`: {error}")
                seen.add(error)
    if notes:
        lines += ["", "Errors:", "", *notes]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10x fewer records (about two minutes)")
    parser.add_argument("--targets", default="kafka,kpybroker", help="comma-separated: kafka,kpybroker")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR, help="where latest.md/latest.json go")
    args = parser.parse_args(argv)

    sizes = QUICK if args.quick else FULL
    runs: dict[str, TargetRun] = {}
    started = time.monotonic()
    for name in [t.strip() for t in args.targets.split(",") if t.strip()]:
        log.info("bench_target", target=name, mode="quick" if args.quick else "full")
        runs[name] = run_target(name, sizes)
    meta = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "mode": "quick" if args.quick else "full",
        "host": f"{platform.node()} {platform.machine()}, python {platform.python_version()}",
        "sizes": sizes.__dict__,
        "elapsed_s": round(time.monotonic() - started, 1),
    }
    markdown = render_markdown(runs, meta)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latest.md").write_text(markdown)
    payload = {
        "meta": meta,
        "kafka_version": KAFKA_VERSION,
        "metrics": [m.__dict__ for m in METRICS],
        "targets": {name: {"values": r.values, "errors": r.errors, "fatal": r.fatal} for name, r in runs.items()},
        "ratios": {m.key: ratio(runs.get("kafka", TargetRun("")).values.get(m.key),
                                runs.get("kpybroker", TargetRun("")).values.get(m.key)) for m in METRICS},
    }
    (args.out / "latest.json").write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n")
    sys.stdout.write(markdown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
