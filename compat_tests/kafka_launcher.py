"""Run real Apache Kafka 4.3.1 and kpybroker side by side (CLI tools: kafka_tools.py).

Real Kafka comes from the jars that ``kafka_dist/pom.xml`` copies into ``.kafka/lib``
(``tools/kafka_jars.sh``); no Docker engine is needed. The same module also launches
kpybroker exactly as a user would (``python -m kpybroker --override ...``), so tests and the
bench drive both brokers through one interface: ``name``, ``bootstrap``, ``start()``,
``stop()``, ``restart()``, ``run_tool()`` and ``peak_rss_kb()``.

Targets, by name (``make_target``):

- ``kafka``: a single-node KRaft combined broker+controller from the jars, or, when
  ``KAFKA_BOOTSTRAP`` is set, that already running cluster, or, when ``KAFKA_DOCKER=1`` and a
  Docker engine answers, the ``apache/kafka:4.3.1`` image.
- ``kpybroker``: ``python -m kpybroker`` from this checkout.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import IO, Final

import structlog

from compat_tests.kafka_tools import (
    KAFKA_VERSION,
    REPO_ROOT,
    SERVER_LOG4J,
    TOOL_MAIN_CLASSES,
    LauncherError,
    ToolError,
    ToolResult,
    find_java,
    kafka_lib_dir,
    run_tool,
    tools_unavailable_reason,
)

# Re-exported so tests and bench need one import for brokers and tools alike.
__all__ = [
    "KAFKA_VERSION",
    "REPO_ROOT",
    "TOOL_MAIN_CLASSES",
    "BrokerProcess",
    "DockerKafka",
    "ExternalKafka",
    "KPyBroker",
    "LauncherError",
    "RealKafka",
    "Target",
    "ToolError",
    "ToolResult",
    "find_java",
    "free_ports",
    "kafka_lib_dir",
    "make_target",
    "random_cluster_id",
    "run_tool",
    "target_unavailable_reason",
    "tools_unavailable_reason",
]

log = structlog.get_logger(__name__)

KAFKA_IMAGE: Final = f"apache/kafka:{KAFKA_VERSION}"

SERVER_JVM_FLAGS: Final = (
    "-server",
    "-XX:+UseG1GC",
    "-XX:MaxGCPauseMillis=20",
    "-XX:InitiatingHeapOccupancyPercent=35",
    "-XX:+ExplicitGCInvokesConcurrent",
    "-Djava.awt.headless=true",
)

# Broker settings applied identically to both targets: Kafka's own config/server.properties
# values for a one-node development cluster (replication factor 1 for internal topics, no
# initial rebalance delay), so both brokers are compared under the same configuration.
COMMON_BROKER_CONFIG: Final[Mapping[str, str]] = MappingProxyType(
    {
        "process.roles": "broker,controller",
        "controller.listener.names": "CONTROLLER",
        "inter.broker.listener.name": "PLAINTEXT",
        "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
        "num.partitions": "1",
        "offsets.topic.replication.factor": "1",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
        "share.coordinator.state.topic.replication.factor": "1",
        "share.coordinator.state.topic.min.isr": "1",
        "group.initial.rebalance.delay.ms": "0",
    }
)


def docker_engine_available() -> bool:
    if shutil.which("docker") is None:
        return False
    try:
        probe = subprocess.run(
            ["docker", "info"], capture_output=True, timeout=15, check=False, stdin=subprocess.DEVNULL
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


def free_ports(count: int) -> list[int]:
    """Distinct free loopback ports; the sockets stay bound until all are chosen."""
    with contextlib.ExitStack() as stack:
        ports = []
        for _ in range(count):
            sock = stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
            sock.bind(("127.0.0.1", 0))
            ports.append(sock.getsockname()[1])
        return ports


def random_cluster_id() -> str:
    """A cluster id as `kafka-storage random-uuid` prints it: 16 bytes, base64url, no padding.

    Like Kafka's Uuid.randomUuid, never one starting with "-", which a command line would
    take for an option.
    """
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode("ascii").rstrip("=")
        if not cluster_id.startswith("-"):
            return cluster_id


# ---------------------------------------------------------------------------------------------
# Readiness


def wait_for_port(host: str, port: int, deadline: float, alive: Callable[[], bool]) -> None:
    while True:
        try:
            with socket.create_connection((host, port), timeout=1.0):
                return
        except OSError:
            pass
        if not alive():
            raise LauncherError(f"process exited before {host}:{port} accepted connections")
        if time.monotonic() > deadline:
            raise LauncherError(f"{host}:{port} did not accept connections in time")
        time.sleep(0.1)


def wait_for_metadata(bootstrap: str, deadline: float, alive: Callable[[], bool]) -> None:
    """Ready means a stock client (librdkafka) gets a metadata answer listing a broker."""
    from confluent_kafka.admin import AdminClient  # noqa: PLC0415 - heavy import, only when used

    # librdkafka logs every refused connection to stderr by default; nobody needs that here.
    quiet = logging.getLogger("kpybroker.compat.readiness")
    if not quiet.handlers:
        quiet.addHandler(logging.NullHandler())
    quiet.propagate = False
    admin = AdminClient({"bootstrap.servers": bootstrap, "logger": quiet, "socket.timeout.ms": 2000})
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        if not alive():
            raise LauncherError(f"broker process exited while waiting for metadata on {bootstrap}")
        try:
            meta = admin.list_topics(timeout=2.0)
            if meta.brokers:
                return
        except Exception as exc:  # noqa: BLE001 - any client error just means "not yet"
            last_error = exc
        time.sleep(0.2)
    raise LauncherError(f"no metadata from {bootstrap} in time (last error: {last_error})")


# ---------------------------------------------------------------------------------------------
# Brokers


class BrokerProcess:
    """A broker we start as a child process; subclasses say how to prepare and launch it."""

    name: str = "broker"

    def __init__(self, workdir: Path | None = None, *, extra_config: Mapping[str, str] | None = None):
        self._own_workdir = workdir is None
        self.workdir = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix=f"{self.name}-"))
        self.port, self.controller_port = free_ports(2)
        self.extra_config: dict[str, str] = dict(extra_config or {})
        self.proc: subprocess.Popen[bytes] | None = None
        self.started_at: float | None = None
        self.ready_s: float | None = None
        self.peak_rss_seen_kb: int | None = None
        self._out: IO[bytes] | None = None

    # -- interface shared by every target
    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    @property
    def log_dir(self) -> Path:
        return self.workdir / "data"

    @property
    def output_path(self) -> Path:
        return self.workdir / "server.out"

    def run_tool(self, tool: str, *args: str, timeout: float = 60.0, input_text: str | None = None,
                 heap: str = "256m") -> ToolResult:
        return run_tool(tool, *args, timeout=timeout, input_text=input_text, heap=heap)

    def broker_config(self) -> dict[str, str]:
        config = {
            "node.id": "1",
            "controller.quorum.voters": f"1@127.0.0.1:{self.controller_port}",
            "listeners": f"PLAINTEXT://127.0.0.1:{self.port},CONTROLLER://127.0.0.1:{self.controller_port}",
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{self.port}",
            "log.dirs": str(self.log_dir),
            **COMMON_BROKER_CONFIG,
        }
        config.update(self.extra_config)
        return config

    def start(self, timeout_s: float = 120.0) -> float:
        """Start and wait until ready; returns seconds from process start to ready."""
        if self.proc is not None and self.proc.poll() is None:
            return self.ready_s or 0.0
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.prepare()
        argv = self.command()
        out = self.output_path.open("ab")
        self._out = out
        self.started_at = time.monotonic()
        log.info("broker_start", target=self.name, bootstrap=self.bootstrap, argv=argv[:3])
        self.proc = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=self.cwd(),
            env=self.environment(),
            start_new_session=True,
        )
        deadline = self.started_at + timeout_s
        try:
            wait_for_port("127.0.0.1", self.port, deadline, self.alive)
            wait_for_metadata(self.bootstrap, deadline, self.alive)
        except LauncherError as exc:
            tail = self.log_tail()
            self.stop()
            raise LauncherError(f"{self.name} did not start: {exc}\n--- output tail ---\n{tail}") from exc
        self.ready_s = time.monotonic() - self.started_at
        log.info("broker_ready", target=self.name, ready_s=round(self.ready_s, 2))
        return self.ready_s

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def peak_rss_kb(self) -> int | None:
        """VmHWM of the broker process (Linux), remembered across the last stop()."""
        if self.proc is None or self.proc.poll() is not None:
            return self.peak_rss_seen_kb
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    self.peak_rss_seen_kb = int(line.split()[1])
        return self.peak_rss_seen_kb

    def stop(self, grace_s: float = 30.0) -> None:
        """SIGTERM (controlled shutdown), then SIGKILL after grace_s; only our own child."""
        proc = self.proc
        if proc is not None:
            self.peak_rss_kb()
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=grace_s)
                except subprocess.TimeoutExpired:
                    log.warning("broker_kill", target=self.name, pid=proc.pid)
                    with contextlib.suppress(ProcessLookupError):
                        proc.kill()
                    proc.wait(timeout=30)
            self.proc = None
        if self._out is not None:
            self._out.close()
            self._out = None

    def restart(self, timeout_s: float = 120.0) -> float:
        self.stop()
        return self.start(timeout_s)

    def close(self) -> None:
        self.stop()
        if self._own_workdir and not os.environ.get("KEEP_BROKER_DIRS"):
            shutil.rmtree(self.workdir, ignore_errors=True)

    def log_tail(self, max_chars: int = 6000) -> str:
        chunks = []
        for path in (self.output_path, self.workdir / "server.log"):
            with contextlib.suppress(OSError):
                chunks.append(f"[{path.name}]\n" + path.read_text(errors="replace")[-max_chars:])
        return "\n".join(chunks)

    def __enter__(self) -> BrokerProcess:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- hooks
    def prepare(self) -> None:
        """Anything to do before the first launch (formatting storage, ...)."""

    def command(self) -> list[str]:
        raise NotImplementedError

    def cwd(self) -> Path:
        return self.workdir

    def environment(self) -> dict[str, str]:
        return dict(os.environ)


class RealKafka(BrokerProcess):
    """Apache Kafka 4.3.1, single-node KRaft combined mode, from the jars in .kafka/lib."""

    name = "kafka"

    def __init__(self, workdir: Path | None = None, *, extra_config: Mapping[str, str] | None = None,
                 heap: str = "512m", lib: Path | None = None):
        super().__init__(workdir, extra_config=extra_config)
        self.heap = heap
        self.lib = lib or kafka_lib_dir()
        self.format_s: float | None = None

    @property
    def properties_path(self) -> Path:
        return self.workdir / "server.properties"

    def prepare(self) -> None:
        reason = tools_unavailable_reason(self.lib)
        if reason:
            raise LauncherError(reason)
        lines = [f"{key}={value}" for key, value in sorted(self.broker_config().items())]
        self.properties_path.write_text("\n".join(lines) + "\n")
        if (self.log_dir / "meta.properties").is_file():
            return
        # Static voters (controller.quorum.voters), so no --standalone: that flag is for the
        # dynamic-quorum form (controller.quorum.bootstrap.servers).
        result = run_tool(
            "kafka-storage", "format", f"--cluster-id={random_cluster_id()}", "--config", str(self.properties_path),
            timeout=120.0, lib=self.lib,
        )
        self.format_s = result.elapsed_s
        result.check()

    def command(self) -> list[str]:
        java = find_java()
        assert java is not None  # prepare() checked
        return [
            java,
            f"-Xmx{self.heap}",
            f"-Xms{self.heap}",
            *SERVER_JVM_FLAGS,
            f"-Dlog4j2.configurationFile={SERVER_LOG4J}",
            f"-Dkafka.logs.dir={self.workdir}",
            "-cp",
            f"{self.lib}/*",
            TOOL_MAIN_CLASSES["kafka-server-start"],
            str(self.properties_path),
        ]


class KPyBroker(BrokerProcess):
    """kpybroker launched like a user would: ``python -m kpybroker --override k=v ...``."""

    name = "kpybroker"

    def command(self) -> list[str]:
        argv = [sys.executable, "-m", "kpybroker"]
        for key, value in self.broker_config().items():
            argv += ["--override", f"{key}={value}"]
        return argv

    def cwd(self) -> Path:
        return REPO_ROOT

    def environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env["PYTHONUNBUFFERED"] = "1"
        return env


class ExternalKafka:
    """An already running cluster named by KAFKA_BOOTSTRAP; we never start or stop it."""

    name = "kafka"

    def __init__(self, bootstrap: str):
        self.bootstrap = bootstrap
        self.ready_s: float | None = None
        self.pid: int | None = None

    def start(self, timeout_s: float = 60.0) -> float:
        started = time.monotonic()
        wait_for_metadata(self.bootstrap, started + timeout_s, lambda: True)
        self.ready_s = time.monotonic() - started
        return self.ready_s

    def stop(self) -> None:
        """Not ours to stop."""

    def close(self) -> None:
        """Not ours to clean up."""

    def restart(self, timeout_s: float = 60.0) -> float:
        raise NotImplementedError("cannot restart an external cluster (KAFKA_BOOTSTRAP)")

    def peak_rss_kb(self) -> int | None:
        return None

    def log_tail(self, max_chars: int = 6000) -> str:
        return ""

    def run_tool(self, tool: str, *args: str, timeout: float = 60.0, input_text: str | None = None,
                 heap: str = "256m") -> ToolResult:
        return run_tool(tool, *args, timeout=timeout, input_text=input_text, heap=heap)


class DockerKafka(BrokerProcess):
    """The official apache/kafka image, for machines with a Docker engine (KAFKA_DOCKER=1)."""

    name = "kafka"

    def __init__(self, workdir: Path | None = None, *, extra_config: Mapping[str, str] | None = None):
        super().__init__(workdir, extra_config=extra_config)
        self.container = f"kpybroker-compat-{uuid.uuid4().hex[:8]}"

    def command(self) -> list[str]:
        config = self.broker_config()
        # Inside the container the broker listens on fixed ports; only the client port is
        # published, on loopback, and advertised as the host sees it.
        config["listeners"] = "PLAINTEXT://0.0.0.0:9092,CONTROLLER://127.0.0.1:9093"
        config["controller.quorum.voters"] = "1@127.0.0.1:9093"
        config["log.dirs"] = "/tmp/kraft-combined-logs"
        env_args: list[str] = []
        for key, value in config.items():
            env_args += ["-e", "KAFKA_" + key.upper().replace(".", "_") + "=" + value]
        return ["docker", "run", "--rm", "--name", self.container, "-p", f"127.0.0.1:{self.port}:9092",
                "-e", "KAFKA_HEAP_OPTS=-Xmx512m -Xms512m", *env_args, KAFKA_IMAGE]

    def stop(self, grace_s: float = 30.0) -> None:
        if self.proc is not None and self.proc.poll() is None:
            subprocess.run(["docker", "stop", "-t", str(int(grace_s)), self.container],
                           capture_output=True, check=False, timeout=grace_s + 30)
        super().stop(grace_s)


Target = BrokerProcess | ExternalKafka


def make_target(name: str, workdir: Path | None = None) -> Target:
    """The broker for a target name; see the module docstring for how ``kafka`` is chosen."""
    if name == "kpybroker":
        return KPyBroker(workdir)
    if name != "kafka":
        raise LauncherError(f"unknown target {name!r}")
    external = os.environ.get("KAFKA_BOOTSTRAP")
    if external:
        return ExternalKafka(external)
    if os.environ.get("KAFKA_DOCKER") == "1" and docker_engine_available():
        return DockerKafka(workdir)
    return RealKafka(workdir)


def target_unavailable_reason(name: str) -> str | None:
    """Why a target cannot run on this machine at all (skip), or None."""
    if name == "kafka":
        if os.environ.get("KAFKA_BOOTSTRAP"):
            return None
        if os.environ.get("KAFKA_DOCKER") == "1" and docker_engine_available():
            return None
        return tools_unavailable_reason()
    return None
