"""The official `kafka-metadata-quorum` tool against kpybroker's controller listener."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.conftest import BrokerProcess, start_broker

LIB = Path(__file__).resolve().parents[2] / ".kafka" / "lib"

pytestmark = [
    pytest.mark.kafka,
    pytest.mark.timeout(300),
    pytest.mark.skipif(shutil.which("java") is None or not LIB.is_dir(), reason="needs Java and the Kafka jars"),
]


@pytest.fixture(scope="module")
def node(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrokerProcess]:
    b = start_broker(tmp_path_factory.mktemp("quorum-tools"))
    yield b
    if b.proc is not None and b.proc.poll() is None:
        b.stop()


def _tool(node: BrokerProcess, *args: str) -> str:
    from compat_tests.kafka_launcher import run_tool

    result = run_tool("kafka-metadata-quorum", "--bootstrap-controller", f"127.0.0.1:{node.controller_port}", *args,
                      timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_describe_status(node: BrokerProcess) -> None:
    out = _tool(node, "describe", "--status")
    fields = dict(line.split(":", 1) for line in out.splitlines() if ":" in line)
    assert fields["LeaderId"].strip() == "1"
    assert int(fields["HighWatermark"].strip()) > 0
    assert f"CONTROLLER://127.0.0.1:{node.controller_port}" in fields["CurrentVoters"]


def test_describe_replication(node: BrokerProcess) -> None:
    out = _tool(node, "describe", "--replication")
    rows = [line.split() for line in out.splitlines()[1:] if line.strip()]
    assert [(r[0], r[-1]) for r in rows] == [("1", "Leader")]
