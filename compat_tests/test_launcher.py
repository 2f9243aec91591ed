"""The launcher itself: tool main classes resolve from the 4.3.1 jars, ports, ids, commands."""

from __future__ import annotations

import base64
import zipfile
from pathlib import Path

import pytest

from compat_tests.kafka_launcher import KPyBroker, free_ports, random_cluster_id
from compat_tests.kafka_tools import (
    KAFKA_VERSION,
    LEAN_JVM_FLAGS,
    PERF_JVM_FLAGS,
    TOOL_MAIN_CLASSES,
    LauncherError,
    find_java,
    kafka_lib_dir,
    run_tool,
    tool_command,
    tools_unavailable_reason,
)


def _classes_in_jars() -> set[str]:
    names: set[str] = set()
    for jar in kafka_lib_dir().glob("*.jar"):
        with zipfile.ZipFile(jar) as archive:
            names.update(
                n[: -len(".class")].replace("/", ".") for n in archive.namelist() if n.endswith(".class")
            )
    return names


@pytest.mark.kafka
def test_every_tool_main_class_is_in_the_jars() -> None:
    reason = tools_unavailable_reason()
    if reason:
        pytest.skip(reason)
    classes = _classes_in_jars()
    missing = {tool: cls for tool, cls in TOOL_MAIN_CLASSES.items() if cls not in classes}
    assert missing == {}


@pytest.mark.kafka
def test_a_tool_runs_and_reports_the_pinned_version() -> None:
    reason = tools_unavailable_reason()
    if reason:
        pytest.skip(reason)
    result = run_tool("kafka-topics", "--version").check()
    assert result.stdout.split()[0] == KAFKA_VERSION


def test_cluster_id_is_16_bytes_base64url_without_padding_nor_leading_dash() -> None:
    for _ in range(200):
        cluster_id = random_cluster_id()
        assert len(cluster_id) == 22 and "=" not in cluster_id and not cluster_id.startswith("-")
        assert len(base64.urlsafe_b64decode(cluster_id + "==")) == 16


def test_free_ports_are_distinct() -> None:
    ports = free_ports(3)
    assert len(set(ports)) == 3 and all(p > 0 for p in ports)


def test_tool_command_uses_lean_jvm_for_admin_tools_and_full_jit_for_perf_tools() -> None:
    if find_java() is None:
        pytest.skip("Java not found")
    admin = tool_command("kafka-topics", ["--list"])
    perf = tool_command("kafka-producer-perf-test", ["--help"])
    assert all(flag in admin for flag in LEAN_JVM_FLAGS)
    assert "-XX:TieredStopAtLevel=1" not in perf and all(flag in perf for flag in PERF_JVM_FLAGS)
    assert admin[-2:] == ["org.apache.kafka.tools.TopicCommand", "--list"]


def test_unknown_tool_is_refused() -> None:
    with pytest.raises(LauncherError, match="unknown Kafka tool"):
        tool_command("kafka-nonsense", [])


def test_kpybroker_is_launched_like_a_user_with_overrides(tmp_path: Path) -> None:
    broker = KPyBroker(tmp_path)
    argv = broker.command()
    assert argv[1:3] == ["-m", "kpybroker"]
    overrides = dict(a.split("=", 1) for a in argv[4::2])
    assert argv[3::2] == ["--override"] * len(overrides)
    assert overrides["listeners"] == (
        f"PLAINTEXT://127.0.0.1:{broker.port},CONTROLLER://127.0.0.1:{broker.controller_port}"
    )
    assert overrides["advertised.listeners"] == f"PLAINTEXT://127.0.0.1:{broker.port}"
    assert overrides["node.id"] == "1"
    assert overrides["controller.quorum.voters"] == f"1@127.0.0.1:{broker.controller_port}"
    assert overrides["log.dirs"] == str(broker.log_dir)
