"""Broker and topic configuration definitions, as data.

Every configuration the broker understands is one `ConfigDef` row: Kafka's name, its
`ConfigDef.Type`, its default (as a parsed Python value), an optional validator, and
whether Kafka can change it at runtime (`DynamicBrokerConfig.AllDynamicConfigs`). The
same rows drive parsing (`kpybroker.config`), topic-config validation (CreateTopics,
AlterConfigs) and DescribeConfigs, so the three can never disagree.

The describe functions reproduce Kafka 4.x's `ConfigHelper` rules exactly, including
its quirks (e.g. `allSynonyms.dropWhile(_.name != serverName)`, which is why an unset
topic `retention.ms` reports no synonyms at all rather than `log.retention.hours`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import IntEnum
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kpybroker.config import BrokerConfig

INT_MIN, INT_MAX = -(2**31), 2**31 - 1
SHORT_MIN, SHORT_MAX = -(2**15), 2**15 - 1
LONG_MIN, LONG_MAX = -(2**63), 2**63 - 1
DOUBLE_MAX = 1.7976931348623157e308
MS_PER_MINUTE = 60 * 1000
MS_PER_HOUR = 60 * MS_PER_MINUTE


class ConfigError(Exception):
    """An invalid broker configuration value; `key` names the offending configuration."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key
        self.message = message

    @classmethod
    def invalid(cls, key: str, value: object, reason: str | None = None) -> ConfigError:
        # Same wording as Kafka's ConfigException(name, value, message).
        text = f"Invalid value {value} for configuration {key}"
        return cls(key, text + (f": {reason}" if reason else ""))


class TopicConfigError(Exception):
    """A topic configuration Kafka would reject with INVALID_CONFIG (error code 40)."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(message)
        self.name = name
        self.message = message


class ConfigType(IntEnum):
    """`DescribeConfigsResponse.ConfigType` ids (the wire's ConfigType field)."""

    UNKNOWN = 0
    BOOLEAN = 1
    STRING = 2
    INT = 3
    SHORT = 4
    LONG = 5
    DOUBLE = 6
    LIST = 7
    CLASS = 8
    PASSWORD = 9


class ConfigSource(IntEnum):
    """`DescribeConfigsResponse.ConfigSource` ids (the wire's ConfigSource / synonym Source)."""

    UNKNOWN = 0
    TOPIC_CONFIG = 1  # AdminClient calls it DYNAMIC_TOPIC_CONFIG
    DYNAMIC_BROKER_CONFIG = 2
    DYNAMIC_DEFAULT_BROKER_CONFIG = 3
    STATIC_BROKER_CONFIG = 4
    DEFAULT_CONFIG = 5
    DYNAMIC_BROKER_LOGGER_CONFIG = 6
    CLIENT_METRICS_CONFIG = 7
    GROUP_CONFIG = 8


# --------------------------------------------------------------------------- validators


@dataclass(frozen=True, slots=True)
class Range:
    """Kafka's `ConfigDef.Range` (`atLeast` / `between`)."""

    min: float | None = None
    max: float | None = None

    def check(self, name: str, value: object, raw: str) -> None:
        if value is None or not isinstance(value, int | float):
            return
        if self.min is not None and value < self.min:
            raise ConfigError.invalid(name, raw, f"Value must be at least {_num(self.min)}")
        if self.max is not None and value > self.max:
            raise ConfigError.invalid(name, raw, f"Value must be no more than {_num(self.max)}")


@dataclass(frozen=True, slots=True)
class OneOf:
    """Kafka's `ValidString.in` (case-sensitive) or `ValidList.in` for LIST types."""

    choices: tuple[str, ...]

    def check(self, name: str, value: object, raw: str) -> None:
        items = value if isinstance(value, tuple) else (value,)
        for item in items:
            if item is not None and item not in self.choices:
                joined = ", ".join(self.choices)
                raise ConfigError.invalid(name, item, f"String must be one of: {joined}")


@dataclass(frozen=True, slots=True)
class OneOfIgnoreCase:
    """Kafka's `CaseInsensitiveValidString`."""

    choices: tuple[str, ...]

    def check(self, name: str, value: object, raw: str) -> None:
        if value is None:
            return
        if str(value).lower() not in {c.lower() for c in self.choices}:
            joined = ", ".join(self.choices)
            raise ConfigError.invalid(name, value, f"String must be one of (case insensitive): {joined}")


Validator = Range | OneOf | OneOfIgnoreCase


def _num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else java_double_str(float(n))


# --------------------------------------------------------------------------- definitions


@dataclass(frozen=True, slots=True)
class ConfigDef:
    """One configuration: Kafka name, type, parsed default (None = no default)."""

    name: str
    type: ConfigType
    default: object = None
    validator: Validator | None = None
    dynamic: bool = False
    doc: str | None = None

    @property
    def sensitive(self) -> bool:
        # KafkaConfig.maybeSensitive: PASSWORD, or unknown type (it might be a secret).
        return self.type in (ConfigType.PASSWORD, ConfigType.UNKNOWN)


def parse_value(cdef: ConfigDef, raw: object) -> object:
    """Parse a raw (string) value like Kafka's `ConfigDef.parseType`, then validate it."""
    value = _parse_type(cdef.name, cdef.type, raw)
    if cdef.validator is not None:
        cdef.validator.check(cdef.name, value, str(raw).strip())
    return value


_INT_RE = re.compile(r"[+-]?[0-9]+\Z")
_DOUBLE_RE = re.compile(r"[+-]?(NaN|Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)[dDfF]?\Z")


def _parse_type(name: str, ctype: ConfigType, raw: object) -> object:
    if raw is None:
        return None
    if not isinstance(raw, str):
        return raw
    text = raw.strip()
    if ctype is ConfigType.BOOLEAN:
        if text.lower() == "true":
            return True
        if text.lower() == "false":
            return False
        raise ConfigError.invalid(name, text, "Expected value to be either true or false")
    if ctype in (ConfigType.INT, ConfigType.SHORT, ConfigType.LONG):
        lo, hi = {
            ConfigType.INT: (INT_MIN, INT_MAX),
            ConfigType.SHORT: (SHORT_MIN, SHORT_MAX),
            ConfigType.LONG: (LONG_MIN, LONG_MAX),
        }[ctype]
        if not _INT_RE.match(text) or not lo <= int(text) <= hi:
            raise ConfigError.invalid(name, text, f"Not a number of type {ctype.name}")
        return int(text)
    if ctype is ConfigType.DOUBLE:
        if not _DOUBLE_RE.match(text):
            raise ConfigError.invalid(name, text, "Not a number of type DOUBLE")
        return float(text.rstrip("dDfF").replace("Infinity", "inf"))
    if ctype is ConfigType.LIST:
        if text == "":
            return ()
        return tuple(part for part in re.split(r"\s*,\s*", text))
    return text if ctype is not ConfigType.PASSWORD else raw


def java_double_str(value: float) -> str:
    """`Double.toString`: plain notation in [1e-3, 1e7), else `d.dddE<exp>`."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "-0.0" if math.copysign(1.0, value) < 0 else "0.0"
    # repr is the shortest string that round-trips, which is what Java prints too.
    sign, digits, exponent = Decimal(repr(value)).as_tuple()
    text = "".join(str(d) for d in digits).rstrip("0") or "0"
    point = len(digits) + int(exponent)  # position of the decimal point in `digits`
    prefix = "-" if sign else ""
    if 1e-3 <= abs(value) < 1e7:
        if point <= 0:
            return f"{prefix}0.{'0' * -point}{text}"
        whole, frac = text[:point].ljust(point, "0"), text[point:]
        return f"{prefix}{whole}.{frac or '0'}"
    return f"{prefix}{text[0]}.{text[1:] or '0'}E{point - 1}"


def value_to_string(ctype: ConfigType, value: object) -> str | None:
    """Kafka's `ConfigDef.convertToString` for a parsed value."""
    if value is None:
        return None
    if ctype is ConfigType.LIST and isinstance(value, tuple | list):
        return ",".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return java_double_str(value)
    return str(value)


def _d(
    name: str,
    ctype: ConfigType,
    default: object = None,
    validator: Validator | None = None,
    *,
    dynamic: bool = False,
    doc: str | None = None,
) -> ConfigDef:
    return ConfigDef(name, ctype, default, validator, dynamic, doc)


T = ConfigType
AT_LEAST_0 = Range(0)
AT_LEAST_1 = Range(1)
SECURITY_PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
COMPRESSION_TYPES = ("uncompressed", "zstd", "lz4", "snappy", "gzip", "producer")
TIMESTAMP_TYPES = ("CreateTime", "LogAppendTime")
CLEANUP_POLICIES = ("compact", "delete")
DEFAULT_SECURITY_PROTOCOL_MAP = "SASL_SSL:SASL_SSL,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT"

# Topic configs (Kafka 4.x `LogConfig` CONFIG, non-internal). message.format.version,
# message.downconversion.enable and message.timestamp.difference.max.ms were removed in 4.0.
TOPIC_CONFIG_DEFS: Mapping[str, ConfigDef] = {
    d.name: d
    for d in (
        _d("cleanup.policy", T.LIST, ("delete",), OneOf(CLEANUP_POLICIES)),
        _d("compression.gzip.level", T.INT, -1, Range(-1, 9)),
        _d("compression.lz4.level", T.INT, 9, Range(1, 17)),
        _d("compression.type", T.STRING, "producer", OneOf(COMPRESSION_TYPES)),
        _d("compression.zstd.level", T.INT, 3, Range(-131072, 22)),
        _d("delete.retention.ms", T.LONG, 86400000, AT_LEAST_0),
        _d("file.delete.delay.ms", T.LONG, 60000, AT_LEAST_0),
        _d("flush.messages", T.LONG, LONG_MAX, AT_LEAST_1),
        _d("flush.ms", T.LONG, LONG_MAX, AT_LEAST_0),
        _d("follower.replication.throttled.replicas", T.LIST, ()),
        _d("index.interval.bytes", T.INT, 4096, AT_LEAST_0),
        _d("leader.replication.throttled.replicas", T.LIST, ()),
        _d("local.retention.bytes", T.LONG, -2, Range(-2)),
        _d("local.retention.ms", T.LONG, -2, Range(-2)),
        _d("max.compaction.lag.ms", T.LONG, LONG_MAX, AT_LEAST_1),
        _d("max.message.bytes", T.INT, 1048588, AT_LEAST_0),
        _d("message.timestamp.after.max.ms", T.LONG, 3600000, AT_LEAST_0),
        _d("message.timestamp.before.max.ms", T.LONG, LONG_MAX, AT_LEAST_0),
        _d("message.timestamp.type", T.STRING, "CreateTime", OneOf(TIMESTAMP_TYPES)),
        _d("min.cleanable.dirty.ratio", T.DOUBLE, 0.5, Range(0, 1)),
        _d("min.compaction.lag.ms", T.LONG, 0, AT_LEAST_0),
        _d("min.insync.replicas", T.INT, 1, AT_LEAST_1),
        _d("preallocate", T.BOOLEAN, False),
        _d("remote.log.copy.disable", T.BOOLEAN, False),
        _d("remote.log.delete.on.disable", T.BOOLEAN, False),
        _d("remote.storage.enable", T.BOOLEAN, False),
        _d("retention.bytes", T.LONG, -1),
        _d("retention.ms", T.LONG, 604800000, Range(-1)),
        _d("segment.bytes", T.INT, 1073741824, Range(1024 * 1024)),
        _d("segment.index.bytes", T.INT, 10485760, Range(4)),
        _d("segment.jitter.ms", T.LONG, 0, AT_LEAST_0),
        _d("segment.ms", T.LONG, 604800000, AT_LEAST_1),
        _d("unclean.leader.election.enable", T.BOOLEAN, False),
    )
}

# topic config -> broker synonyms, highest priority first (ServerTopicConfigSynonyms),
# each with the factor that turns the broker value into the topic's unit.
TOPIC_CONFIG_SYNONYMS: Mapping[str, tuple[tuple[str, int], ...]] = {
    "segment.bytes": (("log.segment.bytes", 1),),
    "segment.ms": (("log.roll.ms", 1), ("log.roll.hours", MS_PER_HOUR)),
    "segment.jitter.ms": (("log.roll.jitter.ms", 1), ("log.roll.jitter.hours", MS_PER_HOUR)),
    "segment.index.bytes": (("log.index.size.max.bytes", 1),),
    "flush.messages": (("log.flush.interval.messages", 1),),
    "flush.ms": (("log.flush.interval.ms", 1), ("log.flush.scheduler.interval.ms", 1)),
    "retention.bytes": (("log.retention.bytes", 1),),
    "retention.ms": (
        ("log.retention.ms", 1),
        ("log.retention.minutes", MS_PER_MINUTE),
        ("log.retention.hours", MS_PER_HOUR),
    ),
    "max.message.bytes": (("message.max.bytes", 1),),
    "index.interval.bytes": (("log.index.interval.bytes", 1),),
    "delete.retention.ms": (("log.cleaner.delete.retention.ms", 1),),
    "min.compaction.lag.ms": (("log.cleaner.min.compaction.lag.ms", 1),),
    "max.compaction.lag.ms": (("log.cleaner.max.compaction.lag.ms", 1),),
    "file.delete.delay.ms": (("log.segment.delete.delay.ms", 1),),
    "min.cleanable.dirty.ratio": (("log.cleaner.min.cleanable.ratio", 1),),
    "cleanup.policy": (("log.cleanup.policy", 1),),
    "unclean.leader.election.enable": (("unclean.leader.election.enable", 1),),
    "min.insync.replicas": (("min.insync.replicas", 1),),
    "compression.type": (("compression.type", 1),),
    "compression.gzip.level": (("compression.gzip.level", 1),),
    "compression.lz4.level": (("compression.lz4.level", 1),),
    "compression.zstd.level": (("compression.zstd.level", 1),),
    "preallocate": (("log.preallocate", 1),),
    "message.timestamp.type": (("log.message.timestamp.type", 1),),
    "message.timestamp.before.max.ms": (("log.message.timestamp.before.max.ms", 1),),
    "message.timestamp.after.max.ms": (("log.message.timestamp.after.max.ms", 1),),
    "local.retention.ms": (("log.local.retention.ms", 1),),
    "local.retention.bytes": (("log.local.retention.bytes", 1),),
}

# Main broker synonym of each topic config (ServerTopicConfigSynonyms.TOPIC_CONFIG_SYNONYMS);
# these are exactly the log configs Kafka lets you change dynamically.
TOPIC_TO_BROKER_NAME: Mapping[str, str] = {t: syns[0][0] for t, syns in TOPIC_CONFIG_SYNONYMS.items()}
_DYNAMIC_LOG = frozenset(TOPIC_TO_BROKER_NAME.values())


def _b(
    name: str,
    ctype: ConfigType,
    default: object = None,
    validator: Validator | None = None,
    *,
    dynamic: bool = False,
) -> ConfigDef:
    return ConfigDef(name, ctype, default, validator, dynamic or name in _DYNAMIC_LOG)


# Broker configs (KafkaConfig). Defaults are Kafka 4.x's except where kpybroker's
# single-node-friendly defaults are part of our contract (node.id, process.roles,
# listeners, controller.*, log.dir), marked "ours".
BROKER_CONFIG_DEFS: Mapping[str, ConfigDef] = {
    d.name: d
    for d in (
        # --- KRaft / server basics
        _b("node.id", T.INT, 1),  # ours: Kafka has no default
        _b("broker.id", T.INT, -1),
        _b("process.roles", T.LIST, ("broker", "controller"), OneOf(("broker", "controller"))),  # ours
        _b("controller.listener.names", T.STRING, "CONTROLLER"),  # ours
        _b("controller.quorum.voters", T.LIST, ("1@localhost:9093",)),  # ours
        _b("controller.quorum.bootstrap.servers", T.LIST, ()),
        _b("controller.quorum.election.timeout.ms", T.INT, 1000),
        _b("controller.quorum.fetch.timeout.ms", T.INT, 2000),
        _b("controller.quorum.election.backoff.max.ms", T.INT, 1000),
        _b("controller.quorum.request.timeout.ms", T.INT, 2000),
        _b("controller.quorum.retry.backoff.ms", T.INT, 20),
        _b("controller.quorum.append.linger.ms", T.INT, 25),
        _b("controller.socket.timeout.ms", T.INT, 30000),
        _b("broker.heartbeat.interval.ms", T.INT, 2000),
        _b("broker.session.timeout.ms", T.INT, 9000),
        _b("metadata.log.dir", T.STRING, None),
        _b("metadata.log.segment.bytes", T.INT, 1073741824, Range(8 * 1024 * 1024)),
        _b("metadata.log.segment.ms", T.LONG, 604800000),
        _b("metadata.max.retention.bytes", T.LONG, 104857600),
        _b("metadata.max.retention.ms", T.LONG, 604800000),
        _b("metadata.max.idle.interval.ms", T.INT, 500, AT_LEAST_0),
        _b("metadata.log.max.record.bytes.between.snapshots", T.LONG, 20971520, AT_LEAST_1),
        _b("metadata.log.max.snapshot.interval.ms", T.LONG, 3600000, AT_LEAST_0),
        _b("initial.broker.registration.timeout.ms", T.INT, 60000),
        _b("broker.rack", T.STRING, None),
        _b("background.threads", T.INT, 10, AT_LEAST_1, dynamic=True),
        _b("num.io.threads", T.INT, 8, AT_LEAST_1, dynamic=True),
        _b("num.network.threads", T.INT, 3, AT_LEAST_1, dynamic=True),
        _b("num.replica.fetchers", T.INT, 1, dynamic=True),
        _b("num.recovery.threads.per.data.dir", T.INT, 2, AT_LEAST_1, dynamic=True),
        _b("queued.max.requests", T.INT, 500, AT_LEAST_1),
        _b("queued.max.request.bytes", T.LONG, -1),
        _b("request.timeout.ms", T.INT, 30000),
        _b("socket.connection.setup.timeout.ms", T.LONG, 10000),
        _b("socket.connection.setup.timeout.max.ms", T.LONG, 30000),
        _b("message.max.bytes", T.INT, 1048588, AT_LEAST_0, dynamic=True),
        _b("delete.topic.enable", T.BOOLEAN, True),
        _b("auto.create.topics.enable", T.BOOLEAN, True),
        _b("auto.leader.rebalance.enable", T.BOOLEAN, True),
        _b("leader.imbalance.check.interval.seconds", T.LONG, 300, AT_LEAST_1),
        _b("leader.imbalance.per.broker.percentage", T.INT, 10),
        _b("compression.type", T.STRING, "producer", OneOf(COMPRESSION_TYPES)),
        _b("compression.gzip.level", T.INT, -1, Range(-1, 9)),
        _b("compression.lz4.level", T.INT, 9, Range(1, 17)),
        _b("compression.zstd.level", T.INT, 3, Range(-131072, 22)),
        _b("fetch.max.bytes", T.INT, 57671680, Range(1024)),
        _b("fetch.purgatory.purge.interval.requests", T.INT, 1000),
        _b("producer.purgatory.purge.interval.requests", T.INT, 1000),
        _b("delete.records.purgatory.purge.interval.requests", T.INT, 1),
        _b("max.incremental.fetch.session.cache.slots", T.INT, 1000, AT_LEAST_0),
        _b("unstable.api.versions.enable", T.BOOLEAN, False),
        _b("unstable.feature.versions.enable", T.BOOLEAN, False),
        # --- socket server
        _b("listeners", T.STRING, "PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093", dynamic=True),
        _b("advertised.listeners", T.STRING, None, dynamic=True),
        _b("listener.security.protocol.map", T.STRING, DEFAULT_SECURITY_PROTOCOL_MAP, dynamic=True),
        _b("inter.broker.listener.name", T.STRING, None),
        _b("security.inter.broker.protocol", T.STRING, "PLAINTEXT", OneOf(SECURITY_PROTOCOLS)),
        _b("socket.send.buffer.bytes", T.INT, 102400),
        _b("socket.receive.buffer.bytes", T.INT, 102400),
        _b("socket.request.max.bytes", T.INT, 104857600, AT_LEAST_1),
        _b("socket.listen.backlog.size", T.INT, 50, AT_LEAST_1),
        _b("max.connections.per.ip", T.INT, INT_MAX, AT_LEAST_0, dynamic=True),
        _b("max.connections.per.ip.overrides", T.STRING, "", dynamic=True),
        _b("max.connections", T.INT, INT_MAX, AT_LEAST_0, dynamic=True),
        _b("max.connection.creation.rate", T.INT, INT_MAX, AT_LEAST_0, dynamic=True),
        _b("connections.max.idle.ms", T.LONG, 600000),
        _b("connection.failed.authentication.delay.ms", T.INT, 100, AT_LEAST_0),
        _b("sasl.enabled.mechanisms", T.LIST, ("GSSAPI",), dynamic=True),
        _b("sasl.mechanism.inter.broker.protocol", T.STRING, "GSSAPI", dynamic=True),
        _b("sasl.mechanism.controller.protocol", T.STRING, "GSSAPI"),
        _b("sasl.jaas.config", T.PASSWORD, None, dynamic=True),
        _b("ssl.keystore.location", T.STRING, None, dynamic=True),
        _b("ssl.keystore.password", T.PASSWORD, None, dynamic=True),
        _b("ssl.key.password", T.PASSWORD, None, dynamic=True),
        _b("ssl.truststore.location", T.STRING, None, dynamic=True),
        _b("ssl.truststore.password", T.PASSWORD, None, dynamic=True),
        _b("ssl.client.auth", T.STRING, "none", OneOf(("required", "requested", "none")), dynamic=True),
        _b("ssl.endpoint.identification.algorithm", T.STRING, "https", dynamic=True),
        _b("authorizer.class.name", T.STRING, ""),
        _b("super.users", T.STRING, None),
        _b("metric.reporters", T.LIST, (), dynamic=True),
        # --- log basics
        _b("log.dir", T.LIST, ("./kpy-data",)),  # ours: Kafka's is /tmp/kafka-logs
        _b("log.dirs", T.LIST, None),
        _b("num.partitions", T.INT, 1, AT_LEAST_1),
        _b("default.replication.factor", T.INT, 1),
        _b("min.insync.replicas", T.INT, 1, AT_LEAST_1),
        _b("log.segment.bytes", T.INT, 1073741824, Range(1024 * 1024)),
        _b("log.roll.ms", T.LONG, None),
        _b("log.roll.hours", T.INT, 168, AT_LEAST_1),
        _b("log.roll.jitter.ms", T.LONG, None),
        _b("log.roll.jitter.hours", T.INT, 0, AT_LEAST_0),
        _b("log.retention.ms", T.LONG, None),
        _b("log.retention.minutes", T.INT, None),
        _b("log.retention.hours", T.INT, 168),
        _b("log.retention.bytes", T.LONG, -1),
        _b("log.retention.check.interval.ms", T.LONG, 300000, AT_LEAST_1),
        _b("log.cleanup.policy", T.LIST, ("delete",), OneOf(CLEANUP_POLICIES)),
        _b("log.index.size.max.bytes", T.INT, 10485760, Range(4)),
        _b("log.index.interval.bytes", T.INT, 4096, AT_LEAST_0),
        _b("log.flush.interval.messages", T.LONG, LONG_MAX, AT_LEAST_1),
        _b("log.flush.interval.ms", T.LONG, None),
        _b("log.flush.scheduler.interval.ms", T.LONG, LONG_MAX),
        _b("log.flush.offset.checkpoint.interval.ms", T.INT, 60000, AT_LEAST_0),
        _b("log.flush.start.offset.checkpoint.interval.ms", T.INT, 60000, AT_LEAST_0),
        _b("log.segment.delete.delay.ms", T.LONG, 60000, AT_LEAST_0),
        _b("log.preallocate", T.BOOLEAN, False),
        _b("log.message.timestamp.type", T.STRING, "CreateTime", OneOf(TIMESTAMP_TYPES)),
        _b("log.message.timestamp.before.max.ms", T.LONG, LONG_MAX, AT_LEAST_0),
        _b("log.message.timestamp.after.max.ms", T.LONG, 3600000, AT_LEAST_0),
        _b("log.dir.failure.timeout.ms", T.LONG, 30000, AT_LEAST_1),
        _b("log.local.retention.ms", T.LONG, -2, Range(-2)),
        _b("log.local.retention.bytes", T.LONG, -2, Range(-2)),
        _b("unclean.leader.election.enable", T.BOOLEAN, False),
        _b("create.topic.policy.class.name", T.CLASS, None),
        _b("alter.config.policy.class.name", T.CLASS, None),
        # --- log cleaner
        _b("log.cleaner.enable", T.BOOLEAN, True),
        _b("log.cleaner.threads", T.INT, 1, AT_LEAST_0, dynamic=True),
        _b("log.cleaner.dedupe.buffer.size", T.LONG, 134217728, dynamic=True),
        _b("log.cleaner.io.buffer.size", T.INT, 524288, AT_LEAST_0, dynamic=True),
        _b("log.cleaner.io.buffer.load.factor", T.DOUBLE, 0.9, dynamic=True),
        _b("log.cleaner.io.max.bytes.per.second", T.DOUBLE, DOUBLE_MAX, dynamic=True),
        _b("log.cleaner.backoff.ms", T.LONG, 15000, AT_LEAST_0, dynamic=True),
        _b("log.cleaner.delete.retention.ms", T.LONG, 86400000, AT_LEAST_0),
        _b("log.cleaner.min.cleanable.ratio", T.DOUBLE, 0.5, Range(0, 1)),
        _b("log.cleaner.min.compaction.lag.ms", T.LONG, 0, AT_LEAST_0),
        _b("log.cleaner.max.compaction.lag.ms", T.LONG, LONG_MAX, AT_LEAST_1),
        # --- replication
        _b("replica.fetch.max.bytes", T.INT, 1048576, AT_LEAST_0),
        _b("replica.fetch.min.bytes", T.INT, 1),
        _b("replica.fetch.wait.max.ms", T.INT, 500),
        _b("replica.fetch.backoff.ms", T.INT, 1000, AT_LEAST_0),
        _b("replica.fetch.response.max.bytes", T.INT, 10485760, AT_LEAST_0),
        _b("replica.lag.time.max.ms", T.LONG, 30000),
        _b("replica.socket.timeout.ms", T.INT, 30000),
        _b("replica.socket.receive.buffer.bytes", T.INT, 65536),
        _b("replica.high.watermark.checkpoint.interval.ms", T.LONG, 5000),
        _b("replica.selector.class", T.STRING, None),
        # --- group coordinator
        _b("group.initial.rebalance.delay.ms", T.INT, 3000),
        _b("group.min.session.timeout.ms", T.INT, 6000),
        _b("group.max.session.timeout.ms", T.INT, 1800000),
        _b("group.max.size", T.INT, INT_MAX, AT_LEAST_1),
        _b(
            "group.coordinator.rebalance.protocols",
            T.LIST,
            ("classic", "consumer", "streams"),
            OneOf(("classic", "consumer", "share", "streams")),
        ),
        _b("group.coordinator.threads", T.INT, 4, AT_LEAST_1),
        _b("group.coordinator.append.linger.ms", T.INT, 5, AT_LEAST_0),
        _b("group.consumer.session.timeout.ms", T.INT, 45000, AT_LEAST_1),
        _b("group.consumer.heartbeat.interval.ms", T.INT, 5000, AT_LEAST_1),
        _b("group.consumer.max.size", T.INT, INT_MAX, AT_LEAST_1),
        _b("group.consumer.assignors", T.LIST, ("uniform", "range")),
        _b("offsets.topic.num.partitions", T.INT, 50, AT_LEAST_1),
        _b("offsets.topic.replication.factor", T.SHORT, 3, AT_LEAST_1),
        _b("offsets.topic.segment.bytes", T.INT, 104857600, AT_LEAST_1),
        _b("offsets.topic.compression.codec", T.INT, 0),
        _b("offsets.load.buffer.size", T.INT, 5242880, AT_LEAST_1),
        _b("offsets.retention.minutes", T.INT, 10080, AT_LEAST_1),
        _b("offsets.retention.check.interval.ms", T.LONG, 600000, AT_LEAST_1),
        _b("offsets.commit.timeout.ms", T.INT, 5000, AT_LEAST_1),
        _b("offset.metadata.max.bytes", T.INT, 4096),
        # --- transactions
        _b("transaction.state.log.num.partitions", T.INT, 50, AT_LEAST_1),
        _b("transaction.state.log.replication.factor", T.SHORT, 3, AT_LEAST_1),
        _b("transaction.state.log.min.isr", T.INT, 2, AT_LEAST_1),
        _b("transaction.state.log.segment.bytes", T.INT, 104857600, AT_LEAST_1),
        _b("transaction.state.log.load.buffer.size", T.INT, 5242880, AT_LEAST_1),
        _b("transactional.id.expiration.ms", T.INT, 604800000, AT_LEAST_1),
        _b("transaction.max.timeout.ms", T.INT, 900000, AT_LEAST_1),
        _b("transaction.abort.timed.out.transaction.cleanup.interval.ms", T.INT, 10000, AT_LEAST_1),
        _b("transaction.remove.expired.transaction.cleanup.interval.ms", T.INT, 3600000, AT_LEAST_1),
        _b("transaction.partition.verification.enable", T.BOOLEAN, True, dynamic=True),
        _b("producer.id.expiration.ms", T.INT, 86400000, AT_LEAST_1, dynamic=True),
        _b("producer.id.expiration.check.interval.ms", T.INT, 600000, AT_LEAST_1),
        # --- share groups (accepted; Kafka's quickstart server.properties sets these)
        _b("share.coordinator.state.topic.replication.factor", T.SHORT, 3, AT_LEAST_1),
        _b("share.coordinator.state.topic.min.isr", T.SHORT, 2, AT_LEAST_1),
        _b("share.coordinator.state.topic.num.partitions", T.INT, 50, AT_LEAST_1),
        _b("share.coordinator.state.topic.segment.bytes", T.INT, 104857600, AT_LEAST_1),
        # --- remote log (accepted so existing files load; tiered storage is not implemented)
        _b("remote.log.storage.system.enable", T.BOOLEAN, False),
    )
}

# Prefixed keys Kafka accepts without a fixed definition (listener overrides, client
# and plugin pass-through). We take them silently as strings, like Kafka's originals.
ACCEPTED_PREFIXES: tuple[str, ...] = (
    "listener.name.",
    "ssl.",
    "sasl.",
    "metrics.",
    "metric.",
    "config.providers",
    "remote.log.",
    "quota.",
    "client.quota.",
    "kafka.metrics.",
    "principal.builder.",
    "early.start.listeners",
    "password.encoder.",
    "share.",
    "group.share.",
    "group.streams.",
    "group.consumer.",
    "log4j.",
)


@dataclass(frozen=True, slots=True)
class ConfigEntry:
    """One row of a DescribeConfigs answer."""

    name: str
    value: str | None
    source: int
    read_only: bool
    sensitive: bool
    is_default: bool
    config_type: int
    synonyms: list[tuple[str, str | None, int]] = field(default_factory=list)
    documentation: str | None = None


def broker_config_synonyms(name: str) -> list[str]:
    """`DynamicBrokerConfig.brokerConfigSynonyms(name, matchListenerOverride=true)`."""
    groups = (
        ("log.roll.ms", "log.roll.hours"),
        ("log.roll.jitter.ms", "log.roll.jitter.hours"),
        ("log.retention.ms", "log.retention.minutes", "log.retention.hours"),
    )
    for group in groups:
        if name in group:
            return list(group)
    if name == "log.flush.interval.ms":
        return ["log.flush.interval.ms", "log.flush.scheduler.interval.ms"]
    match = re.fullmatch(r"listener\.name\.[^.]*\.(.*)", name)
    if match:
        base = match.group(1)
        mechanism = (
            "sasl.jaas.config",
            "sasl.login.callback.handler.class",
            "sasl.login.class",
            "sasl.server.callback.handler.class",
            "connections.max.reauth.ms",
        )
        found = next((m for m in mechanism if base.endswith(m)), None)
        return [name, found or base]
    return [name]


def _static_defaults() -> dict[str, str]:
    out: dict[str, str] = {}
    for cdef in BROKER_CONFIG_DEFS.values():
        text = value_to_string(cdef.type, cdef.default)
        if text is not None:
            out[cdef.name] = text
    return out


# Kafka's `staticDefaultConfigs`: every broker default that is not null, as a string.
STATIC_DEFAULTS: Mapping[str, str] = MappingProxyType(_static_defaults())


def _config_synonyms(
    name: str, names: Sequence[str], sensitive: bool, broker: BrokerConfig
) -> list[tuple[str, str | None, int]]:
    # ConfigHelper.configSynonyms: per-source passes, then drop everything before `name`.
    layers: Sequence[tuple[Mapping[str, str], ConfigSource]] = (
        (broker.dynamic_per_broker, ConfigSource.DYNAMIC_BROKER_CONFIG),
        (broker.dynamic_cluster_default, ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG),
        (broker.originals, ConfigSource.STATIC_BROKER_CONFIG),
        (STATIC_DEFAULTS, ConfigSource.DEFAULT_CONFIG),
    )
    found: list[tuple[str, str | None, int]] = []
    for mapping, source in layers:
        for syn in names:
            if syn in mapping:
                found.append((syn, None if sensitive else mapping[syn], int(source)))
    while found and found[0][0] != name:
        found.pop(0)
    return found


def _entry(
    name: str,
    value: str | None,
    synonyms: list[tuple[str, str | None, int]],
    include_synonyms: bool,
    read_only: bool,
    cdef: ConfigDef | None,
    include_documentation: bool,
) -> ConfigEntry:
    source = synonyms[0][2] if synonyms else int(ConfigSource.DEFAULT_CONFIG)
    ctype = cdef.type if cdef is not None else ConfigType.UNKNOWN
    sensitive = ctype in (ConfigType.PASSWORD, ConfigType.UNKNOWN)
    return ConfigEntry(
        name=name,
        value=None if sensitive else value,
        source=source,
        read_only=read_only,
        sensitive=sensitive,
        is_default=source == ConfigSource.DEFAULT_CONFIG,
        config_type=int(ctype),
        synonyms=list(synonyms) if include_synonyms else [],
        documentation=(cdef.doc if cdef is not None else None) if include_documentation else None,
    )


def topic_defaults_from_broker(broker: BrokerConfig) -> dict[str, object]:
    """The broker-derived defaults of every topic config (`KafkaConfig.extractLogConfigMap`)."""
    values = broker.values
    out: dict[str, object] = {}
    for topic_name, cdef in TOPIC_CONFIG_DEFS.items():
        synonyms = TOPIC_CONFIG_SYNONYMS.get(topic_name)
        if not synonyms:
            out[topic_name] = cdef.default
            continue
        chosen: object = None
        for broker_name, factor in synonyms:
            raw = values.get(broker_name)
            if raw is not None:
                chosen = raw * factor if factor != 1 else raw  # type: ignore[operator]
                break
        if topic_name == "retention.ms" and isinstance(chosen, int) and chosen < 0:
            chosen = -1  # KafkaConfig.logRetentionTimeMillis maps any negative to -1
        out[topic_name] = chosen if chosen is not None else cdef.default
    return out


def _parse_topic_overrides(overrides: Mapping[str, str | None]) -> dict[str, object]:
    parsed: dict[str, object] = {}
    for name, raw in overrides.items():
        cdef = TOPIC_CONFIG_DEFS.get(name)
        if cdef is None or raw is None:
            continue
        try:
            parsed[name] = parse_value(cdef, raw)
        except ConfigError as exc:
            raise TopicConfigError(name, exc.message) from exc
    return parsed


def effective_topic_configs(overrides: Mapping[str, str], broker: BrokerConfig) -> dict[str, str]:
    """Every topic config with its effective value (topic override > broker > default)."""
    values = topic_defaults_from_broker(broker)
    values.update(_parse_topic_overrides(overrides))
    out: dict[str, str] = {}
    for name in sorted(TOPIC_CONFIG_DEFS):
        text = value_to_string(TOPIC_CONFIG_DEFS[name].type, values[name])
        out[name] = "" if text is None else text
    return out


def describe_topic_config(
    overrides: Mapping[str, str],
    broker: BrokerConfig,
    include_synonyms: bool,
    include_documentation: bool = False,
    names: Iterable[str] | None = None,
) -> list[ConfigEntry]:
    """DescribeConfigs for a TOPIC resource, as `ConfigHelper.createTopicConfigEntry` does."""
    values = topic_defaults_from_broker(broker)
    values.update(_parse_topic_overrides(overrides))
    wanted = set(names) if names else None
    entries: list[ConfigEntry] = []
    for name in sorted(TOPIC_CONFIG_DEFS):
        if wanted is not None and name not in wanted:
            continue
        cdef = TOPIC_CONFIG_DEFS[name]
        value = value_to_string(cdef.type, values[name])
        server_name = TOPIC_TO_BROKER_NAME.get(name)
        synonyms = (
            _config_synonyms(server_name, broker_config_synonyms(server_name), cdef.sensitive, broker)
            if server_name
            else []
        )
        if name in overrides and overrides[name] is not None:
            synonyms.insert(0, (name, None if cdef.sensitive else value, int(ConfigSource.TOPIC_CONFIG)))
        entries.append(_entry(name, value, synonyms, include_synonyms, False, cdef, include_documentation))
    return entries


def describe_broker_config(
    broker: BrokerConfig,
    include_synonyms: bool,
    include_documentation: bool = False,
    names: Iterable[str] | None = None,
) -> list[ConfigEntry]:
    """DescribeConfigs for this node's BROKER resource (`createBrokerConfigEntry`, per broker).

    Like Kafka, keys from the config file that have no definition are listed too
    (type UNKNOWN, hence sensitive, read-only, source STATIC_BROKER_CONFIG).
    """
    wanted = set(names) if names else None
    all_names = set(BROKER_CONFIG_DEFS) | set(broker.originals)
    entries: list[ConfigEntry] = []
    for name in sorted(all_names):
        if wanted is not None and name not in wanted:
            continue
        cdef = BROKER_CONFIG_DEFS.get(name)
        if cdef is not None:
            value = value_to_string(cdef.type, broker.values.get(name))
        else:
            value = broker.originals.get(name)
        sensitive = cdef is None or cdef.sensitive
        synonyms = _config_synonyms(name, broker_config_synonyms(name), sensitive, broker)
        read_only = not (cdef is not None and cdef.dynamic)
        entries.append(_entry(name, value, synonyms, include_synonyms, read_only, cdef, include_documentation))
    return entries


def describe_broker_default_config(broker: BrokerConfig, include_synonyms: bool) -> list[ConfigEntry]:
    """DescribeConfigs for the cluster-default BROKER resource (empty resource name)."""
    entries: list[ConfigEntry] = []
    for name in sorted(broker.dynamic_cluster_default):
        cdef = BROKER_CONFIG_DEFS.get(name)
        sensitive = cdef is None or cdef.sensitive
        synonyms = [
            s
            for s in _config_synonyms(name, broker_config_synonyms(name), sensitive, broker)
            if s[2] == ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG
        ]
        entry = _entry(
            name, broker.dynamic_cluster_default[name], synonyms, include_synonyms,
            not (cdef is not None and cdef.dynamic), cdef, False,
        )
        entries.append(entry)
    return entries


def validate_topic_configs(
    configs: Mapping[str, str | None], broker: BrokerConfig | None = None
) -> None:
    """Reject topic configs as Kafka's controller does (`LogConfig.validate`).

    Raises TopicConfigError with Kafka's message; the handler answers INVALID_CONFIG.
    """
    nulls = [name for name, value in configs.items() if value is None]
    if nulls:
        raise TopicConfigError(nulls[0], "Null value not supported for topic configs: " + ",".join(nulls))
    for name in configs:
        if name not in TOPIC_CONFIG_DEFS:
            raise TopicConfigError(name, f"Unknown topic config name: {name}")
    parsed = _parse_topic_overrides(configs)
    combined: dict[str, object] = (
        topic_defaults_from_broker(broker) if broker is not None
        else {n: d.default for n, d in TOPIC_CONFIG_DEFS.items()}
    )
    combined.update(parsed)
    min_lag, max_lag = combined["min.compaction.lag.ms"], combined["max.compaction.lag.ms"]
    if isinstance(min_lag, int) and isinstance(max_lag, int) and min_lag > max_lag:
        raise TopicConfigError(
            "min.compaction.lag.ms",
            f"conflict topic config setting min.compaction.lag.ms ({min_lag}) > "
            f"max.compaction.lag.ms ({max_lag})",
        )
    if combined.get("remote.storage.enable") is True:
        # kpybroker has no tiered storage, i.e. remote.log.storage.system.enable=false.
        raise TopicConfigError(
            "remote.storage.enable",
            "Tiered Storage functionality is disabled in the broker. "
            "Topic cannot be configured with remote log storage.",
        )


def is_known_broker_key(name: str) -> bool:
    return name in BROKER_CONFIG_DEFS or any(name.startswith(p) for p in ACCEPTED_PREFIXES)

