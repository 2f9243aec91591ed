"""KAFKA_* environment mapping (cp-kafka / apache/kafka image rule) and KAFKA_CREATE_TOPICS."""

from __future__ import annotations

import pytest

from kpybroker.config import ConfigError
from kpybroker.env import (
    TopicSpec,
    cluster_id_from_env,
    env_key_to_property,
    env_to_properties,
    parse_create_topics,
)


@pytest.mark.parametrize(
    ("var", "key"),
    [
        ("KAFKA_NODE_ID", "node.id"),
        ("KAFKA_LOG_DIRS", "log.dirs"),
        ("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "offsets.topic.replication.factor"),
        ("KAFKA_LISTENER_NAME_INTERNAL_SSL_KEY___PASSWORD", "listener.name.internal.ssl.key-password"),
        ("KAFKA_CONFLUENT_SOME__UNDERSCORED_KEY", "confluent.some_underscored.key"),
        ("KAFKA_A____B", "a-.b"),
        ("KAFKA_CFG_NODE_ID", "node.id"),
    ],
)
def test_env_key_mapping(var: str, key: str) -> None:
    assert env_key_to_property(var) == key


@pytest.mark.parametrize(
    "var",
    [
        "KAFKA_HEAP_OPTS",
        "KAFKA_OPTS",
        "KAFKA_JMX_OPTS",
        "KAFKA_JMX_PORT",
        "KAFKA_JMX_HOSTNAME",
        "KAFKA_LOG4J_ROOT_LOGLEVEL",
        "KAFKA_LOG4J_LOGGERS",
        "KAFKA_TOOLS_LOG4J_LOGLEVEL",
        "KAFKA_VERSION",
        "KAFKA_KRAFT_MODE",
        "KAFKA_CREATE_TOPICS",
        "KAFKA_JVM_PERFORMANCE_OPTS",
        "KAFKA_GC_LOG_OPTS",
        "KAFKA_LOG4J_OPTS",
        "CLUSTER_ID",
        "PATH",
        "KAFKA_",
    ],
)
def test_image_variables_are_not_configs(var: str) -> None:
    assert env_key_to_property(var) is None


def test_env_to_properties() -> None:
    env = {
        "KAFKA_NODE_ID": "3",
        "KAFKA_PROCESS_ROLES": "broker,controller",
        "KAFKA_HEAP_OPTS": "-Xmx1G",
        "HOME": "/root",
        "CLUSTER_ID": "abc",
    }
    assert env_to_properties(env) == {"node.id": "3", "process.roles": "broker,controller"}


def test_listeners_derived_from_advertised_like_apache_image() -> None:
    env = {"KAFKA_ADVERTISED_LISTENERS": "PLAINTEXT://kafka:29092,EXTERNAL://localhost:9092"}
    props = env_to_properties(env)
    assert props["listeners"] == "PLAINTEXT://0.0.0.0:29092,EXTERNAL://0.0.0.0:9092"


def test_listeners_not_derived_when_set_or_controller_only() -> None:
    env = {"KAFKA_ADVERTISED_LISTENERS": "PLAINTEXT://kafka:29092", "KAFKA_LISTENERS": "PLAINTEXT://:29092"}
    assert env_to_properties(env)["listeners"] == "PLAINTEXT://:29092"
    env = {"KAFKA_ADVERTISED_LISTENERS": "CONTROLLER://c:9093", "KAFKA_PROCESS_ROLES": "controller"}
    assert "listeners" not in env_to_properties(env)


def test_cluster_id_from_env() -> None:
    assert cluster_id_from_env({"CLUSTER_ID": " MkU3OEVBNTcwNTJENDM2Qk "}) == "MkU3OEVBNTcwNTJENDM2Qk"
    assert cluster_id_from_env({"KAFKA_KRAFT_CLUSTER_ID": "x"}) == "x"
    assert cluster_id_from_env({}) is None


def test_parse_create_topics() -> None:
    specs = parse_create_topics("Topic1:1:3,Topic2:1:1:compact, t3:4:1")
    assert specs == [
        TopicSpec("Topic1", 1, 3, None),
        TopicSpec("Topic2", 1, 1, "compact"),
        TopicSpec("t3", 4, 1, None),
    ]
    assert parse_create_topics("") == []


@pytest.mark.parametrize("value", ["t:1", "t:x:1", "t:1:1:weird", ":1:1", "t:0:1", "t:1:1:compact:extra"])
def test_parse_create_topics_rejects(value: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_create_topics(value)
    assert info.value.key == "KAFKA_CREATE_TOPICS"
