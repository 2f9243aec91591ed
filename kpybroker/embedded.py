"""In-process broker for test suites: `with kpybroker.serve() as broker: broker.bootstrap_servers`."""

from __future__ import annotations

import asyncio
import tempfile
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from kpybroker.broker import Broker
from kpybroker.config import load_config


class RunningBroker:
    """A broker running on its own event-loop thread inside this process."""

    def __init__(self, broker: Broker, loop: asyncio.AbstractEventLoop, thread: threading.Thread) -> None:
        self.broker = broker
        self._loop = loop
        self._thread = thread

    @property
    def port(self) -> int:
        return self.broker.bound_port()

    @property
    def bootstrap_servers(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def log_dirs(self) -> list[Path]:
        return self.broker.log_dirs

    def stop(self) -> None:
        if self._loop.is_closed():
            return
        fut = asyncio.run_coroutine_threadsafe(self.broker.stop(), self._loop)
        fut.result(timeout=30)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=30)


@contextmanager
def serve(
    overrides: Mapping[str, str] | None = None, *, data_dir: str | Path | None = None, port: int = 0
) -> Iterator[RunningBroker]:
    """Start a single-node broker on 127.0.0.1 (free port by default); stop it on exit."""
    with tempfile.TemporaryDirectory(prefix="kpybroker-") as tmp:
        running = start(overrides, data_dir=data_dir or tmp, port=port)
        try:
            yield running
        finally:
            running.stop()


def start(
    overrides: Mapping[str, str] | None = None, *, data_dir: str | Path, port: int = 0
) -> RunningBroker:
    settings = {
        "listeners": f"PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:0",
        "advertised.listeners": f"PLAINTEXT://127.0.0.1:{port}",
        "log.dirs": str(data_dir),
        "group.initial.rebalance.delay.ms": "0",
        "offsets.topic.replication.factor": "1",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
    }
    settings.update(overrides or {})
    config = load_config(None, [f"{k}={v}" for k, v in settings.items()])
    broker = Broker(config)
    loop = asyncio.new_event_loop()
    started = threading.Event()
    errors: list[BaseException] = []

    def run() -> None:
        asyncio.set_event_loop(loop)

        async def boot() -> None:
            try:
                await broker.start()
            except BaseException as exc:  # noqa: BLE001 - reported to the caller's thread
                errors.append(exc)
            finally:
                started.set()

        loop.create_task(boot())
        loop.run_forever()
        loop.close()

    thread = threading.Thread(target=run, name="kpybroker", daemon=True)
    thread.start()
    started.wait(timeout=60)
    if errors:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        raise errors[0]
    return RunningBroker(broker, loop, thread)
