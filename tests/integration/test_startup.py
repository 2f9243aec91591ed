"""Starting the broker as users do: the compose file's environment, no arguments, in-process."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from confluent_kafka.admin import AdminClient

from tests.integration.conftest import wait_for_port
from tests.integration.test_produce_consume import confluent_consume, confluent_produce
from tests.unit.test_config_compose import _service_environment

REPO = Path(__file__).resolve().parents[2]


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("0.0.0.0", port))
        except OSError:
            return False
    return True


def _start(env: dict[str, str], cwd: Path, log: Path, args: list[str] | None = None) -> subprocess.Popen[bytes]:
    with open(log, "ab") as out:
        return subprocess.Popen([sys.executable, "-m", "kpybroker", *(args or [])], cwd=cwd, env=env,
                                stdout=out, stderr=subprocess.STDOUT)


def _stop(proc: subprocess.Popen[bytes]) -> int:
    proc.send_signal(signal.SIGTERM)
    return proc.wait(timeout=30)


@pytest.mark.skipif(not (_port_free(9092) and _port_free(9093)), reason="ports 9092/9093 are in use")
def test_compose_file_environment_starts_a_working_broker(tmp_path: Path) -> None:
    compose = _service_environment((REPO / "docker-compose.yml").read_text(), "kafka")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KAFKA_")}
    env.update(compose)
    # The compose file mounts a volume at KAFKA_LOG_DIRS; outside a container it is a temp dir.
    env["KAFKA_LOG_DIRS"] = str(tmp_path / "data")
    env["KAFKA_CREATE_TOPICS"] = "orders:3:1,events:1:1:compact"
    proc = _start(env, tmp_path, tmp_path / "broker.log")
    try:
        wait_for_port(9092, proc)
        admin = AdminClient({"bootstrap.servers": "localhost:9092"})
        md = admin.list_topics(timeout=10)
        assert md.cluster_id == compose["CLUSTER_ID"]
        assert {b.id: (b.host, b.port) for b in md.brokers.values()} == {1: ("localhost", 9092)}
        assert len(md.topics["orders"].partitions) == 3
        assert len(md.topics["events"].partitions) == 1
        confluent_produce("localhost:9092", "orders", [{"key": b"k", "value": b"v", "partition": 2}])
        assert [m.value() for m in confluent_consume("localhost:9092", "orders", 1, partition=2)] == [b"v"]
    finally:
        assert _stop(proc) == 0
    meta = (tmp_path / "data" / "meta.properties").read_text()
    assert f"cluster.id={compose['CLUSTER_ID']}" in meta
    assert "node.id=1" in meta


@pytest.mark.skipif(not (_port_free(9092) and _port_free(9093)), reason="ports 9092/9093 are in use")
def test_no_arguments_serves_localhost_9092_with_data_in_kpy_data(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KAFKA_") and k != "CLUSTER_ID"}
    proc = _start(env, tmp_path, tmp_path / "broker.log")
    try:
        wait_for_port(9092, proc)
        delivered = confluent_produce("localhost:9092", "first-topic", [{"value": b"hello"}])
        assert delivered == [(0, 0)]
    finally:
        assert _stop(proc) == 0
    assert (tmp_path / "kpy-data" / "first-topic-0" / "00000000000000000000.log").exists()
    assert (tmp_path / "kpy-data" / "meta.properties").exists()


def test_invalid_config_value_stops_startup_naming_the_key(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KAFKA_")}
    result = subprocess.run(
        [sys.executable, "-m", "kpybroker", "--override", "num.partitions=abc",
         "--override", f"log.dirs={tmp_path}"],
        cwd=tmp_path, env=env, capture_output=True, timeout=60,
    )
    assert result.returncode != 0
    assert b"num.partitions" in result.stderr


def test_embedded_serve_for_python_test_suites() -> None:
    import kpybroker

    with kpybroker.serve() as broker:
        delivered = confluent_produce(broker.bootstrap_servers, "embedded", [{"value": b"x"}, {"value": b"y"}])
        assert sorted(o for _, o in delivered) == [0, 1]
        got = confluent_consume(broker.bootstrap_servers, "embedded", 2)
        assert [m.value() for m in got] == [b"x", b"y"]


def test_pytest_plugin_fixture(kafka_bootstrap: str) -> None:
    delivered = confluent_produce(kafka_bootstrap, "from-fixture", [{"value": b"z"}])
    assert delivered == [(0, 0)]
