"""A node's durable state: log dirs, partition logs, the metadata log and its image.

Start-up order follows Kafka's: format check (`meta.properties`), recover partition
logs, replay the metadata log into the image (bootstrapping a brand-new cluster), then
the controller facade decides everything that changes metadata.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import structlog

from controller.bootstrap import SUPPORTED_FEATURES, ensure_formatted, parse_kafka_uuid
from controller.image import MetadataImage
from controller.quorum_controller import ControllerConfig, ControllerResult, QuorumController
from controller.raft.config import RaftConfig
from controller.raft_controller import (
    Decision,
    Outcome,
    RaftController,
    internal_topic_defaults,
    local_registration_request,
)
from kpybroker.config import BrokerConfig, apply_dynamic_configs
from kpybroker.config_defs import describe_topic_config, effective_topic_configs, validate_topic_configs
from kpybroker.env import TopicSpec
from log.config import LogConfig
from log.manager import LogManager
from protocol import messages as m
from protocol.errors import ErrorCode, KafkaError

if TYPE_CHECKING:
    from kpybroker.quorum import QuorumDriver

log = structlog.get_logger("kpybroker.storage")


def create_topic_outcome(facade: object, name: str, partitions: int, rf: int, configs: dict[str, str],
                         now_ms: int) -> Outcome:
    from kpybroker.quorum import create_topic_outcome as make

    return make(facade, name, partitions, rf, configs, now_ms)

METADATA_TOPIC_DIR = "__cluster_metadata-0"
# Kafka's LogManager.InitialTaskDelayMs: retention and cleaning start 30 s after start-up.
INITIAL_TASK_DELAY_MS = 30_000
SECURITY_PROTOCOL_IDS = {"PLAINTEXT": 0, "SSL": 1, "SASL_PLAINTEXT": 2, "SASL_SSL": 3}


def format_log_dirs(config: BrokerConfig, cluster_id: str, *, ignore_formatted: bool = False) -> list[Path]:
    """`kpybroker format`: write meta.properties to every log dir, as `kafka-storage format` does."""
    dirs = [Path(d) for d in (*config.log_dirs, config.metadata_dir)]
    unique = list(dict.fromkeys(d.resolve() for d in dirs))
    already = [d for d in unique if (d / "meta.properties").exists()]
    if already and not ignore_formatted:
        raise ValueError(f"Log directory {already[0]} is already formatted. Use --ignore-formatted to ignore it.")
    for d in unique:
        d.mkdir(parents=True, exist_ok=True)
    ensure_formatted(unique, config.node_id, cluster_id)
    return unique


@dataclass
class BrokerStorage:
    config: BrokerConfig
    cluster_id: str
    logs: LogManager
    image: MetadataImage
    controller: RaftController
    directory_ids: list[uuid.UUID]
    startup_topics: Sequence[TopicSpec] = ()
    quorum: QuorumDriver | None = None
    _effective: tuple[int, BrokerConfig] | None = None
    _next_retention_ms: int | None = None
    _next_clean_ms: int = 0
    _next_checkpoint_ms: int = 0
    _pid_blocks: deque[tuple[int, int]] = field(default_factory=deque)
    _pid_refilling: bool = False

    @classmethod
    def open(cls, config: BrokerConfig, now_ms: int, startup_topics: Sequence[TopicSpec] = ()) -> BrokerStorage:
        dirs = [Path(d) for d in config.log_dirs]
        meta_dir = Path(config.metadata_dir)
        all_dirs = list(dict.fromkeys([*dirs, meta_dir]))
        for d in all_dirs:
            d.mkdir(parents=True, exist_ok=True)
        cluster_id, metas = ensure_formatted(all_dirs, config.node_id, config.cluster_id, now_ms=now_ms)
        directory_ids = [parse_kafka_uuid(metas[d].directory_id) for d in dirs if metas[d].directory_id]
        logs = LogManager(dirs, default_log_config(config))
        logs.load_all(now_ms)
        image = MetadataImage(cluster_id=cluster_id)
        quorum = QuorumController(
            ControllerConfig(
                node_id=config.node_id,
                num_partitions=config.num_partitions,
                default_replication_factor=config.default_replication_factor,
                delete_topic_enable=config.delete_topic_enable,
                cluster_id=cluster_id,
            ),
            validate_topic_configs=lambda configs: validate_topic_configs(configs, config),
            describe_topic_configs=lambda name, overrides: [
                (e.name, e.value, e.read_only, int(e.source), e.sensitive)
                for e in describe_topic_config(overrides, config, False)
            ],
        )
        voters = frozenset(config.bootstrap_voters()) or frozenset({config.node_id})
        controller = RaftController.open(
            meta_dir,
            node_id=config.node_id,
            voters=voters,
            image=image,
            quorum_controller=quorum,
            now_ms=now_ms,
            raft_config=raft_config(config),
        )
        # A sole voter elects itself and replays its log here; others catch up once the
        # quorum driver runs.
        controller.start(now_ms)
        if controller.is_active:
            controller.write(cluster_min_isr_decision(config), now_ms)
        log.info(
            "storage_opened", cluster_id=cluster_id, log_dirs=[str(d) for d in dirs],
            topics=len(image.topics_by_name), metadata_offset=image.last_offset,
            voters=sorted(voters), leader=controller.leader_id,
        )
        return cls(config, cluster_id, logs, image, controller, directory_ids, startup_topics)

    def attach_quorum(self, quorum: QuorumDriver) -> None:
        self.quorum = quorum

    def _driver(self) -> QuorumDriver:
        if self.quorum is None:
            raise RuntimeError("the metadata quorum is not running")
        return self.quorum

    # -- metadata operations -------------------------------------------------------------------------
    async def register_local_broker(self, endpoints: Sequence[tuple[str, str, int, str]]) -> int:
        """BrokerRegistration then a heartbeat once caught up (unfences); returns the broker epoch."""
        driver = self._driver()
        listeners = [(name, host, port, SECURITY_PROTOCOL_IDS.get(proto, 0)) for name, host, port, proto in endpoints]
        request = local_registration_request(
            node_id=self.config.node_id, cluster_id=self.cluster_id, listeners=listeners,
            log_dirs=self.directory_ids, rack=self.config.broker_rack,
        )
        response = await driver.write(lambda facade, now: facade.broker_registration(request, now))
        if response.error_code != 0:
            raise RuntimeError(f"broker registration failed with error {ErrorCode(response.error_code).name}")
        epoch = int(response.broker_epoch)
        await driver.wait_applied(epoch + 1, 30.0)
        heartbeat = m.BrokerHeartbeatRequest(
            broker_id=self.config.node_id, broker_epoch=epoch, current_metadata_offset=self.image.last_offset,
            want_fence=False, want_shut_down=False,
        )
        beat = await driver.write(lambda facade, now: facade.broker_heartbeat(heartbeat, now))
        if beat.error_code != 0:
            log.warning("broker_heartbeat_failed", error=ErrorCode(beat.error_code).name)
        await driver.write(lambda facade, now: _cluster_min_isr(facade, self.config, now))
        await driver.wait_applied(driver.controller.node.high_watermark or 0, 5.0)
        return epoch

    async def create_startup_topics(self) -> None:
        """`KAFKA_CREATE_TOPICS` (name:partitions:replicas[:cleanup.policy]) at start-up."""
        driver = self._driver()
        for spec in self.startup_topics:
            if spec.name in self.image.topics_by_name:
                continue
            configs = {"cleanup.policy": spec.cleanup_policy} if spec.cleanup_policy else {}
            result = await driver.write(
                lambda facade, now, spec=spec, configs=configs: create_topic_outcome(
                    facade, spec.name, spec.partitions, spec.replication_factor, configs, now
                )
            )
            log.info("startup_topic_created", topic=spec.name, partitions=spec.partitions,
                     error=ErrorCode(result.error_code).name, message=result.error_message)

    def _create_topic_now(self, name: str, partitions: int, rf: int, configs: dict[str, str],
                          now_ms: int) -> Outcome:
        driver = self._driver()
        outcome = create_topic_outcome(driver.facade(), name, partitions, rf, configs, now_ms)
        driver.flush()
        return outcome

    def auto_create_topic(self, name: str, now_ms: int) -> int:
        outcome = self._create_topic_now(
            name, self.config.num_partitions, self.config.default_replication_factor, {}, now_ms
        )
        if not outcome.done or outcome.error is not None:
            # Being created by the active controller: clients retry, as with Kafka's auto-create.
            return ErrorCode.LEADER_NOT_AVAILABLE
        result = outcome.value
        if result.error_code == ErrorCode.TOPIC_ALREADY_EXISTS:
            return ErrorCode.NONE
        return int(result.error_code)

    def create_internal_topic(self, name: str, now_ms: int) -> int:
        if name in self.image.topics_by_name:
            return ErrorCode.NONE
        if name == "__consumer_offsets":
            partitions = self.config.offsets_topic_num_partitions
            rf = self.config.offsets_topic_replication_factor
            configs = {"segment.bytes": str(self.config.offsets_topic_segment_bytes)}
        else:
            partitions = self.config.transaction_state_log_num_partitions
            rf = self.config.transaction_state_log_replication_factor
            configs = {"segment.bytes": str(self.config.transaction_state_log_segment_bytes)}
        live = len(self.image.unfenced_broker_ids())
        if rf > live:
            # Kafka refuses until enough brokers exist; coordinators answer COORDINATOR_NOT_AVAILABLE.
            log.warning("internal_topic_replication_factor_unmet", topic=name, replication_factor=rf, alive=live)
            return ErrorCode.COORDINATOR_NOT_AVAILABLE
        default_partitions, merged = internal_topic_defaults(name, rf, configs)
        outcome = self._create_topic_now(name, partitions or default_partitions, rf, merged, now_ms)
        if outcome.done and outcome.error is None and outcome.value.error_code not in (0, 36):
            log.warning("internal_topic_creation_failed", topic=name, error=outcome.value.error_code,
                        message=outcome.value.error_message)
        return ErrorCode.NONE if name in self.image.topics_by_name else ErrorCode.COORDINATOR_NOT_AVAILABLE

    # -- producer id blocks ---------------------------------------------------------------------------
    async def prefetch_producer_ids(self, broker_id: int, broker_epoch: int) -> None:
        """Keep one block in hand so InitProducerId never waits on the controller."""
        if self._pid_blocks or self._pid_refilling:
            return
        self._pid_refilling = True
        try:
            request = m.AllocateProducerIdsRequest(broker_id=broker_id, broker_epoch=broker_epoch)
            response = await self._driver().write(
                lambda facade, now: facade.allocate_producer_ids_request(request, now)
            )
            if response.error_code == 0:
                self._pid_blocks.append((int(response.producer_id_start), int(response.producer_id_len)))
            else:
                log.warning("producer_id_block_failed", error=ErrorCode(response.error_code).name)
        finally:
            self._pid_refilling = False

    def allocate_producer_ids(self, broker_id: int, broker_epoch: int) -> tuple[int, int]:
        """A block of producer ids (first id, count), from the prefetched one when possible."""
        driver = self._driver()
        if self._pid_blocks:
            block = self._pid_blocks.popleft()
            task = asyncio.ensure_future(self.prefetch_producer_ids(broker_id, broker_epoch))
            task.add_done_callback(_log_task_failure)
            return block
        request = m.AllocateProducerIdsRequest(broker_id=broker_id, broker_epoch=broker_epoch)
        outcome = driver.facade().allocate_producer_ids_request(request, driver.now_ms())
        driver.flush()
        if not outcome.done or outcome.error is not None or outcome.value.error_code != 0:
            raise KafkaError(ErrorCode.COORDINATOR_NOT_AVAILABLE, "no producer id block available yet")
        return int(outcome.value.producer_id_start), int(outcome.value.producer_id_len)

    @property
    def effective_config(self) -> BrokerConfig:
        """The static config with the dynamic broker configs of the metadata image applied."""
        version = self.image.version
        if self._effective is None or self._effective[0] != version:
            per_broker = self.image.broker_configs(self.config.node_id)
            cluster = self.image.cluster_broker_configs()
            cfg = apply_dynamic_configs(self.config, per_broker, cluster) if (per_broker or cluster) else self.config
            self._effective = (version, cfg)
        return self._effective[1]

    def log_config_for(self, topic: str) -> LogConfig:
        return LogConfig.from_topic_configs(
            effective_topic_configs(self.image.topic_configs(topic), self.effective_config)
        )

    def features(self) -> tuple[dict[str, tuple[int, int]], dict[str, int], int]:
        return dict(SUPPORTED_FEATURES), dict(self.image.features), self.image.last_offset

    # -- background work ------------------------------------------------------------------------------
    def tick(self, now_ms: int) -> None:
        """Kafka's log-manager schedules: retention and the cleaner start after a delay and run
        on their intervals; flush policy is checked every tick."""
        cfg = self.config
        if self._next_retention_ms is None:
            self._next_retention_ms = now_ms + INITIAL_TASK_DELAY_MS
            self._next_clean_ms = now_ms + INITIAL_TASK_DELAY_MS
            self._next_checkpoint_ms = now_ms + cfg.log_flush_offset_checkpoint_interval_ms
        retention = now_ms >= self._next_retention_ms
        if retention:
            self._next_retention_ms = now_ms + cfg.log_retention_check_interval_ms
        self.logs.tick(now_ms, retention=retention)
        if cfg.log_cleaner_enable and now_ms >= self._next_clean_ms:
            self._next_clean_ms = now_ms + cfg.log_cleaner_backoff_ms
            for result in self.logs.clean(now_ms):
                log.info("log_cleaned", result=str(result))
        if now_ms >= self._next_checkpoint_ms:
            self._next_checkpoint_ms = now_ms + cfg.log_flush_offset_checkpoint_interval_ms
            self.logs.checkpoint()

    def shutdown(self) -> None:
        self.logs.shutdown()
        self.controller.durable.close()


def raft_config(config: BrokerConfig) -> RaftConfig:
    """`controller.quorum.*` timings from the broker config (Kafka's defaults otherwise)."""
    def setting(name: str, default: int) -> int:
        try:
            value = config.get(name)
        except (KeyError, AttributeError):
            return default
        return int(value) if isinstance(value, int) else default

    return RaftConfig(
        election_timeout_ms=setting("controller.quorum.election.timeout.ms", 1000),
        fetch_timeout_ms=setting("controller.quorum.fetch.timeout.ms", 2000),
        election_backoff_max_ms=setting("controller.quorum.election.backoff.max.ms", 1000),
        request_timeout_ms=setting("controller.quorum.request.timeout.ms", 2000),
        retry_backoff_ms=setting("controller.quorum.retry.backoff.ms", 20),
    )


def _log_task_failure(task: asyncio.Future[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.warning("background_controller_write_failed", error=repr(task.exception()))


def default_log_config(config: BrokerConfig) -> LogConfig:
    return LogConfig.from_topic_configs(effective_topic_configs({}, config))


def cluster_min_isr_decision(config: BrokerConfig) -> Decision:
    """With ELR enabled Kafka pins the cluster-wide min.insync.replicas as a dynamic default
    (KIP-966), so topics report it as DYNAMIC_DEFAULT_BROKER_CONFIG; do the same once."""

    def decide(image: MetadataImage, _now_ms: int, _next_offset: int) -> ControllerResult[None]:
        if image.features.get("eligible.leader.replicas.version", 0) < 1:
            return ControllerResult([], None)
        if "min.insync.replicas" in image.cluster_broker_configs():
            return ControllerResult([], None)
        record = m.ConfigRecord(
            resource_type=4, resource_name="", name="min.insync.replicas", value=str(config.min_insync_replicas)
        )
        return ControllerResult([record], None)

    return decide


def _cluster_min_isr(facade: object, config: BrokerConfig, now_ms: int) -> Outcome:
    if isinstance(facade, RaftController):
        return facade.write(cluster_min_isr_decision(config), now_ms)
    return Outcome.of(None)  # the active controller's own node writes it
