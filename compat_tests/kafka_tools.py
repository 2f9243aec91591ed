"""The official Apache Kafka 4.3.1 CLI tools, run by their script names from the jars.

``kafka_dist/pom.xml`` (via ``tools/kafka_jars.sh``) copies the jars into ``.kafka/lib``;
``run_tool("kafka-topics", "--bootstrap-server", ..., "--list")`` then runs what
``bin/kafka-topics.sh`` would, without a Kafka distribution or Docker.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Final

import structlog

log = structlog.get_logger(__name__)

REPO_ROOT: Final = Path(__file__).resolve().parents[1]
KAFKA_VERSION: Final = "4.3.1"
DEFAULT_LIB_DIR: Final = REPO_ROOT / ".kafka" / "lib"
TOOLS_LOG4J: Final = REPO_ROOT / "kafka_dist" / "log4j2-tools.properties"
SERVER_LOG4J: Final = REPO_ROOT / "kafka_dist" / "log4j2-server.properties"

# Script name (bin/<name>.sh in the Kafka 4.3.1 distribution) -> main class. Each was checked
# against the classes present in the 4.3.1 jars (test_launcher.py re-verifies every one).
TOOL_MAIN_CLASSES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "kafka-server-start": "kafka.Kafka",
        "kafka-storage": "kafka.tools.StorageTool",
        "kafka-topics": "org.apache.kafka.tools.TopicCommand",
        "kafka-console-producer": "org.apache.kafka.tools.ConsoleProducer",
        "kafka-console-consumer": "org.apache.kafka.tools.consumer.ConsoleConsumer",
        "kafka-console-share-consumer": "org.apache.kafka.tools.consumer.ConsoleShareConsumer",
        "kafka-consumer-groups": "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand",
        "kafka-share-groups": "org.apache.kafka.tools.consumer.group.ShareGroupCommand",
        "kafka-streams-groups": "org.apache.kafka.tools.streams.StreamsGroupCommand",
        "kafka-groups": "org.apache.kafka.tools.GroupsCommand",
        "kafka-configs": "kafka.admin.ConfigCommand",
        "kafka-get-offsets": "org.apache.kafka.tools.GetOffsetShell",
        "kafka-delete-records": "org.apache.kafka.tools.DeleteRecordsCommand",
        "kafka-transactions": "org.apache.kafka.tools.TransactionsCommand",
        "kafka-metadata-quorum": "org.apache.kafka.tools.MetadataQuorumCommand",
        "kafka-features": "org.apache.kafka.tools.FeatureCommand",
        "kafka-cluster": "org.apache.kafka.tools.ClusterTool",
        "kafka-acls": "org.apache.kafka.tools.AclCommand",
        "kafka-log-dirs": "org.apache.kafka.tools.LogDirsCommand",
        "kafka-leader-election": "org.apache.kafka.tools.LeaderElectionCommand",
        "kafka-reassign-partitions": "org.apache.kafka.tools.reassign.ReassignPartitionsCommand",
        "kafka-broker-api-versions": "org.apache.kafka.tools.BrokerApiVersionsCommand",
        "kafka-client-metrics": "org.apache.kafka.tools.ClientMetricsCommand",
        "kafka-delegation-tokens": "org.apache.kafka.tools.DelegationTokenCommand",
        "kafka-replica-verification": "org.apache.kafka.tools.ReplicaVerificationTool",
        "kafka-jmx": "org.apache.kafka.tools.JmxTool",
        "kafka-producer-perf-test": "org.apache.kafka.tools.ProducerPerformance",
        "kafka-consumer-perf-test": "org.apache.kafka.tools.ConsumerPerformance",
        "kafka-share-consumer-perf-test": "org.apache.kafka.tools.ShareConsumerPerformance",
        "kafka-e2e-latency": "org.apache.kafka.tools.EndToEndLatency",
        "kafka-verifiable-producer": "org.apache.kafka.tools.VerifiableProducer",
        "kafka-verifiable-consumer": "org.apache.kafka.tools.VerifiableConsumer",
        "kafka-verifiable-share-consumer": "org.apache.kafka.tools.VerifiableShareConsumer",
        "kafka-dump-log": "org.apache.kafka.tools.DumpLogSegments",
    }
)

# Tools whose numbers we measure: they get the full JIT, every other tool gets C1 only,
# which halves JVM start-up for a run that lasts a second or two.
PERF_TOOLS: Final = frozenset(
    {
        "kafka-producer-perf-test",
        "kafka-consumer-perf-test",
        "kafka-share-consumer-perf-test",
        "kafka-e2e-latency",
        "kafka-verifiable-producer",
        "kafka-verifiable-consumer",
    }
)

LEAN_JVM_FLAGS: Final = ("-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:+UseSerialGC", "-Xss1m")
PERF_JVM_FLAGS: Final = ("-Xshare:auto", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20")


class LauncherError(RuntimeError):
    """A broker or tool could not be started, or did not become ready in time."""


class ToolError(LauncherError):
    """A CLI tool exited non-zero where success was required."""


@dataclass(frozen=True)
class ToolResult:
    tool: str
    argv: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str
    elapsed_s: float

    @property
    def lines(self) -> list[str]:
        return [line for line in self.stdout.splitlines() if line.strip()]

    def check(self) -> ToolResult:
        if self.returncode != 0:
            raise ToolError(
                f"{self.tool} exited {self.returncode}\nargs: {' '.join(self.argv[1:])}\n"
                f"stdout:\n{self.stdout[-4000:]}\nstderr:\n{self.stderr[-4000:]}"
            )
        return self


# ---------------------------------------------------------------------------------------------
# Environment probes


def kafka_lib_dir() -> Path:
    override = os.environ.get("KAFKA_LIB_DIR")
    return Path(override) if override else DEFAULT_LIB_DIR


def find_java() -> str | None:
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidate = Path(java_home) / "bin" / "java"
        if candidate.is_file():
            return str(candidate)
    return shutil.which("java")


def jars_present(lib: Path | None = None) -> bool:
    lib = lib or kafka_lib_dir()
    return (lib / f"kafka_2.13-{KAFKA_VERSION}.jar").is_file() and (
        lib / f"kafka-tools-{KAFKA_VERSION}.jar"
    ).is_file()


def tools_unavailable_reason(lib: Path | None = None) -> str | None:
    """Why the official CLI tools cannot run here, or None when they can."""
    if find_java() is None:
        return "Java not found (install a JDK 17+ or set JAVA_HOME)"
    lib = lib or kafka_lib_dir()
    if not jars_present(lib):
        return f"Kafka {KAFKA_VERSION} jars missing in {lib} (run tools/kafka_jars.sh)"
    return None


# ---------------------------------------------------------------------------------------------
# CLI tools


def tool_command(
    tool: str, args: Sequence[str], *, lib: Path | None = None, heap: str = "256m"
) -> list[str]:
    """The java command line that bin/<tool>.sh would run."""
    try:
        main_class = TOOL_MAIN_CLASSES[tool]
    except KeyError:
        raise LauncherError(f"unknown Kafka tool {tool!r}; known: {sorted(TOOL_MAIN_CLASSES)}") from None
    java = find_java()
    if java is None:
        raise LauncherError("Java not found")
    lib = lib or kafka_lib_dir()
    flags = PERF_JVM_FLAGS if tool in PERF_TOOLS else LEAN_JVM_FLAGS
    return [
        java,
        f"-Xmx{heap}",
        *flags,
        "-Djava.awt.headless=true",
        f"-Dlog4j2.configurationFile={TOOLS_LOG4J}",
        "-cp",
        f"{lib}/*",
        main_class,
        *args,
    ]


def run_tool(
    tool: str,
    *args: str,
    timeout: float = 60.0,
    input_text: str | None = None,
    lib: Path | None = None,
    heap: str = "256m",
) -> ToolResult:
    """Run an official Kafka CLI tool by its script name (``kafka-topics``, ...).

    Never raises on a non-zero exit (call ``.check()``); raises LauncherError on timeout so a
    hung tool cannot hang a test run.
    """
    argv = tool_command(tool, args, lib=lib, heap=heap)
    started = time.monotonic()
    try:
        done = subprocess.run(
            argv,
            input=input_text,
            stdin=None if input_text is not None else subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            cwd=REPO_ROOT,
        )
    except subprocess.TimeoutExpired as exc:
        raise LauncherError(
            f"{tool} timed out after {timeout}s\nargs: {' '.join(args)}\n"
            f"stdout:\n{_text(exc.stdout)[-2000:]}\nstderr:\n{_text(exc.stderr)[-2000:]}"
        ) from exc
    elapsed = time.monotonic() - started
    log.debug("kafka_tool", tool=tool, rc=done.returncode, elapsed_s=round(elapsed, 2))
    return ToolResult(tool, tuple(argv[argv.index(TOOL_MAIN_CLASSES[tool]) :]), done.returncode,
                      done.stdout, done.stderr, elapsed)


def _text(data: str | bytes | None) -> str:
    if data is None:
        return ""
    return data.decode(errors="replace") if isinstance(data, bytes) else data
