"""The controller facade the broker calls, for a single node (a quorum of one).

Every write follows the same three steps Kafka's QuorumController takes, done
synchronously here:

1. decide: ``QuorumController.<op>(request, image, now_ms)`` -> records + response;
2. commit: ``MetadataLog.append(records)`` (one batch, flushed; with one voter that is
   the commit);
3. apply: ``image.apply(record, offset)`` for each committed record, then answer.

How Raft slots in: step 2 becomes "append to the Raft leader's log and wait for the
high watermark to pass the batch's last offset", so the methods here become ``async``
(awaiting a commit future), and step 3 moves to the Raft listener that every node runs
(followers apply the same records). The decisions and the image do not change.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

import structlog

from controller.bootstrap import bootstrap_records, registration_request
from controller.image import MetadataImage
from controller.metadata_log import MetadataLog
from controller.quorum_controller import ControllerResult, QuorumController
from controller.topic_names import GROUP_METADATA_TOPIC_NAME, TRANSACTION_STATE_TOPIC_NAME
from protocol import messages as m

_log = structlog.get_logger(__name__)

# Kafka's defaults for the internal topics (offsets.topic.* / transaction.state.log.*).
OFFSETS_TOPIC_CONFIGS = {
    "cleanup.policy": "compact",
    "compression.type": "producer",
    "segment.bytes": str(100 * 1024 * 1024),
}
TRANSACTION_TOPIC_CONFIGS = {
    "cleanup.policy": "compact",
    "compression.type": "uncompressed",
    "min.insync.replicas": "2",
    "segment.bytes": str(100 * 1024 * 1024),
    "unclean.leader.election.enable": "false",
}


class LocalController:
    """Decide, commit, apply: synchronously, for one node."""

    def __init__(self, image: MetadataImage, metadata_log: MetadataLog, quorum_controller: QuorumController) -> None:
        self.image = image
        self.metadata_log = metadata_log
        self.quorum_controller = quorum_controller

    # ------------------------------------------------------------------ plumbing

    def commit(self, records: Sequence[Any], now_ms: int) -> int:
        """Append ``records`` atomically (one batch) and apply them; returns the last offset."""
        if not records:
            return self.image.last_offset
        first = self.metadata_log.end_offset
        last = self.metadata_log.append(records, now_ms)
        for i, record in enumerate(records):
            self.image.apply(record, first + i)
        if last != first + len(records) - 1:
            # Offsets are assigned by the log; a mismatch means someone else wrote to it.
            _log.error("metadata_offset_mismatch", expected=first + len(records) - 1, actual=last)
        return last

    def _run(self, result: ControllerResult[Any], now_ms: int) -> Any:
        self.commit(result.records, now_ms)
        return result.response

    def start(self, now_ms: int) -> None:
        """Replay the log; on a brand-new log write the bootstrap feature levels first."""
        self.metadata_log.replay(self.image)
        if self.metadata_log.end_offset == 0:
            _log.info("metadata_bootstrap", cluster_id=self.image.cluster_id)
            self.commit(bootstrap_records(), now_ms)

    def register_local_broker(
        self,
        *,
        node_id: int,
        incarnation_id: uuid.UUID,
        listeners: Sequence[tuple[str, str, int, int]],
        log_dirs: Sequence[uuid.UUID],
        now_ms: int,
        rack: str | None = None,
    ) -> int:
        """Register this node as a broker and unfence it; returns its broker epoch.

        Kafka's broker does this over the controller channel on every start (a new
        incarnation gets a new epoch); here it is a direct call.
        """
        request = registration_request(
            node_id=node_id,
            cluster_id=self.image.cluster_id or "",
            incarnation_id=incarnation_id,
            listeners=listeners,
            log_dirs=log_dirs,
            rack=rack,
        )
        response = self.broker_registration(request, now_ms)
        if response.error_code != 0:
            raise RuntimeError(f"local broker registration failed with error {response.error_code}")
        heartbeat = m.BrokerHeartbeatRequest(
            broker_id=node_id,
            broker_epoch=response.broker_epoch,
            current_metadata_offset=self.image.last_offset,
            want_fence=False,
            want_shut_down=False,
        )
        self.broker_heartbeat(heartbeat, now_ms)
        return int(response.broker_epoch)

    # ------------------------------------------------------------------ admin APIs

    def create_topics(self, request: Any, version: int, now_ms: int) -> Any:
        return self._run(self.quorum_controller.create_topics(request, self.image, now_ms, version), now_ms)

    def delete_topics(self, request: Any, version: int, now_ms: int) -> Any:
        return self._run(self.quorum_controller.delete_topics(request, self.image, now_ms, version), now_ms)

    def create_partitions(self, request: Any, version: int, now_ms: int) -> Any:
        return self._run(self.quorum_controller.create_partitions(request, self.image, now_ms, version), now_ms)

    def incremental_alter_configs(self, request: Any, version: int, now_ms: int) -> Any:
        return self._run(
            self.quorum_controller.incremental_alter_configs(request, self.image, now_ms, version), now_ms
        )

    def alter_configs(self, request: Any, version: int, now_ms: int) -> Any:
        return self._run(self.quorum_controller.alter_configs(request, self.image, now_ms, version), now_ms)

    def broker_registration(self, request: Any, now_ms: int) -> Any:
        result = self.quorum_controller.register_broker(
            request, self.image, now_ms, next_offset=self.metadata_log.end_offset
        )
        return self._run(result, now_ms)

    def broker_heartbeat(self, request: Any, now_ms: int) -> Any:
        return self._run(self.quorum_controller.broker_heartbeat(request, self.image, now_ms), now_ms)

    def allocate_producer_ids_request(self, request: Any, now_ms: int) -> Any:
        return self._run(self.quorum_controller.allocate_producer_ids(request, self.image, now_ms), now_ms)

    def allocate_producer_ids(self, broker_id: int, broker_epoch: int, now_ms: int) -> tuple[int, int]:
        """A block of producer ids for this node's transaction coordinator: (first id, count)."""
        request = m.AllocateProducerIdsRequest(broker_id=broker_id, broker_epoch=broker_epoch)
        response = self.allocate_producer_ids_request(request, now_ms)
        if response.error_code != 0:
            raise RuntimeError(f"producer id allocation failed with error {response.error_code}")
        return int(response.producer_id_start), int(response.producer_id_len)

    def fence_stale_brokers(self, now_ms: int) -> None:
        self.commit(self.quorum_controller.fence_stale_brokers(self.image, now_ms), now_ms)

    # ------------------------------------------------------------------ internal topics

    def create_topics_internal(
        self,
        name: str,
        partitions: int,
        replication_factor: int,
        configs: dict[str, str] | None = None,
        now_ms: int = 0,
    ) -> Any:
        """Create a topic on the broker's own behalf (auto-create, internal topics).

        Returns the CreatableTopicResult (error_code 0, or TOPIC_ALREADY_EXISTS etc.).
        """
        topic = m.CreateTopicsRequest.CreatableTopic(
            name=name,
            num_partitions=partitions,
            replication_factor=replication_factor,
            assignments=[],
            configs=[
                m.CreateTopicsRequest.CreatableTopicConfig(name=k, value=v) for k, v in (configs or {}).items()
            ],
        )
        request = m.CreateTopicsRequest(topics=[topic], timeout_ms=0, validate_only=False)
        response = self.create_topics(request, 7, now_ms)
        return response.topics[0]

    def ensure_internal_topic(
        self,
        name: str,
        *,
        now_ms: int,
        partitions: int | None = None,
        replication_factor: int = 1,
        configs: dict[str, str] | None = None,
    ) -> Any:
        """Create ``__consumer_offsets`` / ``__transaction_state`` with Kafka's defaults if missing."""
        existing = self.image.topics_by_name.get(name)
        if existing is not None:
            return existing
        defaults: dict[str, tuple[int, dict[str, str]]] = {
            GROUP_METADATA_TOPIC_NAME: (50, OFFSETS_TOPIC_CONFIGS),
            TRANSACTION_STATE_TOPIC_NAME: (50, TRANSACTION_TOPIC_CONFIGS),
        }
        default_partitions, default_configs = defaults.get(name, (1, {}))
        merged = dict(default_configs)
        merged.update(configs or {})
        if replication_factor < 2:
            # A one-replica __transaction_state cannot satisfy min.insync.replicas=2 (Kafka caps it too).
            merged.pop("min.insync.replicas", None)
        result = self.create_topics_internal(
            name, partitions or default_partitions, replication_factor, merged, now_ms=now_ms
        )
        if result.error_code != 0:
            _log.warning("internal_topic_creation_failed", topic=name, error=result.error_code,
                         message=result.error_message)
        return self.image.topics_by_name.get(name)


