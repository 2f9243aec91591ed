"""`kpybroker` command: start a broker, or format its log directories."""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

import structlog

from kpybroker.config import ConfigError, load_config
from kpybroker.logsetup import configure_logging

log = structlog.get_logger("kpybroker.cli")
QUICKSTART_PROPERTIES = Path(__file__).with_name("quickstart.properties")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kpybroker",
        description="Start a Kafka-compatible broker. With no arguments: a single-node broker on "
        "localhost:9092 with data in ./kpy-data. KAFKA_* environment variables configure it as they "
        "do the cp-kafka image.",
    )
    parser.add_argument("config", nargs="?", type=Path, help="a Kafka server.properties file")
    parser.add_argument(
        "--override", action="append", default=[], metavar="KEY=VALUE",
        help="override a config property (repeatable), as kafka-server-start does",
    )
    parser.add_argument("--log-level", default=os.environ.get("KPY_LOG_LEVEL", "info"))
    parser.add_argument("--log-json", action="store_true", help="log JSON lines instead of key=value")
    return parser


def _format_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kpybroker format", description="Format log directories, as kafka-storage format does."
    )
    parser.add_argument("-t", "--cluster-id", required=True)
    parser.add_argument("-c", "--config", type=Path)
    parser.add_argument("--override", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--ignore-formatted", "-g", action="store_true")
    parser.add_argument("--standalone", "-s", action="store_true",
                        help="bootstrap kraft.version 1 with this controller as the only voter")
    parser.add_argument("--initial-controllers", "-I", metavar="ID@HOST:PORT:DIRID,...",
                        help="bootstrap kraft.version 1 with these voters (KIP-853)")
    parser.add_argument("--no-initial-controllers", "-N", action="store_true",
                        help="a controller that joins an existing dynamic quorum as an observer")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] == "format":
        return _format(args_list[1:])
    args = _parser().parse_args(args_list)
    configure_logging(args.log_level, json=args.log_json)
    try:
        config = load_config(args.config or QUICKSTART_PROPERTIES, args.override, env=os.environ)
    except ConfigError as exc:
        log.error("invalid_config", key=exc.key, error=str(exc))
        sys.stderr.write(f"kpybroker: {exc}\n")
        return 1
    except OSError as exc:
        sys.stderr.write(f"kpybroker: cannot read {args.config}: {exc}\n")
        return 1
    return asyncio.run(_run(config))


async def _run(config: object) -> int:
    from kpybroker.broker import Broker
    from kpybroker.env import parse_create_topics

    broker = Broker(config, startup_topics=parse_create_topics(os.environ.get("KAFKA_CREATE_TOPICS", "")))  # type: ignore[arg-type]
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        await broker.start()
    except Exception as exc:  # noqa: BLE001 - report start-up failure with its cause, exit non-zero
        log.error("startup_failed", error=str(exc), exc_info=exc)
        await broker.stop()
        return 1
    await stop.wait()
    log.info("shutdown_requested")
    await broker.stop()
    return 0


def _format(argv: Sequence[str]) -> int:
    from kpybroker.storage import format_log_dirs

    args = _format_parser().parse_args(list(argv))
    configure_logging("info")
    try:
        config = load_config(args.config, args.override, env=os.environ)
    except ConfigError as exc:
        sys.stderr.write(f"kpybroker: {exc}\n")
        return 1
    try:
        formatted = format_log_dirs(
            config, args.cluster_id, ignore_formatted=args.ignore_formatted, standalone=args.standalone,
            initial_controllers=args.initial_controllers,
        )
    except ValueError as exc:
        sys.stderr.write(f"kpybroker format: {exc}\n")
        return 1
    for path in formatted:
        sys.stdout.write(f"Formatting metadata directory {path} with metadata.version 4.3-IV0.\n")
    return 0
