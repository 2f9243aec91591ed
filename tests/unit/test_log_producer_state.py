"""Idempotent producer state: duplicates, sequence/epoch errors, snapshots across reopen."""

from __future__ import annotations

from pathlib import Path

import pytest

from log.config import LogConfig
from log.log import Log
from log.producer_state import ProducerStateManager, decode_snapshot, encode_snapshot
from protocol.errors import ErrorCode, KafkaError
from protocol.records import build_control_batch, read_header
from tests.unit.test_log_helpers import batch

PID = 4000


def pbatch(seq: int, n: int = 2, epoch: int = 0, pid: int = PID) -> bytes:
    return batch(n, producer_id=pid, producer_epoch=epoch, base_sequence=seq)


def test_duplicates_within_last_five_batches(tmp_path: Path) -> None:
    log = Log.open(tmp_path / "t-0", LogConfig(), now_ms=0)
    results = [log.append(pbatch(seq), leader_epoch=0, now_ms=0) for seq in range(0, 14, 2)]
    assert log.log_end_offset == 14
    for i in range(2, 7):  # the last five batches are remembered
        dup = log.append(pbatch(i * 2), leader_epoch=0, now_ms=0)
        assert dup.duplicate
        assert (dup.first_offset, dup.last_offset) == (results[i].first_offset, results[i].last_offset)
    assert log.log_end_offset == 14  # nothing written again
    with pytest.raises(KafkaError) as exc:  # older than the cached window: out of order
        log.append(pbatch(2), leader_epoch=0, now_ms=0)
    assert exc.value.code == ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER


def test_out_of_order_sequence(tmp_path: Path) -> None:
    log = Log.open(tmp_path / "t-0", LogConfig(), now_ms=0)
    log.append(pbatch(0), leader_epoch=0, now_ms=0)
    with pytest.raises(KafkaError) as exc:
        log.append(pbatch(5), leader_epoch=0, now_ms=0)
    assert exc.value.code == ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER
    assert log.log_end_offset == 2
    assert log.append(pbatch(2), leader_epoch=0, now_ms=0).first_offset == 2


def test_fenced_epoch_and_new_epoch_rules(tmp_path: Path) -> None:
    log = Log.open(tmp_path / "t-0", LogConfig(), now_ms=0)
    log.append(pbatch(0, epoch=3), leader_epoch=0, now_ms=0)
    with pytest.raises(KafkaError) as exc:
        log.append(pbatch(2, epoch=2), leader_epoch=0, now_ms=0)
    assert exc.value.code == ErrorCode.INVALID_PRODUCER_EPOCH
    with pytest.raises(KafkaError) as exc:  # a bumped epoch must restart at sequence 0
        log.append(pbatch(7, epoch=4), leader_epoch=0, now_ms=0)
    assert exc.value.code == ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER
    assert log.append(pbatch(0, epoch=4), leader_epoch=0, now_ms=0).first_offset == 2


def test_unknown_producer_any_sequence_accepted(tmp_path: Path) -> None:
    # Kafka 2.5+ (KIP-360) accepts any first sequence from a producer it has no state for.
    log = Log.open(tmp_path / "t-0", LogConfig(), now_ms=0)
    assert log.append(pbatch(42), leader_epoch=0, now_ms=0).first_offset == 0


def test_multi_batch_append_rejected_as_a_whole(tmp_path: Path) -> None:
    log = Log.open(tmp_path / "t-0", LogConfig(), now_ms=0)
    log.append(pbatch(0), leader_epoch=0, now_ms=0)
    with pytest.raises(KafkaError):
        log.append(pbatch(2) + pbatch(9), leader_epoch=0, now_ms=0)
    assert log.log_end_offset == 2
    assert log.append(pbatch(2) + pbatch(4), leader_epoch=0, now_ms=0).last_offset == 5


def test_snapshot_roundtrip_format() -> None:
    mgr = ProducerStateManager(Path("/nonexistent"), persist=False)
    header = read_header(pbatch(10, n=3, epoch=2))
    mgr.update(header, 100, 102)
    data = encode_snapshot(mgr.producers)
    assert data[:2] == b"\x00\x01"  # version 1
    assert len(data) == 2 + 4 + 4 + 46
    [entry] = decode_snapshot(data)
    assert entry.producer_id == PID and entry.producer_epoch == 2 and entry.last_seq == 12
    meta = entry.batches[-1]
    assert (meta.first_seq, meta.first_offset, meta.last_offset) == (10, 100, 102)


def test_state_survives_clean_and_unclean_reopen(tmp_path: Path) -> None:
    cfg = LogConfig(segment_bytes=400)
    log = Log.open(tmp_path / "t-0", cfg, now_ms=0)
    for seq in range(0, 20, 2):
        log.append(pbatch(seq), leader_epoch=0, now_ms=0)
    assert len(log.segments) > 1
    assert any(p.suffix == ".snapshot" for p in log.dir.iterdir())
    log.close()
    log = Log.open(tmp_path / "t-0", cfg, now_ms=0, recover=False)
    assert log.append(pbatch(18), leader_epoch=0, now_ms=0).duplicate
    assert log.append(pbatch(20), leader_epoch=0, now_ms=0).first_offset == 20
    log.abandon()  # crash: state rebuilt from the last snapshot + replay
    log = Log.open(tmp_path / "t-0", cfg, now_ms=0, recover=True)
    dup = log.append(pbatch(20), leader_epoch=0, now_ms=0)
    assert dup.duplicate and dup.first_offset == 20
    with pytest.raises(KafkaError):
        log.append(pbatch(30), leader_epoch=0, now_ms=0)


def test_transaction_marker_clears_open_transaction(tmp_path: Path) -> None:
    log = Log.open(tmp_path / "t-0", LogConfig(), now_ms=0)
    from protocol.records import build_batch

    txn = build_batch([(b"k", b"v")], producer_id=PID, producer_epoch=0, base_sequence=0, is_transactional=True)
    log.append(txn, leader_epoch=0, now_ms=0)
    log.high_watermark = log.log_end_offset
    assert log.producer_state.first_unstable_offset() == 0
    assert log.last_stable_offset == 0
    marker = build_control_batch(committed=True, producer_id=PID, producer_epoch=0, coordinator_epoch=3, timestamp=5)
    result = log.append(marker, leader_epoch=0, now_ms=0, check_producer_state=True)
    [done] = result.completed_txns
    assert (done.producer_id, done.first_offset, done.last_offset, done.is_aborted) == (PID, 0, 1, False)
    assert log.producer_state.last_entry(PID).coordinator_epoch == 3  # type: ignore[union-attr]
    log.high_watermark = log.log_end_offset
    assert log.producer_state.first_unstable_offset() is None
    assert log.last_stable_offset == 2
    log.close()
    log = Log.open(tmp_path / "t-0", LogConfig(), now_ms=0, recover=True)
    assert log.producer_state.first_unstable_offset() is None
