"""Durability across a clean restart: records, offsets and topic configs survive."""

from __future__ import annotations

import pytest
from confluent_kafka.admin import ConfigResource, ResourceType

from compat_tests.clients import admin_client, consume_partition, create_topic, produce, wait_until
from compat_tests.conftest import Check
from compat_tests.kafka_launcher import ExternalKafka, Target


def test_data_survives_restart(target: Target, check: Check, topic: str) -> None:
    if isinstance(target, ExternalKafka):
        pytest.skip("cannot restart an external cluster (KAFKA_BOOTSTRAP)")
    create_topic(target.bootstrap, topic, partitions=2, config={"retention.ms": "86400000"})
    first = produce(target.bootstrap, topic, [{"key": b"k%d" % i, "value": b"v%d" % i, "partition": i % 2}
                                              for i in range(6)], {"compression.type": "lz4"})
    target.restart()
    wait_until(lambda: topic in admin_client(target.bootstrap).list_topics(timeout=10).topics, what="topic back")
    second = produce(target.bootstrap, topic, [{"key": b"after", "value": b"restart", "partition": 0}])
    consumed = [[m.partition(), m.offset(), m.key().decode(), m.value().decode()]
                for p in (0, 1) for m in consume_partition(target.bootstrap, topic, p, 4 if p == 0 else 3)]
    admin = admin_client(target.bootstrap)
    futures = admin.describe_configs([ConfigResource(ResourceType.TOPIC, topic)], request_timeout=30)
    retention = next(iter(futures.values())).result(timeout=30)["retention.ms"].value
    check(
        "restart.durability",
        {"before": [[d.error, d.partition, d.offset] for d in first],
         "after": [[d.error, d.partition, d.offset] for d in second],
         "consumed": consumed, "retention.ms": retention},
        {
            "before": [[None, i % 2, i // 2] for i in range(6)],
            "after": [[None, 0, 3]],
            "consumed": [[0, 0, "k0", "v0"], [0, 1, "k2", "v2"], [0, 2, "k4", "v4"], [0, 3, "after", "restart"],
                         [1, 0, "k1", "v1"], [1, 1, "k3", "v3"], [1, 2, "k5", "v5"]],
            "retention.ms": "86400000",
        },
    )
