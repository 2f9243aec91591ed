"""The broker adapter around the transaction coordinator core.

It implements the core's ports over the broker (the `__transaction_state` writer and the
local marker writer), loads the coordinator from its partitions at start-up, and offers
the two hooks other paths need: `check_produce` (KIP-890: a transactional batch is only
accepted for a partition in the producer's ongoing transaction; epoch-bumping clients
add partitions implicitly by producing) and `txn_offset_commit`.
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING, Any

import structlog

from kpybroker.replica_manager import AppendOutcome
from kpybroker.txn.coordinator import TransactionCoordinator, TxnConfig
from kpybroker.txn.markers import OFFSETS_TOPIC, LocalMarkerWriter
from kpybroker.txn.offsets import append_txn_offsets
from kpybroker.txn.state import TV_2, TopicPartition
from protocol import records as rb
from protocol.errors import CorruptRecordError, ErrorCode, InvalidRecordError, KafkaError
from protocol.exceptions import ProtocolError
from protocol.messages import InitProducerIdRequest, InitProducerIdResponse, TxnOffsetCommitRequest

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext
    from kpybroker.replica_manager import Partition

log = structlog.get_logger("kpybroker.txn.service")

TXN_TOPIC = "__transaction_state"
_READ_CHUNK = 1 << 20
# Produce v12 is what clients with transaction.version 2 send: they never call
# AddPartitionsToTxn and rely on the partition leader to add the partition.
PRODUCE_IMPLICIT_ADD_VERSION = 12
_COORDINATOR_ERRORS = frozenset({
    ErrorCode.NOT_COORDINATOR, ErrorCode.COORDINATOR_NOT_AVAILABLE, ErrorCode.COORDINATOR_LOAD_IN_PROGRESS,
    ErrorCode.CONCURRENT_TRANSACTIONS,
})


class BrokerTxnLog:
    """`TxnLogWriter` over the broker's `__transaction_state` replicas."""

    def __init__(self, broker: Broker) -> None:
        self.broker = broker

    def coordinator_epoch(self, txn_partition: int) -> int | None:
        part = self.broker.replicas.get(TXN_TOPIC, txn_partition)
        return None if part is None else part.leader_epoch

    def append(self, txn_partition: int, key: bytes, value: bytes | None, now_ms: int) -> int:
        part = self.broker.replicas.get(TXN_TOPIC, txn_partition)
        if part is None:
            return ErrorCode.NOT_LEADER_OR_FOLLOWER
        batch = rb.build_batch([(key, value)], base_timestamp=now_ms)
        outcome = self.broker.replicas.append_as_leader(
            part, memoryview(batch), now_ms=now_ms, transactional_id=None, api_version=None
        )
        return int(outcome.error)


class TransactionService:
    def __init__(self, broker: Broker, core: TransactionCoordinator | None = None) -> None:
        self.broker = broker
        cfg = broker.config
        self.core = core or TransactionCoordinator(
            TxnConfig(
                num_partitions=cfg.transaction_state_log_num_partitions,
                max_timeout_ms=cfg.transaction_max_timeout_ms,
                transactional_id_expiration_ms=cfg.transactional_id_expiration_ms,
            ),
            BrokerTxnLog(broker),
            LocalMarkerWriter(broker),
            lambda: broker.producer_ids.generate(),
        )
        self.abort_interval_ms = max(int(getattr(cfg, "transaction_abort_timed_out_transaction_cleanup_interval_ms",
                                                 10_000)), 1)
        self._next_abort_check_ms = 0

    # -- lifecycle ---------------------------------------------------------------------------------------
    def load(self) -> int:
        """Replay every hosted `__transaction_state` partition; returns the records applied."""
        count = 0
        for part in sorted(self.broker.replicas.topic_partitions(TXN_TOPIC), key=lambda p: p.index):
            count += self._load_partition(part.log)
        self.core.finish_loading(self.broker.now_ms())
        log.info("txn_coordinator_loaded", records=count, transactions=len(self.core.txns),
                 pending_markers=len(self.core.pending_markers))
        return count

    def _load_partition(self, plog: Any) -> int:
        count = 0
        try:
            for chunk, pos, header in plog.scan(plog.log_start_offset, None, _READ_CHUNK):
                if header.is_control:
                    continue
                for record in rb.iter_records(chunk, pos, header):
                    if record.key is None:
                        continue
                    try:
                        self.core.replay(record.key, record.value)
                        count += 1
                    except (ValueError, struct.error, ProtocolError) as exc:
                        log.warning("txn_state_record_skipped", offset=record.offset, error=str(exc))
        except KafkaError as exc:
            log.error("txn_state_read_failed", error=str(exc))
        return count

    def tick(self, now_ms: int) -> None:
        # Marker retries are cheap and frequent; the timeout scan follows Kafka's interval.
        if self.core.pending_markers or now_ms >= self._next_abort_check_ms:
            self.core.tick(now_ms)
            if now_ms >= self._next_abort_check_ms:
                self._next_abort_check_ms = now_ms + self.abort_interval_ms

    def shutdown(self) -> None:
        """Nothing to flush: every state change is in the log before it is answered."""

    # -- InitProducerId (kept for the legacy handler's call) ----------------------------------------------
    def init_producer_id(self, ctx: RequestContext, request: InitProducerIdRequest) -> InitProducerIdResponse:
        result = self.core.init_producer_id(
            request.transactional_id or "", request.transaction_timeout_ms, self.broker.now_ms(),
            expected_producer_id=request.producer_id, expected_epoch=request.producer_epoch,
        )
        return init_response(result.error, result.producer_id, result.producer_epoch, ctx.api_version)

    # -- the produce hook ----------------------------------------------------------------------------------
    def check_produce(
        self, transactional_id: str, records: memoryview, part: Partition, produce_version: int, now_ms: int,
    ) -> AppendOutcome | None:
        """None to let a produce through; an AppendOutcome carrying the error to refuse it."""
        try:
            header = rb.read_header(records, 0)
        except (CorruptRecordError, InvalidRecordError, ProtocolError, struct.error):
            return None  # the append path reports malformed batches itself
        if not header.is_transactional or header.producer_id < 0:
            return None
        pid, epoch = header.producer_id, header.producer_epoch
        entry = part.log.producer_state.last_entry(pid)
        if entry is not None and entry.current_txn_first_offset is not None and entry.producer_epoch == epoch:
            return None  # already part of this producer's ongoing transaction here
        tp = (part.topic, part.index)
        if produce_version >= PRODUCE_IMPLICIT_ADD_VERSION:
            code = self.core.add_partitions(transactional_id, pid, epoch, [tp], now_ms, client_tv=TV_2)
        else:
            code = self.core.verify_partitions(transactional_id, pid, epoch, [tp])[tp]
        if code == ErrorCode.NONE:
            return None
        mapped = produce_error(code, produce_version)
        log.info("txn_produce_refused", transactional_id=transactional_id, topic=part.topic, partition=part.index,
                 producer_id=pid, producer_epoch=epoch, error=ErrorCode(code).name, returned=ErrorCode(mapped).name)
        return AppendOutcome(error=mapped, message=f"transaction verification failed: {ErrorCode(code).name}")

    # -- TxnOffsetCommit -----------------------------------------------------------------------------------
    def txn_offset_commit(self, request: TxnOffsetCommitRequest, api_version: int) -> dict[TopicPartition, int]:
        """Per requested partition: its error code."""
        wanted = [(t.name, p.partition_index) for t in request.topics for p in t.partitions]
        groups = getattr(self.broker, "groups", None)
        if groups is None:
            return dict.fromkeys(wanted, ErrorCode.COORDINATOR_NOT_AVAILABLE)
        error = ErrorCode(groups.coordinator_error(request.group_id))
        if error != ErrorCode.NONE:
            return dict.fromkeys(wanted, error)
        offsets_partition = groups.core.partition_for(request.group_id)
        part = self.broker.replicas.get(OFFSETS_TOPIC, offsets_partition)
        if part is None:
            return dict.fromkeys(wanted, ErrorCode.NOT_COORDINATOR)
        code = self._join_offsets_partition(request, part, api_version)
        if code != ErrorCode.NONE:
            return dict.fromkeys(wanted, code)
        return append_txn_offsets(self.broker, groups, part, request, api_version)

    def _join_offsets_partition(self, request: TxnOffsetCommitRequest, part: Partition, api_version: int) -> int:
        now = self.broker.now_ms()
        pid, epoch = request.producer_id, request.producer_epoch
        entry = part.log.producer_state.last_entry(pid)
        if entry is not None and entry.current_txn_first_offset is not None and entry.producer_epoch == epoch:
            return ErrorCode.NONE
        tp = (part.topic, part.index)
        if api_version >= 5:
            code = self.core.add_partitions(request.transactional_id, pid, epoch, [tp], now, client_tv=TV_2)
        else:
            code = self.core.verify_partitions(request.transactional_id, pid, epoch, [tp])[tp]
        if code == ErrorCode.NONE:
            return code
        if code == ErrorCode.PRODUCER_FENCED:
            return ErrorCode.INVALID_PRODUCER_EPOCH
        if code == ErrorCode.TRANSACTION_ABORTABLE:
            return ErrorCode.TRANSACTION_ABORTABLE if api_version >= 5 else ErrorCode.INVALID_TXN_STATE
        if code in _COORDINATOR_ERRORS:
            return ErrorCode.COORDINATOR_NOT_AVAILABLE
        return code


def produce_error(code: int, produce_version: int) -> int:
    """Kafka's AddPartitionsToTxnManager mapping of coordinator answers to produce errors."""
    if code == ErrorCode.PRODUCER_FENCED:
        return ErrorCode.INVALID_PRODUCER_EPOCH
    if code == ErrorCode.TRANSACTION_ABORTABLE:
        return ErrorCode.TRANSACTION_ABORTABLE if produce_version >= PRODUCE_IMPLICIT_ADD_VERSION \
            else ErrorCode.INVALID_TXN_STATE
    if code in _COORDINATOR_ERRORS:
        # Retriable for every producer, so it backs off and tries again.
        return ErrorCode.NOT_ENOUGH_REPLICAS
    return code


def init_response(error: int, producer_id: int, producer_epoch: int, api_version: int) -> InitProducerIdResponse:
    if error == ErrorCode.PRODUCER_FENCED and api_version < 4:
        # PRODUCER_FENCED arrived with v4; older clients know it as INVALID_PRODUCER_EPOCH.
        error = ErrorCode.INVALID_PRODUCER_EPOCH
    if error != ErrorCode.NONE:
        return InitProducerIdResponse(error_code=int(error), producer_id=-1, producer_epoch=-1)
    return InitProducerIdResponse(error_code=0, producer_id=producer_id, producer_epoch=producer_epoch)
