"""Profile the broker's event loop while an official perf tool drives it.

    python bench/profile_broker.py produce --size 1024 --acks 1 --records 100000 [--out FILE]
    python bench/profile_broker.py consume --records 100000
    python bench/profile_broker.py e2e --records 2000

The broker runs in this process on the main thread under cProfile; the tool runs as a
subprocess from a worker thread (waiting on it does not touch the loop). Prints the tool's
summary line and the top functions by own time and cumulative time; ``--out`` keeps the
pstats file for snakeviz/pstats. Figures from here are for finding hot spots, not for
comparison (cProfile slows Python code down 1.5-2x); use bench/compare.py for that.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # `python bench/profile_broker.py`: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from compat_tests.kafka_launcher import run_tool  # noqa: E402
from kpybroker.broker import Broker  # noqa: E402
from kpybroker.config import load_config  # noqa: E402


def _tool_args(mode: str, bootstrap: str, topic: str, args: argparse.Namespace) -> list[list[str]]:
    produce = ["kafka-producer-perf-test", "--topic", topic, "--num-records", str(args.records),
               "--record-size", str(args.size), "--throughput", "-1", "--producer-props",
               f"bootstrap.servers={bootstrap}", f"acks={args.acks}"]
    if mode == "produce":
        return [produce]
    if mode == "consume":
        return [produce, ["kafka-consumer-perf-test", "--bootstrap-server", bootstrap, "--topic", topic,
                          "--num-records", str(args.records), "--timeout", "30000", "--group", "prof"]]
    return [["kafka-e2e-latency", bootstrap, topic, str(args.records), "1", "100"]]


async def _run(args: argparse.Namespace, data_dir: str) -> None:
    config = load_config(None, [
        "listeners=PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:0",
        "log.dirs=" + data_dir,
        "offsets.topic.replication.factor=1",
        "group.initial.rebalance.delay.ms=0",
    ])
    broker = Broker(config)
    await broker.start()
    bootstrap = f"127.0.0.1:{broker.bound_port()}"
    loop = asyncio.get_running_loop()
    steps = _tool_args(args.mode, bootstrap, "prof", args)
    profiler = cProfile.Profile()
    try:
        for i, argv in enumerate(steps):
            last = i == len(steps) - 1
            if last:
                profiler.enable()
            result = await loop.run_in_executor(None, lambda argv=argv: run_tool(*argv, timeout=600, heap="512m"))
            if last:
                profiler.disable()
            tail = [line for line in result.stdout.splitlines() if line.strip()][-2:]
            sys.stdout.write(f"{argv[0]}: {' | '.join(tail)}\n")
    finally:
        await broker.stop()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    if args.out:
        stats.dump_stats(args.out)
    stats.sort_stats("tottime").print_stats(args.top)
    stats.sort_stats("cumulative").print_stats(args.top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("produce", "consume", "e2e"))
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--acks", default="1")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--out")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kpy-prof-") as tmp:
        asyncio.run(_run(args, tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
