"""Transactions in the partition log: markers, the last stable offset, the aborted-transaction index."""

from __future__ import annotations

from pathlib import Path

from log.config import LogConfig
from log.log import Log
from protocol.records import build_batch, build_control_batch

SMALL = LogConfig(segment_bytes=1500, index_interval_bytes=100, segment_index_bytes=4096)


def txn_batch(pid: int, seq: int, n: int = 2, epoch: int = 0) -> bytes:
    return build_batch([(None, b"v%d" % i) for i in range(n)], producer_id=pid, producer_epoch=epoch,
                       base_sequence=seq, is_transactional=True, base_timestamp=1000)


def marker(pid: int, *, committed: bool, epoch: int = 0) -> bytes:
    return build_control_batch(committed=committed, producer_id=pid, producer_epoch=epoch, coordinator_epoch=3,
                               timestamp=2000)


def append(log: Log, data: bytes) -> int:
    result = log.append(data, leader_epoch=0, now_ms=0)
    log.high_watermark = log.log_end_offset
    return result.first_offset


def test_lso_stops_at_first_open_transaction_and_moves_on_markers(tmp_path: Path) -> None:
    log = Log.open(tmp_path / "t-0", SMALL, now_ms=0)
    append(log, build_batch([(None, b"plain")]))
    first_a = append(log, txn_batch(10, 0))
    append(log, txn_batch(11, 0))
    assert log.last_stable_offset == first_a
    append(log, marker(10, committed=True))
    assert log.last_stable_offset == first_a + 2  # producer 11's transaction is still open
    append(log, marker(11, committed=False))
    assert log.last_stable_offset == log.high_watermark == log.log_end_offset


def test_aborted_transactions_are_indexed_and_collected(tmp_path: Path) -> None:
    log = Log.open(tmp_path / "t-0", SMALL, now_ms=0)
    a = append(log, txn_batch(10, 0))
    b = append(log, txn_batch(11, 0))
    append(log, marker(10, committed=False))
    append(log, marker(11, committed=True))
    c = append(log, txn_batch(10, 2))
    abort_c = append(log, marker(10, committed=False))
    assert log.aborted_transactions(0, log.log_end_offset) == [(10, a), (10, c)]
    assert log.aborted_transactions(abort_c + 1, log.log_end_offset) == []
    assert log.aborted_transactions(0, b) == [(10, a)]
    # The index is Kafka's: 34 bytes per aborted transaction, next to the segments.
    sizes = sorted(p.stat().st_size for p in (tmp_path / "t-0").glob("*.txnindex"))
    assert sum(sizes) == 2 * 34


def test_index_and_lso_survive_reopen_and_unclean_recovery(tmp_path: Path) -> None:
    log = Log.open(tmp_path / "t-0", SMALL, now_ms=0)
    for i in range(12):  # enough to roll several segments
        first = append(log, txn_batch(20 + i % 3, (i // 3) * 2))
        if i % 3 == 2:
            for pid in (20, 21, 22):
                append(log, marker(pid, committed=pid != 21))
    open_first = append(log, txn_batch(30, 0))
    expected = log.aborted_transactions(0, log.log_end_offset)
    assert len(expected) == 4 and len(log.segments) > 1
    log.abandon()  # a crash: no snapshot, no clean shutdown
    again = Log.open(tmp_path / "t-0", SMALL, now_ms=0, recover=True)
    assert again.aborted_transactions(0, again.log_end_offset) == expected
    again.high_watermark = again.log_end_offset
    assert again.last_stable_offset == open_first
    assert first < open_first


def test_truncation_drops_index_entries(tmp_path: Path) -> None:
    log = Log.open(tmp_path / "t-0", SMALL, now_ms=0)
    a = append(log, txn_batch(10, 0))
    abort_at = append(log, marker(10, committed=False))
    assert log.aborted_transactions(0, log.log_end_offset) == [(10, a)]
    log.truncate_to(abort_at)
    assert log.aborted_transactions(0, log.log_end_offset + 10) == []
    assert log.last_stable_offset == a  # the transaction is open again


def test_pending_transactional_offsets_until_the_marker(tmp_path: Path) -> None:
    from kpybroker.coordinator.records import offset_commit_record
    from kpybroker.txn.offsets import pending_txn_offsets

    log = Log.open(tmp_path / "__consumer_offsets-0", SMALL, now_ms=0)
    rec = offset_commit_record(0, "g", "orders", 3, offset=42, leader_epoch=-1, metadata="",
                               commit_timestamp_ms=5, expire_timestamp_ms=None)
    other = offset_commit_record(0, "other", "orders", 1, offset=7, leader_epoch=-1, metadata="",
                                 commit_timestamp_ms=5, expire_timestamp_ms=None)
    append(log, build_batch([(rec.key, rec.value), (other.key, other.value)], producer_id=50, producer_epoch=0,
                            is_transactional=True, base_timestamp=5))
    assert pending_txn_offsets(log, "g") == {("orders", 3)}
    assert pending_txn_offsets(log, "nobody") == set()
    append(log, marker(50, committed=True))
    assert pending_txn_offsets(log, "g") == set()
