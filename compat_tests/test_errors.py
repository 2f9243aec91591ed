"""Errors exactly as stock clients report them: unknown topics, auto-creation, oversized records."""

from __future__ import annotations

import time
from typing import Any

from confluent_kafka import Consumer

from compat_tests.clients import (
    admin_client,
    create_topic,
    error_name,
    produce,
    quiet_logger,
    topic_names,
    wait_until,
)
from compat_tests.conftest import Check
from compat_tests.kafka_launcher import Target


def _first_consumer_event(bootstrap: str, topic: str, allow_auto_create: bool, timeout_s: float = 15.0) -> str:
    """Subscribe and report the first error the consumer surfaces ('none' if it sees none)."""
    consumer = Consumer(
        {
            "bootstrap.servers": bootstrap,
            "group.id": f"compat-{topic}",
            "allow.auto.create.topics": allow_auto_create,
            "topic.metadata.refresh.interval.ms": 1000,
            "logger": quiet_logger(),
        }
    )
    try:
        consumer.subscribe([topic])
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            msg = consumer.poll(0.5)
            if msg is not None and msg.error() is not None:
                return error_name(msg.error()) or "?"
            if allow_auto_create and topic in topic_names(bootstrap):
                return "none"
        return "none"
    finally:
        consumer.close()


def test_unknown_topic_and_auto_create(target: Target, check: Check, topic: str) -> None:
    missing = topic + "-missing"
    observed: dict[str, Any] = {}
    observed["consumer_no_auto_create"] = _first_consumer_event(target.bootstrap, missing, allow_auto_create=False)
    observed["created_by_consumer_without_auto_create"] = missing in topic_names(target.bootstrap)
    delivery = produce(
        target.bootstrap,
        missing,
        [{"value": b"x"}],
        {"allow.auto.create.topics": False, "topic.metadata.propagation.max.ms": 2000, "message.timeout.ms": 8000},
    )[0]
    observed["producer_no_auto_create"] = delivery.error
    observed["created_by_producer_without_auto_create"] = missing in topic_names(target.bootstrap)

    # The broker's auto.create.topics.enable defaults to true: a metadata request that allows
    # auto-creation creates the topic with num.partitions (1 here).
    auto = topic + "-auto"
    produced = produce(target.bootstrap, auto, [{"value": b"y"}], {"message.timeout.ms": 20000})[0]
    observed["producer_auto_create"] = [produced.error, produced.partition, produced.offset]
    wait_until(lambda: auto in topic_names(target.bootstrap), what="auto-created topic listed")
    meta = admin_client(target.bootstrap).list_topics(topic=auto, timeout=10).topics[auto]
    observed["auto_created_partitions"] = len(meta.partitions)
    check(
        "errors.unknown_topic",
        observed,
        {
            "consumer_no_auto_create": "UNKNOWN_TOPIC_OR_PART",
            "created_by_consumer_without_auto_create": False,
            "producer_no_auto_create": "UNKNOWN_TOPIC_OR_PART",
            "created_by_producer_without_auto_create": False,
            "producer_auto_create": [None, 0, 0],
            "auto_created_partitions": 1,
        },
    )


def test_record_over_max_message_bytes(target: Target, check: Check, topic: str) -> None:
    from kafka import KafkaProducer  # noqa: PLC0415

    create_topic(target.bootstrap, topic, config={"max.message.bytes": "1024"})
    small, big = b"s" * 500, b"B" * 4000
    librdkafka = produce(target.bootstrap, topic, [{"value": small, "partition": 0}])
    librdkafka += produce(target.bootstrap, topic, [{"value": big, "partition": 0}],
                          {"compression.type": "none", "message.send.max.retries": 0})
    producer = KafkaProducer(bootstrap_servers=target.bootstrap, retries=0)
    kafka_python = []
    try:
        for value in (small, big):
            try:
                meta = producer.send(topic, value=value, partition=0).get(timeout=30)
                kafka_python.append(["ok", meta.offset])
            except Exception as exc:  # noqa: BLE001 - the client's error class is the observation
                kafka_python.append([type(exc).__name__, -1])
    finally:
        producer.close(timeout=10)
    check(
        "errors.message_too_large",
        {"librdkafka": [[d.error, d.offset] for d in librdkafka], "kafka_python": kafka_python},
        {
            "librdkafka": [[None, 0], ["MSG_SIZE_TOO_LARGE", -1]],
            "kafka_python": [["ok", 1], ["MessageSizeTooLargeError", -1]],
        },
    )
