"""Three combined broker+controller processes on loopback: election, failover, catch-up."""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from confluent_kafka.admin import AdminClient, NewTopic

from kpybroker.quorum import ControllerChannel
from protocol import messages as m
from tests.integration.conftest import BrokerProcess, start_cluster, stop_all

pytestmark = pytest.mark.timeout(180)


def _describe_quorum(port: int) -> tuple[int, int, int]:
    """(error, leader id, epoch) as node at controller `port` sees it."""

    async def ask() -> tuple[int, int, int]:
        channel = ControllerChannel("127.0.0.1", port, "test")
        try:
            request = m.DescribeQuorumRequest(
                topics=[
                    m.DescribeQuorumRequest.TopicData(
                        topic_name="__cluster_metadata",
                        partitions=[m.DescribeQuorumRequest.PartitionData(partition_index=0)],
                    )
                ]
            )
            resp = await channel.request(55, 2, request, 5.0)
            part = resp.topics[0].partitions[0]
            return int(part.error_code), int(part.leader_id), int(part.leader_epoch)
        finally:
            channel.close()

    return asyncio.run(ask())


def _leader(nodes: list[BrokerProcess], timeout: float = 30.0) -> BrokerProcess:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for node in nodes:
            if node.proc is None or node.proc.poll() is not None:
                continue
            try:
                error, leader, _ = _describe_quorum(node.controller_port)
            except Exception:  # noqa: BLE001 - node not answering yet
                continue
            if error == 0:
                return node
        time.sleep(0.2)
    raise AssertionError("no metadata quorum leader")


def _create_topic(bootstrap: str, name: str, timeout: float = 30.0) -> None:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        futures = admin.create_topics([NewTopic(name, num_partitions=1, replication_factor=1)], request_timeout=15)
        try:
            futures[name].result(timeout=20)
            return
        except Exception as exc:  # noqa: BLE001 - retried until the deadline
            if "already exists" in str(exc):
                return
            last = exc
            time.sleep(0.5)
    raise AssertionError(f"CreateTopics {name} failed: {last}")


def _wait_topic(bootstrap: str, name: str, timeout: float = 30.0) -> None:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if name in admin.list_topics(timeout=5).topics:
                return
        except Exception:  # noqa: BLE001 - retried until the deadline
            pass
        time.sleep(0.3)
    raise AssertionError(f"{bootstrap} never saw topic {name}")


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[list[BrokerProcess]]:
    nodes = start_cluster(tmp_path, 3)
    yield nodes
    stop_all(nodes)


def test_failover_and_catch_up(cluster: list[BrokerProcess]) -> None:
    leader = _leader(cluster)
    survivors = [n for n in cluster if n is not leader]
    _create_topic(survivors[0].bootstrap, "before-failover")
    for node in cluster:
        _wait_topic(node.bootstrap, "before-failover")

    _, _, old_epoch = _describe_quorum(leader.controller_port)
    assert leader.proc is not None
    leader.proc.send_signal(signal.SIGKILL)
    leader.proc.wait()

    new_leader = _leader(survivors)
    assert new_leader is not leader
    assert _describe_quorum(new_leader.controller_port)[2] > old_epoch
    _create_topic(survivors[0].bootstrap, "after-failover")
    for node in survivors:
        _wait_topic(node.bootstrap, "after-failover")

    leader.start()
    _wait_topic(leader.bootstrap, "after-failover")
    _wait_topic(leader.bootstrap, "before-failover")
