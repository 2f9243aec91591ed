"""Produce and consume through stock clients over TCP: keys, headers, timestamps, codecs, sizes."""

from __future__ import annotations

import asyncio
import subprocess

import pytest
from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaError, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

from tests.integration.conftest import BrokerProcess

CODECS = ["none", "gzip", "snappy", "lz4", "zstd"]


def create_topic(bootstrap: str, name: str, partitions: int = 1, config: dict[str, str] | None = None) -> None:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    futures = admin.create_topics([NewTopic(name, num_partitions=partitions, replication_factor=1, config=config or {})])
    futures[name].result(timeout=30)


def confluent_produce(bootstrap: str, topic: str, messages: list[dict], **conf: object) -> list[tuple[int, int]]:
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5, **conf})
    delivered: list[tuple[int, int]] = []
    errors: list[KafkaError] = []

    def on_delivery(err: KafkaError | None, msg: object) -> None:
        if err is not None:
            errors.append(err)
        else:
            delivered.append((msg.partition(), msg.offset()))  # type: ignore[attr-defined]

    for m in messages:
        producer.produce(topic, on_delivery=on_delivery, **m)
    producer.flush(30)
    assert not errors, errors
    return delivered


def confluent_consume(bootstrap: str, topic: str, count: int, partition: int = 0, **conf: object) -> list:
    consumer = Consumer({"bootstrap.servers": bootstrap, "enable.auto.commit": False, "group.id": "unused-assign-only", **conf})
    consumer.assign([TopicPartition(topic, partition, OFFSET_BEGINNING)])
    out = []
    try:
        for _ in range(200):
            if len(out) >= count:
                break
            for msg in consumer.consume(num_messages=count - len(out), timeout=0.5):
                assert msg.error() is None, msg.error()
                out.append(msg)
    finally:
        consumer.close()
    return out


@pytest.mark.parametrize("codec", CODECS)
def test_confluent_roundtrip_with_keys_headers_timestamps(broker: BrokerProcess, topic_name: str, codec: str) -> None:
    create_topic(broker.bootstrap, topic_name)
    base_ts = 1_700_000_000_000
    messages = [
        {
            "key": f"key-{i}".encode(),
            "value": (f"value-{i}-" * (i % 7 + 1)).encode(),
            "headers": [("h1", f"v{i}".encode()), ("h2", None)],
            "timestamp": base_ts + i,
        }
        for i in range(300)
    ]
    messages.append({"key": None, "value": None})
    delivered = confluent_produce(broker.bootstrap, topic_name, messages, **{"compression.type": codec})
    assert sorted(o for _, o in delivered) == list(range(len(messages)))
    got = confluent_consume(broker.bootstrap, topic_name, len(messages))
    assert [m.offset() for m in got] == list(range(len(messages)))
    for sent, msg in zip(messages[:-1], got[:-1], strict=True):
        assert msg.key() == sent["key"]
        assert msg.value() == sent["value"]
        assert msg.headers() == sent["headers"]
        assert msg.timestamp() == (1, sent["timestamp"])
    assert got[-1].key() is None and got[-1].value() is None


def test_one_megabyte_records(broker: BrokerProcess, topic_name: str) -> None:
    create_topic(broker.bootstrap, topic_name)
    values = [bytes([i]) * 1_000_000 for i in range(3)]
    confluent_produce(
        broker.bootstrap, topic_name, [{"value": v} for v in values],
        **{"message.max.bytes": 2_000_000, "batch.size": 1_100_000},
    )
    got = confluent_consume(broker.bootstrap, topic_name, 3)
    assert [m.value() for m in got] == values


def test_record_over_max_message_bytes_is_refused(broker: BrokerProcess, topic_name: str) -> None:
    create_topic(broker.bootstrap, topic_name, config={"max.message.bytes": "10000"})
    producer = Producer({"bootstrap.servers": broker.bootstrap, "message.max.bytes": 1_000_000, "retries": 0})
    errors: list[KafkaError] = []
    producer.produce(topic_name, value=b"x" * 20_000, on_delivery=lambda err, msg: errors.append(err))
    producer.flush(30)
    assert len(errors) == 1 and errors[0] is not None
    assert errors[0].code() == KafkaError.MSG_SIZE_TOO_LARGE


def test_kafka_python_roundtrip(broker: BrokerProcess, topic_name: str) -> None:
    from kafka import KafkaConsumer, KafkaProducer
    from kafka import TopicPartition as KTP

    create_topic(broker.bootstrap, topic_name, partitions=3)
    for codec in (None, "gzip", "snappy", "lz4", "zstd"):
        producer = KafkaProducer(bootstrap_servers=broker.bootstrap, compression_type=codec, linger_ms=5)
        futures = [
            producer.send(topic_name, key=f"k{i}".encode(), value=f"{codec}-{i}".encode(), partition=i % 3,
                          headers=[("codec", str(codec).encode())])
            for i in range(60)
        ]
        producer.flush()
        metas = [f.get(timeout=30) for f in futures]
        assert all(m.topic == topic_name for m in metas)
        producer.close()
    consumer = KafkaConsumer(bootstrap_servers=broker.bootstrap, enable_auto_commit=False, group_id=None,
                             consumer_timeout_ms=3000)
    tps = [KTP(topic_name, p) for p in range(3)]
    consumer.assign(tps)
    consumer.seek_to_beginning(*tps)
    got = [m for m in consumer]
    consumer.close()
    assert len(got) == 300
    for p in range(3):
        offsets = [m.offset for m in got if m.partition == p]
        assert offsets == list(range(100))
    assert {m.value.decode().split("-")[0] for m in got} == {"None", "gzip", "snappy", "lz4", "zstd"}
    assert all(m.headers[0][1].decode() == m.value.decode().split("-")[0] for m in got)


def test_aiokafka_roundtrip(broker: BrokerProcess, topic_name: str) -> None:
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
    from aiokafka.structs import TopicPartition as ATP

    create_topic(broker.bootstrap, topic_name)

    async def run() -> list:
        producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, compression_type="gzip")
        await producer.start()
        try:
            for i in range(50):
                await producer.send_and_wait(topic_name, key=b"k%d" % i, value=b"v%d" % i, timestamp_ms=1_600_000_000_000 + i)
        finally:
            await producer.stop()
        consumer = AIOKafkaConsumer(bootstrap_servers=broker.bootstrap, enable_auto_commit=False, auto_offset_reset="earliest")
        await consumer.start()
        try:
            tp = ATP(topic_name, 0)
            consumer.assign([tp])
            await consumer.seek_to_beginning(tp)
            out = []
            while len(out) < 50:
                batch = await consumer.getmany(tp, timeout_ms=2000)
                msgs = batch.get(tp, [])
                if not msgs:
                    break
                out.extend(msgs)
            return out
        finally:
            await consumer.stop()

    got = asyncio.run(run())
    assert [(m.offset, m.key, m.value, m.timestamp) for m in got] == [
        (i, b"k%d" % i, b"v%d" % i, 1_600_000_000_000 + i) for i in range(50)
    ]


def test_kcat_produce_and_consume(broker: BrokerProcess, topic_name: str) -> None:
    lines = "".join(f"key{i}:value{i}\n" for i in range(20))
    subprocess.run(
        ["kcat", "-b", broker.bootstrap, "-P", "-t", topic_name, "-K:", "-z", "lz4"],
        input=lines.encode(), check=True, timeout=60,
    )
    out = subprocess.run(
        ["kcat", "-b", broker.bootstrap, "-C", "-t", topic_name, "-o", "beginning", "-e", "-f", "%k=%s@%o\n"],
        capture_output=True, check=True, timeout=60,
    )
    assert out.stdout.decode().splitlines() == [f"key{i}=value{i}@{i}" for i in range(20)]
    meta = subprocess.run(["kcat", "-b", broker.bootstrap, "-L", "-t", topic_name], capture_output=True, check=True, timeout=60)
    assert f'topic "{topic_name}" with 1 partitions' in meta.stdout.decode()
