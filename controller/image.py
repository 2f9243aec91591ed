"""The metadata image: the one copy of cluster state, built only by replaying records.

Every node (the active controller included) applies *committed* metadata records, in
log order, with :meth:`MetadataImage.apply`. Readers (request handlers, the replica
manager, coordinators) read the public attributes; they never change them. Anything
that wants to react to changes keeps the last :attr:`MetadataImage.version` it saw and
compares it with the current one, so no observer registry is needed.

Semantics follow Kafka's ``org.apache.kafka.image`` deltas: a ``PartitionChangeRecord``
only touches the fields it carries and bumps the partition epoch (and the leader epoch
when the leader changes), a ``ConfigRecord`` with a null value deletes the key, records
between ``BeginTransactionRecord`` and ``EndTransactionRecord`` are applied atomically
(and dropped on ``AbortTransactionRecord``).
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

import structlog

_log = structlog.get_logger(__name__)

ZERO_UUID = uuid.UUID(int=0)

# ConfigResource.Type ids used as the first half of a configs key.
CONFIG_RESOURCE_TOPIC = 2
CONFIG_RESOURCE_BROKER = 4
CONFIG_RESOURCE_BROKER_LOGGER = 8
CONFIG_RESOURCE_CLIENT_METRICS = 16
CONFIG_RESOURCE_GROUP = 32

METADATA_VERSION_FEATURE = "metadata.version"

# PartitionChangeRecord.Leader value meaning "leader unchanged".
NO_LEADER_CHANGE = -2
NO_LEADER = -1

# BrokerRegistrationChangeRecord.Fenced values (BrokerRegistrationFencingChange).
_FENCING_CHANGE_FENCE = 1
_FENCING_CHANGE_UNFENCE = -1
# BrokerRegistrationChangeRecord.InControlledShutdown (BrokerRegistrationInControlledShutdownChange).
_IN_CONTROLLED_SHUTDOWN = 1


def _as_uuid(value: Any) -> uuid.UUID:
    """Accept whatever the codec hands out for a uuid field (UUID, 16 bytes, or str)."""
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        return uuid.UUID(bytes=bytes(value))
    if value is None:
        return ZERO_UUID
    return uuid.UUID(str(value))


def _ints(values: Iterable[int] | None) -> tuple[int, ...]:
    return tuple(int(v) for v in values) if values is not None else ()


@dataclass(frozen=True, slots=True)
class PartitionInfo:
    partition_id: int
    replicas: tuple[int, ...]
    isr: tuple[int, ...]
    leader: int
    leader_epoch: int
    partition_epoch: int
    removing_replicas: tuple[int, ...] = ()
    adding_replicas: tuple[int, ...] = ()
    leader_recovery_state: int = 0
    directories: tuple[uuid.UUID, ...] = ()
    elr: tuple[int, ...] = ()
    last_known_elr: tuple[int, ...] = ()

    @property
    def offline_replicas(self) -> tuple[int, ...]:
        # Computed against brokers by callers that need it; kept for symmetry with Kafka's API.
        return ()


@dataclass(slots=True)
class TopicInfo:
    name: str
    topic_id: uuid.UUID
    partitions: dict[int, PartitionInfo] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Endpoint:
    name: str
    host: str
    port: int
    security_protocol: int


@dataclass(frozen=True, slots=True)
class BrokerInfo:
    broker_id: int
    epoch: int
    incarnation_id: uuid.UUID
    endpoints: dict[str, Endpoint]
    rack: str | None
    fenced: bool
    in_controlled_shutdown: bool
    features: dict[str, tuple[int, int]] = field(default_factory=dict)
    log_dirs: tuple[uuid.UUID, ...] = ()


@dataclass(frozen=True, slots=True)
class ControllerInfo:
    controller_id: int
    incarnation_id: uuid.UUID
    endpoints: dict[str, Endpoint]
    features: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AclEntry:
    acl_id: uuid.UUID
    resource_type: int
    resource_name: str
    pattern_type: int
    principal: str
    host: str
    operation: int
    permission_type: int


class MetadataImage:
    """Cluster state as of :attr:`last_offset`; mutate only through :meth:`apply`."""

    def __init__(self, cluster_id: str | None = None) -> None:
        self.cluster_id = cluster_id
        self.topics_by_name: dict[str, TopicInfo] = {}
        self.topics_by_id: dict[uuid.UUID, TopicInfo] = {}
        self.configs: dict[tuple[int, str], dict[str, str]] = {}
        self.brokers: dict[int, BrokerInfo] = {}
        self.controllers: dict[int, ControllerInfo] = {}
        self.features: dict[str, int] = {}
        # First producer id of the next block to hand out (ProducerIdsRecord.NextProducerId).
        self.next_producer_id = 0
        self.producer_ids_broker_epoch = -1
        self.client_quotas: dict[tuple[tuple[str, str | None], ...], dict[str, float]] = {}
        self.acls: dict[uuid.UUID, AclEntry] = {}
        self.scram_credentials: dict[tuple[str, int], Any] = {}
        self.delegation_tokens: dict[str, Any] = {}
        self.last_offset = -1
        # Bumped on every applied record so readers can detect change cheaply.
        self.version = 0
        self._pending_txn: list[tuple[Any, int]] | None = None

    # ------------------------------------------------------------------ reads

    @property
    def metadata_version(self) -> int:
        return self.features.get(METADATA_VERSION_FEATURE, 0)

    def topic_configs(self, name: str) -> dict[str, str]:
        return dict(self.configs.get((CONFIG_RESOURCE_TOPIC, name), {}))

    def broker_configs(self, broker_id: int | str) -> dict[str, str]:
        return dict(self.configs.get((CONFIG_RESOURCE_BROKER, str(broker_id)), {}))

    def cluster_broker_configs(self) -> dict[str, str]:
        return dict(self.configs.get((CONFIG_RESOURCE_BROKER, ""), {}))

    def partition(self, topic: str, partition: int) -> PartitionInfo | None:
        info = self.topics_by_name.get(topic)
        return info.partitions.get(partition) if info is not None else None

    def unfenced_broker_ids(self) -> list[int]:
        return sorted(b.broker_id for b in self.brokers.values() if not b.fenced)

    def active_broker_ids(self) -> list[int]:
        """Brokers that may join an ISR: unfenced and not shutting down (Kafka's isActive)."""
        return sorted(
            b.broker_id for b in self.brokers.values() if not b.fenced and not b.in_controlled_shutdown
        )

    def copy(self) -> MetadataImage:
        """An independent copy (the Raft layer will snapshot from one)."""
        return copy.deepcopy(self)

    def summary(self) -> dict[str, Any]:
        """A plain, comparable view of the whole state (used by tests and debugging)."""
        return {
            "topics": {
                name: (t.topic_id, dict(sorted(t.partitions.items())))
                for name, t in sorted(self.topics_by_name.items())
            },
            "configs": {k: dict(v) for k, v in sorted(self.configs.items())},
            "brokers": dict(sorted(self.brokers.items())),
            "features": dict(sorted(self.features.items())),
            "next_producer_id": self.next_producer_id,
            "client_quotas": dict(self.client_quotas),
            "acls": dict(self.acls),
            "last_offset": self.last_offset,
        }

    # ------------------------------------------------------------------ writes

    def apply(self, record: Any, offset: int) -> None:
        """Apply one committed record found at ``offset`` of the metadata log."""
        kind = type(record).__name__
        if kind == "BeginTransactionRecord":
            if self._pending_txn is not None:
                _log.warning("metadata_txn_nested_begin", offset=offset)
            self._pending_txn = []
        elif kind == "EndTransactionRecord":
            pending, self._pending_txn = self._pending_txn or [], None
            for rec, rec_offset in pending:
                self._apply_one(rec, rec_offset)
        elif kind == "AbortTransactionRecord":
            dropped = len(self._pending_txn or [])
            self._pending_txn = None
            _log.info("metadata_txn_aborted", offset=offset, dropped=dropped)
        elif self._pending_txn is not None:
            self._pending_txn.append((record, offset))
        else:
            self._apply_one(record, offset)
        self.last_offset = max(self.last_offset, offset)
        self.version += 1

    def apply_all(self, records: Iterable[tuple[int, Any]]) -> None:
        for offset, record in records:
            self.apply(record, offset)

    def _apply_one(self, record: Any, offset: int) -> None:
        handler = _HANDLERS.get(type(record).__name__)
        if handler is None:
            _log.info("metadata_record_ignored", record_type=type(record).__name__, offset=offset)
            return
        handler(self, record, offset)

    # -- topics and partitions

    def _topic(self, rec: Any, _offset: int) -> None:
        topic_id = _as_uuid(rec.topic_id)
        existing = self.topics_by_name.get(rec.name)
        if existing is not None and existing.topic_id == topic_id:
            return
        if existing is not None:
            # A new id for an existing name means the old topic is gone; Kafka never emits this.
            _log.error("metadata_duplicate_topic_record", topic=rec.name, old=str(existing.topic_id))
            self.topics_by_id.pop(existing.topic_id, None)
        info = TopicInfo(name=rec.name, topic_id=topic_id)
        self.topics_by_name[rec.name] = info
        self.topics_by_id[topic_id] = info

    def _remove_topic(self, rec: Any, offset: int) -> None:
        info = self.topics_by_id.pop(_as_uuid(rec.topic_id), None)
        if info is None:
            _log.error("metadata_remove_unknown_topic", topic_id=str(rec.topic_id), offset=offset)
            return
        self.topics_by_name.pop(info.name, None)
        self.configs.pop((CONFIG_RESOURCE_TOPIC, info.name), None)

    def _partition(self, rec: Any, offset: int) -> None:
        info = self.topics_by_id.get(_as_uuid(rec.topic_id))
        if info is None:
            _log.error("metadata_partition_for_unknown_topic", topic_id=str(rec.topic_id), offset=offset)
            return
        replicas = _ints(rec.replicas)
        info.partitions[rec.partition_id] = PartitionInfo(
            partition_id=rec.partition_id,
            replicas=replicas,
            isr=_ints(rec.isr),
            leader=rec.leader,
            leader_epoch=rec.leader_epoch,
            partition_epoch=rec.partition_epoch,
            removing_replicas=_ints(rec.removing_replicas),
            adding_replicas=_ints(rec.adding_replicas),
            leader_recovery_state=getattr(rec, "leader_recovery_state", 0),
            directories=tuple(_as_uuid(d) for d in (getattr(rec, "directories", None) or ())),
            elr=_ints(getattr(rec, "eligible_leader_replicas", None)),
            last_known_elr=_ints(getattr(rec, "last_known_elr", None)),
        )

    def _partition_change(self, rec: Any, offset: int) -> None:
        info = self.topics_by_id.get(_as_uuid(rec.topic_id))
        old = info.partitions.get(rec.partition_id) if info is not None else None
        if info is None or old is None:
            _log.error(
                "metadata_change_for_unknown_partition",
                topic_id=str(rec.topic_id),
                partition=rec.partition_id,
                offset=offset,
            )
            return
        changes: dict[str, Any] = {"partition_epoch": old.partition_epoch + 1}
        if rec.replicas is not None:
            changes["replicas"] = _ints(rec.replicas)
        if rec.isr is not None:
            changes["isr"] = _ints(rec.isr)
        if rec.removing_replicas is not None:
            changes["removing_replicas"] = _ints(rec.removing_replicas)
        if rec.adding_replicas is not None:
            changes["adding_replicas"] = _ints(rec.adding_replicas)
        if rec.leader != NO_LEADER_CHANGE:
            changes["leader"] = rec.leader
            changes["leader_epoch"] = old.leader_epoch + 1
        recovery = getattr(rec, "leader_recovery_state", -1)
        if recovery != -1:
            changes["leader_recovery_state"] = recovery
        directories = getattr(rec, "directories", None)
        if directories is not None:
            changes["directories"] = tuple(_as_uuid(d) for d in directories)
        elif "replicas" in changes and old.directories:
            # Keep the known directory of replicas that stay; new ones are "migrating" (unknown).
            by_replica = dict(zip(old.replicas, old.directories, strict=False))
            changes["directories"] = tuple(by_replica.get(r, ZERO_UUID) for r in changes["replicas"])
        elr = getattr(rec, "eligible_leader_replicas", None)
        if elr is not None:
            changes["elr"] = _ints(elr)
        last_known_elr = getattr(rec, "last_known_elr", None)
        if last_known_elr is not None:
            changes["last_known_elr"] = _ints(last_known_elr)
        info.partitions[rec.partition_id] = replace(old, **changes)

    def _clear_elr(self, rec: Any, _offset: int) -> None:
        topics: Sequence[TopicInfo]
        if rec.topic_name:
            one = self.topics_by_name.get(rec.topic_name)
            topics = [one] if one is not None else []
        else:
            topics = list(self.topics_by_name.values())
        for info in topics:
            for pid, part in list(info.partitions.items()):
                if part.elr or part.last_known_elr:
                    info.partitions[pid] = replace(
                        part, elr=(), last_known_elr=(), partition_epoch=part.partition_epoch + 1
                    )

    # -- configs

    def _config(self, rec: Any, _offset: int) -> None:
        key = (int(rec.resource_type), rec.resource_name)
        if rec.value is None:
            current = self.configs.get(key)
            if current is not None:
                current.pop(rec.name, None)
                if not current:
                    del self.configs[key]
        else:
            self.configs.setdefault(key, {})[rec.name] = rec.value

    # -- features and producer ids

    def _feature_level(self, rec: Any, _offset: int) -> None:
        if rec.feature_level == 0 and rec.name != METADATA_VERSION_FEATURE:
            self.features.pop(rec.name, None)
        else:
            self.features[rec.name] = rec.feature_level

    def _producer_ids(self, rec: Any, offset: int) -> None:
        if rec.next_producer_id <= self.next_producer_id and self.next_producer_id != 0:
            _log.error(
                "metadata_producer_ids_not_increasing",
                next_producer_id=rec.next_producer_id,
                current=self.next_producer_id,
                offset=offset,
            )
            return
        self.next_producer_id = rec.next_producer_id
        self.producer_ids_broker_epoch = rec.broker_epoch

    # -- brokers and controllers

    def _register_broker(self, rec: Any, _offset: int) -> None:
        endpoints = {
            ep.name: Endpoint(ep.name, ep.host, ep.port, ep.security_protocol) for ep in rec.end_points
        }
        self.brokers[rec.broker_id] = BrokerInfo(
            broker_id=rec.broker_id,
            epoch=rec.broker_epoch,
            incarnation_id=_as_uuid(rec.incarnation_id),
            endpoints=endpoints,
            rack=rec.rack,
            fenced=bool(rec.fenced),
            in_controlled_shutdown=bool(getattr(rec, "in_controlled_shutdown", False)),
            features={f.name: (f.min_supported_version, f.max_supported_version) for f in rec.features},
            log_dirs=tuple(_as_uuid(d) for d in (getattr(rec, "log_dirs", None) or ())),
        )

    def _broker_for(self, broker_id: int, epoch: int, kind: str, offset: int) -> BrokerInfo | None:
        broker = self.brokers.get(broker_id)
        if broker is None or broker.epoch != epoch:
            _log.error("metadata_broker_record_mismatch", record_type=kind, broker=broker_id, epoch=epoch,
                       offset=offset)
            return None
        return broker

    def _unregister_broker(self, rec: Any, offset: int) -> None:
        if self._broker_for(rec.broker_id, rec.broker_epoch, "UnregisterBrokerRecord", offset) is not None:
            del self.brokers[rec.broker_id]

    def _fence_broker(self, rec: Any, offset: int) -> None:
        broker = self._broker_for(rec.id, rec.epoch, "FenceBrokerRecord", offset)
        if broker is not None:
            self.brokers[rec.id] = replace(broker, fenced=True)

    def _unfence_broker(self, rec: Any, offset: int) -> None:
        broker = self._broker_for(rec.id, rec.epoch, "UnfenceBrokerRecord", offset)
        if broker is not None:
            self.brokers[rec.id] = replace(broker, fenced=False)

    def _broker_registration_change(self, rec: Any, offset: int) -> None:
        broker = self._broker_for(rec.broker_id, rec.broker_epoch, "BrokerRegistrationChangeRecord", offset)
        if broker is None:
            return
        changes: dict[str, Any] = {}
        if rec.fenced == _FENCING_CHANGE_FENCE:
            changes["fenced"] = True
        elif rec.fenced == _FENCING_CHANGE_UNFENCE:
            changes["fenced"] = False
        shutdown = getattr(rec, "in_controlled_shutdown", 0)
        if shutdown == _IN_CONTROLLED_SHUTDOWN:
            changes["in_controlled_shutdown"] = True
        log_dirs = getattr(rec, "log_dirs", None)
        if log_dirs:
            changes["log_dirs"] = tuple(_as_uuid(d) for d in log_dirs)
        if changes.get("fenced") is True:
            # A fenced broker is no longer shutting down: it is down.
            changes["in_controlled_shutdown"] = False
        self.brokers[rec.broker_id] = replace(broker, **changes)

    def _register_controller(self, rec: Any, _offset: int) -> None:
        self.controllers[rec.controller_id] = ControllerInfo(
            controller_id=rec.controller_id,
            incarnation_id=_as_uuid(rec.incarnation_id),
            endpoints={
                ep.name: Endpoint(ep.name, ep.host, ep.port, ep.security_protocol) for ep in rec.end_points
            },
            features={f.name: (f.min_supported_version, f.max_supported_version) for f in rec.features},
        )

    # -- quotas, ACLs, SCRAM, delegation tokens

    def _client_quota(self, rec: Any, _offset: int) -> None:
        entity = tuple(sorted((e.entity_type, e.entity_name) for e in rec.entity))
        if rec.remove:
            current = self.client_quotas.get(entity)
            if current is not None:
                current.pop(rec.key, None)
                if not current:
                    del self.client_quotas[entity]
        else:
            self.client_quotas.setdefault(entity, {})[rec.key] = rec.value

    def _acl(self, rec: Any, _offset: int) -> None:
        acl_id = _as_uuid(rec.id)
        self.acls[acl_id] = AclEntry(
            acl_id=acl_id,
            resource_type=rec.resource_type,
            resource_name=rec.resource_name,
            pattern_type=rec.pattern_type,
            principal=rec.principal,
            host=rec.host,
            operation=rec.operation,
            permission_type=rec.permission_type,
        )

    def _remove_acl(self, rec: Any, _offset: int) -> None:
        self.acls.pop(_as_uuid(rec.id), None)

    def _scram(self, rec: Any, _offset: int) -> None:
        self.scram_credentials[(rec.name, rec.mechanism)] = rec

    def _remove_scram(self, rec: Any, _offset: int) -> None:
        self.scram_credentials.pop((rec.name, rec.mechanism), None)

    def _delegation_token(self, rec: Any, _offset: int) -> None:
        self.delegation_tokens[rec.token_id] = rec

    def _remove_delegation_token(self, rec: Any, _offset: int) -> None:
        self.delegation_tokens.pop(rec.token_id, None)

    def _no_op(self, _rec: Any, _offset: int) -> None:
        # NoOpRecord only advances the committed offset (Kafka writes it to prove liveness).
        return


_HANDLERS = MappingProxyType({
    "TopicRecord": MetadataImage._topic,
    "RemoveTopicRecord": MetadataImage._remove_topic,
    "PartitionRecord": MetadataImage._partition,
    "PartitionChangeRecord": MetadataImage._partition_change,
    "ClearElrRecord": MetadataImage._clear_elr,
    "ConfigRecord": MetadataImage._config,
    "FeatureLevelRecord": MetadataImage._feature_level,
    "ProducerIdsRecord": MetadataImage._producer_ids,
    "RegisterBrokerRecord": MetadataImage._register_broker,
    "UnregisterBrokerRecord": MetadataImage._unregister_broker,
    "FenceBrokerRecord": MetadataImage._fence_broker,
    "UnfenceBrokerRecord": MetadataImage._unfence_broker,
    "BrokerRegistrationChangeRecord": MetadataImage._broker_registration_change,
    "RegisterControllerRecord": MetadataImage._register_controller,
    "ClientQuotaRecord": MetadataImage._client_quota,
    "AccessControlEntryRecord": MetadataImage._acl,
    "RemoveAccessControlEntryRecord": MetadataImage._remove_acl,
    "UserScramCredentialRecord": MetadataImage._scram,
    "RemoveUserScramCredentialRecord": MetadataImage._remove_scram,
    "DelegationTokenRecord": MetadataImage._delegation_token,
    "RemoveDelegationTokenRecord": MetadataImage._remove_delegation_token,
    "NoOpRecord": MetadataImage._no_op,
})
