"""The transaction coordinator core: Kafka's TransactionCoordinator state machine.

Deterministic and clock-free: every call takes `now_ms`; the outside world is reached
only through three ports given at construction: the `__transaction_state` writer, the
marker writer and the producer-id source. Unit tests plug in fakes; the broker plugs in
`kpybroker.txn.service`. A change of state is computed as a new `TxnMetadata`, written
to the transaction log, and installed only once the write succeeded.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

import structlog

from kpybroker.coordinator.hashing import partition_for
from kpybroker.txn import records
from kpybroker.txn.state import (
    MAX_EPOCH,
    NO_PRODUCER_EPOCH,
    NO_PRODUCER_ID,
    TV_2,
    TopicPartition,
    TxnMetadata,
    TxnState,
    is_epoch_exhausted,
)
from protocol.errors import ErrorCode

log = structlog.get_logger("kpybroker.txn")

# Marker write outcomes after which a partition needs no further marker (Kafka's
# TransactionMarkerRequestCompletionHandler drops these rather than retrying).
_MARKER_DONE = frozenset({
    ErrorCode.NONE,
    ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,  # the topic was deleted: nothing left to mark
    ErrorCode.INVALID_PRODUCER_EPOCH,
    ErrorCode.TRANSACTION_COORDINATOR_FENCED,
})


class TxnLogWriter(Protocol):
    def coordinator_epoch(self, txn_partition: int) -> int | None:
        """The leader epoch of this `__transaction_state` partition, None when not hosted here."""

    def append(self, txn_partition: int, key: bytes, value: bytes | None, now_ms: int) -> int:
        """Append one record durably; returns an ErrorCode (NONE on success)."""


class MarkerWriter(Protocol):
    def write_markers(
        self, producer_id: int, producer_epoch: int, committed: bool, coordinator_epoch: int,
        partitions: list[TopicPartition], now_ms: int,
    ) -> dict[TopicPartition, int]:
        """Write a commit/abort marker to each partition; returns an ErrorCode per partition."""


@dataclass(slots=True, frozen=True)
class TxnConfig:
    num_partitions: int = 50
    max_timeout_ms: int = 900_000
    transactional_id_expiration_ms: int = 604_800_000
    server_tv: int = TV_2


@dataclass(slots=True, frozen=True)
class ProducerIdAndEpoch:
    error: int
    producer_id: int = NO_PRODUCER_ID
    producer_epoch: int = NO_PRODUCER_EPOCH


def map_append_error(code: int) -> int:
    """Kafka's appendTransactionToLog error mapping for what the client sees."""
    if code == ErrorCode.NONE:
        return ErrorCode.NONE
    if code in (ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.NOT_ENOUGH_REPLICAS,
                ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND, ErrorCode.REQUEST_TIMED_OUT):
        return ErrorCode.COORDINATOR_NOT_AVAILABLE
    if code in (ErrorCode.NOT_LEADER_OR_FOLLOWER, ErrorCode.KAFKA_STORAGE_ERROR):
        return ErrorCode.NOT_COORDINATOR
    return ErrorCode.UNKNOWN_SERVER_ERROR


class TransactionCoordinator:
    def __init__(
        self, config: TxnConfig, txn_log: TxnLogWriter, markers: MarkerWriter, next_producer_id: Callable[[], int],
    ) -> None:
        self.config = config
        self.txn_log = txn_log
        self.markers = markers
        self.next_producer_id = next_producer_id
        self.txns: dict[str, TxnMetadata] = {}
        # transactional id -> partitions still owed a marker (the txn is in PrepareCommit/PrepareAbort).
        self.pending_markers: dict[str, set[TopicPartition]] = {}

    # -- ownership ---------------------------------------------------------------------------------------
    def partition_for(self, transactional_id: str) -> int:
        return partition_for(transactional_id, self.config.num_partitions)

    def _coordinator_epoch(self, transactional_id: str) -> int | None:
        return self.txn_log.coordinator_epoch(self.partition_for(transactional_id))

    def _persist(self, meta: TxnMetadata, now_ms: int) -> int:
        partition = self.partition_for(meta.transactional_id)
        if self.txn_log.coordinator_epoch(partition) is None:
            return ErrorCode.NOT_COORDINATOR
        value = None if meta.state == TxnState.DEAD else records.encode_value(meta)
        error = self.txn_log.append(partition, records.encode_key(meta.transactional_id), value, now_ms)
        if error != ErrorCode.NONE:
            log.warning("txn_log_append_failed", transactional_id=meta.transactional_id,
                        error=ErrorCode(error).name, state=meta.state.display)
            return map_append_error(error)
        if meta.state == TxnState.DEAD:
            self.txns.pop(meta.transactional_id, None)
        else:
            self.txns[meta.transactional_id] = meta
        return ErrorCode.NONE

    # -- InitProducerId ----------------------------------------------------------------------------------
    def init_producer_id(
        self, transactional_id: str, timeout_ms: int, now_ms: int,
        expected_producer_id: int = NO_PRODUCER_ID, expected_epoch: int = NO_PRODUCER_EPOCH,
    ) -> ProducerIdAndEpoch:
        if not transactional_id:
            return ProducerIdAndEpoch(ErrorCode.INVALID_REQUEST)
        if timeout_ms <= 0 or timeout_ms > self.config.max_timeout_ms:
            return ProducerIdAndEpoch(ErrorCode.INVALID_TRANSACTION_TIMEOUT)
        if self._coordinator_epoch(transactional_id) is None:
            return ProducerIdAndEpoch(ErrorCode.NOT_COORDINATOR)
        meta = self.txns.get(transactional_id)
        if meta is None:
            meta = TxnMetadata(transactional_id, self.next_producer_id(), timeout_ms=timeout_ms,
                               last_update_ms=now_ms)
            # Cached before it is written, as Kafka's putTransactionStateIfNotExists.
            self.txns[transactional_id] = meta
        expected = None if expected_producer_id == NO_PRODUCER_ID and expected_epoch == NO_PRODUCER_EPOCH \
            else (expected_producer_id, expected_epoch)
        if transactional_id in self.pending_markers:
            return ProducerIdAndEpoch(ErrorCode.CONCURRENT_TRANSACTIONS)
        if expected is not None and not (
            meta.producer_epoch == NO_PRODUCER_EPOCH
            or expected[0] == meta.producer_id
            or (expected[0] == meta.previous_producer_id and is_epoch_exhausted(expected[1]))
        ):
            return ProducerIdAndEpoch(ErrorCode.PRODUCER_FENCED)
        if meta.state in (TxnState.PREPARE_COMMIT, TxnState.PREPARE_ABORT):
            return ProducerIdAndEpoch(ErrorCode.CONCURRENT_TRANSACTIONS)
        if meta.state == TxnState.ONGOING:
            # Fence the current producer by aborting its transaction with a bumped epoch; the
            # client retries on CONCURRENT_TRANSACTIONS and then gets an epoch of its own.
            fenced = meta.producer_epoch + 1 if meta.producer_epoch < MAX_EPOCH else meta.producer_epoch
            result = self._end(transactional_id, meta.producer_id, fenced, committed=False, from_client=False,
                               client_tv=self.config.server_tv, now_ms=now_ms, fencing=True)
            return ProducerIdAndEpoch(result.error if result.error != ErrorCode.NONE
                                      else ErrorCode.CONCURRENT_TRANSACTIONS)
        # Empty, CompleteCommit, CompleteAbort.
        if meta.epoch_exhausted and (expected is None or expected[1] == meta.producer_epoch):
            new = meta.transit(
                TxnState.EMPTY, producer_id=self.next_producer_id(), producer_epoch=0,
                last_producer_epoch=meta.producer_epoch if expected is not None else NO_PRODUCER_EPOCH,
                previous_producer_id=meta.producer_id, next_producer_id=NO_PRODUCER_ID,
                timeout_ms=timeout_ms, partitions=frozenset(), start_ms=-1, last_update_ms=now_ms, client_tv=0,
            )
        else:
            if expected is None:
                epoch, last = meta.producer_epoch + 1, NO_PRODUCER_EPOCH
            elif meta.producer_epoch == NO_PRODUCER_EPOCH or expected[1] == meta.producer_epoch:
                epoch, last = meta.producer_epoch + 1, meta.producer_epoch
            elif expected[1] == meta.last_producer_epoch:
                # A retry of an InitProducerId that already bumped the epoch.
                epoch, last = meta.producer_epoch, meta.last_producer_epoch
            else:
                return ProducerIdAndEpoch(ErrorCode.PRODUCER_FENCED)
            new = meta.transit(
                TxnState.EMPTY, producer_epoch=epoch, last_producer_epoch=last,
                previous_producer_id=meta.producer_id, next_producer_id=NO_PRODUCER_ID,
                timeout_ms=timeout_ms, partitions=frozenset(), start_ms=-1, last_update_ms=now_ms, client_tv=0,
            )
        error = self._persist(new, now_ms)
        if error != ErrorCode.NONE:
            return ProducerIdAndEpoch(error)
        log.info("txn_producer_initialized", transactional_id=transactional_id, producer_id=new.producer_id,
                 producer_epoch=new.producer_epoch, txn_partition=self.partition_for(transactional_id))
        return ProducerIdAndEpoch(ErrorCode.NONE, new.producer_id, new.producer_epoch)

    # -- AddPartitionsToTxn / AddOffsetsToTxn ------------------------------------------------------------
    def _check_producer(self, transactional_id: str, producer_id: int, producer_epoch: int) -> tuple[int, TxnMetadata | None]:
        if not transactional_id:
            return ErrorCode.INVALID_REQUEST, None
        if self._coordinator_epoch(transactional_id) is None:
            return ErrorCode.NOT_COORDINATOR, None
        meta = self.txns.get(transactional_id)
        if meta is None or meta.producer_id != producer_id:
            return ErrorCode.INVALID_PRODUCER_ID_MAPPING, meta
        if meta.producer_epoch != producer_epoch:
            return ErrorCode.PRODUCER_FENCED, meta
        if meta.state in (TxnState.PREPARE_COMMIT, TxnState.PREPARE_ABORT) or transactional_id in self.pending_markers:
            return ErrorCode.CONCURRENT_TRANSACTIONS, meta
        return ErrorCode.NONE, meta

    def add_partitions(
        self, transactional_id: str, producer_id: int, producer_epoch: int,
        partitions: Iterable[TopicPartition], now_ms: int, *, client_tv: int | None = None,
    ) -> int:
        wanted = frozenset(partitions)
        error, meta = self._check_producer(transactional_id, producer_id, producer_epoch)
        if error != ErrorCode.NONE or meta is None:
            return error
        if meta.state == TxnState.ONGOING and wanted <= meta.partitions:
            return ErrorCode.NONE
        starting = meta.state in (TxnState.EMPTY, TxnState.COMPLETE_COMMIT, TxnState.COMPLETE_ABORT)
        new = meta.transit(
            TxnState.ONGOING, partitions=meta.partitions | wanted,
            start_ms=now_ms if starting else meta.start_ms, last_update_ms=now_ms,
            client_tv=meta.client_tv if client_tv is None else client_tv,
        )
        return self._persist(new, now_ms)

    def verify_partitions(
        self, transactional_id: str, producer_id: int, producer_epoch: int, partitions: Iterable[TopicPartition],
    ) -> dict[TopicPartition, int]:
        """AddPartitionsToTxn v4+ VerifyOnly: is each partition already in the ongoing transaction?"""
        wanted = list(partitions)
        error, meta = self._check_producer(transactional_id, producer_id, producer_epoch)
        if error != ErrorCode.NONE or meta is None:
            return {tp: error for tp in wanted}
        return {tp: ErrorCode.NONE if tp in meta.partitions else ErrorCode.TRANSACTION_ABORTABLE for tp in wanted}

    # -- EndTxn ------------------------------------------------------------------------------------------
    def end_txn(
        self, transactional_id: str, producer_id: int, producer_epoch: int, committed: bool, now_ms: int,
        *, client_tv: int = 0,
    ) -> ProducerIdAndEpoch:
        if transactional_id and self._coordinator_epoch(transactional_id) is None:
            return ProducerIdAndEpoch(ErrorCode.NOT_COORDINATOR)
        return self._end(transactional_id, producer_id, producer_epoch, committed=committed, from_client=True,
                         client_tv=client_tv, now_ms=now_ms, fencing=False)

    def _end(
        self, transactional_id: str, producer_id: int, producer_epoch: int, *, committed: bool, from_client: bool,
        client_tv: int, now_ms: int, fencing: bool,
    ) -> ProducerIdAndEpoch:
        if not transactional_id:
            return ProducerIdAndEpoch(ErrorCode.INVALID_REQUEST)
        meta = self.txns.get(transactional_id)
        if meta is None:
            return ProducerIdAndEpoch(ErrorCode.INVALID_PRODUCER_ID_MAPPING)
        tv2 = not fencing and meta.supports_epoch_bump
        retry_on_overflow = (tv2 and meta.previous_producer_id == producer_id
                             and producer_epoch == MAX_EPOCH - 1 and meta.producer_epoch == 0)
        retry_on_bump = tv2 and meta.producer_epoch == producer_epoch + 1
        state = meta.state
        if tv2:
            # With epoch bumps on every EndTxn, "same epoch" means the next transaction, so a retry
            # is recognised only by the bumped epoch.
            if state in (TxnState.ONGOING, TxnState.EMPTY):
                valid = producer_epoch == meta.producer_epoch
            elif state in (TxnState.PREPARE_COMMIT, TxnState.PREPARE_ABORT):
                valid = retry_on_bump
            else:
                valid = retry_on_bump or retry_on_overflow
        else:
            valid = (not from_client or producer_epoch == meta.producer_epoch) and producer_epoch >= meta.producer_epoch
        if meta.producer_id != producer_id and not retry_on_overflow:
            return ProducerIdAndEpoch(ErrorCode.INVALID_PRODUCER_ID_MAPPING)
        if not valid:
            return ProducerIdAndEpoch(ErrorCode.PRODUCER_FENCED)
        if state == TxnState.ONGOING:
            if transactional_id in self.pending_markers:
                return ProducerIdAndEpoch(ErrorCode.CONCURRENT_TRANSACTIONS)
            next_pid = NO_PRODUCER_ID
            if client_tv >= TV_2 and not fencing and meta.epoch_exhausted:
                next_pid = self.next_producer_id()
            base = meta
            if fencing:
                base = dataclasses.replace(meta, producer_epoch=producer_epoch, last_producer_epoch=NO_PRODUCER_EPOCH)
            if client_tv >= TV_2:
                epoch, last = base.producer_epoch + 1, base.producer_epoch
            else:
                epoch, last = base.producer_epoch, base.last_producer_epoch
            new = base.transit(
                TxnState.PREPARE_COMMIT if committed else TxnState.PREPARE_ABORT,
                producer_epoch=epoch, last_producer_epoch=last, next_producer_id=next_pid,
                last_update_ms=now_ms, client_tv=client_tv,
            )
            error = self._persist(new, now_ms)
            if error != ErrorCode.NONE:
                return ProducerIdAndEpoch(error)
            log.info("txn_prepared", transactional_id=transactional_id, state=new.state.display,
                     producer_id=new.producer_id, producer_epoch=new.producer_epoch,
                     partitions=len(new.partitions), from_client=from_client)
            self.pending_markers[transactional_id] = set(new.partitions)
            self._send_markers(transactional_id, now_ms)
            return ProducerIdAndEpoch(ErrorCode.NONE, new.producer_id, new.producer_epoch)
        if state == TxnState.COMPLETE_COMMIT:
            return self._same_result(meta, committed, expect_commit=True)
        if state == TxnState.COMPLETE_ABORT:
            return self._same_result(meta, committed, expect_commit=False)
        if state == TxnState.PREPARE_COMMIT:
            return ProducerIdAndEpoch(ErrorCode.CONCURRENT_TRANSACTIONS if committed else ErrorCode.INVALID_TXN_STATE)
        if state == TxnState.PREPARE_ABORT:
            return ProducerIdAndEpoch(ErrorCode.INVALID_TXN_STATE if committed else ErrorCode.CONCURRENT_TRANSACTIONS)
        return ProducerIdAndEpoch(ErrorCode.INVALID_TXN_STATE)

    @staticmethod
    def _same_result(meta: TxnMetadata, committed: bool, *, expect_commit: bool) -> ProducerIdAndEpoch:
        if committed == expect_commit:
            # A retry of an EndTxn that already completed.
            return ProducerIdAndEpoch(ErrorCode.NONE, meta.producer_id, meta.producer_epoch)
        return ProducerIdAndEpoch(ErrorCode.INVALID_TXN_STATE)

    # -- markers -----------------------------------------------------------------------------------------
    def _send_markers(self, transactional_id: str, now_ms: int) -> bool:
        """Write outstanding markers, then the Complete state; True once the transaction is complete."""
        meta = self.txns.get(transactional_id)
        remaining = self.pending_markers.get(transactional_id)
        if meta is None or remaining is None:
            self.pending_markers.pop(transactional_id, None)
            return True
        if meta.state not in (TxnState.PREPARE_COMMIT, TxnState.PREPARE_ABORT):
            self.pending_markers.pop(transactional_id, None)
            return True
        committed = meta.state == TxnState.PREPARE_COMMIT
        coordinator_epoch = self._coordinator_epoch(transactional_id)
        if coordinator_epoch is None:
            return False
        if remaining:
            results = self.markers.write_markers(
                meta.producer_id, meta.producer_epoch, committed, coordinator_epoch, sorted(remaining), now_ms
            )
            for tp, code in results.items():
                if code in _MARKER_DONE:
                    if code != ErrorCode.NONE:
                        log.warning("txn_marker_dropped", transactional_id=transactional_id, topic=tp[0],
                                    partition=tp[1], error=ErrorCode(code).name)
                    remaining.discard(tp)
            if remaining:
                return False
        if meta.supports_epoch_bump and meta.next_producer_id != NO_PRODUCER_ID:
            pid, epoch = meta.next_producer_id, 0
        else:
            pid, epoch = meta.producer_id, meta.producer_epoch
        done = meta.transit(
            TxnState.COMPLETE_COMMIT if committed else TxnState.COMPLETE_ABORT,
            producer_id=pid, producer_epoch=epoch, last_producer_epoch=meta.producer_epoch,
            previous_producer_id=meta.producer_id if pid != meta.producer_id else meta.previous_producer_id,
            next_producer_id=NO_PRODUCER_ID, partitions=frozenset(), last_update_ms=now_ms,
        )
        if self._persist(done, now_ms) != ErrorCode.NONE:
            return False
        self.pending_markers.pop(transactional_id, None)
        log.info("txn_completed", transactional_id=transactional_id, state=done.state.display,
                 producer_id=done.producer_id, producer_epoch=done.producer_epoch)
        return True

    # -- timers --------------------------------------------------------------------------------------------
    def tick(self, now_ms: int) -> None:
        """Retry owed markers, abort timed-out transactions, expire idle transactional ids."""
        for txn_id in list(self.pending_markers):
            self._send_markers(txn_id, now_ms)
        for meta in list(self.txns.values()):
            if (meta.state == TxnState.ONGOING and meta.transactional_id not in self.pending_markers
                    and meta.start_ms + meta.timeout_ms < now_ms):
                self.abort_timed_out(meta.transactional_id, now_ms)
        expiration = self.config.transactional_id_expiration_ms
        for meta in list(self.txns.values()):
            if (meta.state in (TxnState.EMPTY, TxnState.COMPLETE_COMMIT, TxnState.COMPLETE_ABORT)
                    and meta.transactional_id not in self.pending_markers
                    and meta.last_update_ms + expiration <= now_ms):
                self._persist(meta.transit(TxnState.DEAD, last_update_ms=now_ms), now_ms)

    def abort_timed_out(self, transactional_id: str, now_ms: int) -> ProducerIdAndEpoch:
        meta = self.txns[transactional_id]
        fenced = meta.producer_epoch + 1 if meta.producer_epoch < MAX_EPOCH else meta.producer_epoch
        log.info("txn_timed_out", transactional_id=transactional_id, producer_id=meta.producer_id,
                 producer_epoch=meta.producer_epoch, timeout_ms=meta.timeout_ms)
        return self._end(transactional_id, meta.producer_id, fenced, committed=False, from_client=False,
                         client_tv=self.config.server_tv, now_ms=now_ms, fencing=True)

    # -- loading -------------------------------------------------------------------------------------------
    def replay(self, key: bytes | memoryview, value: bytes | memoryview | None) -> None:
        """Apply one `__transaction_state` record while loading (last write wins)."""
        txn_id = records.decode_key(key)
        if value is None:
            self.txns.pop(txn_id, None)
            return
        self.txns[txn_id] = records.decode_value(txn_id, value)

    def finish_loading(self, now_ms: int) -> None:
        """Complete transactions caught between prepare and complete (Kafka's onElection)."""
        for meta in list(self.txns.values()):
            if meta.state in (TxnState.PREPARE_COMMIT, TxnState.PREPARE_ABORT):
                self.pending_markers[meta.transactional_id] = set(meta.partitions)
                self._send_markers(meta.transactional_id, now_ms)

    # -- admin ---------------------------------------------------------------------------------------------
    def describe(self, transactional_id: str) -> tuple[int, TxnMetadata | None]:
        if not transactional_id:
            return ErrorCode.INVALID_REQUEST, None
        if self._coordinator_epoch(transactional_id) is None:
            return ErrorCode.NOT_COORDINATOR, None
        meta = self.txns.get(transactional_id)
        if meta is None or meta.state == TxnState.DEAD:
            return ErrorCode.TRANSACTIONAL_ID_NOT_FOUND, None
        return ErrorCode.NONE, meta

    def list(
        self, states: set[TxnState] | None = None, producer_ids: set[int] | None = None,
        min_duration_ms: int = -1, now_ms: int = 0, id_pattern: Callable[[str], bool] | None = None,
    ) -> list[TxnMetadata]:
        out = []
        for meta in self.txns.values():
            if meta.state == TxnState.DEAD:
                continue
            if states and meta.state not in states:
                continue
            if producer_ids and meta.producer_id not in producer_ids:
                continue
            if min_duration_ms >= 0 and (meta.start_ms < 0 or now_ms - meta.start_ms < min_duration_ms):
                continue
            if id_pattern is not None and not id_pattern(meta.transactional_id):
                continue
            out.append(meta)
        return sorted(out, key=lambda m: m.transactional_id)
