"""Topic lifecycle as stock clients see it: AdminClient (librdkafka) and kafka-topics."""

from __future__ import annotations

import re
from typing import Any

from confluent_kafka import TopicCollection
from confluent_kafka.admin import NewPartitions, NewTopic

from compat_tests.clients import admin_client, future_outcome, topic_names, wait_until
from compat_tests.conftest import Check
from compat_tests.kafka_launcher import Target


def _describe(bootstrap: str, name: str) -> dict[str, Any]:
    meta = admin_client(bootstrap).list_topics(topic=name, timeout=10).topics[name]
    return {
        "error": meta.error.name() if meta.error is not None else None,
        "partitions": {
            str(pid): {"leader": p.leader, "replicas": list(p.replicas), "isrs": list(p.isrs)}
            for pid, p in sorted(meta.partitions.items())
        },
    }


def test_admin_topic_lifecycle(target: Target, check: Check, topic: str) -> None:
    admin = admin_client(target.bootstrap)
    observed: dict[str, Any] = {}
    futures = admin.create_topics(
        [
            NewTopic(topic, 3, 1, config={"retention.ms": "3600000"}),
            NewTopic(topic + "-zero", 0, 1),
            NewTopic(topic + "-rf2", 1, 2),
            NewTopic("bad topic name!", 1, 1),
        ],
        operation_timeout=30,
    )
    observed["create"] = future_outcome(futures[topic])
    observed["create_zero_partitions"] = future_outcome(futures[topic + "-zero"])
    observed["create_rf_above_brokers"] = future_outcome(futures[topic + "-rf2"])
    observed["create_invalid_name"] = future_outcome(futures["bad topic name!"])
    wait_until(lambda: topic in topic_names(target.bootstrap), what="topic listed")
    wait_until(lambda: all(p["leader"] >= 0 for p in _describe(target.bootstrap, topic)["partitions"].values()),
               what="leaders elected")
    observed["listed"] = topic in topic_names(target.bootstrap)
    observed["failed_creates_listed"] = sorted(
        n for n in topic_names(target.bootstrap) if n in (topic + "-zero", topic + "-rf2")
    )
    observed["describe"] = _describe(target.bootstrap, topic)
    again = admin.create_topics([NewTopic(topic, 3, 1)], operation_timeout=30)
    observed["create_again"] = future_outcome(again[topic])
    validate = admin.create_topics([NewTopic(topic + "-dry", 2, 1)], validate_only=True)
    observed["validate_only"] = future_outcome(validate[topic + "-dry"])
    observed["validate_only_listed"] = (topic + "-dry") in topic_names(target.bootstrap)

    grow = admin.create_partitions([NewPartitions(topic, 5)], operation_timeout=30)
    observed["create_partitions"] = future_outcome(grow[topic])
    shrink = admin.create_partitions([NewPartitions(topic, 2)], operation_timeout=30)
    observed["shrink_partitions"] = future_outcome(shrink[topic])
    same = admin.create_partitions([NewPartitions(topic, 5)], operation_timeout=30)
    observed["same_partition_count"] = future_outcome(same[topic])
    missing = admin.create_partitions([NewPartitions(topic + "-missing", 2)], operation_timeout=30)
    observed["create_partitions_unknown_topic"] = future_outcome(missing[topic + "-missing"])
    wait_until(lambda: len(_describe(target.bootstrap, topic)["partitions"]) == 5, what="5 partitions")
    observed["partitions_after_grow"] = len(_describe(target.bootstrap, topic)["partitions"])

    deleted = admin.delete_topics([topic, topic + "-missing"], operation_timeout=30)
    observed["delete"] = future_outcome(deleted[topic])
    observed["delete_unknown"] = future_outcome(deleted[topic + "-missing"])
    wait_until(lambda: topic not in topic_names(target.bootstrap), what="topic gone")
    observed["listed_after_delete"] = topic in topic_names(target.bootstrap)
    # DescribeTopics, not a metadata request: librdkafka's metadata path may auto-create it.
    described = admin.describe_topics(TopicCollection([topic]), request_timeout=30)
    observed["describe_after_delete"] = future_outcome(described[topic])

    one_replica = {"leader": 1, "replicas": [1], "isrs": [1]}
    check(
        "topics.admin_lifecycle",
        observed,
        {
            "create": "ok",
            "create_zero_partitions": "INVALID_PARTITIONS",
            "create_rf_above_brokers": "INVALID_REPLICATION_FACTOR",
            "create_invalid_name": "TOPIC_EXCEPTION",
            "listed": True,
            "failed_creates_listed": [],
            "describe": {"error": None, "partitions": {"0": one_replica, "1": one_replica, "2": one_replica}},
            "create_again": "TOPIC_ALREADY_EXISTS",
            "validate_only": "ok",
            "validate_only_listed": False,
            "create_partitions": "ok",
            "shrink_partitions": "INVALID_PARTITIONS",
            "same_partition_count": "INVALID_PARTITIONS",
            "create_partitions_unknown_topic": "UNKNOWN_TOPIC_OR_PART",
            "partitions_after_grow": 5,
            "delete": "ok",
            "delete_unknown": "UNKNOWN_TOPIC_OR_PART",
            "listed_after_delete": False,
            "describe_after_delete": "UNKNOWN_TOPIC_OR_PART",
        },
    )


def _normalise_describe(stdout: str) -> list[str]:
    """kafka-topics --describe without the random topic id and with the topic name generic."""
    lines = []
    for line in stdout.splitlines():
        if not line.strip():
            continue
        line = re.sub(r"TopicId: \S+", "TopicId: <id>", line)
        line = re.sub(r"Topic: \S+", "Topic: <topic>", line)
        # The order of "Configs:" follows the broker's DescribeConfigs order (a hash order in
        # Kafka); the set is what matters.
        line = re.sub(r"Configs: (\S+)", lambda m: "Configs: " + ",".join(sorted(m.group(1).split(","))), line)
        lines.append(line.strip())
    return lines


def test_kafka_topics_cli(target: Target, check: Check, topic: str, tools: None) -> None:
    bs = ("--bootstrap-server", target.bootstrap)
    created = target.run_tool("kafka-topics", *bs, "--create", "--topic", topic, "--partitions", "2",
                              "--replication-factor", "1", "--config", "cleanup.policy=compact")
    altered = target.run_tool("kafka-topics", *bs, "--alter", "--topic", topic, "--partitions", "3")
    listed = target.run_tool("kafka-topics", *bs, "--list")
    described = target.run_tool("kafka-topics", *bs, "--describe", "--topic", topic)
    deleted = target.run_tool("kafka-topics", *bs, "--delete", "--topic", topic)
    observed = {
        "create": [created.returncode, created.stdout.strip().replace(topic, "<topic>")],
        "alter": [altered.returncode, altered.stdout.strip()],
        "list_contains": topic in listed.lines,
        "describe": [described.returncode, _normalise_describe(described.stdout)],
        "delete": [deleted.returncode, deleted.stdout.strip()],
    }
    check(
        "topics.kafka_topics_cli",
        observed,
        {
            "create": [0, "Created topic <topic>."],
            "alter": [0, ""],
            "list_contains": True,
            "describe": [
                0,
                [
                    "Topic: <topic>\tTopicId: <id>\tPartitionCount: 3\tReplicationFactor: 1\t"
                    "Configs: cleanup.policy=compact,min.insync.replicas=1",
                    "Topic: <topic>\tPartition: 0\tLeader: 1\tReplicas: 1\tIsr: 1\tElr: \tLastKnownElr:",
                    "Topic: <topic>\tPartition: 1\tLeader: 1\tReplicas: 1\tIsr: 1\tElr: \tLastKnownElr:",
                    "Topic: <topic>\tPartition: 2\tLeader: 1\tReplicas: 1\tIsr: 1\tElr: \tLastKnownElr:",
                ],
            ],
            "delete": [0, ""],
        },
    )
