"""The transaction coordinator core with fake ports: no broker, no sockets, no clock."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import pytest

from kpybroker.txn import records
from kpybroker.txn.coordinator import TransactionCoordinator, TxnConfig
from kpybroker.txn.state import TV_2, TopicPartition, TxnState
from protocol.errors import ErrorCode as E

TP0 = ("orders", 0)
TP1 = ("orders", 1)


@dataclass
class FakeTxnLog:
    hosted: bool = True
    fail_with: int = E.NONE
    appended: list[tuple[int, bytes, bytes | None]] = field(default_factory=list)

    def coordinator_epoch(self, txn_partition: int) -> int | None:
        return 7 if self.hosted else None

    def append(self, txn_partition: int, key: bytes, value: bytes | None, now_ms: int) -> int:
        if self.fail_with != E.NONE:
            return self.fail_with
        self.appended.append((txn_partition, key, value))
        return E.NONE

    def states(self) -> list[str]:
        out = []
        for _, key, value in self.appended:
            out.append("tombstone" if value is None else records.decode_value(records.decode_key(key), value).state.display)
        return out


@dataclass
class FakeMarkers:
    written: list[tuple[int, int, bool, int, list[TopicPartition]]] = field(default_factory=list)
    errors: dict[TopicPartition, int] = field(default_factory=dict)

    def write_markers(self, producer_id: int, producer_epoch: int, committed: bool, coordinator_epoch: int,
                      partitions: list[TopicPartition], now_ms: int) -> dict[TopicPartition, int]:
        self.written.append((producer_id, producer_epoch, committed, coordinator_epoch, list(partitions)))
        return {tp: self.errors.get(tp, E.NONE) for tp in partitions}


def make(max_timeout_ms: int = 900_000) -> tuple[TransactionCoordinator, FakeTxnLog, FakeMarkers]:
    ids = itertools.count(1000)
    txn_log, markers = FakeTxnLog(), FakeMarkers()
    core = TransactionCoordinator(TxnConfig(max_timeout_ms=max_timeout_ms), txn_log, markers, lambda: next(ids))
    return core, txn_log, markers


def test_init_add_commit_writes_markers_and_completes() -> None:
    core, txn_log, markers = make()
    r = core.init_producer_id("tx", 60_000, now_ms=1)
    assert (r.error, r.producer_id, r.producer_epoch) == (E.NONE, 1000, 0)
    assert core.add_partitions("tx", 1000, 0, [TP0, TP1], now_ms=2) == E.NONE
    assert core.txns["tx"].state == TxnState.ONGOING and core.txns["tx"].start_ms == 2
    end = core.end_txn("tx", 1000, 0, True, now_ms=3)
    assert end.error == E.NONE
    assert markers.written == [(1000, 0, True, 7, [TP0, TP1])]
    meta = core.txns["tx"]
    assert meta.state == TxnState.COMPLETE_COMMIT and not meta.partitions
    assert txn_log.states() == ["Empty", "Ongoing", "PrepareCommit", "CompleteCommit"]
    # A retried EndTxn of a completed commit succeeds again; the opposite result is refused.
    assert core.end_txn("tx", 1000, 0, True, now_ms=4).error == E.NONE
    assert core.end_txn("tx", 1000, 0, False, now_ms=4).error == E.INVALID_TXN_STATE


def test_reinit_bumps_epoch_and_fences_the_old_producer() -> None:
    core, _, _ = make()
    core.init_producer_id("tx", 60_000, now_ms=1)
    r2 = core.init_producer_id("tx", 60_000, now_ms=2)
    assert (r2.producer_id, r2.producer_epoch) == (1000, 1)
    assert core.add_partitions("tx", 1000, 0, [TP0], now_ms=3) == E.PRODUCER_FENCED
    assert core.end_txn("tx", 1000, 0, True, now_ms=3).error == E.PRODUCER_FENCED
    assert core.add_partitions("tx", 999, 1, [TP0], now_ms=3) == E.INVALID_PRODUCER_ID_MAPPING


def test_init_during_ongoing_aborts_with_fenced_epoch_then_succeeds_on_retry() -> None:
    core, txn_log, markers = make()
    core.init_producer_id("tx", 60_000, now_ms=1)
    core.add_partitions("tx", 1000, 0, [TP0], now_ms=2)
    r = core.init_producer_id("tx", 60_000, now_ms=3)
    assert r.error == E.CONCURRENT_TRANSACTIONS
    assert core.txns["tx"].state == TxnState.COMPLETE_ABORT
    (pid, epoch, committed, _, parts), = markers.written
    assert (pid, committed, parts) == (1000, False, [TP0])
    assert epoch > 0  # the marker carries a fenced epoch, so the zombie's writes are refused
    retry = core.init_producer_id("tx", 60_000, now_ms=4)
    assert retry.error == E.NONE and retry.producer_epoch > epoch
    assert core.end_txn("tx", 1000, 0, True, now_ms=5).error == E.PRODUCER_FENCED
    assert "PrepareAbort" in txn_log.states()


def test_kip360_retry_with_expected_epoch() -> None:
    core, _, _ = make()
    core.init_producer_id("tx", 60_000, now_ms=1)
    bumped = core.init_producer_id("tx", 60_000, now_ms=2, expected_producer_id=1000, expected_epoch=0)
    assert (bumped.error, bumped.producer_epoch) == (E.NONE, 1)
    # The same request again (lost response): the current epoch is returned without another bump.
    again = core.init_producer_id("tx", 60_000, now_ms=3, expected_producer_id=1000, expected_epoch=0)
    assert (again.error, again.producer_epoch) == (E.NONE, 1)
    stale = core.init_producer_id("tx", 60_000, now_ms=4, expected_producer_id=1000, expected_epoch=5)
    assert stale.error == E.PRODUCER_FENCED
    other = core.init_producer_id("tx", 60_000, now_ms=4, expected_producer_id=4242, expected_epoch=1)
    assert other.error == E.PRODUCER_FENCED


def test_exhausted_epoch_rotates_producer_id() -> None:
    core, _, _ = make()
    core.init_producer_id("tx", 60_000, now_ms=1)
    import dataclasses

    core.txns["tx"] = dataclasses.replace(core.txns["tx"], producer_epoch=32766)
    r = core.init_producer_id("tx", 60_000, now_ms=2)
    assert (r.error, r.producer_id, r.producer_epoch) == (E.NONE, 1001, 0)
    assert core.txns["tx"].previous_producer_id == 1000


def test_request_validation() -> None:
    core, txn_log, _ = make(max_timeout_ms=1000)
    assert core.init_producer_id("", 100, now_ms=1).error == E.INVALID_REQUEST
    assert core.init_producer_id("tx", 1001, now_ms=1).error == E.INVALID_TRANSACTION_TIMEOUT
    assert core.init_producer_id("tx", 0, now_ms=1).error == E.INVALID_TRANSACTION_TIMEOUT
    assert core.add_partitions("unknown", 1, 0, [TP0], now_ms=1) == E.INVALID_PRODUCER_ID_MAPPING
    assert core.end_txn("unknown", 1, 0, True, now_ms=1).error == E.INVALID_PRODUCER_ID_MAPPING
    core.init_producer_id("tx", 100, now_ms=1)
    assert core.end_txn("tx", 1000, 0, True, now_ms=2).error == E.INVALID_TXN_STATE  # Empty
    txn_log.hosted = False
    assert core.init_producer_id("tx", 100, now_ms=3).error == E.NOT_COORDINATOR


def test_failed_log_append_leaves_state_untouched() -> None:
    core, txn_log, _ = make()
    core.init_producer_id("tx", 60_000, now_ms=1)
    txn_log.fail_with = E.NOT_ENOUGH_REPLICAS
    assert core.add_partitions("tx", 1000, 0, [TP0], now_ms=2) == E.COORDINATOR_NOT_AVAILABLE
    assert core.txns["tx"].state == TxnState.EMPTY
    txn_log.fail_with = E.NOT_LEADER_OR_FOLLOWER
    assert core.add_partitions("tx", 1000, 0, [TP0], now_ms=2) == E.NOT_COORDINATOR


def test_marker_failure_keeps_prepare_state_until_retry_succeeds() -> None:
    core, _, markers = make()
    core.init_producer_id("tx", 60_000, now_ms=1)
    core.add_partitions("tx", 1000, 0, [TP0, TP1], now_ms=2)
    markers.errors[TP1] = E.NOT_LEADER_OR_FOLLOWER
    assert core.end_txn("tx", 1000, 0, True, now_ms=3).error == E.NONE
    assert core.txns["tx"].state == TxnState.PREPARE_COMMIT
    assert core.end_txn("tx", 1000, 0, True, now_ms=4).error == E.CONCURRENT_TRANSACTIONS
    assert core.add_partitions("tx", 1000, 0, [TP0], now_ms=4) == E.CONCURRENT_TRANSACTIONS
    markers.errors.clear()
    core.tick(now_ms=5)
    assert core.txns["tx"].state == TxnState.COMPLETE_COMMIT
    assert markers.written[-1][4] == [TP1]  # only the partition still owed a marker


def test_timed_out_transaction_is_aborted_by_tick() -> None:
    core, _, markers = make()
    core.init_producer_id("tx", 1_000, now_ms=0)
    core.add_partitions("tx", 1000, 0, [TP0], now_ms=10)
    core.tick(now_ms=500)
    assert core.txns["tx"].state == TxnState.ONGOING
    core.tick(now_ms=1_011)
    meta = core.txns["tx"]
    assert meta.state == TxnState.COMPLETE_ABORT
    assert markers.written and markers.written[0][2] is False
    assert meta.producer_epoch > 0
    assert core.end_txn("tx", 1000, 0, True, now_ms=1_100).error == E.PRODUCER_FENCED


def test_epoch_bumping_end_txn_returns_new_epoch_and_accepts_retry() -> None:
    core, _, markers = make()
    core.init_producer_id("tx", 60_000, now_ms=1)
    core.add_partitions("tx", 1000, 0, [TP0], now_ms=2, client_tv=TV_2)
    r = core.end_txn("tx", 1000, 0, True, now_ms=3, client_tv=TV_2)
    assert (r.error, r.producer_id, r.producer_epoch) == (E.NONE, 1000, 1)
    assert markers.written[0][1] == 1  # markers carry the bumped epoch
    retry = core.end_txn("tx", 1000, 0, True, now_ms=4, client_tv=TV_2)
    assert (retry.error, retry.producer_epoch) == (E.NONE, 1)
    # The next transaction uses the new epoch; the old one is fenced.
    assert core.add_partitions("tx", 1000, 1, [TP0], now_ms=5, client_tv=TV_2) == E.NONE
    assert core.end_txn("tx", 1000, 0, False, now_ms=6, client_tv=TV_2).error == E.PRODUCER_FENCED


def test_verify_only() -> None:
    core, _, _ = make()
    core.init_producer_id("tx", 60_000, now_ms=1)
    core.add_partitions("tx", 1000, 0, [TP0], now_ms=2)
    assert core.verify_partitions("tx", 1000, 0, [TP0, TP1]) == {TP0: E.NONE, TP1: E.TRANSACTION_ABORTABLE}
    assert core.verify_partitions("tx", 1000, 3, [TP0]) == {TP0: E.PRODUCER_FENCED}
    assert core.verify_partitions("nope", 1000, 0, [TP0]) == {TP0: E.INVALID_PRODUCER_ID_MAPPING}


def test_reload_completes_prepared_transaction() -> None:
    core, txn_log, markers = make()
    core.init_producer_id("tx", 60_000, now_ms=1)
    core.add_partitions("tx", 1000, 0, [TP0], now_ms=2)
    markers.errors[TP0] = E.NOT_LEADER_OR_FOLLOWER  # "crash" before any marker lands
    core.end_txn("tx", 1000, 0, True, now_ms=3)
    assert core.txns["tx"].state == TxnState.PREPARE_COMMIT

    ids = itertools.count(2000)
    fresh_markers = FakeMarkers()
    reloaded = TransactionCoordinator(TxnConfig(), txn_log, fresh_markers, lambda: next(ids))
    for _, key, value in list(txn_log.appended):
        reloaded.replay(key, value)
    assert reloaded.txns["tx"].state == TxnState.PREPARE_COMMIT
    reloaded.finish_loading(now_ms=10)
    assert fresh_markers.written == [(1000, 0, True, 7, [TP0])]
    assert reloaded.txns["tx"].state == TxnState.COMPLETE_COMMIT


def test_transactional_id_expiration_writes_tombstone() -> None:
    ids = itertools.count(1)
    txn_log, markers = FakeTxnLog(), FakeMarkers()
    core = TransactionCoordinator(TxnConfig(transactional_id_expiration_ms=100), txn_log, markers, lambda: next(ids))
    core.init_producer_id("tx", 50, now_ms=0)
    core.tick(now_ms=50)
    assert "tx" in core.txns
    core.tick(now_ms=100)
    assert "tx" not in core.txns
    assert txn_log.states()[-1] == "tombstone"


def test_describe_and_list() -> None:
    core, _, _ = make()
    core.init_producer_id("a", 60_000, now_ms=1)
    core.init_producer_id("b", 60_000, now_ms=1)
    core.add_partitions("b", 1001, 0, [TP0], now_ms=100)
    code, meta = core.describe("b")
    assert code == E.NONE and meta is not None and meta.state == TxnState.ONGOING
    assert core.describe("zzz")[0] == E.TRANSACTIONAL_ID_NOT_FOUND
    assert [m.transactional_id for m in core.list()] == ["a", "b"]
    assert [m.transactional_id for m in core.list({TxnState.ONGOING})] == ["b"]
    assert [m.transactional_id for m in core.list(producer_ids={1000})] == ["a"]
    assert [m.transactional_id for m in core.list(min_duration_ms=50, now_ms=200)] == ["b"]
    assert [m.transactional_id for m in core.list(min_duration_ms=500, now_ms=200)] == []


@pytest.mark.parametrize("state", list(TxnState))
def test_display_names_round_trip(state: TxnState) -> None:
    assert TxnState.from_display(state.display) is state
