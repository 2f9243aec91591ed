"""Consumer groups with stock clients over TCP: every record read once across the group."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable

import pytest
from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

from tests.integration.conftest import BrokerProcess

Seen = set[tuple[int, int]]


def create_topic(bootstrap: str, name: str, partitions: int) -> None:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    admin.create_topics([NewTopic(name, num_partitions=partitions, replication_factor=1)])[name].result(timeout=30)


def produce(bootstrap: str, topic: str, count: int, start: int = 0) -> None:
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5})
    for i in range(start, start + count):
        producer.produce(topic, key=str(i).encode(), value=str(i).encode())
    assert producer.flush(30) == 0


def wait_until(cond: Callable[[], bool], timeout: float, step: Callable[[], None]) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        step()
        if cond():
            return
    raise AssertionError("condition not reached in time")


def confluent_consumer(bootstrap: str, group: str, **conf: object) -> Consumer:
    settings: dict[str, object] = {
        "bootstrap.servers": bootstrap,
        "group.id": group,
        "auto.offset.reset": "earliest",
        "enable.auto.commit": False,
    }
    if conf.get("group.protocol") != "consumer":
        # Classic-protocol timings; KIP-848 consumers get theirs from the broker.
        settings.update({"session.timeout.ms": 6000, "heartbeat.interval.ms": 500})
    settings.update(conf)
    return Consumer(settings)


class ConfluentGroup:
    """Several confluent-kafka consumers polled round-robin from one thread."""

    def __init__(self, bootstrap: str, group: str, topic: str, n: int, **conf: object) -> None:
        self.bootstrap, self.group, self.topic, self.conf = bootstrap, group, topic, conf
        self.consumers: list[Consumer] = []
        self.seen: list[list[tuple[int, int, int]]] = []
        for _ in range(n):
            self.add()

    def add(self) -> Consumer:
        c = confluent_consumer(self.bootstrap, self.group, **self.conf)
        c.subscribe([self.topic])
        self.consumers.append(c)
        self.seen.append([])
        return c

    def step(self) -> None:
        for i, c in enumerate(self.consumers):
            msg = c.poll(0.05)
            if msg is None or msg.error() is not None:
                continue
            self.seen[i].append((msg.partition(), msg.offset(), int(msg.value())))
            # Commit each record before moving on, so a partition's next owner resumes after it.
            c.commit(message=msg, asynchronous=False)

    def assignments(self) -> list[set[int]]:
        return [{tp.partition for tp in c.assignment()} for c in self.consumers]

    def balanced(self, partitions: int) -> bool:
        parts = self.assignments()
        union: set[int] = set().union(*parts)
        return all(parts) and union == set(range(partitions)) and sum(map(len, parts)) == partitions

    def total(self) -> int:
        return sum(map(len, self.seen))

    def close(self) -> None:
        for c in self.consumers:
            c.close()


def assert_exactly_once(seen: list[list[tuple[int, int, int]]], expected: int) -> None:
    flat = [(p, o) for s in seen for p, o, _ in s]
    assert len(flat) == len(set(flat)), "a record was delivered twice across the group"
    assert sorted(v for s in seen for _, _, v in s) == list(range(expected))


def test_confluent_three_consumers_split_the_topic(broker: BrokerProcess, topic_name: str) -> None:
    create_topic(broker.bootstrap, topic_name, 6)
    group = ConfluentGroup(broker.bootstrap, f"g-{topic_name}", topic_name, 3)
    try:
        wait_until(lambda: group.balanced(6), 60, group.step)
        produce(broker.bootstrap, topic_name, 300)
        wait_until(lambda: group.total() >= 300, 60, group.step)
        assert_exactly_once(group.seen, 300)
        assert all(group.seen), "every consumer should have had a share"
    finally:
        group.close()


@pytest.mark.parametrize("strategy", ["range", "cooperative-sticky"])
def test_confluent_rebalance_on_join_and_leave(broker: BrokerProcess, topic_name: str, strategy: str) -> None:
    create_topic(broker.bootstrap, topic_name, 6)
    group = ConfluentGroup(
        broker.bootstrap, f"g-{topic_name}", topic_name, 1, **{"partition.assignment.strategy": strategy}
    )
    try:
        wait_until(lambda: group.balanced(6), 60, group.step)
        produce(broker.bootstrap, topic_name, 100)
        wait_until(lambda: group.total() >= 100, 60, group.step)
        group.add()
        wait_until(lambda: group.balanced(6), 60, group.step)
        produce(broker.bootstrap, topic_name, 100, start=100)
        wait_until(lambda: group.total() >= 200, 60, group.step)
        assert group.seen[1], "the joining consumer got partitions"
        # One leaves: the other takes everything over and resumes from the committed offsets.
        group.consumers.pop(0).close()
        leaver = group.seen.pop(0)
        wait_until(lambda: group.balanced(6), 60, group.step)
        produce(broker.bootstrap, topic_name, 100, start=200)
        wait_until(lambda: group.total() + len(leaver) >= 300, 60, group.step)
        assert_exactly_once([leaver, *group.seen], 300)
    finally:
        group.close()


CRASHY_CONSUMER = textwrap.dedent(
    """
    import sys, time
    from confluent_kafka import Consumer
    c = Consumer({"bootstrap.servers": sys.argv[1], "group.id": sys.argv[2], "session.timeout.ms": 6000,
                  "heartbeat.interval.ms": 500, "auto.offset.reset": "earliest"})
    c.subscribe([sys.argv[3]])
    while True:
        c.poll(0.2)
        if c.assignment():
            print("assigned", flush=True)
    """
)


def test_crashed_consumer_is_expired_after_session_timeout(broker: BrokerProcess, topic_name: str) -> None:
    create_topic(broker.bootstrap, topic_name, 4)
    group_id = f"g-{topic_name}"
    crashy = subprocess.Popen(
        [sys.executable, "-c", CRASHY_CONSUMER, broker.bootstrap, group_id, topic_name],
        stdout=subprocess.PIPE, env={**os.environ},
    )
    group = None
    try:
        assert crashy.stdout is not None
        assert crashy.stdout.readline().strip() == b"assigned"
        group = ConfluentGroup(broker.bootstrap, group_id, topic_name, 1)
        wait_until(lambda: bool(group.assignments()[0]) and len(group.assignments()[0]) < 4, 60, group.step)
        crashy.send_signal(signal.SIGKILL)  # no LeaveGroup: only the session timeout can free its partitions
        crashy.wait(10)
        wait_until(lambda: group.balanced(4), 60, group.step)
        produce(broker.bootstrap, topic_name, 50)
        wait_until(lambda: group.total() >= 50, 60, group.step)
        assert_exactly_once(group.seen, 50)
    finally:
        if crashy.poll() is None:
            crashy.kill()
        if group is not None:
            group.close()


def test_commit_and_resume_survive_broker_restart(fresh_broker: BrokerProcess, topic_name: str) -> None:
    bs = fresh_broker.bootstrap
    create_topic(bs, topic_name, 3)
    produce(bs, topic_name, 90)
    group_id = f"g-{topic_name}"
    first = ConfluentGroup(bs, group_id, topic_name, 1)
    try:
        wait_until(lambda: first.total() >= 40, 60, first.step)
    finally:
        first.close()
    read_before = first.seen[0]
    fresh_broker.restart()
    second = ConfluentGroup(bs, group_id, topic_name, 1)
    try:
        wait_until(lambda: len(read_before) + second.total() >= 90, 60, second.step)
        committed = second.consumers[0].committed([TopicPartition(topic_name, p) for p in range(3)], timeout=10)
        assert sum(tp.offset for tp in committed) == 90
    finally:
        second.close()
    assert_exactly_once([read_before, *second.seen], 90)


def test_kafka_python_group(broker: BrokerProcess, topic_name: str) -> None:
    import threading

    from kafka import KafkaConsumer

    create_topic(broker.bootstrap, topic_name, 4)
    group_id = f"g-{topic_name}"
    stop = threading.Event()
    seen: list[list[tuple[int, int, int]]] = [[], []]
    assigned: list[set[int]] = [set(), set()]
    errors: list[BaseException] = []

    def run(i: int) -> None:
        # One thread per consumer: kafka-python rejoins from inside poll(), so consumers sharing a
        # thread could hold each other's rebalance up.
        c = KafkaConsumer(
            topic_name, bootstrap_servers=broker.bootstrap, group_id=group_id, auto_offset_reset="earliest",
            enable_auto_commit=False, session_timeout_ms=6000, heartbeat_interval_ms=500,
        )
        try:
            while not stop.is_set():
                polled = c.poll(timeout_ms=100)
                for _tp, records in polled.items():
                    seen[i].extend((r.partition, r.offset, int(r.value)) for r in records)
                if polled:
                    c.commit()
                assigned[i] = {tp.partition for tp in c.assignment()}
        except BaseException as exc:  # noqa: BLE001 - reported to the test thread
            errors.append(exc)
        finally:
            c.close()

    threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(2)]
    for t in threads:
        t.start()

    def balanced() -> bool:
        return all(assigned) and set().union(*assigned) == set(range(4)) and sum(map(len, assigned)) == 4

    try:
        wait_until(balanced, 60, lambda: time.sleep(0.1))
        produce(broker.bootstrap, topic_name, 200)
        wait_until(lambda: sum(map(len, seen)) >= 200, 60, lambda: time.sleep(0.1))
    finally:
        stop.set()
        for t in threads:
            t.join(30)
    assert not errors, errors
    assert_exactly_once(seen, 200)


def test_aiokafka_group(broker: BrokerProcess, topic_name: str) -> None:
    from aiokafka import AIOKafkaConsumer

    create_topic(broker.bootstrap, topic_name, 4)
    group_id = f"g-{topic_name}"

    async def run() -> list[list[tuple[int, int, int]]]:
        consumers = [
            AIOKafkaConsumer(
                topic_name, bootstrap_servers=broker.bootstrap, group_id=group_id, auto_offset_reset="earliest",
                enable_auto_commit=False, session_timeout_ms=6000, heartbeat_interval_ms=500,
            )
            for _ in range(2)
        ]
        seen: list[list[tuple[int, int, int]]] = [[], []]
        for c in consumers:
            await c.start()
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                parts = [{tp.partition for tp in c.assignment()} for c in consumers]
                if all(parts) and sum(map(len, parts)) == 4 and set().union(*parts) == set(range(4)):
                    break
                for c in consumers:
                    await c.getmany(timeout_ms=100)
            await asyncio.get_running_loop().run_in_executor(None, produce, broker.bootstrap, topic_name, 200)
            while sum(map(len, seen)) < 200 and time.monotonic() < deadline + 60:
                for i, c in enumerate(consumers):
                    batches = await c.getmany(timeout_ms=100)
                    for _tp, records in batches.items():
                        seen[i].extend((r.partition, r.offset, int(r.value)) for r in records)
                    if batches:
                        await c.commit()
        finally:
            for c in consumers:
                await c.stop()
        return seen

    assert_exactly_once(asyncio.run(run()), 200)


def test_kcat_balanced_consumers(broker: BrokerProcess, topic_name: str, tmp_path: object) -> None:
    import shutil

    if shutil.which("kcat") is None:
        pytest.skip("kcat is not installed")
    create_topic(broker.bootstrap, topic_name, 4)
    group_id = f"g-{topic_name}"
    procs = [
        subprocess.Popen(
            ["kcat", "-b", broker.bootstrap, "-G", group_id, "-o", "beginning", "-f", "%p %o %s\\n",
             "-X", "session.timeout.ms=6000", "-X", "heartbeat.interval.ms=500", "-q", topic_name],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )
        for _ in range(2)
    ]
    try:
        admin = AdminClient({"bootstrap.servers": broker.bootstrap})

        def two_members() -> bool:
            desc = admin.describe_consumer_groups([group_id])[group_id].result(timeout=10)
            return str(desc.state).endswith("STABLE") and len(desc.members) == 2

        wait_until(two_members, 60, lambda: time.sleep(0.2))
        produce(broker.bootstrap, topic_name, 100)
        time.sleep(3)
    finally:
        for p in procs:
            p.send_signal(signal.SIGINT)
        outputs = [p.communicate(timeout=20)[0].decode().split("\n") for p in procs]
    rows = [tuple(map(int, line.split())) for out in outputs for line in out if line.strip()]
    assert all(outputs), "both kcat consumers got records"
    assert len(rows) == len({(p, o) for p, o, _ in rows}) == 100
    assert sorted(v for _, _, v in rows) == list(range(100))


def test_static_member_restart_keeps_its_partitions(broker: BrokerProcess, topic_name: str) -> None:
    create_topic(broker.bootstrap, topic_name, 4)
    group_id = f"g-{topic_name}"
    a = ConfluentGroup(broker.bootstrap, group_id, topic_name, 0, **{"group.instance.id": "inst-a"})
    a.add()
    b_conf = {"group.instance.id": "inst-b"}
    b = ConfluentGroup(broker.bootstrap, group_id, topic_name, 0, **b_conf)
    b.add()

    def step() -> None:
        a.step()
        b.step()

    try:
        wait_until(lambda: bool(a.assignments()[0]) and bool(b.assignments()[0])
                   and len(a.assignments()[0] | b.assignments()[0]) == 4, 60, step)
        before_a, before_b = a.assignments()[0], b.assignments()[0]
        # A static member closes without leaving the group and comes back under the same instance id.
        b.close()
        b = ConfluentGroup(broker.bootstrap, group_id, topic_name, 0, **b_conf)
        b.add()
        wait_until(lambda: bool(b.assignments()[0]), 60, step)
        assert b.assignments()[0] == before_b
        assert a.assignments()[0] == before_a
        admin = AdminClient({"bootstrap.servers": broker.bootstrap})
        desc = admin.describe_consumer_groups([group_id])[group_id].result(timeout=10)
        assert sorted(mem.group_instance_id for mem in desc.members) == ["inst-a", "inst-b"]
    finally:
        a.close()
        b.close()
