"""KIP-848 (`group.protocol=consumer`): server-side assignment with librdkafka and the Java client."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from confluent_kafka.admin import AdminClient

from tests.integration.conftest import BrokerProcess
from tests.integration.test_groups_clients import (
    ConfluentGroup,
    assert_exactly_once,
    create_topic,
    produce,
    wait_until,
)

REPO = Path(__file__).resolve().parents[2]
KAFKA_LIB = REPO / ".kafka" / "lib"


@pytest.mark.parametrize("assignor", ["uniform", "range"])
def test_confluent_consumer_protocol_group(broker: BrokerProcess, topic_name: str, assignor: str) -> None:
    create_topic(broker.bootstrap, topic_name, 6)
    group = ConfluentGroup(
        broker.bootstrap, f"g-{topic_name}", topic_name, 3,
        **{"group.protocol": "consumer", "group.remote.assignor": assignor},
    )
    # The classic-only settings are rejected by librdkafka with group.protocol=consumer.
    try:
        wait_until(lambda: group.balanced(6), 60, group.step)
        assert sorted(map(len, group.assignments())) == [2, 2, 2]
        produce(broker.bootstrap, topic_name, 300)
        wait_until(lambda: group.total() >= 300, 60, group.step)
        assert_exactly_once(group.seen, 300)
        admin = AdminClient({"bootstrap.servers": broker.bootstrap})
        desc = admin.describe_consumer_groups([f"g-{topic_name}"])[f"g-{topic_name}"].result(timeout=10)
        assert len(desc.members) == 3
        # A member leaves: its partitions move to the others and nothing is read twice.
        group.consumers.pop(0).close()
        leaver = group.seen.pop(0)
        wait_until(lambda: group.balanced(6), 60, group.step)
        produce(broker.bootstrap, topic_name, 60, start=300)
        wait_until(lambda: group.total() + len(leaver) >= 360, 60, group.step)
        assert_exactly_once([leaver, *group.seen], 360)
    finally:
        group.close()


def _java_available() -> bool:
    return shutil.which("java") is not None and (KAFKA_LIB / "kafka-clients-4.3.1.jar").exists()


@pytest.mark.kafka
@pytest.mark.skipif(not _java_available(), reason="needs java and the Kafka 4.3.1 jars in .kafka/lib")
def test_java_console_consumer_with_consumer_protocol(broker: BrokerProcess, topic_name: str, tmp_path: Path) -> None:
    create_topic(broker.bootstrap, topic_name, 3)
    produce(broker.bootstrap, topic_name, 30)
    props = tmp_path / "consumer.properties"
    props.write_text("group.protocol=consumer\n")
    cmd = [
        "java", "-cp", f"{KAFKA_LIB}/*", "org.apache.kafka.tools.consumer.ConsoleConsumer",
        "--bootstrap-server", broker.bootstrap, "--topic", topic_name, "--group", f"g-{topic_name}",
        "--command-config", str(props), "--from-beginning", "--max-messages", "30", "--timeout-ms", "60000",
    ]
    env = {**os.environ, "KAFKA_HEAP_OPTS": "-Xmx256m"}
    started = time.monotonic()
    out = subprocess.run(cmd, capture_output=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr.decode()[-2000:]
    values = sorted(int(v) for v in out.stdout.decode().split() if v.isdigit())
    assert values == list(range(30)), f"after {time.monotonic() - started:.1f}s"
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    offsets = admin.list_consumer_group_offsets(
        [__import__("confluent_kafka").ConsumerGroupTopicPartitions(f"g-{topic_name}")]
    )[f"g-{topic_name}"].result(timeout=10)
    assert sum(tp.offset for tp in offsets.topic_partitions) == 30


def test_consumer_protocol_group_survives_broker_restart(fresh_broker: BrokerProcess, topic_name: str) -> None:
    bs = fresh_broker.bootstrap
    create_topic(bs, topic_name, 4)
    group_id = f"g-{topic_name}"
    group = ConfluentGroup(bs, group_id, topic_name, 2, **{"group.protocol": "consumer"})
    try:
        wait_until(lambda: group.balanced(4), 60, group.step)
        produce(bs, topic_name, 40)
        wait_until(lambda: group.total() >= 40, 60, group.step)
        before = group.assignments()
        fresh_broker.restart()
        # The members reconnect with their epochs: the reloaded group knows them and nothing moves.
        produce(bs, topic_name, 40, start=40)
        wait_until(lambda: group.total() >= 80, 90, group.step)
        assert group.assignments() == before
        assert_exactly_once(group.seen, 80)
        admin = AdminClient({"bootstrap.servers": bs})
        desc = admin.describe_consumer_groups([group_id])[group_id].result(timeout=10)
        assert len(desc.members) == 2
    finally:
        group.close()
