"""DescribeConfigs / IncrementalAlterConfigs via AdminClient, and kafka-configs."""

from __future__ import annotations

from typing import Any

from confluent_kafka.admin import AlterConfigOpType, ConfigEntry, ConfigResource, ConfigSource, ResourceType

from compat_tests.clients import admin_client, create_topic, future_outcome
from compat_tests.conftest import Check
from compat_tests.kafka_launcher import Target

TOPIC_KEYS = (
    "cleanup.policy",
    "compression.type",
    "max.message.bytes",
    "message.timestamp.type",
    "min.insync.replicas",
    "retention.bytes",
    "retention.ms",
    "segment.bytes",
    "unclean.leader.election.enable",
)
BROKER_KEYS = ("auto.create.topics.enable", "log.retention.hours", "message.max.bytes", "num.partitions")


def _describe(bootstrap: str, resource: ConfigResource) -> dict[str, ConfigEntry]:
    admin = admin_client(bootstrap)  # must outlive the future, or librdkafka aborts it
    futures = admin.describe_configs([resource], request_timeout=30)
    return dict(next(iter(futures.values())).result(timeout=30))


def _entry(entry: ConfigEntry) -> dict[str, Any]:
    return {
        "value": entry.value,
        "source": ConfigSource(entry.source).name,
        "read_only": entry.is_read_only,
        "sensitive": entry.is_sensitive,
    }


def test_describe_and_alter_configs(target: Target, check: Check, topic: str) -> None:
    create_topic(target.bootstrap, topic, config={"retention.ms": "3600000", "max.message.bytes": "2048"})
    resource = ConfigResource(ResourceType.TOPIC, topic)
    entries = _describe(target.bootstrap, resource)
    broker = _describe(target.bootstrap, ConfigResource(ResourceType.BROKER, "1"))

    admin = admin_client(target.bootstrap)

    def alter(*ops: ConfigEntry) -> str:
        res = ConfigResource(ResourceType.TOPIC, topic, incremental_configs=list(ops))
        return future_outcome(next(iter(admin.incremental_alter_configs([res]).values())))

    set_delete = alter(
        ConfigEntry("retention.ms", "7200000", incremental_operation=AlterConfigOpType.SET),
        ConfigEntry("max.message.bytes", "", incremental_operation=AlterConfigOpType.DELETE),
        ConfigEntry("cleanup.policy", "compact", incremental_operation=AlterConfigOpType.APPEND),
    )
    bad_value = alter(ConfigEntry("segment.bytes", "not-a-number", incremental_operation=AlterConfigOpType.SET))
    unknown_key = alter(ConfigEntry("no.such.config", "1", incremental_operation=AlterConfigOpType.SET))
    after = _describe(target.bootstrap, resource)
    missing = ConfigResource(ResourceType.TOPIC, topic + "-missing")
    missing_outcome = future_outcome(next(iter(admin.describe_configs([missing], request_timeout=30).values())))

    observed = {
        "topic_config_names": sorted(entries),
        "topic": {key: _entry(entries[key]) for key in TOPIC_KEYS},
        "broker": {key: _entry(broker[key]) for key in BROKER_KEYS},
        "alter_set_delete_append": set_delete,
        "alter_bad_value": bad_value,
        "alter_unknown_key": unknown_key,
        "after": {key: _entry(after[key]) for key in ("retention.ms", "max.message.bytes", "cleanup.policy",
                                                       "segment.bytes")},
        "describe_unknown_topic": missing_outcome,
    }

    def default(value: str) -> dict[str, Any]:
        return {"value": value, "source": "DEFAULT_CONFIG", "read_only": False, "sensitive": False}

    def dynamic(value: str) -> dict[str, Any]:
        return {"value": value, "source": "DYNAMIC_TOPIC_CONFIG", "read_only": False, "sensitive": False}

    check(
        "configs.describe_alter",
        observed,
        {
            "topic_config_names": EXPECTED_TOPIC_CONFIG_NAMES,
            "topic": {
                "cleanup.policy": default("delete"),
                "compression.type": default("producer"),
                "max.message.bytes": dynamic("2048"),
                "message.timestamp.type": default("CreateTime"),
                "min.insync.replicas": {"value": "1", "source": "DYNAMIC_DEFAULT_BROKER_CONFIG",
                                        "read_only": False, "sensitive": False},
                "retention.bytes": default("-1"),
                "retention.ms": dynamic("3600000"),
                "segment.bytes": default("1073741824"),
                "unclean.leader.election.enable": default("false"),
            },
            "broker": {
                "auto.create.topics.enable": {"value": "true", "source": "DEFAULT_CONFIG", "read_only": True,
                                              "sensitive": False},
                "log.retention.hours": {"value": "168", "source": "DEFAULT_CONFIG", "read_only": True,
                                        "sensitive": False},
                "message.max.bytes": {"value": "1048588", "source": "DEFAULT_CONFIG", "read_only": False,
                                      "sensitive": False},
                "num.partitions": {"value": "1", "source": "STATIC_BROKER_CONFIG", "read_only": True,
                                   "sensitive": False},
            },
            "alter_set_delete_append": "ok",
            "alter_bad_value": "INVALID_CONFIG",
            "alter_unknown_key": "INVALID_CONFIG",
            "after": {
                "retention.ms": dynamic("7200000"),
                "max.message.bytes": default("1048588"),
                "cleanup.policy": dynamic("delete,compact"),
                "segment.bytes": default("1073741824"),
            },
            "describe_unknown_topic": "UNKNOWN_TOPIC_OR_PART",
        },
    )


def test_kafka_configs_cli(target: Target, check: Check, topic: str, tools: None) -> None:
    create_topic(target.bootstrap, topic, config={"retention.ms": "3600000"})
    entity = ("--bootstrap-server", target.bootstrap, "--entity-type", "topics", "--entity-name", topic)
    before = target.run_tool("kafka-configs", *entity, "--describe")
    altered = target.run_tool("kafka-configs", *entity, "--alter", "--add-config",
                              "retention.bytes=1048576,segment.ms=600000", "--delete-config", "retention.ms")
    after = target.run_tool("kafka-configs", *entity, "--describe")

    def norm(text: str) -> list[str]:
        return [line.strip().replace(topic, "<topic>") for line in text.splitlines() if line.strip()]

    check(
        "configs.kafka_configs_cli",
        {"describe_before": [before.returncode, norm(before.stdout)],
         "alter": [altered.returncode, norm(altered.stdout)],
         "describe_after": [after.returncode, sorted(norm(after.stdout))]},
        {
            "describe_before": [0, [
                "Dynamic configs for topic <topic> are:",
                "retention.ms=3600000 sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:retention.ms=3600000}",
            ]],
            "alter": [0, ["Completed updating config for topic <topic>."]],
            "describe_after": [0, sorted([
                "Dynamic configs for topic <topic> are:",
                "retention.bytes=1048576 sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:retention.bytes=1048576, "
                "DEFAULT_CONFIG:log.retention.bytes=-1}",
                "segment.ms=600000 sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:segment.ms=600000}",
            ])],
        },
    )


# Every topic config Kafka 4.3.1 describes for a topic, in name order.
EXPECTED_TOPIC_CONFIG_NAMES: list[str] = [
    "cleanup.policy",
    "compression.gzip.level",
    "compression.lz4.level",
    "compression.type",
    "compression.zstd.level",
    "delete.retention.ms",
    "file.delete.delay.ms",
    "flush.messages",
    "flush.ms",
    "follower.replication.throttled.replicas",
    "index.interval.bytes",
    "leader.replication.throttled.replicas",
    "local.retention.bytes",
    "local.retention.ms",
    "max.compaction.lag.ms",
    "max.message.bytes",
    "message.timestamp.after.max.ms",
    "message.timestamp.before.max.ms",
    "message.timestamp.type",
    "min.cleanable.dirty.ratio",
    "min.compaction.lag.ms",
    "min.insync.replicas",
    "preallocate",
    "remote.log.copy.disable",
    "remote.log.delete.on.disable",
    "remote.storage.enable",
    "retention.bytes",
    "retention.ms",
    "segment.bytes",
    "segment.index.bytes",
    "segment.jitter.ms",
    "segment.ms",
    "unclean.leader.election.enable",
]
