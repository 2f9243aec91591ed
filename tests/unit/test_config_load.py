"""load_config: defaults, precedence, validation, unknown keys, Kafka's own files."""

from __future__ import annotations

from pathlib import Path

import pytest
import structlog

from kpybroker.config import BrokerConfig, ConfigError, Listener, apply_dynamic_configs, load_config

DATA = Path(__file__).parent / "data"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "server.properties"
    path.write_text(text, encoding="latin-1")
    return path


def test_defaults() -> None:
    cfg = load_config()
    assert cfg.node_id == 1
    assert cfg.process_roles == ("broker", "controller")
    assert cfg.listeners == (
        Listener("PLAINTEXT", "localhost", 9092, "PLAINTEXT"),
        Listener("CONTROLLER", "localhost", 9093, "PLAINTEXT"),
    )
    assert cfg.advertised_listeners == (Listener("PLAINTEXT", "localhost", 9092, "PLAINTEXT"),)
    assert cfg.controller_listener_names == ("CONTROLLER",)
    assert cfg.inter_broker_listener_name == "PLAINTEXT"
    assert dict(cfg.controller_quorum_voters) == {1: ("localhost", 9093)}
    assert cfg.log_dirs == ("./kpy-data",)
    assert cfg.metadata_dir == "./kpy-data"
    assert cfg.cluster_id is None
    assert cfg.listener_security_protocol_map["CONTROLLER"] == "PLAINTEXT"
    assert cfg.listener_security_protocol_map["SASL_SSL"] == "SASL_SSL"
    assert (cfg.num_partitions, cfg.default_replication_factor, cfg.min_insync_replicas) == (1, 1, 1)
    assert cfg.offsets_topic_num_partitions == 50
    assert cfg.offsets_topic_replication_factor == 3  # Kafka's default; no clamping
    assert cfg.transaction_state_log_replication_factor == 3
    assert cfg.transaction_state_log_min_isr == 2
    assert cfg.offsets_retention_minutes == 10080
    assert cfg.transaction_max_timeout_ms == 900000
    assert cfg.group_initial_rebalance_delay_ms == 3000
    assert cfg.group_min_session_timeout_ms == 6000
    assert cfg.group_max_session_timeout_ms == 1800000
    assert cfg.socket_request_max_bytes == 104857600
    assert cfg.connections_max_idle_ms == 600000
    assert cfg.message_max_bytes == 1048588
    assert cfg.log_retention_ms == 168 * 3600 * 1000
    assert cfg.log_retention_check_interval_ms == 300000
    assert cfg.log_segment_bytes == 1073741824
    assert cfg.log_cleanup_policy == ("delete",)
    assert cfg.log_cleaner_min_cleanable_ratio == 0.5
    assert cfg.compression_type == "producer"
    assert cfg.explicit == {}
    # Field defaults of the dataclass agree with what load_config derives.
    plain = BrokerConfig()
    for name in ("num_partitions", "log_roll_ms", "log_flush_interval_ms", "group_max_size", "fetch_max_bytes"):
        assert getattr(plain, name) == getattr(cfg, name)


def test_precedence_file_env_override(tmp_path: Path) -> None:
    path = _write(tmp_path, "num.partitions=2\nlog.segment.bytes=2097152\ndefault.replication.factor=1\n")
    env = {"KAFKA_NUM_PARTITIONS": "3", "KAFKA_LOG_SEGMENT_BYTES": "3145728"}
    cfg = load_config(path, overrides=["num.partitions=4"], env=env)
    assert cfg.num_partitions == 4
    assert cfg.log_segment_bytes == 3145728
    assert cfg.default_replication_factor == 1
    assert cfg.explicit["num.partitions"] == "4"
    assert load_config(path).num_partitions == 2
    assert load_config(path, env=env).num_partitions == 3


def test_env_is_ignored_unless_passed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_NUM_PARTITIONS", "9")
    assert load_config().num_partitions == 1


def test_cluster_id_from_env() -> None:
    assert load_config(env={"CLUSTER_ID": "5L6g3nShT-eMCtK--X86sw"}).cluster_id == "5L6g3nShT-eMCtK--X86sw"


@pytest.mark.parametrize(
    ("override", "key", "message"),
    [
        ("num.partitions=abc", "num.partitions", "Invalid value abc for configuration num.partitions: Not a number of type INT"),
        ("num.partitions=0", "num.partitions", "Invalid value 0 for configuration num.partitions: Value must be at least 1"),
        ("num.partitions=1_000", "num.partitions", "Not a number of type INT"),
        ("num.partitions=3000000000", "num.partitions", "Not a number of type INT"),
        ("log.retention.ms=1.5", "log.retention.ms", "Not a number of type LONG"),
        ("auto.create.topics.enable=yes", "auto.create.topics.enable", "Expected value to be either true or false"),
        ("log.cleaner.min.cleanable.ratio=x", "log.cleaner.min.cleanable.ratio", "Not a number of type DOUBLE"),
        ("log.cleaner.min.cleanable.ratio=1.5", "log.cleaner.min.cleanable.ratio", "Value must be no more than 1"),
        ("log.cleanup.policy=delete,foo", "log.cleanup.policy", "String must be one of: compact, delete"),
        ("compression.type=brotli", "compression.type", "String must be one of"),
        ("offsets.topic.replication.factor=40000", "offsets.topic.replication.factor", "Not a number of type SHORT"),
        ("log.segment.bytes=1000", "log.segment.bytes", "Value must be at least 1048576"),
        ("process.roles=broker,bogus", "process.roles", "String must be one of"),
        ("listeners=PLAINTEXT:/localhost:9092", "listeners", "Unable to parse"),
        ("listeners=FOO://:9092,CONTROLLER://:9093", "listeners", "No security protocol defined for listener FOO"),
        ("controller.quorum.voters=1localhost:9093", "controller.quorum.voters", "controller.quorum.voters"),
        ("controller.quorum.voters=2@localhost:9093", "controller.quorum.voters", "node id 1 must be included"),
        ("advertised.listeners=PLAINTEXT://0.0.0.0:9092", "advertised.listeners", "nonroutable meta-address"),
        ("inter.broker.listener.name=FOO", "inter.broker.listener.name", "must be a listener name defined"),
        ("log.dirs=/a,/a", "log.dirs", "Duplicate"),
        ("noequals", "noequals", "expected key=value"),
    ],
)
def test_invalid_values_name_the_key(override: str, key: str, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(overrides=[override])
    assert info.value.key == key
    assert message in str(info.value)


def test_controller_listener_must_be_in_listeners_for_controller_role() -> None:
    with pytest.raises(ConfigError) as info:
        load_config(overrides=["listeners=PLAINTEXT://:9092"])
    assert info.value.key == "controller.listener.names"


def test_broker_only_must_not_listen_on_controller_listener() -> None:
    with pytest.raises(ConfigError) as info:
        load_config(overrides=["process.roles=broker", "controller.quorum.bootstrap.servers=localhost:9093"])
    assert info.value.key == "listeners"
    cfg = load_config(
        overrides=[
            "process.roles=broker",
            "node.id=2",
            "listeners=PLAINTEXT://:9092",
            "controller.quorum.bootstrap.servers=c1:9093",
        ]
    )
    assert cfg.is_broker and not cfg.is_controller
    assert cfg.controller_quorum_bootstrap_servers == (("c1", 9093),)
    assert dict(cfg.controller_quorum_voters) == {}


def test_unknown_keys_warned_once_each(tmp_path: Path) -> None:
    path = _write(tmp_path, "foo.bar=1\nfoo.bar=2\nlistener.name.controller.ssl.key.password=x\nnum.partitions=1\n")
    with structlog.testing.capture_logs() as logs:
        cfg = load_config(path, overrides=["baz.qux=3"])
    warnings = [entry["event"] for entry in logs if entry["log_level"] == "warning"]
    assert warnings == [
        "The configuration 'baz.qux' was supplied but isn't a known config.",
        "The configuration 'foo.bar' was supplied but isn't a known config.",
    ]
    assert cfg.originals["foo.bar"] == "2"
    assert "foo.bar" not in cfg.explicit


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ([], 604800000),
        (["log.retention.hours=1"], 3600000),
        (["log.retention.hours=1", "log.retention.minutes=2"], 120000),
        (["log.retention.hours=1", "log.retention.minutes=2", "log.retention.ms=5"], 5),
        (["log.retention.minutes=2", "log.retention.ms=-7"], -1),
        (["log.retention.hours=-1"], -1),
    ],
)
def test_retention_precedence_ms_minutes_hours(settings: list[str], expected: int) -> None:
    assert load_config(overrides=settings).log_retention_ms == expected


def test_roll_and_flush_fallbacks() -> None:
    cfg = load_config(overrides=["log.roll.hours=2", "log.flush.scheduler.interval.ms=1000"])
    assert cfg.log_roll_ms == 7200000
    assert cfg.log_flush_interval_ms == 1000
    assert load_config(overrides=["log.roll.hours=2", "log.roll.ms=10"]).log_roll_ms == 10


def test_log_dir_and_log_dirs() -> None:
    assert load_config(overrides=["log.dir=/x"]).log_dirs == ("/x",)
    assert load_config(overrides=["log.dir=/x", "log.dirs=/a, /b"]).log_dirs == ("/a", "/b")
    assert load_config(overrides=["metadata.log.dir=/m"]).metadata_dir == "/m"


def test_broker_id_alias() -> None:
    cfg = load_config(overrides=["broker.id=1"])
    assert cfg.node_id == 1
    with pytest.raises(ConfigError):
        load_config(overrides=["broker.id=2", "node.id=1"])


def test_explicit_protocol_map_disables_controller_default() -> None:
    with pytest.raises(ConfigError, match="No security protocol defined for listener CONTROLLER"):
        load_config(overrides=["listener.security.protocol.map=PLAINTEXT:PLAINTEXT"])


def test_listener_names_normalised_and_empty_host() -> None:
    cfg = load_config(overrides=["listeners=plaintext://:9092,controller://[::1]:9093"])
    assert cfg.listeners[0] == Listener("PLAINTEXT", "", 9092, "PLAINTEXT")
    assert cfg.listeners[1] == Listener("CONTROLLER", "::1", 9093, "PLAINTEXT")
    assert str(cfg.listeners[1]) == "CONTROLLER://[::1]:9093"


def test_kafka_kraft_server_properties_loads() -> None:
    cfg = load_config(DATA / "kafka-3.9-kraft-server.properties")
    assert cfg.node_id == 1
    assert cfg.process_roles == ("broker", "controller")
    assert dict(cfg.controller_quorum_voters) == {1: ("localhost", 9093)}
    assert cfg.listeners == (
        Listener("PLAINTEXT", "", 9092, "PLAINTEXT"),
        Listener("CONTROLLER", "", 9093, "PLAINTEXT"),
    )
    # advertised.listeners lists the controller too (KIP-853); the broker-facing one is PLAINTEXT.
    assert cfg.advertised_listeners == (Listener("PLAINTEXT", "localhost", 9092, "PLAINTEXT"),)
    assert cfg.controller_advertised_listeners == (Listener("CONTROLLER", "localhost", 9093, "PLAINTEXT"),)
    assert cfg.log_dirs == ("/tmp/kraft-combined-logs",)
    assert cfg.offsets_topic_replication_factor == 1
    assert cfg.transaction_state_log_min_isr == 1
    assert cfg.log_retention_ms == 604800000


def test_kafka_4_server_properties_with_bootstrap_servers() -> None:
    cfg = load_config(DATA / "kafka-4-server.properties")
    assert cfg.controller_quorum_bootstrap_servers == (("localhost", 9093),)
    assert dict(cfg.controller_quorum_voters) == {}
    assert dict(cfg.bootstrap_voters()) == {1: ("localhost", 9093)}


@pytest.mark.parametrize(
    "name", ["kafka-3.9-kraft-broker.properties", "kafka-3.9-kraft-controller.properties"]
)
def test_kafka_split_role_files_load(name: str) -> None:
    cfg = load_config(DATA / name)
    assert cfg.controller_quorum_bootstrap_servers == (("localhost", 9093),)


def test_kafka_zk_server_properties_loads_with_warnings() -> None:
    with structlog.testing.capture_logs() as logs:
        cfg = load_config(DATA / "kafka-3.9-zk-server.properties")
    assert cfg.node_id == 0  # broker.id=0 stands in for node.id
    # No quorum configured: this combined node is a quorum of itself on its controller listener.
    assert dict(cfg.controller_quorum_voters) == {0: ("localhost", 9093)}
    assert cfg.num_recovery_threads_per_data_dir == 1
    warned = {entry.get("config") for entry in logs}
    assert "zookeeper.connect" in warned


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        load_config(tmp_path / "nope.properties")


def test_apply_dynamic_configs() -> None:
    cfg = load_config(overrides=["log.retention.hours=1"])
    dyn = apply_dynamic_configs(cfg, {"log.retention.ms": "500"}, {"num.io.threads": "4"})
    assert dyn.log_retention_ms == 500
    assert dyn.num_io_threads == 4
    assert dyn.dynamic_per_broker == {"log.retention.ms": "500"}
