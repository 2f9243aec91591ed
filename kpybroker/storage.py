"""A node's durable state: log dirs, partition logs, the metadata log and its image.

Start-up order follows Kafka's: format check (`meta.properties`), recover partition
logs, replay the metadata log into the image (bootstrapping a brand-new cluster), then
the controller facade decides everything that changes metadata.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import structlog

from controller.bootstrap import SUPPORTED_FEATURES, ensure_formatted, parse_kafka_uuid
from controller.image import MetadataImage
from controller.metadata_log import MetadataLog
from controller.quorum_controller import ControllerConfig, QuorumController
from controller.single_node import LocalController
from kpybroker.config import BrokerConfig, apply_dynamic_configs
from kpybroker.config_defs import describe_topic_config, effective_topic_configs, validate_topic_configs
from kpybroker.env import TopicSpec
from log.config import LogConfig
from log.manager import LogManager
from protocol import messages as m
from protocol.errors import ErrorCode

log = structlog.get_logger("kpybroker.storage")

METADATA_TOPIC_DIR = "__cluster_metadata-0"
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
    metadata_log: MetadataLog
    controller: LocalController
    directory_ids: list[uuid.UUID]
    startup_topics: Sequence[TopicSpec] = ()
    _effective: tuple[int, BrokerConfig] | None = None

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
        metadata_log = MetadataLog.open(meta_dir / METADATA_TOPIC_DIR, now_ms=now_ms)
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
        controller = LocalController(image, metadata_log, quorum)
        controller.start(now_ms)
        _ensure_cluster_min_isr(controller, config, now_ms)
        log.info(
            "storage_opened", cluster_id=cluster_id, log_dirs=[str(d) for d in dirs],
            topics=len(image.topics_by_name), metadata_offset=image.last_offset,
        )
        return cls(config, cluster_id, logs, image, metadata_log, controller, directory_ids, startup_topics)

    # -- metadata operations -------------------------------------------------------------------------
    def register_local_broker(self, endpoints: Sequence[tuple[str, str, int, str]], now_ms: int) -> int:
        listeners = [(name, host, port, SECURITY_PROTOCOL_IDS.get(proto, 0)) for name, host, port, proto in endpoints]
        return self.controller.register_local_broker(
            node_id=self.config.node_id,
            incarnation_id=uuid.uuid4(),
            listeners=listeners,
            log_dirs=self.directory_ids,
            now_ms=now_ms,
            rack=self.config.broker_rack,
        )

    def create_startup_topics(self, now_ms: int) -> None:
        """`KAFKA_CREATE_TOPICS` (name:partitions:replicas[:cleanup.policy]) at start-up."""
        for spec in self.startup_topics:
            if spec.name in self.image.topics_by_name:
                continue
            configs = {"cleanup.policy": spec.cleanup_policy} if spec.cleanup_policy else {}
            result = self.controller.create_topics_internal(
                spec.name, spec.partitions, spec.replication_factor, configs, now_ms=now_ms
            )
            log.info("startup_topic_created", topic=spec.name, partitions=spec.partitions,
                     error=ErrorCode(result.error_code).name, message=result.error_message)

    def auto_create_topic(self, name: str, now_ms: int) -> int:
        result = self.controller.create_topics_internal(
            name, self.config.num_partitions, self.config.default_replication_factor, {}, now_ms=now_ms
        )
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
        self.controller.ensure_internal_topic(
            name, now_ms=now_ms, partitions=partitions, replication_factor=rf, configs=configs
        )
        return ErrorCode.NONE if name in self.image.topics_by_name else ErrorCode.COORDINATOR_NOT_AVAILABLE

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
        self.logs.tick(now_ms)

    def shutdown(self) -> None:
        self.logs.shutdown()
        self.metadata_log.close()


def default_log_config(config: BrokerConfig) -> LogConfig:
    return LogConfig.from_topic_configs(effective_topic_configs({}, config))


def _ensure_cluster_min_isr(controller: LocalController, config: BrokerConfig, now_ms: int) -> None:
    """With ELR enabled Kafka pins the cluster-wide min.insync.replicas as a dynamic default
    (KIP-966), so topics report it as DYNAMIC_DEFAULT_BROKER_CONFIG; do the same once."""
    image = controller.image
    if image.features.get("eligible.leader.replicas.version", 0) < 1:
        return
    if "min.insync.replicas" in image.cluster_broker_configs():
        return
    record = m.ConfigRecord(
        resource_type=4, resource_name="", name="min.insync.replicas", value=str(config.min_insync_replicas)
    )
    controller.commit([record], now_ms)
