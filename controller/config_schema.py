"""What the controller must know about config keys to apply APPEND/SUBTRACT.

Kafka's ``KafkaConfigSchema`` answers two questions for incremental alters: is the key
a LIST (only those may be appended to / subtracted from), and what is its default
(the starting list when the resource has no value yet). The broker may inject a
richer schema built from ``kpybroker.config``; this default knows the LIST-typed
topic configs and the common LIST-typed broker configs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Protocol

from controller.image import CONFIG_RESOURCE_BROKER, CONFIG_RESOURCE_TOPIC


class ConfigSchema(Protocol):
    def is_list(self, resource_type: int, name: str) -> bool: ...

    def default(self, resource_type: int, name: str) -> str | None: ...


_TOPIC_LIST_DEFAULTS = MappingProxyType(
    {
        "cleanup.policy": "delete",
        "leader.replication.throttled.replicas": "",
        "follower.replication.throttled.replicas": "",
    }
)

_BROKER_LIST_DEFAULTS = MappingProxyType(
    {
        "listeners": "PLAINTEXT://:9092",
        "advertised.listeners": None,
        "log.dirs": None,
        "log.cleanup.policy": "delete",
        "listener.security.protocol.map": (
            "SASL_SSL:SASL_SSL,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT"
        ),
        "sasl.enabled.mechanisms": "GSSAPI",
        "ssl.cipher.suites": "",
        "ssl.enabled.protocols": "TLSv1.2,TLSv1.3",
        "metric.reporters": "",
        "cordoned.log.dirs": "",
        "super.users": None,
    }
)


@dataclass(frozen=True, slots=True)
class DefaultConfigSchema:
    topic_lists: MappingProxyType[str, str | None] = field(default_factory=lambda: _TOPIC_LIST_DEFAULTS)
    broker_lists: MappingProxyType[str, str | None] = field(default_factory=lambda: _BROKER_LIST_DEFAULTS)

    def _table(self, resource_type: int) -> MappingProxyType[str, str | None]:
        if resource_type == CONFIG_RESOURCE_TOPIC:
            return self.topic_lists
        if resource_type == CONFIG_RESOURCE_BROKER:
            return self.broker_lists
        return MappingProxyType({})

    def is_list(self, resource_type: int, name: str) -> bool:
        return name in self._table(resource_type)

    def default(self, resource_type: int, name: str) -> str | None:
        return self._table(resource_type).get(name)
