"""KIP-853 dynamic voters on real processes: `kpybroker format --standalone`, a second node
that joins through `controller.quorum.bootstrap.servers`, and the official
`kafka-metadata-quorum add-controller` / `remove-controller` against them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from controller.bootstrap import read_meta_properties
from tests.integration.conftest import BrokerProcess, free_port

LIB = Path(__file__).resolve().parents[2] / ".kafka" / "lib"

pytestmark = [
    pytest.mark.kafka,
    pytest.mark.timeout(300),
    pytest.mark.skipif(shutil.which("java") is None or not LIB.is_dir(), reason="needs Java and the Kafka jars"),
]

CLUSTER_ID = "MkU3OEVBNTcwNTJENDM2Qg"


def _settings(node: BrokerProcess, node_id: int, bootstrap_port: int) -> dict[str, str]:
    return {
        "node.id": str(node_id),
        "controller.quorum.voters": "",
        "controller.quorum.bootstrap.servers": f"127.0.0.1:{bootstrap_port}",
        "listeners": f"PLAINTEXT://127.0.0.1:{node.port},CONTROLLER://127.0.0.1:{node.controller_port}",
        "controller.listener.names": "CONTROLLER",
    }


def _format(node: BrokerProcess, *flags: str) -> None:
    args = [sys.executable, "-m", "kpybroker", "format", "-t", CLUSTER_ID, *flags]
    for item in node.args()[3:]:
        args.append(item)  # the same --override pairs the node starts with
    result = subprocess.run(args, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()


def _node(tmp: Path, node_id: int, bootstrap_port: int | None, *flags: str) -> BrokerProcess:
    node = BrokerProcess(tmp / f"node{node_id}", free_port(), free_port())
    node.extra = _settings(node, node_id, bootstrap_port or node.controller_port)
    _format(node, *flags)
    node.start()
    return node


def _quorum_tool(port: int, *args: str) -> subprocess.CompletedProcess[str]:
    from compat_tests.kafka_launcher import run_tool

    return run_tool("kafka-metadata-quorum", "--bootstrap-controller", f"127.0.0.1:{port}", *args, timeout=120)


def _voters(port: int) -> set[int]:
    result = _quorum_tool(port, "describe", "--status")
    assert result.returncode == 0, result.stderr
    fields = dict(line.split(":", 1) for line in result.stdout.splitlines() if ":" in line)
    return {int(v) for v in re.findall(r'"id":\s*(\d+)', fields["CurrentVoters"])} or {
        int(v) for v in re.findall(r"\d+", fields["CurrentVoters"].split("@")[0])
    }


@pytest.fixture
def two_nodes(tmp_path: Path) -> Iterator[tuple[BrokerProcess, BrokerProcess]]:
    first = _node(tmp_path, 1, None, "--standalone")
    second = _node(tmp_path, 2, first.controller_port, "--no-initial-controllers")
    yield first, second
    for n in (second, first):
        if n.proc is not None and n.proc.poll() is None:
            n.stop()


def test_standalone_format_writes_the_voter_set_to_the_log(tmp_path: Path) -> None:
    node = BrokerProcess(tmp_path / "n", free_port(), free_port())
    node.extra = _settings(node, 1, node.controller_port)
    _format(node, "--standalone")
    checkpoint = tmp_path / "n" / "data" / "__cluster_metadata-0" / "00000000000000000000-0000000000.checkpoint"
    assert checkpoint.exists()
    from controller.raft.snapshot_file import decode_snapshot_voters

    voters = decode_snapshot_voters(checkpoint.read_bytes())
    assert voters is not None and voters.ids == {1}
    meta = read_meta_properties(tmp_path / "n" / "data")
    assert meta is not None and meta.directory_id is not None


def test_add_and_remove_controller_with_the_official_tool(two_nodes: tuple[BrokerProcess, BrokerProcess]) -> None:
    first, second = two_nodes
    assert _voters(first.controller_port) == {1}

    props = second.data_dir / "controller.properties"
    props.write_text(
        "\n".join(
            [
                "node.id=2",
                "process.roles=broker,controller",
                "controller.listener.names=CONTROLLER",
                f"listeners=PLAINTEXT://127.0.0.1:{second.port},CONTROLLER://127.0.0.1:{second.controller_port}",
                f"log.dirs={second.data_dir / 'data'}",
            ]
        )
        + "\n"
    )
    # The new node must be a caught-up observer first; the tool's error says when it is not.
    deadline = time.monotonic() + 60
    while True:
        added = _quorum_tool(first.controller_port, "--command-config", str(props), "add-controller")
        if added.returncode == 0 or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert added.returncode == 0, added.stderr
    assert "Added controller 2" in added.stdout
    assert _voters(first.controller_port) == {1, 2}

    replication = _quorum_tool(first.controller_port, "describe", "--replication")
    assert replication.returncode == 0, replication.stderr
    rows = {r.split()[0]: r.split()[-1] for r in replication.stdout.splitlines()[1:] if r.strip()}
    assert rows.get("2") == "Follower"

    meta = read_meta_properties(second.data_dir / "data")
    assert meta is not None and meta.directory_id is not None
    removed = _quorum_tool(
        first.controller_port, "remove-controller", "--controller-id", "2",
        "--controller-directory-id", meta.directory_id,
    )
    assert removed.returncode == 0, removed.stderr
    assert _voters(first.controller_port) == {1}
