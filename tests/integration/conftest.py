"""A kpybroker subprocess started exactly as a user starts it, shared by the integration tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, proc: subprocess.Popen[bytes] | None, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"broker exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"broker not listening on {port} after {timeout}s")


@dataclass
class BrokerProcess:
    data_dir: Path
    port: int
    controller_port: int
    extra: dict[str, str] = field(default_factory=dict)
    proc: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def args(self) -> list[str]:
        settings = {
            "node.id": "1",
            "listeners": f"PLAINTEXT://127.0.0.1:{self.port},CONTROLLER://127.0.0.1:{self.controller_port}",
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{self.port}",
            "controller.quorum.voters": f"1@127.0.0.1:{self.controller_port}",
            "log.dirs": str(self.data_dir / "data"),
            "group.initial.rebalance.delay.ms": "0",
            "offsets.topic.replication.factor": "1",
            "transaction.state.log.replication.factor": "1",
            "transaction.state.log.min.isr": "1",
        }
        settings.update(self.extra)
        out = [sys.executable, "-m", "kpybroker"]
        for k, v in settings.items():
            out += ["--override", f"{k}={v}"]
        return out

    def start(self) -> None:
        self.log_path = self.data_dir / "broker.log"
        env = {k: v for k, v in os.environ.items() if not k.startswith("KAFKA_")}
        with open(self.log_path, "ab") as logf:
            self.proc = subprocess.Popen(self.args(), stdout=logf, stderr=subprocess.STDOUT, env=env)
        try:
            wait_for_port(self.port, self.proc)
        except (RuntimeError, TimeoutError) as exc:
            raise RuntimeError(f"{exc}; broker log:\n{self.log_text()[-4000:]}") from exc

    def stop(self, sig: int = signal.SIGTERM) -> int:
        assert self.proc is not None
        self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()

    def restart(self, sig: int = signal.SIGTERM) -> None:
        self.stop(sig)
        self.start()

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path else ""


def start_cluster(tmp: Path, n: int) -> list[BrokerProcess]:
    """`n` combined broker+controller nodes on loopback, each formatted with one cluster id first
    (as Kafka requires), then started; the caller stops them."""
    from controller.bootstrap import kafka_uuid_string, random_kafka_uuid

    ids = range(1, n + 1)
    ports = {i: (free_port(), free_port()) for i in ids}
    voters = ",".join(f"{i}@127.0.0.1:{ports[i][1]}" for i in ids)
    nodes = []
    for i in ids:
        extra = {
            "node.id": str(i),
            "controller.quorum.voters": voters,
            "log.dirs": str(tmp / f"node{i}" / "data"),
        }
        (tmp / f"node{i}").mkdir()
        nodes.append(BrokerProcess(tmp / f"node{i}", ports[i][0], ports[i][1], extra))
    cluster_id = kafka_uuid_string(random_kafka_uuid())
    for node in nodes:
        overrides = [a for a in node.args()[3:] if a != "--override"]
        argv = [sys.executable, "-m", "kpybroker", "format", "-t", cluster_id]
        for o in overrides:
            argv += ["--override", o]
        subprocess.run(argv, check=True, capture_output=True, timeout=60)
    try:
        for node in nodes:
            node.start()
    except BaseException:
        stop_all(nodes)
        raise
    return nodes


def stop_all(nodes: list[BrokerProcess]) -> None:
    for node in nodes:
        if node.proc is not None and node.proc.poll() is None:
            node.stop()


def start_broker(tmp: Path, extra: dict[str, str] | None = None) -> BrokerProcess:
    broker = BrokerProcess(tmp, free_port(), free_port(), dict(extra or {}))
    broker.start()
    return broker


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrokerProcess]:
    b = start_broker(tmp_path_factory.mktemp("broker"))
    yield b
    if b.proc is not None and b.proc.poll() is None:
        b.stop()


@pytest.fixture
def fresh_broker(tmp_path: Path) -> Iterator[BrokerProcess]:
    """A broker of the test's own, for restarts, kills and special configs."""
    b = start_broker(tmp_path)
    yield b
    if b.proc is not None and b.proc.poll() is None:
        b.stop()


_counter = iter(range(1_000_000))


@pytest.fixture
def topic_name(request: pytest.FixtureRequest) -> str:
    safe = "".join(c if c.isalnum() else "-" for c in request.node.name)[:80]
    return f"t-{safe}-{next(_counter)}"
