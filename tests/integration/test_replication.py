"""Partition replication across real broker processes, driven by stock clients.

Three (or five) combined broker+controller nodes; a topic with replication factor 3 and
min.insync.replicas=2; an idempotent acks=all producer; kill -9 of the partition leader
mid-stream. Nothing acknowledged may be lost, duplicated or reordered.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from confluent_kafka import Consumer, KafkaError, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

from tests.integration.conftest import BrokerProcess, start_cluster, stop_all

pytestmark = pytest.mark.timeout(300)

ClusterFactory = Callable[[int], list[BrokerProcess]]


@pytest.fixture
def make_cluster(tmp_path: Path) -> Iterator[ClusterFactory]:
    started: list[BrokerProcess] = []

    def make(n: int) -> list[BrokerProcess]:
        nodes = start_cluster(tmp_path, n)
        started.extend(nodes)
        return nodes

    yield make
    stop_all(started)


def _bootstrap(nodes: list[BrokerProcess]) -> str:
    return ",".join(n.bootstrap for n in nodes if n.proc is not None and n.proc.poll() is None)


def _create_topic(nodes: list[BrokerProcess], topic: NewTopic, timeout: float = 60.0) -> None:
    admin = AdminClient({"bootstrap.servers": _bootstrap(nodes)})
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        futures = admin.create_topics([topic], request_timeout=15)
        try:
            futures[topic.topic].result(timeout=20)
            return
        except Exception as exc:  # noqa: BLE001 - brokers may still be registering
            if "already exists" in str(exc):
                return
            last = exc
            time.sleep(0.5)
    raise AssertionError(f"CreateTopics {topic.topic} failed: {last}")


def _partition(nodes: list[BrokerProcess], topic: str) -> tuple[int, list[int]]:
    """(leader, isr) of partition 0 as the live brokers report it."""
    admin = AdminClient({"bootstrap.servers": _bootstrap(nodes)})
    md = admin.list_topics(topic, timeout=10)
    p = md.topics[topic].partitions[0]
    return p.leader, sorted(p.isrs)


def _wait_partition(
    nodes: list[BrokerProcess], topic: str, ok: Callable[[int, list[int]], bool], timeout: float = 60.0
) -> tuple[int, list[int]]:
    deadline = time.monotonic() + timeout
    seen: tuple[int, list[int]] = (-1, [])
    while time.monotonic() < deadline:
        try:
            seen = _partition(nodes, topic)
            if ok(*seen):
                return seen
        except Exception:  # noqa: BLE001 - metadata not there yet
            pass
        time.sleep(0.3)
    raise AssertionError(f"partition state never satisfied the check; last seen {seen}")


def _consume_all(bootstrap: str, topic: str, expected: int, timeout: float = 60.0) -> list[int]:
    consumer = Consumer({
        "bootstrap.servers": bootstrap, "group.id": f"verify-{time.monotonic_ns()}",
        "enable.auto.commit": False, "auto.offset.reset": "earliest",
    })
    consumer.assign([TopicPartition(topic, 0, 0)])
    values: list[int] = []
    deadline = time.monotonic() + timeout
    idle_until = None
    try:
        while time.monotonic() < deadline:
            msg = consumer.poll(0.5)
            if msg is None:
                if len(values) >= expected:
                    idle_until = idle_until or time.monotonic() + 2.0
                    if time.monotonic() > idle_until:
                        break
                continue
            if msg.error():
                continue
            values.append(int(msg.value()))
    finally:
        consumer.close()
    return values


def test_leader_kill_loses_nothing_acknowledged(make_cluster: ClusterFactory) -> None:
    nodes = make_cluster(3)
    topic = "replicated"
    _create_topic(nodes, NewTopic(topic, num_partitions=1, replication_factor=3, config={"min.insync.replicas": "2"}))
    leader, isr = _wait_partition(nodes, topic, lambda leader, isr: leader > 0 and len(isr) == 3)

    producer = Producer({
        "bootstrap.servers": _bootstrap(nodes), "acks": "all", "enable.idempotence": True,
        "linger.ms": 5, "message.timeout.ms": 120_000, "retry.backoff.ms": 200,
    })
    acked: list[int] = []
    failed: list[tuple[int, str]] = []

    def report(err: KafkaError | None, msg: object) -> None:
        value = int(msg.value())  # type: ignore[attr-defined]
        if err is None:
            acked.append(value)
        else:
            failed.append((value, str(err)))

    total, kill_at = 3000, 1000
    killed = None
    for i in range(total):
        producer.produce(topic, value=str(i).encode(), on_delivery=report)
        producer.poll(0)
        if i % 100 == 0:
            producer.poll(0.05)
        if killed is None and len(acked) >= kill_at:
            killed = next(n for n in nodes if n.extra["node.id"] == str(leader))
            assert killed.proc is not None
            killed.proc.send_signal(signal.SIGKILL)
            killed.proc.wait()
        while killed is None and i > kill_at + 500 and len(acked) < kill_at:
            producer.poll(0.1)
    assert producer.flush(150) == 0
    assert killed is not None, "the leader was never killed"
    survivors = [n for n in nodes if n is not killed]

    new_leader, new_isr = _wait_partition(survivors, topic, lambda ld, isr: ld > 0 and ld != leader)
    assert new_leader != leader
    assert leader not in new_isr
    assert not failed, failed[:5]
    assert len(acked) == total

    consumed = _consume_all(_bootstrap(survivors), topic, len(acked))
    assert consumed == sorted(consumed), "records out of order"
    assert len(consumed) == len(set(consumed)), "duplicates"
    assert set(acked) <= set(consumed), f"lost {len(set(acked) - set(consumed))} acknowledged records"

    # The followers' copies byte-match the new leader's once caught up.
    def segment(node: BrokerProcess) -> bytes:
        return (node.data_dir / "data" / f"{topic}-0" / "00000000000000000000.log").read_bytes()

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len({segment(n) for n in survivors}) != 1:
        time.sleep(0.5)
    assert segment(survivors[0]) == segment(survivors[1])
    assert len(segment(survivors[0])) > 0

    # The old leader comes back as a follower, truncates whatever it alone had, catches up
    # and rejoins the ISR (AlterPartition from the new leader).
    killed.start()
    _wait_partition(nodes, topic, lambda ld, isr: ld == new_leader and isr == [1, 2, 3], timeout=90)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len({segment(n) for n in nodes}) != 1:
        time.sleep(0.5)
    assert segment(killed) == segment(survivors[0])


def test_acks_all_below_min_isr_gets_not_enough_replicas(make_cluster: ClusterFactory) -> None:
    # Five voters so the metadata quorum outlives two dead brokers; the partition lives on 3-5.
    nodes = make_cluster(5)
    topic = "min-isr"
    # confluent-kafka wants the partition count alongside an explicit assignment.
    new = NewTopic(topic, num_partitions=1, replica_assignment=[[3, 4, 5]], config={"min.insync.replicas": "2"})
    _create_topic(nodes, new)
    _wait_partition(nodes, topic, lambda leader, isr: leader == 3 and isr == [3, 4, 5])
    for node in nodes[3:]:
        assert node.proc is not None
        node.proc.send_signal(signal.SIGKILL)
        node.proc.wait()
    alive = nodes[:3]
    _wait_partition(alive, topic, lambda leader, isr: leader == 3 and isr == [3], timeout=60)

    errors: list[KafkaError] = []
    producer = Producer({
        "bootstrap.servers": _bootstrap(alive), "acks": "all", "retries": 0, "message.timeout.ms": 20_000,
    })
    producer.produce(topic, value=b"x", on_delivery=lambda err, _msg: errors.append(err))
    producer.flush(30)
    assert len(errors) == 1 and errors[0] is not None
    assert errors[0].code() == KafkaError.NOT_ENOUGH_REPLICAS
