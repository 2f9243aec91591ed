"""The aborted-transaction index (`.txnindex`) and the transaction-log record serde."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from kpybroker.txn import records
from kpybroker.txn.state import TV_2, TxnMetadata, TxnState
from log.txn_index import ENTRY_SIZE, AbortedTxn, TxnIndex, TxnIndexes


def test_entry_is_kafkas_34_byte_layout() -> None:
    entry = AbortedTxn(producer_id=7, first_offset=10, last_offset=20, last_stable_offset=21)
    raw = entry.encode()
    assert ENTRY_SIZE == 34 and len(raw) == 34
    assert struct.unpack(">hqqqq", raw) == (0, 7, 10, 20, 21)
    assert AbortedTxn.decode(raw) == entry


def test_index_persists_and_reloads(tmp_path: Path) -> None:
    idx = TxnIndex(tmp_path / "00000000000000000000.txnindex", 0)
    assert idx.append(AbortedTxn(1, 0, 5, 6))
    assert idx.append(AbortedTxn(2, 3, 9, 10))
    assert not idx.append(AbortedTxn(2, 3, 9, 10))  # a recovery replay of the same abort
    again = TxnIndex(tmp_path / "00000000000000000000.txnindex", 0)
    assert again.entries == idx.entries
    assert (tmp_path / "00000000000000000000.txnindex").stat().st_size == 2 * ENTRY_SIZE


def test_torn_tail_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "00000000000000000000.txnindex"
    path.write_bytes(AbortedTxn(1, 0, 5, 6).encode() + b"\x00\x00\x00")
    assert TxnIndex(path, 0).entries == [AbortedTxn(1, 0, 5, 6)]


def test_collect_across_segments_and_stop_at_lso(tmp_path: Path) -> None:
    idxs = TxnIndexes(tmp_path)
    # Producer 2's transaction was still open when producer 1's aborted: the LSO stayed at 2.
    idxs.append(0, AbortedTxn(1, 0, 4, 2))
    idxs.append(0, AbortedTxn(2, 2, 8, 9))
    idxs.append(100, AbortedTxn(3, 101, 110, 111))
    idxs.append(100, AbortedTxn(4, 150, 160, 161))
    bases = [0, 100]
    assert [e.producer_id for e in idxs.collect(5, 120, bases)] == [2, 3]
    assert [e.producer_id for e in idxs.collect(0, 3, bases)] == [1, 2]
    assert [e.producer_id for e in idxs.collect(105, 200, bases)] == [3, 4]
    reloaded = TxnIndexes(tmp_path)
    assert reloaded.all_entries() == idxs.all_entries()


def test_truncate_and_retain(tmp_path: Path) -> None:
    idxs = TxnIndexes(tmp_path)
    idxs.append(0, AbortedTxn(1, 0, 4, 5))
    idxs.append(0, AbortedTxn(2, 5, 8, 9))
    idxs.append(100, AbortedTxn(3, 101, 110, 111))
    idxs.truncate_to(8)
    assert [e.producer_id for e in idxs.all_entries()] == [1]
    assert not (tmp_path / "00000000000000000100.txnindex").exists()
    idxs.append(0, AbortedTxn(5, 6, 9, 10))
    idxs.retain_segments([100])
    assert idxs.all_entries() == []
    assert not list(tmp_path.glob("*.txnindex"))


@pytest.mark.parametrize("state", [TxnState.EMPTY, TxnState.ONGOING, TxnState.PREPARE_COMMIT, TxnState.COMPLETE_ABORT])
def test_txn_log_value_round_trip(state: TxnState) -> None:
    parts = frozenset() if state in (TxnState.EMPTY, TxnState.COMPLETE_ABORT) else frozenset({("a", 1), ("a", 0), ("b", 3)})
    meta = TxnMetadata("tx-1", 42, producer_epoch=3, timeout_ms=60_000, state=state, partitions=parts,
                       start_ms=100, last_update_ms=200, client_tv=TV_2 if state == TxnState.PREPARE_COMMIT else 0)
    raw_value = records.encode_value(meta)
    assert raw_value[:2] == b"\x00\x01"
    back = records.decode_value(records.decode_key(records.encode_key("tx-1")), raw_value)
    assert (back.transactional_id, back.producer_id, back.producer_epoch, back.state, back.partitions,
            back.timeout_ms, back.start_ms, back.last_update_ms, back.client_tv) == (
        "tx-1", 42, 3, state, parts, 60_000, 100, 200, meta.client_tv)


def test_txn_log_key_bytes_match_kafka() -> None:
    # Kafka: int16 record type 0, then TransactionLogKey v0 (int16 length + UTF-8).
    assert records.encode_key("tx") == b"\x00\x00\x00\x02tx"


def test_decode_rejects_unknown_versions() -> None:
    with pytest.raises(records.CorruptTxnRecord):
        records.decode_key(b"\x00\x05\x00\x01x")
    with pytest.raises(records.CorruptTxnRecord):
        records.decode_value("x", b"\x00\x09")
