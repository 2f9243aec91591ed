"""DescribeConfigs rows, topic-config validation and effective topic configs (Kafka's ConfigHelper rules)."""

from __future__ import annotations

import pytest

from kpybroker.config import TopicConfigError, load_config
from kpybroker.config_defs import (
    TOPIC_CONFIG_DEFS,
    ConfigEntry,
    ConfigSource,
    ConfigType,
    describe_broker_config,
    describe_topic_config,
    effective_topic_configs,
    java_double_str,
    validate_topic_configs,
)

DEFAULT = int(ConfigSource.DEFAULT_CONFIG)
STATIC = int(ConfigSource.STATIC_BROKER_CONFIG)
TOPIC = int(ConfigSource.TOPIC_CONFIG)


def _by_name(entries: list[ConfigEntry]) -> dict[str, ConfigEntry]:
    return {e.name: e for e in entries}


def test_topic_config_names_are_kafka_4() -> None:
    names = set(TOPIC_CONFIG_DEFS)
    assert len(names) == 33
    assert {"retention.ms", "segment.bytes", "cleanup.policy", "remote.log.copy.disable"} <= names
    # Removed in Kafka 4.0.
    assert not names & {"message.format.version", "message.downconversion.enable", "message.timestamp.difference.max.ms"}


def test_unset_topic_config_defaults() -> None:
    entries = _by_name(describe_topic_config({}, load_config(), include_synonyms=True))
    assert len(entries) == 33
    retention = entries["retention.ms"]
    assert (retention.value, retention.source, retention.is_default) == ("604800000", DEFAULT, True)
    # ConfigHelper drops synonyms before log.retention.ms, which has no default: none remain.
    assert retention.synonyms == []
    assert retention.config_type == ConfigType.LONG
    assert not retention.read_only and not retention.sensitive
    seg = entries["segment.bytes"]
    assert seg.value == "1073741824"
    assert seg.synonyms == [("log.segment.bytes", "1073741824", DEFAULT)]
    assert entries["segment.ms"].synonyms == []
    assert entries["flush.ms"].value == "9223372036854775807"
    assert entries["max.message.bytes"].synonyms == [("message.max.bytes", "1048588", DEFAULT)]
    assert entries["cleanup.policy"].value == "delete"
    assert entries["cleanup.policy"].config_type == ConfigType.LIST
    assert entries["min.cleanable.dirty.ratio"].value == "0.5"
    assert entries["leader.replication.throttled.replicas"].value == ""
    assert entries["remote.storage.enable"].synonyms == []
    assert entries["message.timestamp.after.max.ms"].value == "3600000"


def test_topic_override_comes_first() -> None:
    entries = _by_name(
        describe_topic_config({"retention.ms": "1000", "cleanup.policy": "compact, delete"}, load_config(), True)
    )
    assert entries["retention.ms"].value == "1000"
    assert entries["retention.ms"].source == TOPIC
    assert entries["retention.ms"].synonyms == [("retention.ms", "1000", TOPIC)]
    assert entries["cleanup.policy"].value == "compact,delete"
    assert entries["cleanup.policy"].synonyms == [
        ("cleanup.policy", "compact,delete", TOPIC),
        ("log.cleanup.policy", "delete", DEFAULT),
    ]
    assert not entries["cleanup.policy"].is_default


def test_static_broker_values_feed_topic_defaults() -> None:
    cfg = load_config(overrides=["log.retention.ms=5000", "log.segment.bytes=2097152", "log.retention.hours=1"])
    entries = _by_name(describe_topic_config({}, cfg, True))
    assert entries["retention.ms"].value == "5000"
    assert entries["retention.ms"].source == STATIC
    assert entries["retention.ms"].synonyms == [
        ("log.retention.ms", "5000", STATIC),
        ("log.retention.hours", "1", STATIC),
        ("log.retention.hours", "168", DEFAULT),
    ]
    assert entries["segment.bytes"].synonyms == [
        ("log.segment.bytes", "2097152", STATIC),
        ("log.segment.bytes", "1073741824", DEFAULT),
    ]


def test_hours_only_broker_retention_reports_default_source() -> None:
    # Kafka quirk kept on purpose: the value follows log.retention.hours but source stays DEFAULT_CONFIG.
    entry = _by_name(describe_topic_config({}, load_config(overrides=["log.retention.hours=1"]), True))["retention.ms"]
    assert (entry.value, entry.source, entry.synonyms) == ("3600000", DEFAULT, [])


def test_without_synonyms() -> None:
    entries = _by_name(describe_topic_config({"retention.ms": "1"}, load_config(), include_synonyms=False))
    assert entries["retention.ms"].synonyms == []
    assert entries["retention.ms"].source == TOPIC


def test_broker_describe() -> None:
    cfg = load_config(overrides=["num.partitions=3", "foo.unknown=x"])
    entries = _by_name(describe_broker_config(cfg, include_synonyms=True))
    num = entries["num.partitions"]
    assert (num.value, num.source, num.read_only) == ("3", STATIC, True)
    assert num.synonyms == [("num.partitions", "3", STATIC), ("num.partitions", "1", DEFAULT)]
    retention_ms = entries["log.retention.ms"]
    assert (retention_ms.value, retention_ms.source, retention_ms.read_only) == (None, DEFAULT, False)
    hours = entries["log.retention.hours"]
    assert (hours.value, hours.read_only) == ("168", True)
    assert hours.synonyms == [("log.retention.hours", "168", DEFAULT)]
    assert entries["message.max.bytes"].read_only is False
    assert entries["log.cleaner.min.cleanable.ratio"].value == "0.5"
    assert entries["log.cleaner.io.max.bytes.per.second"].value == "1.7976931348623157E308"
    unknown = entries["foo.unknown"]
    assert (unknown.value, unknown.sensitive, unknown.config_type, unknown.source) == (
        None, True, ConfigType.UNKNOWN, STATIC,
    )
    assert entries["ssl.keystore.password"].sensitive


def test_effective_topic_configs() -> None:
    cfg = load_config(overrides=["log.roll.hours=1", "log.cleanup.policy=compact"])
    eff = effective_topic_configs({"retention.bytes": "10", "min.cleanable.dirty.ratio": "0.25"}, cfg)
    assert eff["segment.ms"] == "3600000"
    assert eff["cleanup.policy"] == "compact"
    assert eff["retention.bytes"] == "10"
    assert eff["retention.ms"] == "604800000"
    assert eff["min.cleanable.dirty.ratio"] == "0.25"
    assert set(eff) == set(TOPIC_CONFIG_DEFS)


@pytest.mark.parametrize(
    ("configs", "name", "message"),
    [
        ({"foo": "1"}, "foo", "Unknown topic config name: foo"),
        ({"retention.ms": "abc"}, "retention.ms", "Invalid value abc for configuration retention.ms: Not a number of type LONG"),
        ({"retention.ms": "-2"}, "retention.ms", "Value must be at least -1"),
        ({"cleanup.policy": "compact,bogus"}, "cleanup.policy", "String must be one of: compact, delete"),
        ({"segment.bytes": "100"}, "segment.bytes", "Value must be at least 1048576"),
        ({"min.insync.replicas": "0"}, "min.insync.replicas", "Value must be at least 1"),
        ({"retention.ms": None}, "retention.ms", "Null value not supported for topic configs: retention.ms"),
        (
            {"min.compaction.lag.ms": "10", "max.compaction.lag.ms": "5"},
            "min.compaction.lag.ms",
            "conflict topic config setting min.compaction.lag.ms (10) > max.compaction.lag.ms (5)",
        ),
        ({"remote.storage.enable": "true"}, "remote.storage.enable", "Tiered Storage functionality is disabled"),
    ],
)
def test_validate_topic_configs_rejects(configs: dict[str, str | None], name: str, message: str) -> None:
    with pytest.raises(TopicConfigError) as info:
        validate_topic_configs(configs)
    assert info.value.name == name
    assert message in info.value.message


def test_validate_topic_configs_accepts() -> None:
    validate_topic_configs({"retention.ms": "-1", "cleanup.policy": "compact", "compression.type": "zstd"})
    validate_topic_configs({}, load_config())


@pytest.mark.parametrize(
    ("value", "text"),
    [(0.5, "0.5"), (1.0, "1.0"), (1e7, "1.0E7"), (0.0001, "1.0E-4"), (0.001, "0.001"), (1.7976931348623157e308, "1.7976931348623157E308")],
)
def test_java_double_format(value: float, text: str) -> None:
    assert java_double_str(value) == text
