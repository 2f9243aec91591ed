"""Produce and consume with keys, headers and timestamps through every stock client and codec."""

from __future__ import annotations

import asyncio
import subprocess
from typing import Any

import pytest

from compat_tests.clients import (
    CODECS,
    base_timestamp_ms,
    consume_partition,
    create_topic,
    describe_message,
    produce,
)
from compat_tests.conftest import Check
from compat_tests.kafka_launcher import Target

RECORDS = 6


def _records(base_ts: int, null_header: bytes | None = None) -> list[dict[str, Any]]:
    """Six records over two partitions: plain, null key, null value (tombstone), header edge cases.

    kafka-python cannot send a null header value, so it passes b"" as ``null_header``.
    """
    out = []
    for i in range(RECORDS):
        headers: list[tuple[str, bytes | None]] = [("idx", str(i).encode()), ("dup", b"a"), ("dup", b"b")]
        if i == 3:
            headers = []
        if i == 4:
            headers = [("nullvalue", null_header)]
        out.append(
            {
                "key": None if i == 1 else f"key-{i}".encode(),
                "value": None if i == 2 else f"value-{i}-".encode() * (i + 1),
                "headers": headers,
                "timestamp": base_ts + 1000 * i,
                "partition": i % 2,
            }
        )
    return out


def _expected_messages(null_header: str | None = None) -> list[dict[str, Any]]:
    expected = []
    for i in range(RECORDS):
        headers: list[list[str | None]] = [["idx", str(i)], ["dup", "a"], ["dup", "b"]]
        if i == 3:
            headers = []
        if i == 4:
            headers = [["nullvalue", null_header]]
        expected.append(
            {
                "partition": i % 2,
                "offset": i // 2,
                "key": None if i == 1 else f"key-{i}",
                "value": None if i == 2 else f"value-{i}-" * (i + 1),
                "headers": headers,
                "timestamp_type": "CreateTime",
                "timestamp_delta": 1000 * i,
            }
        )
    return sorted(expected, key=lambda m: (m["partition"], m["offset"]))


@pytest.mark.parametrize("codec", CODECS)
def test_confluent_kafka_roundtrip(target: Target, check: Check, topic: str, codec: str) -> None:
    create_topic(target.bootstrap, topic, partitions=2)
    base_ts = base_timestamp_ms()
    deliveries = produce(target.bootstrap, topic, _records(base_ts), {"compression.type": codec})
    consumed = [
        describe_message(m, base_ts)
        for partition in (0, 1)
        for m in consume_partition(target.bootstrap, topic, partition, RECORDS // 2)
    ]
    check(
        f"produce_consume.confluent.{codec}",
        {"deliveries": [[d.error, d.partition, d.offset] for d in deliveries], "consumed": consumed},
        {
            "deliveries": [[None, i % 2, i // 2] for i in range(RECORDS)],
            "consumed": _expected_messages(),
        },
    )


def _kafka_python_codecs() -> list[str]:
    from kafka import codec as kp_codec  # noqa: PLC0415

    available = {"gzip": kp_codec.has_gzip(), "snappy": kp_codec.has_snappy(), "lz4": kp_codec.has_lz4(),
                 "zstd": kp_codec.has_zstd()}
    return ["none", *(name for name, ok in available.items() if ok)]


@pytest.mark.parametrize("codec", ["none", "gzip", "snappy", "lz4", "zstd"])
def test_kafka_python_roundtrip(target: Target, check: Check, topic: str, codec: str) -> None:
    if codec not in _kafka_python_codecs():
        pytest.skip(f"kafka-python has no {codec} codec library installed here")
    from kafka import KafkaConsumer, KafkaProducer, TopicPartition  # noqa: PLC0415

    create_topic(target.bootstrap, topic, partitions=2)
    base_ts = base_timestamp_ms()
    producer = KafkaProducer(bootstrap_servers=target.bootstrap, compression_type=None if codec == "none" else codec,
                             linger_ms=5)
    try:
        futures = [
            producer.send(topic, key=r["key"], value=r["value"], headers=r["headers"],
                          timestamp_ms=r["timestamp"], partition=r["partition"])
            for r in _records(base_ts, null_header=b"")
        ]
        producer.flush(timeout=30)
        metas = [f.get(timeout=30) for f in futures]
    finally:
        producer.close(timeout=10)
    consumer = KafkaConsumer(bootstrap_servers=target.bootstrap, enable_auto_commit=False,
                             consumer_timeout_ms=10_000)
    consumed = []
    try:
        parts = [TopicPartition(topic, 0), TopicPartition(topic, 1)]
        consumer.assign(parts)
        consumer.seek_to_beginning(*parts)
        for msg in consumer:
            consumed.append(
                {
                    "partition": msg.partition,
                    "offset": msg.offset,
                    "key": msg.key.decode() if msg.key is not None else None,
                    "value": msg.value.decode() if msg.value is not None else None,
                    "headers": [[k, v.decode() if v is not None else None] for k, v in msg.headers],
                    "timestamp_type": {0: "CreateTime", 1: "LogAppendTime"}[msg.timestamp_type],
                    "timestamp_delta": msg.timestamp - base_ts,
                }
            )
            if len(consumed) == RECORDS:
                break
    finally:
        consumer.close()
    check(
        f"produce_consume.kafka_python.{codec}",
        {"sent": [[m.partition, m.offset] for m in metas],
         "consumed": sorted(consumed, key=lambda m: (m["partition"], m["offset"]))},
        {"sent": [[i % 2, i // 2] for i in range(RECORDS)], "consumed": _expected_messages(null_header="")},
    )


async def _aiokafka_roundtrip(bootstrap: str, topic: str, codec: str, base_ts: int) -> dict[str, Any]:
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition  # noqa: PLC0415

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, compression_type=None if codec == "none" else codec,
                                linger_ms=5)
    await producer.start()
    try:
        futures = [
            await producer.send(topic, key=r["key"], value=r["value"], headers=r["headers"],
                                timestamp_ms=r["timestamp"], partition=r["partition"])
            for r in _records(base_ts)
        ]
        metas = [await asyncio.wait_for(f, 30) for f in futures]
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    consumed: list[dict[str, Any]] = []
    try:
        parts = [TopicPartition(topic, 0), TopicPartition(topic, 1)]
        consumer.assign(parts)
        await consumer.seek_to_beginning(*parts)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 30
        while len(consumed) < RECORDS and loop.time() < deadline:
            batches = await consumer.getmany(timeout_ms=500)
            for msgs in batches.values():
                for msg in msgs:
                    consumed.append(
                        {
                            "partition": msg.partition,
                            "offset": msg.offset,
                            "key": msg.key.decode() if msg.key is not None else None,
                            "value": msg.value.decode() if msg.value is not None else None,
                            "headers": [[k, v.decode() if v is not None else None] for k, v in msg.headers],
                            "timestamp_type": {0: "CreateTime", 1: "LogAppendTime"}[msg.timestamp_type],
                            "timestamp_delta": msg.timestamp - base_ts,
                        }
                    )
    finally:
        await consumer.stop()
    return {"sent": [[m.partition, m.offset] for m in metas],
            "consumed": sorted(consumed, key=lambda m: (m["partition"], m["offset"]))}


@pytest.mark.parametrize("codec", CODECS)
def test_aiokafka_roundtrip(target: Target, check: Check, topic: str, codec: str) -> None:
    create_topic(target.bootstrap, topic, partitions=2)
    base_ts = base_timestamp_ms()
    observed = asyncio.run(_aiokafka_roundtrip(target.bootstrap, topic, codec, base_ts))
    check(
        f"produce_consume.aiokafka.{codec}",
        observed,
        {"sent": [[i % 2, i // 2] for i in range(RECORDS)], "consumed": _expected_messages()},
    )


def test_kcat_roundtrip(target: Target, check: Check, topic: str, kcat: str) -> None:
    """kcat -P with every codec into one partition, read back by kcat -C and by librdkafka."""
    create_topic(target.bootstrap, topic, partitions=1)
    produced = {}
    for codec in CODECS:
        lines = "".join(f"{codec}-k{i}:{codec}-v{i}\n" for i in range(3))
        done = subprocess.run(
            [kcat, "-P", "-b", target.bootstrap, "-t", topic, "-p", "0", "-K", ":", "-z", codec,
             "-H", f"codec={codec}", "-X", "linger.ms=50"],
            input=lines, capture_output=True, text=True, timeout=60, check=False,
        )
        produced[codec] = done.returncode
    total = 3 * len(CODECS)
    consumed = subprocess.run(
        [kcat, "-C", "-b", target.bootstrap, "-t", topic, "-p", "0", "-o", "beginning", "-c", str(total), "-e",
         "-f", "%k|%s|%h|%p|%o\n"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    by_librdkafka = [
        [m.offset(), m.key().decode(), m.value().decode()]
        for m in consume_partition(target.bootstrap, topic, 0, total)
    ]
    expected_lines = []
    expected_msgs = []
    offset = 0
    for codec in CODECS:
        for i in range(3):
            expected_lines.append(f"{codec}-k{i}|{codec}-v{i}|codec={codec}|0|{offset}")
            expected_msgs.append([offset, f"{codec}-k{i}", f"{codec}-v{i}"])
            offset += 1
    check(
        "produce_consume.kcat",
        {"produce_rc": produced, "consume_rc": consumed.returncode, "kcat_lines": consumed.stdout.splitlines(),
         "librdkafka": by_librdkafka},
        {"produce_rc": dict.fromkeys(CODECS, 0), "consume_rc": 0, "kcat_lines": expected_lines,
         "librdkafka": expected_msgs},
    )
