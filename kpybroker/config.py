"""The broker's typed configuration: Kafka's names, defaults, parsing and validation.

`load_config` merges, lowest to highest precedence: built-in defaults < a Kafka
`.properties` file < `KAFKA_*` environment variables (cp-kafka / apache/kafka image rule,
only when `env` is passed) < `--override key=value`. The result is one frozen
`BrokerConfig` with typed fields for what the server uses, plus `values` (every known
config, parsed) for the rest, and `originals` for DescribeConfigs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from types import MappingProxyType

import structlog

from kpybroker.config_defs import (
    BROKER_CONFIG_DEFS,
    LONG_MAX,
    MS_PER_HOUR,
    MS_PER_MINUTE,
    ConfigError,
    TopicConfigError,
    is_known_broker_key,
    parse_value,
)
from kpybroker.env import cluster_id_from_env, env_to_properties

__all__ = [
    "BrokerConfig",
    "ConfigError",
    "Listener",
    "TopicConfigError",
    "apply_dynamic_configs",
    "load_config",
    "parse_listeners",
    "parse_properties",
    "read_properties_file",
]

_log = structlog.get_logger(__name__)

_EMPTY: Mapping[str, str] = MappingProxyType({})


def _empty() -> Mapping[str, str]:
    return _EMPTY


@dataclass(frozen=True, slots=True)
class Listener:
    """One `NAME://host:port` endpoint; host "" means all interfaces (Kafka's `PLAINTEXT://:9092`)."""

    name: str
    host: str
    port: int
    security_protocol: str

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.name}://{host}:{self.port}"


def _default_listeners() -> tuple[Listener, ...]:
    return (
        Listener("PLAINTEXT", "localhost", 9092, "PLAINTEXT"),
        Listener("CONTROLLER", "localhost", 9093, "PLAINTEXT"),
    )


def _default_protocol_map() -> Mapping[str, str]:
    return MappingProxyType(
        {
            "SASL_SSL": "SASL_SSL",
            "PLAINTEXT": "PLAINTEXT",
            "SSL": "SSL",
            "SASL_PLAINTEXT": "SASL_PLAINTEXT",
            "CONTROLLER": "PLAINTEXT",
        }
    )


@dataclass(frozen=True, slots=True)
class BrokerConfig:
    """Everything the broker is configured with; defaults are Kafka 4.x KRaft's (see config_defs).

    Effective values: `log_retention_ms` is Kafka's `logRetentionTimeMillis` (ms > minutes >
    hours, negative -> -1); `log_roll_ms`, `log_roll_jitter_ms` and `log_flush_interval_ms`
    likewise fold in their hours / scheduler fallbacks. `advertised_listeners` are the
    broker-facing (non-controller) ones that Metadata returns.
    """

    node_id: int = 1
    process_roles: tuple[str, ...] = ("broker", "controller")
    listeners: tuple[Listener, ...] = field(default_factory=_default_listeners)
    advertised_listeners: tuple[Listener, ...] = (Listener("PLAINTEXT", "localhost", 9092, "PLAINTEXT"),)
    controller_advertised_listeners: tuple[Listener, ...] = (
        Listener("CONTROLLER", "localhost", 9093, "PLAINTEXT"),
    )
    listener_security_protocol_map: Mapping[str, str] = field(default_factory=_default_protocol_map)
    controller_listener_names: tuple[str, ...] = ("CONTROLLER",)
    inter_broker_listener_name: str = "PLAINTEXT"
    controller_quorum_voters: Mapping[int, tuple[str, int]] = field(
        default_factory=lambda: MappingProxyType({1: ("localhost", 9093)})
    )
    controller_quorum_bootstrap_servers: tuple[tuple[str, int], ...] = ()
    log_dirs: tuple[str, ...] = ("./kpy-data",)
    metadata_log_dir: str | None = None
    cluster_id: str | None = None
    broker_rack: str | None = None
    # topics and internal topics
    num_partitions: int = 1
    default_replication_factor: int = 1
    min_insync_replicas: int = 1
    auto_create_topics_enable: bool = True
    delete_topic_enable: bool = True
    unclean_leader_election_enable: bool = False
    offsets_topic_num_partitions: int = 50
    offsets_topic_replication_factor: int = 3
    offsets_topic_segment_bytes: int = 104857600
    offsets_retention_minutes: int = 10080
    offsets_retention_check_interval_ms: int = 600000
    offsets_commit_timeout_ms: int = 5000
    offset_metadata_max_bytes: int = 4096
    transaction_state_log_num_partitions: int = 50
    transaction_state_log_replication_factor: int = 3
    transaction_state_log_min_isr: int = 2
    transaction_state_log_segment_bytes: int = 104857600
    transactional_id_expiration_ms: int = 604800000
    transaction_max_timeout_ms: int = 900000
    transaction_abort_timed_out_transaction_cleanup_interval_ms: int = 10000
    transaction_remove_expired_transaction_cleanup_interval_ms: int = 3600000
    producer_id_expiration_ms: int = 86400000
    # groups
    group_initial_rebalance_delay_ms: int = 3000
    group_min_session_timeout_ms: int = 6000
    group_max_session_timeout_ms: int = 1800000
    group_max_size: int = 2147483647
    group_coordinator_rebalance_protocols: tuple[str, ...] = ("classic", "consumer", "streams")
    group_consumer_session_timeout_ms: int = 45000
    group_consumer_heartbeat_interval_ms: int = 5000
    # network and requests
    socket_request_max_bytes: int = 104857600
    socket_send_buffer_bytes: int = 102400
    socket_receive_buffer_bytes: int = 102400
    connections_max_idle_ms: int = 600000
    message_max_bytes: int = 1048588
    replica_fetch_max_bytes: int = 1048576
    fetch_max_bytes: int = 57671680
    num_network_threads: int = 3  # informational
    num_io_threads: int = 8  # informational
    queued_max_requests: int = 500
    max_incremental_fetch_session_cache_slots: int = 1000
    unstable_api_versions_enable: bool = False
    # log engine
    log_retention_ms: int = 604800000  # effective: ms > minutes > hours
    log_retention_minutes: int | None = None
    log_retention_hours: int = 168
    log_retention_bytes: int = -1
    log_retention_check_interval_ms: int = 300000
    log_segment_bytes: int = 1073741824
    log_roll_ms: int = 604800000  # effective: ms > hours
    log_roll_hours: int = 168
    log_roll_jitter_ms: int = 0  # effective: ms > hours
    log_index_size_max_bytes: int = 10485760
    log_index_interval_bytes: int = 4096
    log_flush_interval_messages: int = LONG_MAX
    log_flush_interval_ms: int = LONG_MAX  # effective: falls back to the scheduler interval
    log_flush_scheduler_interval_ms: int = LONG_MAX
    log_flush_offset_checkpoint_interval_ms: int = 60000
    log_segment_delete_delay_ms: int = 60000
    log_preallocate: bool = False
    log_cleanup_policy: tuple[str, ...] = ("delete",)
    log_cleaner_enable: bool = True
    log_cleaner_threads: int = 1
    log_cleaner_backoff_ms: int = 15000
    log_cleaner_dedupe_buffer_size: int = 134217728
    log_cleaner_delete_retention_ms: int = 86400000
    log_cleaner_min_cleanable_ratio: float = 0.5
    log_cleaner_min_compaction_lag_ms: int = 0
    log_cleaner_max_compaction_lag_ms: int = LONG_MAX
    log_message_timestamp_type: str = "CreateTime"
    log_message_timestamp_before_max_ms: int = LONG_MAX
    log_message_timestamp_after_max_ms: int = 3600000
    compression_type: str = "producer"
    num_recovery_threads_per_data_dir: int = 2
    # provenance
    explicit: Mapping[str, str] = field(default_factory=_empty)  # every known key the user set, after merging sources
    originals: Mapping[str, str] = field(default_factory=_empty)  # everything supplied, unknown keys included
    values: Mapping[str, object] = field(default_factory=_empty)  # every defined config, parsed (None = unset, no default)
    dynamic_per_broker: Mapping[str, str] = field(default_factory=_empty)
    dynamic_cluster_default: Mapping[str, str] = field(default_factory=_empty)

    @property
    def is_broker(self) -> bool:
        return "broker" in self.process_roles

    @property
    def is_controller(self) -> bool:
        return "controller" in self.process_roles

    @property
    def metadata_dir(self) -> str:
        """Where `__cluster_metadata-0` lives (`metadata.log.dir`, else the first log dir)."""
        return self.metadata_log_dir or self.log_dirs[0]

    def get(self, name: str) -> object:
        """The parsed value of any defined config by its Kafka name."""
        return self.values.get(name)

    def listener(self, name: str) -> Listener | None:
        return next((lsn for lsn in self.listeners if lsn.name == name), None)

    def bootstrap_voters(self) -> Mapping[int, tuple[str, int]]:
        """Static voters; with only `controller.quorum.bootstrap.servers` (Kafka 4's quickstart,
        formatted `--standalone`) a controller node is a quorum of itself."""
        if self.controller_quorum_voters or not self.is_controller:
            return self.controller_quorum_voters
        ctl = self.controller_advertised_listeners[0]
        return MappingProxyType({self.node_id: (ctl.host or "localhost", ctl.port)})


# ----------------------------------------------------------------------------- .properties


_WS = " \t\f"


def _logical_lines(text: str) -> list[str]:
    """java.util.Properties line rules: comments, blank lines, backslash continuations."""
    lines = re.split(r"\r\n|\r|\n", text)
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].lstrip(_WS)
        i += 1
        if not line or line[0] in "#!":
            continue
        while _ends_with_odd_backslashes(line) and i <= len(lines):
            line = line[:-1]
            if i == len(lines):
                break
            line += lines[i].lstrip(_WS)
            i += 1
        out.append(line)
    return out


def _ends_with_odd_backslashes(line: str) -> bool:
    count = len(line) - len(line.rstrip("\\"))
    return count % 2 == 1


_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}


def _unescape(text: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch != "\\" or i + 1 >= len(text):
            out.append(ch)
            i += 1
            continue
        nxt = text[i + 1]
        if nxt == "u":
            hexdigits = text[i + 2 : i + 6]
            if len(hexdigits) != 4 or not all(c in "0123456789abcdefABCDEF" for c in hexdigits):
                raise ConfigError("properties", "Malformed \\uxxxx encoding.")
            out.append(chr(int(hexdigits, 16)))
            i += 6
            continue
        out.append(_ESCAPES.get(nxt, nxt))
        i += 2
    return "".join(out)


def _split_key_value(line: str) -> tuple[str, str]:
    i = 0
    while i < len(line):
        ch = line[i]
        if ch == "\\":
            i += 2
            continue
        if ch in "=:" or ch in _WS:
            break
        i += 1
    key = line[:i]
    rest = line[i:].lstrip(_WS)
    if rest[:1] in ("=", ":"):
        # One separator may follow the key (after optional whitespace).
        rest = rest[1:].lstrip(_WS)
    return _unescape(key), _unescape(rest)


def parse_properties(text: str) -> dict[str, str]:
    """Parse Java `.properties` text (`key=value`, `key: value`, `key value`, `#`/`!` comments,
    `\\` continuations, `\\t \\n \\uXXXX` escapes). Later keys override earlier ones."""
    props: dict[str, str] = {}
    for line in _logical_lines(text):
        key, value = _split_key_value(line)
        props[key] = value
    return props


def read_properties_file(path: Path) -> dict[str, str]:
    # Kafka loads with Properties.load(InputStream), i.e. ISO-8859-1; non-Latin-1
    # characters must be written as \uXXXX, exactly as for Kafka.
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ConfigError(str(path), f"Cannot read configuration file {path}: {exc.strerror}") from exc
    return parse_properties(data.decode("latin-1"))


# ----------------------------------------------------------------------------- listeners


_ENDPOINT_RE = re.compile(r"^(.*)://\[?([0-9a-zA-Z\-%._:]*)\]?:(-?[0-9]+)$")


def parse_listeners(key: str, value: str, protocol_map: Mapping[str, str]) -> tuple[Listener, ...]:
    """Parse a `listeners`-style list; names are upper-cased as Kafka normalises them."""
    out: list[Listener] = []
    for item in (s.strip() for s in value.split(",")):
        if not item:
            continue
        match = _ENDPOINT_RE.match(item)
        if not match:
            raise ConfigError(key, f"Unable to parse {item} to a broker endpoint")
        name, host, port_text = match.group(1).upper(), match.group(2), match.group(3)
        port = int(port_text)
        if not 0 <= port <= 65535:
            raise ConfigError(key, f"Invalid port {port} in {key}: {item}")
        protocol = protocol_map.get(name)
        if protocol is None:
            raise ConfigError(key, f"No security protocol defined for listener {name}")
        out.append(Listener(name, host, port, protocol))
    names = [lsn.name for lsn in out]
    if len(set(names)) != len(names):
        raise ConfigError(key, f"Each listener must have a different name, {key}: {value}")
    return tuple(out)


def _parse_protocol_map(raw: str, explicit: bool, controller_names: Sequence[str]) -> dict[str, str]:
    result: dict[str, str] = {}
    for item in (s.strip() for s in raw.split(",")):
        if not item:
            continue
        name, sep, proto = item.partition(":")
        proto = proto.strip().upper()
        if not sep or proto not in ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"):
            raise ConfigError(
                "listener.security.protocol.map",
                f"Invalid value {raw} for configuration listener.security.protocol.map: "
                "Map entry should be of form <key>:<value>" if not sep else
                f"No enum constant org.apache.kafka.common.security.auth.SecurityProtocol.{proto}",
            )
        result[name.strip().upper()] = proto
    if not explicit:
        # KafkaConfig.effectiveListenerSecurityProtocolMap: with the default map in KRaft,
        # controller listeners not named like a security protocol get PLAINTEXT.
        for name in controller_names:
            if name not in result and name not in ("SSL", "SASL_SSL", "SASL_PLAINTEXT"):
                result[name] = "PLAINTEXT"
    return result


def _parse_host_port(key: str, item: str) -> tuple[str, int]:
    match = re.match(r"^\[?([^\[\]]*?)\]?:([0-9]+)$", item.strip())
    if not match:
        raise ConfigError.invalid(key, item, "Invalid host:port")
    return match.group(1), int(match.group(2))


def _parse_voters(raw: Sequence[str]) -> dict[int, tuple[str, int]]:
    voters: dict[int, tuple[str, int]] = {}
    key = "controller.quorum.voters"
    for item in raw:
        node, sep, endpoint = item.partition("@")
        if not sep or not re.fullmatch(r"[0-9]+", node.strip()):
            raise ConfigError.invalid(key, ",".join(raw), f"Unable to parse voter '{item}', expected id@host:port")
        host, port = _parse_host_port(key, endpoint)
        voters[int(node)] = (host, port)
    return voters


# ----------------------------------------------------------------------------- loading


def _merge_sources(
    properties_path: Path | None, overrides: Sequence[str], env: Mapping[str, str] | None
) -> dict[str, str]:
    merged: dict[str, str] = {}
    if properties_path is not None:
        merged.update(read_properties_file(properties_path))
    if env is not None:
        merged.update(env_to_properties(env))
    for item in overrides:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ConfigError(key or item, f"Invalid override '{item}': expected key=value")
        merged[key.strip()] = value
    return merged


def load_config(
    properties_path: Path | None = None,
    overrides: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
) -> BrokerConfig:
    """Build the broker's configuration; raises ConfigError naming the offending key."""
    merged = _merge_sources(properties_path, overrides, env)
    for key in sorted(merged):
        if not is_known_broker_key(key):
            _log.warning(f"The configuration '{key}' was supplied but isn't a known config.", config=key)
    cluster_id = cluster_id_from_env(env) if env is not None else None
    return _build(merged, cluster_id, _EMPTY, _EMPTY)


def apply_dynamic_configs(
    config: BrokerConfig, per_broker: Mapping[str, str], cluster_default: Mapping[str, str]
) -> BrokerConfig:
    """Re-derive the config with dynamic broker configs (per-broker > cluster default > static)."""
    return _build(
        dict(config.originals),
        config.cluster_id,
        MappingProxyType(dict(per_broker)),
        MappingProxyType(dict(cluster_default)),
    )


_SPECIAL_FIELDS = frozenset(
    {
        "node_id", "process_roles", "listeners", "advertised_listeners", "controller_advertised_listeners",
        "listener_security_protocol_map", "controller_listener_names", "inter_broker_listener_name",
        "controller_quorum_voters", "controller_quorum_bootstrap_servers", "log_dirs", "cluster_id",
        "log_retention_ms", "log_roll_ms", "log_roll_jitter_ms", "log_flush_interval_ms",
        "explicit", "originals", "values", "dynamic_per_broker", "dynamic_cluster_default",
    }
)


def _build(
    originals: dict[str, str],
    cluster_id: str | None,
    dynamic_per_broker: Mapping[str, str],
    dynamic_cluster_default: Mapping[str, str],
) -> BrokerConfig:
    effective = {**originals, **dynamic_cluster_default, **dynamic_per_broker}
    values: dict[str, object] = {}
    for name, cdef in BROKER_CONFIG_DEFS.items():
        values[name] = parse_value(cdef, effective[name]) if name in effective else cdef.default
    # `broker.id` is the legacy alias of `node.id`; Kafka insists they agree when both are set.
    if "broker.id" in effective and "node.id" not in effective:
        values["node.id"] = values["broker.id"]
    elif "broker.id" in effective and values["broker.id"] != values["node.id"]:
        raise ConfigError("node.id", "You must set `node.id` to the same value as `broker.id`.")

    typed: dict[str, object] = {}
    for f in fields(BrokerConfig):
        if f.name not in _SPECIAL_FIELDS:
            typed[f.name] = values[f.name.replace("_", ".")]
    typed.update(_derive_special(values, effective))

    explicit = {k: v for k, v in originals.items() if is_known_broker_key(k)}
    return BrokerConfig(
        **typed,  # type: ignore[arg-type]
        cluster_id=cluster_id,
        explicit=MappingProxyType(explicit),
        originals=MappingProxyType(dict(originals)),
        values=MappingProxyType(values),
        dynamic_per_broker=dynamic_per_broker,
        dynamic_cluster_default=dynamic_cluster_default,
    )


def _first_set(values: Mapping[str, object], *candidates: tuple[str, int]) -> int:
    for name, factor in candidates:
        value = values.get(name)
        if isinstance(value, int):
            return value * factor
    raise AssertionError("the last candidate always has a default")


def _derive_special(values: Mapping[str, object], effective: Mapping[str, str]) -> dict[str, object]:
    node_id = values["node.id"]
    roles = values["process.roles"]
    assert isinstance(node_id, int) and isinstance(roles, tuple)
    if not roles:
        raise ConfigError("process.roles", "process.roles must be set: kpybroker only runs in KRaft mode")
    if len(set(roles)) != len(roles):
        raise ConfigError("process.roles", f"Duplicate role names found in `process.roles`: {list(roles)}")
    if node_id < 0:
        raise ConfigError(
            "node.id", "Missing configuration `node.id` which is required when `process.roles` is defined"
        )
    is_broker, is_controller = "broker" in roles, "controller" in roles

    controller_names = tuple(
        n.strip().upper() for n in str(values["controller.listener.names"] or "").split(",") if n.strip()
    )
    if not controller_names:
        raise ConfigError(
            "controller.listener.names", "controller.listener.names must contain at least one value when running KRaft"
        )
    protocol_map = _parse_protocol_map(
        str(values["listener.security.protocol.map"]),
        "listener.security.protocol.map" in effective,
        controller_names,
    )
    listeners = parse_listeners("listeners", str(values["listeners"] or ""), protocol_map)
    ports = [lsn.port for lsn in listeners if lsn.port != 0]
    if len(set(ports)) != len(ports):
        raise ConfigError("listeners", f"Each listener must have a different port, listeners: {values['listeners']}")
    listener_names = [lsn.name for lsn in listeners]
    ctl_in_listeners = [n for n in listener_names if n in controller_names]
    if is_controller and not ctl_in_listeners:
        raise ConfigError(
            "controller.listener.names",
            "controller.listener.names must contain at least one value appearing in the 'listeners' "
            "configuration when running the KRaft controller role",
        )
    if is_broker and not is_controller and ctl_in_listeners:
        raise ConfigError(
            "listeners",
            "The listeners config must not contain KRaft controller listeners from controller.listener.names "
            "when process.roles contains the broker role because Kafka routes KRaft controller traffic "
            "through a dedicated listener.",
        )
    if is_controller and not is_broker and len(ctl_in_listeners) != len(listener_names):
        raise ConfigError(
            "listeners",
            "The listeners config must only contain KRaft controller listeners from "
            "controller.listener.names when process.roles=controller",
        )

    if values["advertised.listeners"] is not None:
        advertised_all = parse_listeners("advertised.listeners", str(values["advertised.listeners"]), protocol_map)
        for lsn in advertised_all:
            if lsn.host == "0.0.0.0":
                raise ConfigError(
                    "advertised.listeners",
                    "advertised.listeners cannot use the nonroutable meta-address 0.0.0.0. "
                    "Use a routable IP address.",
                )
            if lsn.name not in listener_names and lsn.name not in controller_names:
                raise ConfigError(
                    "advertised.listeners",
                    "advertised.listeners listener names must be equal to or a subset of the ones defined in "
                    f"listeners. Found {lsn.name}. The valid options based on the current configuration are "
                    f"{','.join(listener_names)}",
                )
    else:
        advertised_all = listeners
    advertised = tuple(lsn for lsn in advertised_all if lsn.name not in controller_names)
    ctl_advertised = tuple(lsn for lsn in advertised_all if lsn.name in controller_names) or tuple(
        lsn for lsn in listeners if lsn.name in controller_names
    )

    if "inter.broker.listener.name" in effective and "security.inter.broker.protocol" in effective:
        raise ConfigError(
            "inter.broker.listener.name",
            "Only one of inter.broker.listener.name and security.inter.broker.protocol should be set.",
        )
    inter_broker = str(values["inter.broker.listener.name"] or values["security.inter.broker.protocol"]).upper()
    if is_broker:
        if inter_broker in controller_names:
            raise ConfigError(
                "inter.broker.listener.name",
                "Inter-broker listener name must not be a KRaft controller listener name: "
                + ",".join(controller_names),
            )
        if inter_broker not in [lsn.name for lsn in advertised]:
            raise ConfigError(
                "inter.broker.listener.name",
                "inter.broker.listener.name must be a listener name defined in advertised.listeners. "
                "The valid options based on currently configured listeners are "
                + ",".join(lsn.name for lsn in advertised),
            )

    voters_explicit = "controller.quorum.voters" in effective
    bootstrap_raw = values["controller.quorum.bootstrap.servers"]
    assert isinstance(bootstrap_raw, tuple)
    bootstrap = tuple(_parse_host_port("controller.quorum.bootstrap.servers", s) for s in bootstrap_raw)
    voters_raw = values["controller.quorum.voters"]
    assert isinstance(voters_raw, tuple)
    if voters_explicit:
        voters = _parse_voters(voters_raw)
    elif bootstrap:
        voters = {}
    elif is_controller:
        # Nothing configured: a controller is a quorum of itself on its controller listener
        # (with the defaults, exactly `1@localhost:9093`).
        ctl = ctl_advertised[0]
        voters = {node_id: (ctl.host or "localhost", ctl.port)}
    else:
        voters = _parse_voters(voters_raw)
    if not voters and not bootstrap:
        raise ConfigError(
            "controller.quorum.voters",
            "If using process.roles, either controller.quorum.bootstrap.servers must contain the set of "
            "bootstrap controllers or controller.quorum.voters must contain a parseable set of controllers.",
        )
    if is_controller and voters and node_id not in voters:
        raise ConfigError(
            "controller.quorum.voters",
            f"If process.roles contains the 'controller' role, the node id {node_id} must be included in the "
            f"set of voters controller.quorum.voters={list(voters)}",
        )

    log_dirs = values["log.dirs"] if values["log.dirs"] is not None else values["log.dir"]
    assert isinstance(log_dirs, tuple)
    if not log_dirs:
        raise ConfigError("log.dirs", "At least one log directory must be defined via log.dirs or log.dir.")
    if len(set(log_dirs)) != len(log_dirs):
        raise ConfigError("log.dirs", f"Duplicate log directories found in log.dirs: {','.join(log_dirs)}")

    retention = _first_set(
        values, ("log.retention.ms", 1), ("log.retention.minutes", MS_PER_MINUTE), ("log.retention.hours", MS_PER_HOUR)
    )
    return {
        "node_id": node_id,
        "process_roles": roles,
        "listeners": listeners,
        "advertised_listeners": advertised,
        "controller_advertised_listeners": ctl_advertised,
        "listener_security_protocol_map": MappingProxyType(protocol_map),
        "controller_listener_names": controller_names,
        "inter_broker_listener_name": inter_broker,
        "controller_quorum_voters": MappingProxyType(voters),
        "controller_quorum_bootstrap_servers": bootstrap,
        "log_dirs": log_dirs,
        "log_retention_ms": -1 if retention < 0 else retention,
        "log_roll_ms": _first_set(values, ("log.roll.ms", 1), ("log.roll.hours", MS_PER_HOUR)),
        "log_roll_jitter_ms": _first_set(values, ("log.roll.jitter.ms", 1), ("log.roll.jitter.hours", MS_PER_HOUR)),
        "log_flush_interval_ms": _first_set(
            values, ("log.flush.interval.ms", 1), ("log.flush.scheduler.interval.ms", 1)
        ),
    }


def with_cluster_id(config: BrokerConfig, cluster_id: str) -> BrokerConfig:
    """The same configuration with the cluster id learnt at format time (meta.properties)."""
    return replace(config, cluster_id=cluster_id)
