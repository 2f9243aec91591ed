"""A node's durable state: log dirs, partition logs, the metadata log and its image.

Start-up order follows Kafka's: format check (`meta.properties`), recover partition
logs, replay the metadata log into the image (bootstrapping a brand-new cluster), then
the controller facade decides everything that changes metadata.
"""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import structlog

from controller.bootstrap import (
    SUPPORTED_FEATURES,
    MetaProperties,
    ensure_formatted,
    kafka_uuid_string,
    parse_kafka_uuid,
    write_meta_properties,
)
from controller.image import MetadataImage
from controller.quorum_controller import ControllerConfig, ControllerResult, QuorumController
from controller.raft.config import RaftConfig
from controller.raft.raft_log import Snapshot, SnapshotId
from controller.raft.snapshot_file import encode_snapshot, write_snapshot
from controller.raft.voter_set import Endpoint, Voter, VoterSet
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
REGISTRATION_TIMEOUT_S = 60.0
REGISTRATION_RETRY_S = 0.5
# Kafka's LogManager.InitialTaskDelayMs: retention and cleaning start 30 s after start-up.
INITIAL_TASK_DELAY_MS = 30_000
SECURITY_PROTOCOL_IDS = {"PLAINTEXT": 0, "SSL": 1, "SASL_PLAINTEXT": 2, "SASL_SSL": 3}


def parse_initial_controllers(text: str) -> list[Voter]:
    """`--initial-controllers 1@host:port:DIRID,...` as kafka-storage format takes it."""
    voters: list[Voter] = []
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        try:
            node, rest = item.split("@", 1)
            host_port, directory = rest.rsplit(":", 1)
            host, port = host_port.rsplit(":", 1)
            host = host.strip("[]")
            voters.append(Voter(int(node), parse_kafka_uuid(directory), (Endpoint("CONTROLLER", host, int(port)),)))
        except ValueError as exc:
            raise ValueError(f"invalid --initial-controllers entry {item!r}: {exc}") from exc
    if not voters:
        raise ValueError("--initial-controllers names no controller")
    return voters


def format_log_dirs(
    config: BrokerConfig,
    cluster_id: str,
    *,
    ignore_formatted: bool = False,
    standalone: bool = False,
    initial_controllers: str | None = None,
    now_ms: int = 0,
) -> list[Path]:
    """`kpybroker format`: write meta.properties to every log dir, as `kafka-storage format` does.

    `standalone` / `initial_controllers` (controllers only) also write the bootstrap
    snapshot `00000000000000000000-0000000000.checkpoint` holding kraft.version 1 and the
    initial `VotersRecord`, so the voter set lives in the metadata log (KIP-853).
    """
    if standalone and initial_controllers:
        raise ValueError("--standalone and --initial-controllers cannot be used together")
    if (standalone or initial_controllers) and not config.is_controller:
        raise ValueError("--standalone and --initial-controllers are only for controllers")
    if (standalone or initial_controllers) and config.controller_quorum_voters:
        raise ValueError("controller.quorum.voters is set: the voter set is static (kraft.version 0)")
    dirs = [Path(d) for d in (*config.log_dirs, config.metadata_dir)]
    unique = list(dict.fromkeys(d.resolve() for d in dirs))
    already = [d for d in unique if (d / "meta.properties").exists()]
    if already and not ignore_formatted:
        raise ValueError(f"Log directory {already[0]} is already formatted. Use --ignore-formatted to ignore it.")
    for d in unique:
        d.mkdir(parents=True, exist_ok=True)
    voters = parse_initial_controllers(initial_controllers) if initial_controllers else None
    meta_dir = Path(config.metadata_dir).resolve()
    own = next((v for v in voters or () if v.voter_id == config.node_id), None)
    if own is not None and not (meta_dir / "meta.properties").exists():
        # The metadata dir takes the directory id the initial controllers name for this node.
        write_meta_properties(
            meta_dir, _meta(cluster_id, config.node_id, kafka_uuid_string(own.directory_id)), now_ms
        )
    _, metas = ensure_formatted(unique, config.node_id, cluster_id)
    if standalone:
        directory = metas[meta_dir].directory_id
        assert directory is not None
        ctl = config.controller_advertised_listeners[0]
        endpoints = tuple(
            Endpoint(name, ctl.host or "localhost", ctl.port) for name in config.controller_listener_names[:1]
        )
        voters = [Voter(config.node_id, parse_kafka_uuid(directory), endpoints)]
    if voters is not None:
        names = config.controller_listener_names
        if names:
            voters = [dataclasses.replace(v, endpoints=tuple(Endpoint(names[0], e.host, e.port) for e in v.endpoints))
                      for v in voters]
        write_bootstrap_snapshot(meta_dir, VoterSet.of(voters), now_ms)
    return unique


def _meta(cluster_id: str, node_id: int, directory_id: str) -> MetaProperties:
    return MetaProperties(cluster_id=cluster_id, node_id=node_id, directory_id=directory_id)


def write_bootstrap_snapshot(meta_dir: Path, voters: VoterSet, now_ms: int) -> Path:
    """The 0-0 checkpoint `kafka-storage format` writes for kraft.version 1."""
    directory = meta_dir / METADATA_TOPIC_DIR
    directory.mkdir(parents=True, exist_ok=True)
    sid = SnapshotId(0, 0)
    return write_snapshot(directory, Snapshot(sid, encode_snapshot([], sid, now_ms, voters), voters))


def quorum_bootstrap(config: BrokerConfig) -> tuple[frozenset[int], dict[int, tuple[str, int]]]:
    """(static voters, bootstrap pseudo ids -> address) for the Raft core.

    Static `controller.quorum.voters` is kraft.version 0. With only
    `controller.quorum.bootstrap.servers` the node finds the leader through them and learns
    the voter set from the log; a controller whose bootstrap servers are all its own
    listener (the single-node quickstart) stays a quorum of itself.
    """
    if config.controller_quorum_voters or not config.controller_quorum_bootstrap_servers:
        return frozenset(config.bootstrap_voters()) or frozenset({config.node_id}), {}
    own_ports = {lst.port for lst in config.listeners if lst.name in config.controller_listener_names}
    servers = list(config.controller_quorum_bootstrap_servers)
    if config.is_controller and all(port in own_ports for _, port in servers):
        return frozenset(config.bootstrap_voters()) or frozenset({config.node_id}), {}
    # Negative ids as Kafka's bootstrap nodes (-2, -3, ...): never a real replica id.
    return frozenset(), {-2 - i: (host, port) for i, (host, port) in enumerate(servers)}


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
        voters, bootstrap = quorum_bootstrap(config)
        controller = RaftController.open(
            meta_dir,
            node_id=config.node_id,
            voters=voters,
            image=image,
            quorum_controller=quorum,
            now_ms=now_ms,
            raft_config=raft_config(config),
            bootstrap=tuple(bootstrap),
        )
        controller.bootstrap_servers = bootstrap
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
        deadline = asyncio.get_running_loop().time() + REGISTRATION_TIMEOUT_S
        while True:
            response = await driver.write(lambda facade, now: facade.broker_registration(request, now))
            retriable = response.error_code in (
                ErrorCode.DUPLICATE_BROKER_REGISTRATION, ErrorCode.NOT_CONTROLLER, ErrorCode.REQUEST_TIMED_OUT
            )
            if not retriable or asyncio.get_running_loop().time() >= deadline:
                break
            # As Kafka's BrokerLifecycleManager: the previous incarnation's session has not expired
            # yet (broker.session.timeout.ms); keep trying until the controller lets go of it.
            log.info("broker_registration_retry", error=ErrorCode(response.error_code).name)
            await asyncio.sleep(REGISTRATION_RETRY_S)
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
