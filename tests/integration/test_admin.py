"""Admin operations through stock clients: topics, partitions, configs, offsets, records."""

from __future__ import annotations

import pytest
from confluent_kafka import KafkaError, KafkaException, Producer, TopicPartition
from confluent_kafka.admin import (
    AdminClient,
    AlterConfigOpType,
    ConfigEntry,
    ConfigResource,
    ConfigSource,
    NewPartitions,
    NewTopic,
    OffsetSpec,
)

from tests.integration.conftest import BrokerProcess, start_broker
from tests.integration.test_produce_consume import confluent_produce, create_topic


def admin(bootstrap: str) -> AdminClient:
    return AdminClient({"bootstrap.servers": bootstrap})


def test_create_describe_delete_topics(broker: BrokerProcess, topic_name: str) -> None:
    client = admin(broker.bootstrap)
    client.create_topics([NewTopic(topic_name, num_partitions=4, replication_factor=1,
                                   config={"retention.ms": "123456", "cleanup.policy": "compact"})])[topic_name].result(30)
    md = client.list_topics(timeout=10)
    assert topic_name in md.topics
    assert sorted(md.topics[topic_name].partitions) == [0, 1, 2, 3]
    assert all(p.leader == 1 for p in md.topics[topic_name].partitions.values())

    with pytest.raises(KafkaException) as exc:
        client.create_topics([NewTopic(topic_name, num_partitions=1, replication_factor=1)])[topic_name].result(30)
    assert exc.value.args[0].code() == KafkaError.TOPIC_ALREADY_EXISTS

    with pytest.raises(KafkaException) as exc:
        client.create_topics([NewTopic("bad/name", num_partitions=1, replication_factor=1)])["bad/name"].result(30)
    assert exc.value.args[0].code() == KafkaError.TOPIC_EXCEPTION

    with pytest.raises(KafkaException) as exc:
        client.create_topics([NewTopic(topic_name + "-rf", num_partitions=1, replication_factor=3)])[topic_name + "-rf"].result(30)
    assert exc.value.args[0].code() == KafkaError.INVALID_REPLICATION_FACTOR

    client.create_partitions([NewPartitions(topic_name, 6)])[topic_name].result(30)
    assert len(client.list_topics(topic_name, timeout=10).topics[topic_name].partitions) == 6

    client.delete_topics([topic_name])[topic_name].result(30)
    assert topic_name not in client.list_topics(timeout=10).topics


def test_describe_and_alter_configs(broker: BrokerProcess, topic_name: str) -> None:
    client = admin(broker.bootstrap)
    create_topic(broker.bootstrap, topic_name, config={"retention.ms": "3600000"})
    res = ConfigResource(ConfigResource.Type.TOPIC, topic_name)
    configs = client.describe_configs([res])[res].result(30)
    assert configs["retention.ms"].value == "3600000"
    assert configs["retention.ms"].source == ConfigSource.DYNAMIC_TOPIC_CONFIG.value
    assert configs["segment.bytes"].value == "1073741824"
    assert configs["segment.bytes"].source == ConfigSource.DEFAULT_CONFIG.value
    assert configs["cleanup.policy"].value == "delete"

    alter = ConfigResource(ConfigResource.Type.TOPIC, topic_name, incremental_configs=[
        ConfigEntry("retention.ms", "7200000", incremental_operation=AlterConfigOpType.SET),
        ConfigEntry("cleanup.policy", "compact", incremental_operation=AlterConfigOpType.SET),
    ])
    client.incremental_alter_configs([alter])[alter].result(30)
    configs = client.describe_configs([res])[res].result(30)
    assert configs["retention.ms"].value == "7200000"
    assert configs["cleanup.policy"].value == "compact"

    bad = ConfigResource(ConfigResource.Type.TOPIC, topic_name, incremental_configs=[
        ConfigEntry("no.such.config", "1", incremental_operation=AlterConfigOpType.SET)])
    with pytest.raises(KafkaException) as exc:
        client.incremental_alter_configs([bad])[bad].result(30)
    assert exc.value.args[0].code() == KafkaError.INVALID_CONFIG

    broker_res = ConfigResource(ConfigResource.Type.BROKER, "1")
    bconf = client.describe_configs([broker_res])[broker_res].result(30)
    assert bconf["num.partitions"].value == "1"
    assert bconf["log.retention.hours"].value == "168"


def test_list_offsets_and_delete_records(broker: BrokerProcess, topic_name: str) -> None:
    client = admin(broker.bootstrap)
    create_topic(broker.bootstrap, topic_name)
    base = 1_650_000_000_000
    confluent_produce(broker.bootstrap, topic_name, [{"value": b"v%d" % i, "timestamp": base + i * 10} for i in range(10)],
                      **{"linger.ms": 0, "batch.num.messages": 1})
    tp = TopicPartition(topic_name, 0)

    def offset_of(spec: OffsetSpec) -> tuple[int, int]:
        r = client.list_offsets({tp: spec})[tp].result(30)
        return r.offset, r.timestamp

    assert offset_of(OffsetSpec.earliest())[0] == 0
    assert offset_of(OffsetSpec.latest())[0] == 10
    assert offset_of(OffsetSpec.for_timestamp(base + 35)) == (4, base + 40)
    assert offset_of(OffsetSpec.for_timestamp(base + 1000))[0] == -1
    assert offset_of(OffsetSpec.max_timestamp()) == (9, base + 90)

    result = client.delete_records([TopicPartition(topic_name, 0, 4)])[TopicPartition(topic_name, 0)].result(30)
    assert result.low_watermark == 4
    assert offset_of(OffsetSpec.earliest())[0] == 4


def test_auto_create_disabled_gives_unknown_topic(tmp_path) -> None:
    b = start_broker(tmp_path, {"auto.create.topics.enable": "false"})
    try:
        md = admin(b.bootstrap).list_topics("does-not-exist", timeout=10)
        assert md.topics["does-not-exist"].error.code() == KafkaError.UNKNOWN_TOPIC_OR_PART
        producer = Producer({"bootstrap.servers": b.bootstrap, "message.timeout.ms": 3000})
        errors = []
        producer.produce("does-not-exist", value=b"x", on_delivery=lambda err, msg: errors.append(err))
        producer.flush(20)
        assert errors and errors[0] is not None
        assert errors[0].code() in (KafkaError.UNKNOWN_TOPIC_OR_PART, KafkaError._MSG_TIMED_OUT)
    finally:
        b.stop()


def test_auto_create_enabled_by_default(broker: BrokerProcess, topic_name: str) -> None:
    delivered = confluent_produce(broker.bootstrap, topic_name, [{"value": b"hello"}])
    assert delivered == [(0, 0)]
    md = admin(broker.bootstrap).list_topics(topic_name, timeout=10)
    assert md.topics[topic_name].error is None
    assert len(md.topics[topic_name].partitions) == 1


def test_describe_cluster_and_log_dirs(broker: BrokerProcess, topic_name: str) -> None:
    from kafka.admin import KafkaAdminClient

    create_topic(broker.bootstrap, topic_name, partitions=2)
    confluent_produce(broker.bootstrap, topic_name, [{"value": b"x" * 100, "partition": 1}])
    client = KafkaAdminClient(bootstrap_servers=broker.bootstrap)
    try:
        cluster = client.describe_cluster()
        dirs = client.describe_log_dirs()
    finally:
        client.close()
    assert cluster["controller_id"] == 1
    assert [(b["broker_id"], b["port"]) for b in cluster["brokers"]] == [(1, broker.port)]
    (only_broker,) = dirs
    (log_dir,) = only_broker["log_dirs"]
    assert log_dir["error_code"] == 0 and log_dir["total_bytes"] > 0
    sizes = {
        (t["name"], p["partition_index"]): p["partition_size"]
        for t in log_dir["topics"]
        for p in t["partitions"]
    }
    assert sizes[(topic_name, 1)] > 100
    assert sizes[(topic_name, 0)] == 0
