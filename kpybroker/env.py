"""Docker-style configuration from environment variables.

Follows the rule shared by Confluent's cp-kafka image (`dub`'s `env_to_props`) and the
apache/kafka image (`KafkaDockerWrapper.getServerConfigsFromEnv`): every `KAFKA_*`
variable that is not one of the image's own becomes a broker config by stripping
`KAFKA_`, lower-casing, and mapping `___` -> `-`, `__` -> `_`, `_` -> `.`. Bitnami's
`KAFKA_CFG_*` spelling is accepted too. `CLUSTER_ID` carries the cluster id.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kpybroker.config_defs import ConfigError

# Variables the images consume themselves (JVM, logging, tooling), never broker configs.
IMAGE_VARIABLES: frozenset[str] = frozenset(
    {
        "KAFKA_VERSION",
        "KAFKA_HOME",
        "KAFKA_HEAP_OPTS",
        "KAFKA_JMX_OPTS",
        "KAFKA_JVM_PERFORMANCE_OPTS",
        "KAFKA_GC_LOG_OPTS",
        "KAFKA_LOG4J_OPTS",
        "KAFKA_OPTS",
        "KAFKA_DEBUG",
        "KAFKA_LOG4J_ROOT_LOGLEVEL",
        "KAFKA_LOG4J_LOGGERS",
        "KAFKA_TOOLS_LOG4J_LOGLEVEL",
        "KAFKA_ZOOKEEPER_CLIENT_CNXN_SOCKET",
        "KAFKA_KRAFT_MODE",
        "KAFKA_KRAFT_CLUSTER_ID",
        "KAFKA_CREATE_TOPICS",
        "KAFKA_CREATE_TOPICS_SEPARATOR",
        "KAFKA_CLUSTERS",
    }
)
IMAGE_VARIABLE_PREFIXES: tuple[str, ...] = ("KAFKA_JMX_", "KAFKA_CFG_")


def env_key_to_property(var: str) -> str | None:
    """`KAFKA_LOG_DIRS` -> `log.dirs`; None when the variable is not a broker config."""
    if var.startswith("KAFKA_CFG_"):
        body = var[len("KAFKA_CFG_") :]
    elif var.startswith("KAFKA_") and var not in IMAGE_VARIABLES and not var.startswith(IMAGE_VARIABLE_PREFIXES):
        body = var[len("KAFKA_") :]
    else:
        return None
    if not body:
        return None
    # Order matters: the widest run of underscores is translated first.
    return body.lower().replace("___", "-").replace("__", "\0").replace("_", ".").replace("\0", "_")


def env_to_properties(env: Mapping[str, str]) -> dict[str, str]:
    """Broker properties carried by the environment, Kafka-named.

    Like the apache/kafka image's `configure` script, `listeners` defaults to
    `advertised.listeners` with every host replaced by 0.0.0.0 when only the latter is
    given (and the node is not a pure controller).
    """
    props: dict[str, str] = {}
    for var in sorted(env):
        key = env_key_to_property(var)
        if key is not None:
            props[key] = env[var]
    roles = props.get("process.roles", "")
    if "listeners" not in props and "advertised.listeners" in props and roles.strip() != "controller":
        props["listeners"] = ",".join(
            _with_wildcard_host(item) for item in props["advertised.listeners"].split(",") if item.strip()
        )
    return props


def _with_wildcard_host(endpoint: str) -> str:
    scheme, sep, rest = endpoint.strip().partition("://")
    if not sep:
        return endpoint.strip()
    port = rest.rsplit(":", 1)[-1]
    return f"{scheme}://0.0.0.0:{port}"


def cluster_id_from_env(env: Mapping[str, str]) -> str | None:
    value = env.get("CLUSTER_ID") or env.get("KAFKA_KRAFT_CLUSTER_ID")
    return value.strip() if value and value.strip() else None


@dataclass(frozen=True, slots=True)
class TopicSpec:
    """One topic of wurstmeister's `KAFKA_CREATE_TOPICS`."""

    name: str
    partitions: int
    replication_factor: int
    cleanup_policy: str | None = None


def parse_create_topics(value: str, separator: str = ",") -> list[TopicSpec]:
    """Parse `name:partitions:replicas[:cleanup.policy]` entries (wurstmeister convention)."""
    specs: list[TopicSpec] = []
    for item in (s.strip() for s in value.split(separator)):
        if not item:
            continue
        parts = item.split(":")
        if len(parts) not in (3, 4) or not parts[0]:
            raise ConfigError(
                "KAFKA_CREATE_TOPICS",
                f"Invalid topic spec '{item}': expected name:partitions:replicas[:cleanup.policy]",
            )
        try:
            partitions, replicas = int(parts[1]), int(parts[2])
        except ValueError as exc:
            raise ConfigError(
                "KAFKA_CREATE_TOPICS", f"Invalid topic spec '{item}': partitions and replicas must be integers"
            ) from exc
        if partitions < 1 or replicas < 1:
            raise ConfigError(
                "KAFKA_CREATE_TOPICS", f"Invalid topic spec '{item}': partitions and replicas must be at least 1"
            )
        policy = parts[3] if len(parts) == 4 and parts[3] else None
        if policy is not None and policy not in ("delete", "compact", "compact,delete"):
            raise ConfigError("KAFKA_CREATE_TOPICS", f"Invalid cleanup.policy '{policy}' in '{item}'")
        specs.append(TopicSpec(parts[0], partitions, replicas, policy))
    return specs
