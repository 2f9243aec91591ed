"""The active controller's decisions, sans-IO (Kafka's QuorumController + *ControlManager).

Each method takes a request object, the current committed :class:`MetadataImage` and
``now_ms`` and returns a :class:`ControllerResult`: the metadata records to append and
the response to send once they are committed. Nothing here changes the image: the
caller appends the records to the metadata log and, once committed, applies them.
Validation order, error codes and error messages follow Kafka 4.3.1's
``ControllerApis`` (duplicate / internal-name checks) and ``ReplicationControlManager``,
``ConfigurationControlManager``, ``ClusterControlManager`` and
``ProducerIdControlManager``.

State that is not metadata (broker heartbeat times) lives on this object: it is the
controller's own soft state, lost on fail-over exactly as in Kafka.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import random
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import structlog

from controller.api_error import NONE, ApiError, ControllerError
from controller.config_schema import ConfigSchema, DefaultConfigSchema
from controller.image import (
    CONFIG_RESOURCE_BROKER,
    CONFIG_RESOURCE_TOPIC,
    ZERO_UUID,
    MetadataImage,
    PartitionInfo,
)
from controller.placement import place_replicas
from controller.topic_names import (
    CLUSTER_METADATA_TOPIC_NAME,
    has_collision_chars,
    invalid_topic_message,
    unify_collision_chars,
)
from protocol import messages as m
from protocol.errors import ErrorCode, error_info

_log = structlog.get_logger(__name__)

T = TypeVar("T")

PRODUCER_ID_BLOCK_SIZE = 1000
# QuorumController.MAX_RECORDS_PER_USER_OP: the most partitions one CreateTopics may add.
MAX_PARTITIONS_PER_REQUEST = 10_000
MAX_INT64 = (1 << 63) - 1

# AlterConfigOp.OpType ids.
OP_SET = 0
OP_DELETE = 1
OP_APPEND = 2
OP_SUBTRACT = 3
_OP_NAMES = {OP_SET: "SET", OP_DELETE: "DELETE", OP_APPEND: "APPEND", OP_SUBTRACT: "SUBTRACT"}

# ConfigResource.Type ids the controller accepts (BROKER_LOGGER is answered by brokers).
_KNOWN_RESOURCE_TYPES = frozenset({2, 4, 8, 16, 32})

# BrokerRegistrationChangeRecord encodings.
_FENCE = 1
_UNFENCE = -1
_IN_CONTROLLED_SHUTDOWN = 1

ELR_FEATURE = "eligible.leader.replicas.version"

TopicConfigValidator = Callable[[dict[str, str | None]], None]
BrokerConfigValidator = Callable[[str, dict[str, str | None]], None]
# (name, value, read_only, config_source, is_sensitive) for every effective config of a topic.
TopicConfigDescriber = Callable[[str, dict[str, str]], list[tuple[str, str | None, bool, int, bool]]]


@dataclass(frozen=True, slots=True)
class ControllerConfig:
    node_id: int
    num_partitions: int = 1  # num.partitions
    default_replication_factor: int = 1  # default.replication.factor
    delete_topic_enable: bool = True  # delete.topic.enable
    broker_session_timeout_ms: int = 9000  # broker.session.timeout.ms
    cluster_id: str | None = None


@dataclass(slots=True)
class ControllerResult(Generic[T]):
    records: list[Any]
    response: T


@dataclass(slots=True)
class _BrokerSession:
    last_contact_ms: int
    epoch: int


def _error_message_of(exc: BaseException) -> str:
    message = getattr(exc, "message", None)
    return message if isinstance(message, str) else str(exc)


def _error_code_of(exc: BaseException, default: str) -> ApiError:
    """Map an injected validator's exception to an ApiError (INVALID_CONFIG unless it says)."""
    code = getattr(exc, "code", None)
    if isinstance(code, int) and code != 0:
        return ApiError(int(code), _error_message_of(exc))
    return ApiError.of(default, _error_message_of(exc))


def _kafka_uuid_str(value: uuid.UUID) -> str:
    return base64.urlsafe_b64encode(value.bytes).decode("ascii").rstrip("=")


class QuorumController:
    """Decisions of the active controller; pure functions of (request, image, now_ms)."""

    def __init__(
        self,
        config: ControllerConfig,
        *,
        validate_topic_configs: TopicConfigValidator | None = None,
        validate_broker_configs: BrokerConfigValidator | None = None,
        describe_topic_configs: TopicConfigDescriber | None = None,
        config_schema: ConfigSchema | None = None,
        uuid_factory: Callable[[], uuid.UUID] = uuid.uuid4,
        rng: random.Random | None = None,
    ) -> None:
        self.config = config
        self._validate_topic_configs = validate_topic_configs
        self._validate_broker_configs = validate_broker_configs
        self._describe_topic_configs = describe_topic_configs
        self._config_schema: ConfigSchema = config_schema or DefaultConfigSchema()
        self._uuid_factory = uuid_factory
        # Seeded by the caller in tests; placement only needs "random start", not secrecy.
        self._rng = rng or random.Random()
        self._sessions: dict[int, _BrokerSession] = {}

    # ------------------------------------------------------------------ helpers

    def new_topic_id(self) -> uuid.UUID:
        """Kafka's Uuid.randomUuid: never zero and never rendered with a leading '-'."""
        while True:
            value = self._uuid_factory()
            if value != ZERO_UUID and not _kafka_uuid_str(value).startswith("-"):
                return value

    @staticmethod
    def _partition_record(
        image: MetadataImage, topic_id: uuid.UUID, partition_id: int, replicas: Sequence[int], isr: Sequence[int]
    ) -> Any:
        directories = []
        for broker_id in replicas:
            broker = image.brokers.get(broker_id)
            # Kafka's defaultDir: the broker's only directory, else UNASSIGNED (zero).
            if broker is not None and len(broker.log_dirs) == 1:
                directories.append(broker.log_dirs[0])
            else:
                directories.append(ZERO_UUID)
        record = m.PartitionRecord(
            partition_id=partition_id,
            topic_id=topic_id,
            replicas=list(replicas),
            isr=list(isr),
            removing_replicas=[],
            adding_replicas=[],
            leader=isr[0],
            leader_recovery_state=0,
            leader_epoch=0,
            partition_epoch=0,
            directories=directories,
        )
        if image.features.get(ELR_FEATURE, 0) >= 1:
            record.eligible_leader_replicas = []
            record.last_known_elr = []
        return record

    @staticmethod
    def _is_active(image: MetadataImage, broker_id: int) -> bool:
        broker = image.brokers.get(broker_id)
        return broker is not None and not broker.fenced and not broker.in_controlled_shutdown

    # ------------------------------------------------------------------ CreateTopics

    def create_topics(
        self, request: Any, image: MetadataImage, now_ms: int, version: int | None = None
    ) -> ControllerResult[Any]:
        """CreateTopics as ControllerApis.createTopics + ReplicationControlManager.createTopics."""
        del now_ms, version  # every response field used is ignorable, so one shape fits all versions
        seen: set[str] = set()
        duplicates: list[str] = []
        unique: list[Any] = []
        for topic in request.topics:
            if topic.name in seen:
                if topic.name not in duplicates:
                    duplicates.append(topic.name)
            else:
                seen.add(topic.name)
        for topic in request.topics:
            if topic.name not in duplicates and topic.name != CLUSTER_METADATA_TOPIC_NAME:
                if all(t.name != topic.name for t in unique):
                    unique.append(topic)

        requested = sum(
            len(t.assignments) if t.assignments
            else (self.config.num_partitions if t.num_partitions == -1 else max(t.num_partitions, 0))
            for t in unique
        )
        if requested > MAX_PARTITIONS_PER_REQUEST:
            # Kafka fails the whole request; every topic of it carries the error.
            err = ApiError.of("POLICY_VIOLATION", "Excessively large number of partitions per request.")
            failed = m.CreateTopicsResponse(
                throttle_time_ms=0, topics=[self._create_topic_error(t.name, err) for t in request.topics]
            )
            return ControllerResult([], failed)

        errors: dict[str, ApiError] = {}
        self._validate_new_topic_names(image, unique, errors)
        for topic in unique:
            if topic.name in image.topics_by_name:
                errors[topic.name] = ApiError.of("TOPIC_ALREADY_EXISTS", f"Topic '{topic.name}' already exists.")
        for topic in unique:
            if topic.name in errors:
                continue
            nulls = [c.name for c in topic.configs if c.value is None]
            if nulls:
                errors[topic.name] = ApiError.of(
                    "INVALID_CONFIG", "Null value not supported for topic configs: " + ",".join(nulls)
                )

        records: list[Any] = []
        results: dict[str, Any] = {}
        for topic in unique:
            if topic.name in errors:
                continue
            overrides = {c.name: c.value for c in topic.configs}
            if overrides:
                err = self._check_topic_configs(overrides)
                if err.is_failure:
                    errors[topic.name] = err
                    continue
            try:
                topic_records, result = self._create_topic(image, topic, overrides)
            except ControllerError as exc:
                errors[topic.name] = exc.error
                continue
            records.extend(topic_records)
            results[topic.name] = result

        response = m.CreateTopicsResponse(throttle_time_ms=0, topics=[])
        summary: list[str] = []
        for topic in unique:
            err = errors.get(topic.name)
            if err is not None:
                response.topics.append(self._create_topic_error(topic.name, err))
                summary.append(f"{topic.name}: {err.code} ({err.message})")
            else:
                response.topics.append(results[topic.name])
                summary.append(f"{topic.name}: SUCCESS")
        for name in duplicates:
            response.topics.append(
                self._create_topic_error(name, ApiError.of("INVALID_REQUEST", "Duplicate topic name."))
            )
        if CLUSTER_METADATA_TOPIC_NAME in seen and CLUSTER_METADATA_TOPIC_NAME not in duplicates:
            response.topics.append(
                self._create_topic_error(
                    CLUSTER_METADATA_TOPIC_NAME,
                    ApiError.of(
                        "INVALID_REQUEST",
                        f"Creation of internal topic {CLUSTER_METADATA_TOPIC_NAME} is prohibited.",
                    ),
                )
            )
        if request.validate_only:
            _log.info("create_topics_validate_only", results=", ".join(summary))
            return ControllerResult([], response)
        _log.info("create_topics", results=", ".join(summary))
        return ControllerResult(records, response)

    @staticmethod
    def _create_topic_error(name: str, err: ApiError) -> Any:
        return m.CreateTopicsResponse.CreatableTopicResult(
            name=name, topic_id=ZERO_UUID, error_code=err.code, error_message=err.message
        )

    @staticmethod
    def _validate_new_topic_names(image: MetadataImage, topics: Iterable[Any], errors: dict[str, ApiError]) -> None:
        colliding: dict[str, str] = {}
        for existing in image.topics_by_name:
            if has_collision_chars(existing):
                colliding.setdefault(unify_collision_chars(existing), existing)
        for topic in topics:
            message = invalid_topic_message(topic.name)
            if message is not None:
                errors[topic.name] = ApiError.of("INVALID_TOPIC_EXCEPTION", message)
            if has_collision_chars(topic.name):
                other = colliding.get(unify_collision_chars(topic.name))
                if other is not None:
                    errors[topic.name] = ApiError.of(
                        "INVALID_TOPIC_EXCEPTION", f"Topic '{topic.name}' collides with existing topic: {other}"
                    )

    def _check_topic_configs(self, configs: dict[str, str | None]) -> ApiError:
        if self._validate_topic_configs is None:
            return NONE
        try:
            self._validate_topic_configs(dict(configs))
        except Exception as exc:  # noqa: BLE001 - the validator's error becomes the response
            return _error_code_of(exc, "INVALID_CONFIG")
        return NONE

    def _create_topic(self, image: MetadataImage, topic: Any, overrides: dict[str, str]) -> tuple[list[Any], Any]:
        parts: dict[int, tuple[list[int], list[int]]] = {}
        if topic.assignments:
            if topic.replication_factor != -1:
                raise ControllerError(
                    ApiError.of(
                        "INVALID_REQUEST",
                        "A manual partition assignment was specified, but replication factor was not set to -1.",
                    )
                )
            if topic.num_partitions != -1:
                raise ControllerError(
                    ApiError.of(
                        "INVALID_REQUEST",
                        "A manual partition assignment was specified, but numPartitions was not set to -1.",
                    )
                )
            rf: int | None = None
            for assignment in topic.assignments:
                if assignment.partition_index in parts:
                    raise ControllerError(
                        ApiError.of(
                            "INVALID_REPLICA_ASSIGNMENT",
                            f"Found multiple manual partition assignments for partition {assignment.partition_index}",
                        )
                    )
                replicas = list(assignment.broker_ids)
                self._validate_manual_assignment(image, replicas, rf)
                rf = len(replicas)
                isr = [b for b in replicas if self._is_active(image, b)]
                if not isr:
                    raise ControllerError(
                        ApiError.of(
                            "INVALID_REPLICA_ASSIGNMENT",
                            "All brokers specified in the manual partition assignment for partition "
                            f"{assignment.partition_index} are fenced or in controlled shutdown.",
                        )
                    )
                parts[assignment.partition_index] = (replicas, isr)
            for i in range(len(parts)):
                if i not in parts:
                    raise ControllerError(
                        ApiError.of(
                            "INVALID_REPLICA_ASSIGNMENT", "partitions should be a consecutive 0-based integer sequence"
                        )
                    )
        elif topic.replication_factor < -1 or topic.replication_factor == 0:
            raise ControllerError(
                ApiError.of(
                    "INVALID_REPLICATION_FACTOR",
                    "Replication factor must be larger than 0, or -1 to use the default value.",
                )
            )
        elif topic.num_partitions < -1 or topic.num_partitions == 0:
            raise ControllerError(
                ApiError.of("INVALID_PARTITIONS", "Number of partitions was set to an invalid non-positive value.")
            )
        else:
            num_partitions = self.config.num_partitions if topic.num_partitions == -1 else topic.num_partitions
            rf = (
                self.config.default_replication_factor
                if topic.replication_factor == -1
                else topic.replication_factor
            )
            for pid, replicas in enumerate(self._place(image, 0, num_partitions, rf)):
                isr = [b for b in replicas if self._is_active(image, b)]
                if not isr:
                    raise ControllerError(
                        ApiError.of(
                            "INVALID_REPLICATION_FACTOR",
                            f"Unable to replicate the partition {rf} time(s): All brokers are currently fenced "
                            "or in controlled shutdown.",
                        )
                    )
                parts[pid] = (replicas, isr)

        topic_id = self.new_topic_id()
        result = m.CreateTopicsResponse.CreatableTopicResult(
            name=topic.name,
            topic_id=topic_id,
            error_code=0,
            error_message=None,
            topic_config_error_code=0,
            num_partitions=len(parts),
            replication_factor=len(next(iter(parts.values()))[0]),
            configs=self._describe_created_topic(topic.name, overrides),
        )
        records: list[Any] = [m.TopicRecord(name=topic.name, topic_id=topic_id)]
        # ConfigRecords go after the TopicRecord but before the PartitionRecords, as in Kafka.
        for key, value in overrides.items():
            records.append(
                m.ConfigRecord(resource_type=CONFIG_RESOURCE_TOPIC, resource_name=topic.name, name=key, value=value)
            )
        for pid in sorted(parts):
            replicas, isr = parts[pid]
            records.append(self._partition_record(image, topic_id, pid, replicas, isr))
        return records, result

    def _describe_created_topic(self, name: str, overrides: dict[str, str]) -> list[Any]:
        if self._describe_topic_configs is None:
            return []
        entries = self._describe_topic_configs(name, dict(overrides))
        out = []
        for cname, value, read_only, source, sensitive in sorted(entries, key=lambda e: e[0]):
            out.append(
                m.CreateTopicsResponse.CreatableTopicConfigs(
                    name=cname,
                    value=None if sensitive else value,
                    read_only=read_only,
                    config_source=source,
                    is_sensitive=sensitive,
                )
            )
        return out

    def _place(self, image: MetadataImage, start: int, count: int, rf: int) -> list[list[int]]:
        unfenced = [b.broker_id for b in image.brokers.values() if not b.fenced]
        fenced = [b.broker_id for b in image.brokers.values() if b.fenced]
        try:
            return place_replicas(
                start_partition=start,
                num_partitions=count,
                replication_factor=rf,
                unfenced=unfenced,
                fenced=fenced,
                rng=self._rng,
            )
        except ControllerError as exc:
            raise ControllerError(
                ApiError.of(
                    "INVALID_REPLICATION_FACTOR", f"Unable to replicate the partition {rf} time(s): {exc.error.message}"
                )
            ) from exc

    @staticmethod
    def _validate_manual_assignment(image: MetadataImage, replicas: list[int], rf: int | None) -> None:
        if not replicas:
            raise ControllerError(
                ApiError.of("INVALID_REPLICA_ASSIGNMENT", "The manual partition assignment includes an empty replica list.")
            )
        previous: int | None = None
        for broker_id in sorted(replicas):
            if broker_id not in image.brokers:
                raise ControllerError(
                    ApiError.of(
                        "INVALID_REPLICA_ASSIGNMENT",
                        f"The manual partition assignment includes broker {broker_id}, but no such broker is "
                        "registered.",
                    )
                )
            if broker_id == previous:
                raise ControllerError(
                    ApiError.of(
                        "INVALID_REPLICA_ASSIGNMENT",
                        f"The manual partition assignment includes the broker {previous} more than once.",
                    )
                )
            previous = broker_id
        if rf is not None and len(replicas) != rf:
            raise ControllerError(
                ApiError.of(
                    "INVALID_REPLICA_ASSIGNMENT",
                    f"The manual partition assignment includes a partition with {len(replicas)} replica(s), but "
                    f"this is not consistent with previous partitions, which have {rf} replica(s).",
                )
            )

    # ------------------------------------------------------------------ DeleteTopics

    def delete_topics(
        self, request: Any, image: MetadataImage, now_ms: int, version: int | None = None
    ) -> ControllerResult[Any]:
        """DeleteTopics as ControllerApis.deleteTopics (minus authorization and shuffling)."""
        del now_ms
        response = m.DeleteTopicsResponse(throttle_time_ms=0, responses=[])

        def answer(name: str | None, topic_id: uuid.UUID, err: ApiError) -> None:
            response.responses.append(
                m.DeleteTopicsResponse.DeletableTopicResult(
                    name=name, topic_id=topic_id, error_code=err.code, error_message=err.message
                )
            )

        names = list(getattr(request, "topic_names", None) or [])
        states = list(getattr(request, "topics", None) or [])
        if not self.config.delete_topic_enable:
            if version is not None and version < 3:
                err = ApiError.of("INVALID_REQUEST", "Topic deletion is disabled.")
            else:
                err = ApiError.from_exception("TOPIC_DELETION_DISABLED")
            for name in names:
                answer(name, ZERO_UUID, err)
            for state in states:
                answer(state.name, state.topic_id or ZERO_UUID, err)
            return ControllerResult([], response)

        provided_names: list[str] = []
        duplicate_names: list[str] = []
        provided_ids: list[uuid.UUID] = []
        duplicate_ids: list[uuid.UUID] = []

        def add_name(name: str) -> None:
            if name in duplicate_names:
                return
            if name in provided_names:
                provided_names.remove(name)
                duplicate_names.append(name)
            else:
                provided_names.append(name)

        for name in names:
            add_name(name)
        for state in states:
            topic_id = state.topic_id or ZERO_UUID
            if state.name is None:
                if topic_id == ZERO_UUID:
                    answer(None, ZERO_UUID, ApiError.of("INVALID_REQUEST", "Neither topic name nor id were specified."))
                elif topic_id in duplicate_ids:
                    continue
                elif topic_id in provided_ids:
                    provided_ids.remove(topic_id)
                    duplicate_ids.append(topic_id)
                else:
                    provided_ids.append(topic_id)
            elif topic_id == ZERO_UUID:
                add_name(state.name)
            else:
                answer(
                    state.name,
                    topic_id,
                    ApiError.of("INVALID_REQUEST", "You may not specify both topic name and topic id."),
                )
        for name in duplicate_names:
            answer(name, ZERO_UUID, ApiError.of("INVALID_REQUEST", "Duplicate topic name."))
        for topic_id in duplicate_ids:
            answer(None, topic_id, ApiError.of("INVALID_REQUEST", "Duplicate topic id."))

        to_delete: dict[uuid.UUID, str] = {}
        for topic_id in provided_ids:
            info = image.topics_by_id.get(topic_id)
            if info is None:
                answer(None, topic_id, ApiError.default("UNKNOWN_TOPIC_ID"))
            else:
                to_delete[topic_id] = info.name
        for name in provided_names:
            info = image.topics_by_name.get(name)
            if info is None:
                answer(name, ZERO_UUID, ApiError.default("UNKNOWN_TOPIC_OR_PARTITION"))
            elif info.topic_id in duplicate_ids or info.topic_id in to_delete:
                duplicate_ids.append(info.topic_id)
                to_delete.pop(info.topic_id, None)
                answer(
                    name,
                    info.topic_id,
                    ApiError.of("INVALID_REQUEST", "The provided topic name maps to an ID that was already supplied."),
                )
            else:
                to_delete[info.topic_id] = name

        records = []
        for topic_id, name in to_delete.items():
            records.append(m.RemoveTopicRecord(topic_id=topic_id))
            answer(name, topic_id, NONE)
        if records:
            _log.info("delete_topics", topics=sorted(to_delete.values()))
        return ControllerResult(records, response)

    # ------------------------------------------------------------------ CreatePartitions

    def create_partitions(
        self, request: Any, image: MetadataImage, now_ms: int, version: int | None = None
    ) -> ControllerResult[Any]:
        del now_ms, version
        response = m.CreatePartitionsResponse(throttle_time_ms=0, results=[])

        def answer(name: str, err: ApiError) -> None:
            response.results.append(
                m.CreatePartitionsResponse.CreatePartitionsTopicResult(
                    name=name, error_code=err.code, error_message=err.message
                )
            )

        seen: list[str] = []
        duplicates: list[str] = []
        for topic in request.topics:
            if topic.name in seen:
                if topic.name not in duplicates:
                    duplicates.append(topic.name)
            else:
                seen.append(topic.name)
        for name in duplicates:
            answer(name, ApiError.of("INVALID_REQUEST", "Duplicate topic name."))

        records: list[Any] = []
        handled: set[str] = set()
        for topic in request.topics:
            if topic.name in duplicates or topic.name in handled:
                continue
            handled.add(topic.name)
            try:
                records.extend(self._create_partitions(image, topic))
                answer(topic.name, NONE)
            except ControllerError as exc:
                answer(topic.name, exc.error)
        if request.validate_only:
            return ControllerResult([], response)
        return ControllerResult(records, response)

    def _create_partitions(self, image: MetadataImage, topic: Any) -> list[Any]:
        info = image.topics_by_name.get(topic.name)
        if info is None:
            raise ControllerError(ApiError.from_exception("UNKNOWN_TOPIC_OR_PARTITION"))
        current = len(info.partitions)
        if topic.count == current:
            raise ControllerError(
                ApiError.from_exception("INVALID_PARTITIONS", f"Topic already has {current} partition(s).")
            )
        if topic.count < current:
            raise ControllerError(
                ApiError.from_exception(
                    "INVALID_PARTITIONS",
                    f"The topic {topic.name} currently has {current} partition(s); {topic.count} would not be an "
                    "increase.",
                )
            )
        additional = topic.count - current
        if topic.assignments is not None and len(topic.assignments) != additional:
            raise ControllerError(
                ApiError.from_exception(
                    "INVALID_REPLICA_ASSIGNMENT",
                    f"Attempted to add {additional} additional partition(s), but only {len(topic.assignments)} "
                    "assignment(s) were specified.",
                )
            )
        if not info.partitions:
            raise ControllerError(
                ApiError.from_exception("UNKNOWN_SERVER_ERROR", f"Invalid state: topic {topic.name} appears to have no partitions.")
            )
        rf = len(next(iter(info.partitions.values())).replicas)
        if topic.assignments is not None:
            placements = []
            for i, assignment in enumerate(topic.assignments):
                replicas = list(assignment.broker_ids)
                self._validate_manual_assignment(image, replicas, rf)
                if not any(self._is_active(image, b) for b in replicas):
                    raise ControllerError(
                        ApiError.from_exception(
                            "INVALID_REPLICA_ASSIGNMENT",
                            "All brokers specified in the manual partition assignment for partition "
                            f"{current + i} are fenced or in controlled shutdown.",
                        )
                    )
                placements.append(replicas)
        else:
            placements = self._place(image, current, additional, rf)
        records = []
        for i, replicas in enumerate(placements):
            isr = [b for b in replicas if self._is_active(image, b)]
            if not isr:
                raise ControllerError(
                    ApiError.from_exception(
                        "INVALID_REPLICATION_FACTOR",
                        f"Unable to replicate the partition {rf} time(s): All brokers are currently fenced or in "
                        "controlled shutdown.",
                    )
                )
            records.append(self._partition_record(image, info.topic_id, current + i, replicas, isr))
        return records

    # ------------------------------------------------------------------ configs

    def _validate_config_resource(
        self, image: MetadataImage, resource_type: int, name: str, all_configs: dict[str, str | None]
    ) -> ApiError:
        """ControllerConfigurationValidator.validate + the existence check, in Kafka's order."""
        if resource_type == CONFIG_RESOURCE_TOPIC:
            if not name:
                return ApiError.of("INVALID_REQUEST", "Default topic resources are not allowed.")
            message = invalid_topic_message(name)
            if message is not None:
                return ApiError.of("INVALID_TOPIC_EXCEPTION", message)
            nulls = [k for k, v in all_configs.items() if v is None]
            if nulls:
                return ApiError.of("INVALID_CONFIG", "Null value not supported for topic configs: " + ",".join(nulls))
            err = self._check_topic_configs(all_configs)
            if err.is_failure:
                return err
            if name not in image.topics_by_name:
                return ApiError.of("UNKNOWN_TOPIC_OR_PARTITION", f"The topic '{name}' does not exist.")
        elif resource_type == CONFIG_RESOURCE_BROKER:
            if name:
                try:
                    broker_id = int(name, 10)
                except ValueError:
                    return ApiError.of("INVALID_REQUEST", "Unable to parse broker name as a base 10 number.")
                if broker_id < 0:
                    return ApiError.of("INVALID_REQUEST", "Invalid negative broker ID.")
            if self._validate_broker_configs is not None:
                try:
                    self._validate_broker_configs(name, dict(all_configs))
                except Exception as exc:  # noqa: BLE001 - the validator's error becomes the response
                    return _error_code_of(exc, "INVALID_CONFIG")
            if name and int(name) not in image.brokers and int(name) != self.config.node_id:
                return ApiError.of("BROKER_ID_NOT_REGISTERED", f"No node with id {int(name)} found.")
        else:
            return ApiError.of("INVALID_REQUEST", f"Unknown resource type {resource_type}")
        return NONE

    def _list_parts(self, resource_type: int, key: str, value: str | None) -> list[str]:
        if value is None:
            value = self._config_schema.default(resource_type, key)
        if value is None:
            return []
        return [p for p in value.split(",") if p]

    def _incremental_resource(
        self, image: MetadataImage, resource_type: int, name: str, ops: dict[str, tuple[int, str | None]]
    ) -> tuple[list[Any], ApiError]:
        current = image.configs.get((resource_type, name), {})
        records = []
        for key, (op, op_value) in ops.items():
            old = current.get(key)
            new: str | None
            if op == OP_SET:
                new = op_value
            elif op == OP_DELETE:
                new = None
            elif op in (OP_APPEND, OP_SUBTRACT):
                if not self._config_schema.is_list(resource_type, key):
                    return [], ApiError.of(
                        "INVALID_CONFIG", f"Can't {_OP_NAMES[op]} to key {key} because its type is not LIST."
                    )
                parts = self._list_parts(resource_type, key, old)
                for piece in (op_value or "").split(","):
                    if op == OP_APPEND and piece not in parts:
                        parts.append(piece)
                    elif op == OP_SUBTRACT and piece in parts:
                        parts.remove(piece)
                new = ",".join(parts)
            else:
                return [], ApiError.of("INVALID_REQUEST", f"Unknown operations type {op}")
            # Broker configs always get a record so brokers reload them (KAFKA-14136).
            if old != new or resource_type == CONFIG_RESOURCE_BROKER:
                records.append(
                    m.ConfigRecord(resource_type=resource_type, resource_name=name, name=key, value=new)
                )
        merged: dict[str, str | None] = dict(current)
        for rec in records:
            if rec.value is None:
                merged.pop(rec.name, None)
            else:
                merged[rec.name] = rec.value
        err = self._validate_config_resource(image, resource_type, name, merged)
        return (records, NONE) if not err.is_failure else ([], err)

    def incremental_alter_configs(
        self, request: Any, image: MetadataImage, now_ms: int, version: int | None = None
    ) -> ControllerResult[Any]:
        del now_ms, version
        response = m.IncrementalAlterConfigsResponse(throttle_time_ms=0, responses=[])

        def answer(resource_type: int, name: str, err: ApiError) -> None:
            response.responses.append(
                m.IncrementalAlterConfigsResponse.AlterConfigsResourceResponse(
                    error_code=err.code, error_message=err.message, resource_type=resource_type, resource_name=name
                )
            )

        changes: dict[tuple[int, str], dict[str, tuple[int, str | None]]] = {}
        duplicates: set[tuple[int, str]] = set()
        for resource in request.resources:
            key = (resource.resource_type, resource.resource_name)
            if resource.resource_type not in _KNOWN_RESOURCE_TYPES:
                answer(
                    resource.resource_type,
                    resource.resource_name,
                    ApiError.of("UNSUPPORTED_VERSION", f"Unknown resource type {resource.resource_type}."),
                )
            elif key not in duplicates:
                ops = {c.name: (c.config_operation, c.value) for c in resource.configs}
                if key in changes:
                    del changes[key]
                    duplicates.add(key)
                    answer(resource.resource_type, resource.resource_name, ApiError.of("INVALID_REQUEST", "Duplicate resource."))
                else:
                    changes[key] = ops
        records: list[Any] = []
        for (resource_type, name), ops in changes.items():
            resource_records, err = self._incremental_resource(image, resource_type, name, ops)
            records.extend(resource_records)
            answer(resource_type, name, err)
        if request.validate_only:
            return ControllerResult([], response)
        return ControllerResult(records, response)

    def alter_configs(
        self, request: Any, image: MetadataImage, now_ms: int, version: int | None = None
    ) -> ControllerResult[Any]:
        """Legacy AlterConfigs: the request's set replaces the resource's whole config."""
        del now_ms, version
        response = m.AlterConfigsResponse(throttle_time_ms=0, responses=[])

        def answer(resource_type: int, name: str, err: ApiError) -> None:
            response.responses.append(
                m.AlterConfigsResponse.AlterConfigsResourceResponse(
                    error_code=err.code, error_message=err.message, resource_type=resource_type, resource_name=name
                )
            )

        changes: dict[tuple[int, str], dict[str, str | None]] = {}
        duplicates: set[tuple[int, str]] = set()
        for resource in request.resources:
            key = (resource.resource_type, resource.resource_name)
            if resource.resource_type not in _KNOWN_RESOURCE_TYPES:
                answer(
                    resource.resource_type,
                    resource.resource_name,
                    ApiError.of("UNSUPPORTED_VERSION", f"Unknown resource type {resource.resource_type}."),
                )
            elif key not in duplicates:
                if key in changes:
                    del changes[key]
                    duplicates.add(key)
                    answer(resource.resource_type, resource.resource_name, ApiError.of("INVALID_REQUEST", "Duplicate resource."))
                else:
                    changes[key] = {c.name: c.value for c in resource.configs}
        records: list[Any] = []
        for (resource_type, name), wanted in changes.items():
            current = image.configs.get((resource_type, name), {})
            altered = [
                m.ConfigRecord(resource_type=resource_type, resource_name=name, name=k, value=v)
                for k, v in wanted.items()
                if current.get(k) != v or resource_type == CONFIG_RESOURCE_BROKER
            ]
            removed = [
                m.ConfigRecord(resource_type=resource_type, resource_name=name, name=k, value=None)
                for k in current
                if k not in wanted
            ]
            err = self._validate_config_resource(image, resource_type, name, dict(wanted))
            if not err.is_failure:
                records.extend(altered)
                records.extend(removed)
            answer(resource_type, name, err)
        if request.validate_only:
            return ControllerResult([], response)
        return ControllerResult(records, response)

    # ------------------------------------------------------------------ brokers

    def register_broker(
        self, request: Any, image: MetadataImage, now_ms: int, *, next_offset: int
    ) -> ControllerResult[Any]:
        """BrokerRegistration; the new broker epoch is the offset its record will get."""

        def fail(err: ApiError) -> ControllerResult[Any]:
            return ControllerResult([], m.BrokerRegistrationResponse(throttle_time_ms=0, error_code=err.code, broker_epoch=-1))

        cluster_id = self.config.cluster_id or image.cluster_id
        if cluster_id is not None and request.cluster_id != cluster_id:
            return fail(ApiError.of("INCONSISTENT_CLUSTER_ID", f"Expected cluster ID {cluster_id}, but got cluster ID {request.cluster_id}"))
        broker_id = request.broker_id
        existing = image.brokers.get(broker_id)
        incarnation = request.incarnation_id
        session = self._sessions.get(broker_id)
        if (
            existing is not None
            and incarnation != existing.incarnation_id
            and session is not None
            and now_ms - session.last_contact_ms < self.config.broker_session_timeout_ms
        ):
            return fail(ApiError.of("DUPLICATE_BROKER_REGISTRATION", "Another broker is registered with that broker id."))
        if getattr(request, "is_migrating_zk_broker", False):
            return fail(ApiError.of("BROKER_ID_NOT_REGISTERED", "Controller does not support registering ZK brokers."))
        log_dirs = list(getattr(request, "log_dirs", None) or [])
        if not log_dirs:
            return fail(ApiError.of("INVALID_REGISTRATION", "No directories specified in request"))
        # DirectoryId reserves the first 100 ids (UNASSIGNED, LOST, MIGRATING, ...).
        if any(d.int < 100 and d.int >> 64 == 0 for d in log_dirs):
            return fail(ApiError.of("INVALID_REGISTRATION", "Reserved directory ID in request"))
        if len(set(log_dirs)) != len(log_dirs):
            return fail(ApiError.of("INVALID_REGISTRATION", "Duplicate directory ID in request"))
        for other in image.brokers.values():
            if other.broker_id != broker_id:
                for d in log_dirs:
                    if d in other.log_dirs:
                        return fail(
                            ApiError.of("INVALID_REGISTRATION", f"Broker {other.broker_id} is already registered with directory {d}")
                        )
        features = {f.name: (f.min_supported_version, f.max_supported_version) for f in request.features}
        for name, level in image.features.items():
            # A broker that sends no metadata.version range is assumed to support only 3.3-IV3 (7).
            lo, hi = features.get(name, (7, 7) if name == "metadata.version" else (0, 0))
            if level != 0 and not lo <= level <= hi:
                return fail(
                    ApiError.of(
                        "UNSUPPORTED_VERSION",
                        f"Unable to register because the broker does not support finalized version {level} of "
                        f"{name}. The broker wants a version between {lo} and {hi}, inclusive.",
                    )
                )
        same_incarnation = existing is not None and existing.incarnation_id == incarnation
        epoch = existing.epoch if same_incarnation and existing is not None else next_offset
        record = m.RegisterBrokerRecord(
            broker_id=broker_id,
            is_migrating_zk_broker=False,
            incarnation_id=incarnation,
            broker_epoch=epoch,
            end_points=[
                m.RegisterBrokerRecord.BrokerEndpoint(
                    name=li.name, host=li.host, port=li.port, security_protocol=li.security_protocol
                )
                for li in request.listeners
            ],
            features=[
                m.RegisterBrokerRecord.BrokerFeature(
                    name=f.name, min_supported_version=f.min_supported_version, max_supported_version=f.max_supported_version
                )
                for f in request.features
            ],
            rack=request.rack,
            fenced=existing.fenced if same_incarnation and existing is not None else True,
            in_controlled_shutdown=existing.in_controlled_shutdown if same_incarnation and existing is not None else False,
            log_dirs=log_dirs,
        )
        records: list[Any] = []
        if existing is not None and not same_incarnation:
            # A new incarnation means the old one died uncleanly: it leads nothing any more
            # (Kafka's handleBrokerUncleanShutdown); unfencing elects it again.
            records.extend(self._leaderless_records(image, broker_id))
        records.append(record)
        self._sessions[broker_id] = _BrokerSession(last_contact_ms=now_ms, epoch=epoch)
        _log.info("register_broker", broker=broker_id, epoch=epoch, new_incarnation=not same_incarnation)
        return ControllerResult(records, m.BrokerRegistrationResponse(throttle_time_ms=0, error_code=0, broker_epoch=epoch))

    @staticmethod
    def _check_broker_epoch(image: MetadataImage, broker_id: int, epoch: int) -> ApiError:
        broker = image.brokers.get(broker_id)
        if broker is None:
            return ApiError.from_exception("STALE_BROKER_EPOCH", f"No broker registration found for broker id {broker_id}")
        if broker.epoch != epoch:
            return ApiError.from_exception(
                "STALE_BROKER_EPOCH", f"Expected broker epoch {broker.epoch}, but got broker epoch {epoch}"
            )
        return NONE

    def _leaderless_records(self, image: MetadataImage, broker_id: int) -> list[Any]:
        """Move leadership / ISR membership off ``broker_id`` (fencing, shutdown, new incarnation)."""
        records = []
        for info in image.topics_by_name.values():
            for pid, part in sorted(info.partitions.items()):
                if broker_id not in part.isr and part.leader != broker_id:
                    continue
                record = self._shrink_record(image, info.topic_id, pid, part, broker_id)
                if record is not None:
                    records.append(record)
        return records

    def _shrink_record(
        self, image: MetadataImage, topic_id: uuid.UUID, pid: int, part: PartitionInfo, broker_id: int
    ) -> Any | None:
        others = [b for b in part.isr if b != broker_id and self._is_active(image, b)]
        # Kafka never shrinks the ISR to empty: the last member stays and the partition goes leaderless.
        isr = [b for b in part.isr if b != broker_id] or list(part.isr)
        leader = part.leader
        if part.leader == broker_id or (part.leader != -1 and part.leader not in others):
            # Prefer replica order, as PartitionChangeBuilder's election does.
            candidates = [b for b in part.replicas if b in others]
            leader = candidates[0] if candidates else -1
        if isr == list(part.isr) and leader == part.leader:
            return None
        rec = m.PartitionChangeRecord(partition_id=pid, topic_id=topic_id)
        if isr != list(part.isr):
            rec.isr = isr
        if leader != part.leader:
            rec.leader = leader
        return rec

    @staticmethod
    def _elect_records(image: MetadataImage, broker_id: int) -> list[Any]:
        """Leaderless partitions whose ISR holds ``broker_id`` get it back as leader (on unfence)."""
        records = []
        for info in image.topics_by_name.values():
            for pid, part in sorted(info.partitions.items()):
                if part.leader == -1 and broker_id in part.isr:
                    records.append(m.PartitionChangeRecord(partition_id=pid, topic_id=info.topic_id, leader=broker_id))
        return records

    def broker_heartbeat(self, request: Any, image: MetadataImage, now_ms: int) -> ControllerResult[Any]:
        err = self._check_broker_epoch(image, request.broker_id, request.broker_epoch)
        if err.is_failure:
            return ControllerResult(
                [],
                m.BrokerHeartbeatResponse(
                    throttle_time_ms=0, error_code=err.code, is_caught_up=False, is_fenced=True, should_shut_down=False
                ),
            )
        broker = image.brokers[request.broker_id]
        self._sessions[request.broker_id] = _BrokerSession(last_contact_ms=now_ms, epoch=broker.epoch)
        caught_up = request.current_metadata_offset >= broker.epoch
        records: list[Any] = []
        fenced = broker.fenced
        shut_down = False
        if request.want_shut_down:
            if not broker.fenced and not broker.in_controlled_shutdown:
                records.append(
                    m.BrokerRegistrationChangeRecord(
                        broker_id=broker.broker_id, broker_epoch=broker.epoch, in_controlled_shutdown=_IN_CONTROLLED_SHUTDOWN
                    )
                )
                records.extend(self._leaderless_records(image, broker.broker_id))
            leaders = [
                p for t in image.topics_by_name.values() for p in t.partitions.values() if p.leader == broker.broker_id
            ]
            # As Kafka: the first heartbeat starts the controlled shutdown; a later one, once the
            # broker leads nothing, lets it stop.
            shut_down = broker.fenced or (broker.in_controlled_shutdown and not leaders)
        elif request.want_fence:
            if not broker.fenced:
                records.append(
                    m.BrokerRegistrationChangeRecord(broker_id=broker.broker_id, broker_epoch=broker.epoch, fenced=_FENCE)
                )
                records.extend(self._leaderless_records(image, broker.broker_id))
                fenced = True
        elif broker.fenced and caught_up:
            records.append(
                m.BrokerRegistrationChangeRecord(broker_id=broker.broker_id, broker_epoch=broker.epoch, fenced=_UNFENCE)
            )
            records.extend(self._elect_records(image, broker.broker_id))
            fenced = False
        return ControllerResult(
            records,
            m.BrokerHeartbeatResponse(
                throttle_time_ms=0,
                error_code=0,
                is_caught_up=caught_up,
                is_fenced=fenced,
                should_shut_down=shut_down,
            ),
        )

    def fence_stale_brokers(self, image: MetadataImage, now_ms: int) -> list[Any]:
        """Records fencing brokers whose session expired (Kafka's maybeFenceOneStaleBroker)."""
        records: list[Any] = []
        for broker in sorted(image.brokers.values(), key=lambda b: b.broker_id):
            if broker.fenced or broker.broker_id == self.config.node_id:
                continue
            session = self._sessions.get(broker.broker_id)
            if session is None:
                # Never heard from since this controller started: start its clock now.
                self._sessions[broker.broker_id] = _BrokerSession(last_contact_ms=now_ms, epoch=broker.epoch)
                continue
            if now_ms - session.last_contact_ms >= self.config.broker_session_timeout_ms:
                _log.info("fencing_stale_broker", broker=broker.broker_id, epoch=broker.epoch)
                records.append(
                    m.BrokerRegistrationChangeRecord(broker_id=broker.broker_id, broker_epoch=broker.epoch, fenced=_FENCE)
                )
                records.extend(self._leaderless_records(image, broker.broker_id))
                # One broker per pass, as Kafka: the next one's ISR changes must be computed
                # on the image these records produce, not on the same stale one.
                break
        return records

    # ------------------------------------------------------------------ AlterPartition

    def alter_partition(
        self, request: Any, image: MetadataImage, now_ms: int, version: int = 3
    ) -> ControllerResult[Any]:
        """AlterPartition from a partition leader (ISR shrink / expand), as Kafka's
        ``ReplicationControlManager.alterPartition``: epochs checked per partition, the ISR
        may only hold registered, unfenced brokers with matching epochs, the leader stays."""
        del now_ms
        err = self._check_broker_epoch(image, request.broker_id, request.broker_epoch)
        if err.is_failure:
            return ControllerResult([], m.AlterPartitionResponse(throttle_time_ms=0, error_code=err.code, topics=[]))
        records: list[Any] = []
        topics: list[Any] = []
        for tdata in request.topics:
            out_topic = m.AlterPartitionResponse.TopicData(topic_id=tdata.topic_id, partitions=[])
            topics.append(out_topic)
            info = image.topics_by_id.get(tdata.topic_id)
            for pdata in tdata.partitions:
                result = m.AlterPartitionResponse.PartitionData(partition_index=pdata.partition_index)
                out_topic.partitions.append(result)
                if info is None:
                    result.error_code = int(ErrorCode.UNKNOWN_TOPIC_ID)
                    continue
                part = info.partitions.get(pdata.partition_index)
                new_isr = _requested_isr(pdata, version)
                code = self._validate_alter_partition(image, request.broker_id, part, pdata, new_isr, version)
                if code != ErrorCode.NONE or part is None:
                    result.error_code = int(code)
                    continue
                isr = [b for b, _ in new_isr]
                leader_epoch, partition_epoch = part.leader_epoch, part.partition_epoch
                if isr != list(part.isr):
                    # Kafka (metadata.version >= 3.6) keeps the leader epoch on ISR changes.
                    records.append(
                        m.PartitionChangeRecord(partition_id=pdata.partition_index, topic_id=info.topic_id, isr=isr)
                    )
                    partition_epoch += 1
                    _log.info("alter_partition", topic=info.name, partition=pdata.partition_index,
                              leader=request.broker_id, isr=isr, partition_epoch=partition_epoch)
                result.error_code = 0
                result.leader_id = part.leader
                result.leader_epoch = leader_epoch
                result.isr = isr
                result.leader_recovery_state = pdata.leader_recovery_state
                result.partition_epoch = partition_epoch
        return ControllerResult(records, m.AlterPartitionResponse(throttle_time_ms=0, error_code=0, topics=topics))

    @staticmethod
    def _validate_alter_partition(
        image: MetadataImage, broker_id: int, part: PartitionInfo | None, pdata: Any,
        new_isr: list[tuple[int, int]], version: int,
    ) -> int:
        if part is None:
            return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
        # A request ahead of our image means this node is not (or no longer) the controller.
        if pdata.leader_epoch > part.leader_epoch or pdata.partition_epoch > part.partition_epoch:
            return ErrorCode.NOT_CONTROLLER
        if pdata.leader_epoch < part.leader_epoch:
            return ErrorCode.FENCED_LEADER_EPOCH
        if broker_id != part.leader:
            return ErrorCode.INVALID_REQUEST
        if pdata.partition_epoch < part.partition_epoch:
            return ErrorCode.INVALID_UPDATE_VERSION
        ids = [b for b, _ in new_isr]
        if not ids or len(set(ids)) != len(ids) or any(b not in part.replicas for b in ids):
            return ErrorCode.INVALID_REQUEST
        if part.leader not in ids:
            return ErrorCode.INVALID_REQUEST
        recovery = getattr(pdata, "leader_recovery_state", 0)
        if recovery == 1 and (len(ids) > 1 or part.leader_recovery_state == 0):
            return ErrorCode.INVALID_REQUEST
        for b, epoch in new_isr:
            broker = image.brokers.get(b)
            if (
                broker is None
                or broker.in_controlled_shutdown
                or broker.fenced
                or (epoch != -1 and broker.epoch != epoch)
            ):
                return ErrorCode.INELIGIBLE_REPLICA if version > 1 else ErrorCode.OPERATION_NOT_ATTEMPTED
        return ErrorCode.NONE

    # ------------------------------------------------------------------ producer ids

    def allocate_producer_ids(self, request: Any, image: MetadataImage, now_ms: int) -> ControllerResult[Any]:
        del now_ms
        err = self._check_broker_epoch(image, request.broker_id, request.broker_epoch)
        if err.is_failure:
            return ControllerResult(
                [], m.AllocateProducerIdsResponse(throttle_time_ms=0, error_code=err.code, producer_id_start=-1, producer_id_len=0)
            )
        return self.allocate_producer_id_block(image, request.broker_id, request.broker_epoch)

    @staticmethod
    def allocate_producer_id_block(image: MetadataImage, broker_id: int, broker_epoch: int) -> ControllerResult[Any]:
        first = image.next_producer_id
        if first > MAX_INT64 - PRODUCER_ID_BLOCK_SIZE:
            return ControllerResult(
                [],
                m.AllocateProducerIdsResponse(
                    throttle_time_ms=0, error_code=ApiError.of("UNKNOWN_SERVER_ERROR").code, producer_id_start=-1, producer_id_len=0
                ),
            )
        record = m.ProducerIdsRecord(
            broker_id=broker_id, broker_epoch=broker_epoch, next_producer_id=first + PRODUCER_ID_BLOCK_SIZE
        )
        return ControllerResult(
            [record],
            m.AllocateProducerIdsResponse(
                throttle_time_ms=0, error_code=0, producer_id_start=first, producer_id_len=PRODUCER_ID_BLOCK_SIZE
            ),
        )

    # ------------------------------------------------------------------ ACLs (AclControlManager)

    def create_acls(self, request: Any, image: MetadataImage, now_ms: int, version: int | None = None) -> ControllerResult[Any]:
        """CreateAcls as AclApis.handleCreateAcls + AclControlManager.createAcls."""
        del now_ms, version
        existing = {_acl_key(a) for a in image.acls.values()}
        taken_ids = set(image.acls)
        records: list[Any] = []
        results = []
        for c in request.creations:
            binding = _AclView(c.resource_type, c.resource_name, c.resource_pattern_type, c.principal, c.host,
                               c.operation, c.permission_type)
            message = validate_new_acl(binding)
            if message is not None:
                results.append(m.CreateAclsResponse.AclCreationResult(error_code=int(ErrorCode.INVALID_REQUEST),
                                                                      error_message=message))
                continue
            key = _acl_key(binding)
            if key not in existing:
                existing.add(key)
                acl_id = self.new_topic_id()
                while acl_id in taken_ids:
                    acl_id = self.new_topic_id()
                taken_ids.add(acl_id)
                records.append(m.AccessControlEntryRecord(
                    id=acl_id, resource_type=binding.resource_type, resource_name=binding.resource_name,
                    pattern_type=binding.pattern_type, principal=binding.principal, host=binding.host,
                    operation=binding.operation, permission_type=binding.permission_type,
                ))
            results.append(m.CreateAclsResponse.AclCreationResult(error_code=0, error_message=None))
        return ControllerResult(records, m.CreateAclsResponse(throttle_time_ms=0, results=results))

    def delete_acls(self, request: Any, image: MetadataImage, now_ms: int, version: int | None = None) -> ControllerResult[Any]:
        """DeleteAcls as AclControlManager.deleteAcls: every matching ACL goes, each once."""
        del now_ms, version
        removed: dict[uuid.UUID, Any] = {}
        filter_results = []
        for f in request.filters:
            flt = _AclView(f.resource_type_filter, f.resource_name_filter, f.pattern_type_filter, f.principal_filter,
                           f.host_filter, f.operation, f.permission_type)
            unknown = _unknown_acl_filter(flt)
            if unknown is not None:
                filter_results.append(m.DeleteAclsResponse.DeleteAclsFilterResult(
                    error_code=int(ErrorCode.INVALID_REQUEST), error_message=unknown, matching_acls=[]))
                continue
            matching = []
            for acl_id, acl in sorted(image.acls.items(), key=lambda kv: str(kv[0])):
                if acl_filter_matches(flt, acl):
                    removed[acl_id] = acl
                    matching.append(m.DeleteAclsResponse.DeleteAclsMatchingAcl(
                        error_code=0, error_message=None, resource_type=acl.resource_type,
                        resource_name=acl.resource_name, pattern_type=acl.pattern_type, principal=acl.principal,
                        host=acl.host, operation=acl.operation, permission_type=acl.permission_type,
                    ))
            filter_results.append(m.DeleteAclsResponse.DeleteAclsFilterResult(
                error_code=0, error_message=None, matching_acls=matching))
        records = [m.RemoveAccessControlEntryRecord(id=acl_id) for acl_id in removed]
        return ControllerResult(records, m.DeleteAclsResponse(throttle_time_ms=0, filter_results=filter_results))

    # ------------------------------------------------------------------ SCRAM (ScramControlManager)

    def alter_user_scram_credentials(
        self, request: Any, image: MetadataImage, now_ms: int, version: int | None = None
    ) -> ControllerResult[Any]:
        del now_ms, version
        errors: dict[str, ApiError] = {}
        deletions: dict[str, Any] = {}
        upserts: dict[str, Any] = {}
        dup = ApiError.of("DUPLICATE_RESOURCE", "A user credential cannot be altered twice in the same request")
        for d in request.deletions:
            if d.name in errors:
                continue
            if deletions.pop(d.name, None) is not None:
                errors[d.name] = dup
                continue
            err = _validate_scram_user(d.name, d.mechanism)
            if not err.is_failure and (d.name, d.mechanism) not in image.scram_credentials:
                err = ApiError.of("RESOURCE_NOT_FOUND", "Attempt to delete a user credential that does not exist")
            if err.is_failure:
                errors[d.name] = err
            else:
                deletions[d.name] = d
        for u in request.upsertions:
            if u.name in errors:
                continue
            if deletions.pop(u.name, None) is not None or upserts.pop(u.name, None) is not None:
                errors[u.name] = dup
                continue
            err = _validate_scram_user(u.name, u.mechanism)
            if not err.is_failure:
                if u.iterations < SCRAM_MIN_ITERATIONS:
                    err = ApiError.of("UNACCEPTABLE_CREDENTIAL", "Too few iterations")
                elif u.iterations > SCRAM_MAX_ITERATIONS:
                    err = ApiError.of("UNACCEPTABLE_CREDENTIAL", "Too many iterations")
            if err.is_failure:
                errors[u.name] = err
            else:
                upserts[u.name] = u
        records: list[Any] = []
        results = []
        for d in deletions.values():
            results.append(m.AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult(
                user=d.name, error_code=0, error_message=None))
            records.append(m.RemoveUserScramCredentialRecord(name=d.name, mechanism=d.mechanism))
        for u in upserts.values():
            stored_key, server_key = scram_keys(u.mechanism, bytes(u.salted_password))
            records.append(m.UserScramCredentialRecord(
                name=u.name, mechanism=u.mechanism, salt=bytes(u.salt), stored_key=stored_key,
                server_key=server_key, iterations=u.iterations,
            ))
            results.append(m.AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult(
                user=u.name, error_code=0, error_message=None))
        for name, err in errors.items():
            results.append(m.AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult(
                user=name, error_code=err.code, error_message=err.message))
        return ControllerResult(records, m.AlterUserScramCredentialsResponse(throttle_time_ms=0, results=results))

    # ------------------------------------------------------------------ client quotas (ClientQuotaControlManager)

    def alter_client_quotas(
        self, request: Any, image: MetadataImage, now_ms: int, version: int | None = None
    ) -> ControllerResult[Any]:
        del now_ms, version
        records: list[Any] = []
        results = []
        seen: set[tuple[tuple[str, str | None], ...]] = set()
        for entry in request.entries:
            entity = [(e.entity_type, e.entity_name) for e in entry.entity]
            key = tuple(sorted(entity))
            err = _validate_quota_entity(entity)
            if not err.is_failure and key in seen:
                err = ApiError.of("INVALID_REQUEST", f"Ignoring duplicate entity {_quota_entity_str(entity)}")
            entry_records: list[Any] = []
            if not err.is_failure:
                seen.add(key)
                err = self._quota_ops(image, entity, entry.ops, entry_records)
            if not err.is_failure:
                records.extend(entry_records)
            results.append(m.AlterClientQuotasResponse.EntryData(
                error_code=err.code, error_message=err.message,
                entity=[m.AlterClientQuotasResponse.EntityData(entity_type=t, entity_name=n) for t, n in entity],
            ))
        if request.validate_only:
            records = []
        return ControllerResult(records, m.AlterClientQuotasResponse(throttle_time_ms=0, entries=results))

    @staticmethod
    def _quota_ops(image: MetadataImage, entity: list[tuple[str, str | None]], ops: Any, out: list[Any]) -> ApiError:
        types = {t for t, _ in entity}
        allowed = _IP_QUOTA_KEYS if "ip" in types else _CLIENT_QUOTA_KEYS
        current = image.client_quotas.get(tuple(sorted(entity)), {})
        seen: set[str] = set()
        for op in ops:
            if op.key in seen:
                return ApiError.of("INVALID_REQUEST", f"Duplicate quota key {op.key} not updating quota for "
                                   f"{_quota_entity_str(entity)}")
            seen.add(op.key)
            rec_entity = [m.ClientQuotaRecord.EntityData(entity_type=t, entity_name=n) for t, n in entity]
            if op.remove:
                if op.key in current:
                    out.append(m.ClientQuotaRecord(entity=rec_entity, key=op.key, value=0.0, remove=True))
                continue
            if op.key not in allowed:
                return ApiError.of("INVALID_REQUEST", f"Invalid configuration key {op.key}")
            if op.value <= 0:
                return ApiError.of("INVALID_REQUEST", f"Quota {op.key} must be greater than 0")
            if allowed[op.key] and op.value != int(op.value):
                return ApiError.of("INVALID_REQUEST", f"{op.key} cannot be a fractional value.")
            if current.get(op.key) != op.value:
                out.append(m.ClientQuotaRecord(entity=rec_entity, key=op.key, value=float(op.value), remove=False))
        return NONE

    # ------------------------------------------------------------------ reassignments and elections

    def alter_partition_reassignments(
        self, request: Any, image: MetadataImage, now_ms: int, version: int | None = None
    ) -> ControllerResult[Any]:
        """ReplicationControlManager.alterPartitionReassignments; atomic over the whole request."""
        del now_ms, version
        records: list[Any] = []
        topics = []
        for topic in request.topics:
            parts = []
            for target in topic.partitions:
                err = NONE
                try:
                    rec = self._reassign(image, topic.name, target.partition_index, target.replicas)
                    if rec is not None:
                        records.append(rec)
                except ControllerError as exc:
                    err = exc.error
                parts.append(m.AlterPartitionReassignmentsResponse.ReassignablePartitionResponse(
                    partition_index=target.partition_index, error_code=err.code, error_message=err.message))
            topics.append(m.AlterPartitionReassignmentsResponse.ReassignableTopicResponse(name=topic.name,
                                                                                          partitions=parts))
        response = m.AlterPartitionReassignmentsResponse(throttle_time_ms=0, error_code=0, error_message=None,
                                                         responses=topics)
        return ControllerResult(records, response)

    def _reassign(self, image: MetadataImage, name: str, pid: int, replicas: list[int] | None) -> Any | None:
        info = image.topics_by_name.get(name)
        if info is None:
            raise ControllerError(ApiError.of("UNKNOWN_TOPIC_OR_PARTITION", f"Unable to find a topic named {name}."))
        part = info.partitions.get(pid)
        if part is None:
            raise ControllerError(ApiError.of("UNKNOWN_TOPIC_OR_PARTITION", f"Unable to find partition {name}:{pid}."))
        in_progress = bool(part.adding_replicas or part.removing_replicas)
        if replicas is None:
            if not in_progress:
                raise ControllerError(ApiError.of("NO_REASSIGNMENT_IN_PROGRESS"))  # fromThrowable drops default text
            # Revert: drop the replicas being added, keep the original set.
            original = [b for b in part.replicas if b not in part.adding_replicas]
            isr = [b for b in part.isr if b in original] or original[:1]
            rec = m.PartitionChangeRecord(partition_id=pid, topic_id=info.topic_id, replicas=original, isr=isr,
                                          removing_replicas=[], adding_replicas=[])
            if part.leader not in isr:
                rec.leader = isr[0]
            return rec
        self._validate_manual_assignment(image, list(replicas), None)
        target = list(replicas)
        original = [b for b in part.replicas if b not in part.adding_replicas] if in_progress else list(part.replicas)
        adding = [b for b in target if b not in original]
        removing = [b for b in original if b not in target]
        if not adding:
            # Every target replica is already in sync (or a subset): complete at once.
            isr = [b for b in target if b in part.isr] or target[:1]
            leader = part.leader if part.leader in isr else isr[0]
            if target == list(part.replicas) and isr == list(part.isr) and leader == part.leader and not in_progress:
                return None
            rec = m.PartitionChangeRecord(partition_id=pid, topic_id=info.topic_id, replicas=target, isr=isr,
                                          removing_replicas=[], adding_replicas=[])
            if leader != part.leader:
                rec.leader = leader
            return rec
        # New replicas must catch up first: the union is replicated until the ISR holds the target.
        union = target + [b for b in original if b not in target]
        return m.PartitionChangeRecord(partition_id=pid, topic_id=info.topic_id, replicas=union,
                                       removing_replicas=removing, adding_replicas=adding)

    def elect_leaders(self, request: Any, image: MetadataImage, now_ms: int, version: int | None = None) -> ControllerResult[Any]:
        """ReplicationControlManager.electLeaders (PREFERRED = 0, UNCLEAN = 1)."""
        del now_ms, version
        election_type = getattr(request, "election_type", 0)
        records: list[Any] = []
        results = []
        R = m.ElectLeadersResponse
        if request.topic_partitions is None:
            for name in sorted(image.topics_by_name):
                parts = []
                for pid in sorted(image.topics_by_name[name].partitions):
                    err = self._elect(image, name, pid, election_type, records)
                    # Electing everything: partitions that already have the right leader are left out.
                    if err.code != ErrorCode.ELECTION_NOT_NEEDED:
                        parts.append(R.PartitionResult(partition_id=pid, error_code=err.code,
                                                       error_message=err.message))
                results.append(R.ReplicaElectionResult(topic=name, partition_result=parts))
        else:
            for tp in request.topic_partitions:
                parts = []
                for pid in tp.partitions:
                    err = self._elect(image, tp.topic, pid, election_type, records)
                    parts.append(R.PartitionResult(partition_id=pid, error_code=err.code, error_message=err.message))
                results.append(R.ReplicaElectionResult(topic=tp.topic, partition_result=parts))
        return ControllerResult(records, R(throttle_time_ms=0, error_code=0, replica_election_results=results))

    def _elect(self, image: MetadataImage, name: str, pid: int, election_type: int, records: list[Any]) -> ApiError:
        info = image.topics_by_name.get(name)
        if info is None:
            return ApiError.of("UNKNOWN_TOPIC_OR_PARTITION", f"No such topic as {name}")
        part = info.partitions.get(pid)
        if part is None:
            return ApiError.of("UNKNOWN_TOPIC_OR_PARTITION", f"No such partition as {name}-{pid}")
        preferred = part.replicas[0] if part.replicas else -1
        if (election_type == 0 and part.leader == preferred) or (election_type == 1 and part.leader != -1):
            return ApiError.of("ELECTION_NOT_NEEDED", _default_message(84))
        if election_type == 0:
            if preferred in part.isr and self._is_active(image, preferred):
                records.append(m.PartitionChangeRecord(partition_id=pid, topic_id=info.topic_id, leader=preferred))
                return NONE
            return ApiError.of("PREFERRED_LEADER_NOT_AVAILABLE", _default_message(80))
        candidates = [b for b in part.replicas if self._is_active(image, b)]
        if not candidates:
            return ApiError.of("ELIGIBLE_LEADERS_NOT_AVAILABLE", _default_message(83))
        records.append(m.PartitionChangeRecord(partition_id=pid, topic_id=info.topic_id, leader=candidates[0],
                                               isr=[candidates[0]], leader_recovery_state=1))
        return NONE

    # ------------------------------------------------------------------ features (FeatureControlManager)

    def update_features(self, request: Any, image: MetadataImage, now_ms: int, version: int | None = None) -> ControllerResult[Any]:
        version = 0 if version is None else version
        del now_ms
        updates: dict[str, tuple[int, int]] = {}
        for u in request.feature_updates:
            upgrade_type = getattr(u, "upgrade_type", 1)
            if version == 0:
                upgrade_type = 2 if getattr(u, "allow_downgrade", False) else 1
            updates[u.feature] = (u.max_version_level, upgrade_type)
        records: list[Any] = []
        error = NONE
        for name, (level, upgrade_type) in updates.items():
            error = self._feature_update(image, name, level, upgrade_type, records, self.config.node_id)
            if error.is_failure:
                records = []
                error = ApiError(error.code, "The update failed for all features since the following feature had "
                                 f"an error: {error.message}")
                break
        if request.validate_only if version >= 1 else False:
            records = []
        results = []
        if version < 2 and not error.is_failure:
            results = [m.UpdateFeaturesResponse.UpdatableFeatureResult(feature=n, error_code=0, error_message=None)
                       for n in updates]
        response = m.UpdateFeaturesResponse(throttle_time_ms=0, error_code=error.code, error_message=error.message,
                                            results=results)
        return ControllerResult(records, response)

    @staticmethod
    def _feature_update(
        image: MetadataImage, name: str, level: int, upgrade_type: int, records: list[Any], local_id: int
    ) -> ApiError:
        def invalid(message: str) -> ApiError:
            return ApiError.of("INVALID_UPDATE_VERSION", f"Invalid update version {level} for feature {name}. {message}")

        if upgrade_type not in (1, 2, 3):
            return invalid("The controller does not support the given upgrade type.")
        current = image.features.get(name, 0)
        if level < 0:
            return invalid("A feature version cannot be less than 0.")
        # QuorumFeatures: the local controller first, then every registered broker and controller.
        local = image.controllers.get(local_id) or image.brokers.get(local_id)
        supporters = [(f"Local controller {local_id}", local.features)] if local is not None else []
        supporters += [(f"Broker {b}", info.features) for b, info in sorted(image.brokers.items())]
        supporters += [(f"Controller {c}", info.features) for c, info in sorted(image.controllers.items())
                       if c != local_id]
        for who, features in supporters:
            lo, hi = features.get(name, (0, 0))
            if not lo <= level <= hi:
                if hi == 0:
                    return invalid(f"{who} does not support this feature.")
                return invalid(f"{who} only supports versions {lo}-{hi}")
        if level < current and upgrade_type == 1:
            return invalid("Can't downgrade the version of this feature without setting the upgrade type to "
                           "either safe or unsafe downgrade.")
        if level > current and upgrade_type != 1:
            return invalid("Can't downgrade to a newer version.")
        if name == "metadata.version" and level < current and upgrade_type != 3:
            return invalid("Refusing to perform the requested downgrade because it might delete metadata "
                           "information.")
        if level != current:
            records.append(m.FeatureLevelRecord(name=name, feature_level=level))
        return NONE



def _requested_isr(pdata: Any, version: int) -> list[tuple[int, int]]:
    """(broker id, broker epoch) of the requested ISR; v0-2 carry ids only (epoch -1)."""
    if version >= 3:
        return [(int(s.broker_id), int(s.broker_epoch)) for s in pdata.new_isr_with_epochs]
    return [(int(b), -1) for b in pdata.new_isr]


__all__ = [
    "ControllerConfig",
    "ControllerResult",
    "QuorumController",
    "PRODUCER_ID_BLOCK_SIZE",
]


# ---------------------------------------------------------------------- ACL, SCRAM and quota helpers
# Shared with the broker side (kpybroker.security), which may import the controller but not vice versa.

ACL_RESOURCE_UNKNOWN, ACL_RESOURCE_ANY, ACL_RESOURCE_CLUSTER = 0, 1, 4
ACL_PATTERN_UNKNOWN, ACL_PATTERN_ANY, ACL_PATTERN_MATCH, ACL_PATTERN_LITERAL, ACL_PATTERN_PREFIXED = 0, 1, 2, 3, 4
ACL_OP_UNKNOWN, ACL_OP_ANY, ACL_OP_MAX = 0, 1, 15
ACL_PERMISSION_UNKNOWN, ACL_PERMISSION_ANY, ACL_PERMISSION_DENY, ACL_PERMISSION_ALLOW = 0, 1, 2, 3
_ACL_RESOURCE_NAMES = ("UNKNOWN", "ANY", "TOPIC", "GROUP", "CLUSTER", "TRANSACTIONAL_ID", "DELEGATION_TOKEN", "USER")
_ACL_PATTERN_NAMES = ("UNKNOWN", "ANY", "MATCH", "LITERAL", "PREFIXED")
_ACL_OP_NAMES = ("UNKNOWN", "ANY", "ALL", "READ", "WRITE", "CREATE", "DELETE", "ALTER", "DESCRIBE", "CLUSTER_ACTION",
                 "DESCRIBE_CONFIGS", "ALTER_CONFIGS", "IDEMPOTENT_WRITE", "CREATE_TOKENS", "DESCRIBE_TOKENS",
                 "TWO_PHASE_COMMIT")
_ACL_PERMISSION_NAMES = ("UNKNOWN", "ANY", "DENY", "ALLOW")
SCRAM_MECHANISMS = {1: "sha256", 2: "sha512"}  # ScramMechanism type -> hash
SCRAM_MIN_ITERATIONS = 4096
SCRAM_MAX_ITERATIONS = 16384
# Quota keys per entity kind; True where the value must be whole (ClientQuotaControlManager).
_CLIENT_QUOTA_KEYS = {"producer_byte_rate": True, "consumer_byte_rate": True, "request_percentage": False,
                      "controller_mutation_rate": False}
_IP_QUOTA_KEYS = {"connection_creation_rate": True}


@dataclass(frozen=True, slots=True)
class _AclView:
    resource_type: int
    resource_name: str | None
    pattern_type: int
    principal: str | None
    host: str | None
    operation: int
    permission_type: int


def _enum_name(names: tuple[str, ...], value: int) -> str:
    return names[value] if 0 <= value < len(names) else "UNKNOWN"


def _acl_key(acl: Any) -> tuple[Any, ...]:
    return (acl.resource_type, acl.resource_name, acl.pattern_type, acl.principal, acl.host, acl.operation,
            acl.permission_type)


def validate_new_acl(acl: Any) -> str | None:
    """AclControlManager.validateNewAcl plus AclApis' name checks: the INVALID_REQUEST message, or None."""
    if acl.resource_type in (ACL_RESOURCE_UNKNOWN, ACL_RESOURCE_ANY) or not 0 <= acl.resource_type < len(
        _ACL_RESOURCE_NAMES
    ):
        return f"Invalid resourceType {_enum_name(_ACL_RESOURCE_NAMES, acl.resource_type)}"
    if acl.pattern_type not in (ACL_PATTERN_LITERAL, ACL_PATTERN_PREFIXED):
        return f"Invalid patternType {_enum_name(_ACL_PATTERN_NAMES, acl.pattern_type)}"
    if acl.operation in (ACL_OP_UNKNOWN, ACL_OP_ANY) or not 0 <= acl.operation <= ACL_OP_MAX:
        return f"Invalid operation {_enum_name(_ACL_OP_NAMES, acl.operation)}"
    if acl.permission_type not in (ACL_PERMISSION_DENY, ACL_PERMISSION_ALLOW):
        return f"Invalid permissionType {_enum_name(_ACL_PERMISSION_NAMES, acl.permission_type)}"
    if acl.resource_type == ACL_RESOURCE_CLUSTER and acl.resource_name != "kafka-cluster":
        return "The only valid name for the CLUSTER resource is kafka-cluster"
    if not acl.resource_name:
        return "Invalid empty resource name"
    return None


def _unknown_acl_filter(flt: Any) -> str | None:
    if flt.resource_type == ACL_RESOURCE_UNKNOWN or flt.pattern_type == ACL_PATTERN_UNKNOWN:
        return "Unknown patternFilter."
    if flt.operation == ACL_OP_UNKNOWN or flt.permission_type == ACL_PERMISSION_UNKNOWN:
        return "Unknown entryFilter."
    return None


def acl_filter_matches(flt: Any, acl: Any) -> bool:
    """Kafka's AclBindingFilter.matches: None names and ANY enums match everything; MATCH
    selects every pattern that applies to the named resource (literal, wildcard, prefixes)."""
    if flt.resource_type != ACL_RESOURCE_ANY and flt.resource_type != acl.resource_type:
        return False
    if flt.pattern_type not in (ACL_PATTERN_ANY, ACL_PATTERN_MATCH) and flt.pattern_type != acl.pattern_type:
        return False
    if flt.resource_name is not None:
        if flt.pattern_type == ACL_PATTERN_MATCH:
            if acl.pattern_type == ACL_PATTERN_LITERAL:
                if acl.resource_name not in (flt.resource_name, "*"):
                    return False
            elif acl.pattern_type == ACL_PATTERN_PREFIXED:
                if not flt.resource_name.startswith(acl.resource_name):
                    return False
            else:
                return False
        elif flt.resource_name != acl.resource_name:
            return False
    if flt.principal is not None and flt.principal != acl.principal:
        return False
    if flt.host is not None and flt.host != acl.host:
        return False
    if flt.operation != ACL_OP_ANY and flt.operation != acl.operation:
        return False
    return flt.permission_type in (ACL_PERMISSION_ANY, acl.permission_type)


def _default_message(code: int) -> str:
    """`new ApiError(Errors.X)`: the error's own description as message."""
    return error_info(code).message


def _validate_scram_user(name: str, mechanism: int) -> ApiError:
    if not name:
        return ApiError.of("UNACCEPTABLE_CREDENTIAL", "Username must not be empty")
    if mechanism not in SCRAM_MECHANISMS:
        return ApiError.of("UNSUPPORTED_SASL_MECHANISM", "Unknown SCRAM mechanism")
    return NONE


def scram_keys(mechanism: int, salted_password: bytes) -> tuple[bytes, bytes]:
    """(StoredKey, ServerKey) of RFC 5802 from the client-computed SaltedPassword."""
    h = SCRAM_MECHANISMS[mechanism]
    client_key = hmac.new(salted_password, b"Client Key", h).digest()
    return hashlib.new(h, client_key).digest(), hmac.new(salted_password, b"Server Key", h).digest()


def _quota_entity_str(entity: list[tuple[str, str | None]]) -> str:
    inner = ", ".join(f"{t}={n}" for t, n in entity)
    return f"ClientQuotaEntity(entries={{{inner}}})"


def _validate_quota_entity(entity: list[tuple[str, str | None]]) -> ApiError:
    if not entity:
        return ApiError.of("INVALID_REQUEST", "Invalid empty client quota entity")
    types: set[str] = set()
    for entity_type, name in entity:
        if entity_type in types:
            return ApiError.of("INVALID_REQUEST", f"Invalid client quota entity, duplicate entity entry {entity_type}")
        types.add(entity_type)
        if entity_type not in ("user", "client-id", "ip"):
            return ApiError.of("INVALID_REQUEST", f"Unhandled client quota entity type: {entity_type}")
        if name is not None and not name:
            return ApiError.of("INVALID_REQUEST", f"Empty {entity_type} not supported")
    if "ip" in types and len(types) > 1:
        return ApiError.of("INVALID_REQUEST", "Invalid quota entity combination, IP entity should not be combined "
                           "with User or ClientId entities.")
    return NONE
