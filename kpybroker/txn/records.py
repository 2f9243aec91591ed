"""`__transaction_state` records, byte-compatible with Kafka's TransactionLog serde.

Key: int16 record type 0 + TransactionLogKey v0. Value: int16 schema version +
TransactionLogValue (v1, flexible, once transaction.version >= 1 is finalized, which
kpybroker always finalizes); a tombstone (null value) removes an expired transactional id.
"""

from __future__ import annotations

import struct
from collections import defaultdict

from kpybroker.txn.state import TV_2, TxnMetadata, TxnState
from protocol import messages as m

KEY_TYPE = 0
VALUE_VERSION = 1
_I16 = struct.Struct(">h")


class CorruptTxnRecord(ValueError):
    pass


def encode_key(transactional_id: str) -> bytes:
    return _I16.pack(KEY_TYPE) + m.TransactionLogKey(transactional_id=transactional_id).encode(0)


def decode_key(key: bytes | memoryview) -> str:
    buf = bytes(key)
    if len(buf) < 2:
        raise CorruptTxnRecord("transaction log key too short")
    (version,) = _I16.unpack_from(buf, 0)
    if version != KEY_TYPE:
        raise CorruptTxnRecord(f"unknown transaction log key version {version}")
    return str(m.TransactionLogKey.decode(buf[2:], 0).transactional_id)


def encode_value(meta: TxnMetadata) -> bytes:
    if meta.state == TxnState.EMPTY and meta.partitions:
        raise ValueError(f"transaction {meta.transactional_id} is Empty but has partitions")
    partitions = None
    if meta.state != TxnState.EMPTY:
        by_topic: dict[str, list[int]] = defaultdict(list)
        for topic, index in meta.sorted_partitions():
            by_topic[topic].append(index)
        partitions = [
            m.TransactionLogValue.PartitionsSchema(topic=topic, partition_ids=ids) for topic, ids in by_topic.items()
        ]
    value = m.TransactionLogValue(
        producer_id=meta.producer_id,
        previous_producer_id=meta.previous_producer_id,
        next_producer_id=meta.next_producer_id,
        producer_epoch=meta.producer_epoch,
        next_producer_epoch=meta.next_producer_epoch,
        transaction_timeout_ms=meta.timeout_ms,
        transaction_status=int(meta.state),
        transaction_partitions=partitions,
        transaction_last_update_timestamp_ms=meta.last_update_ms,
        transaction_start_timestamp_ms=meta.start_ms,
        client_transaction_version=meta.client_tv,
    )
    return _I16.pack(VALUE_VERSION) + value.encode(VALUE_VERSION)


def decode_value(transactional_id: str, value: bytes | memoryview) -> TxnMetadata:
    buf = bytes(value)
    if len(buf) < 2:
        raise CorruptTxnRecord("transaction log value too short")
    (version,) = _I16.unpack_from(buf, 0)
    if version not in (0, 1):
        raise CorruptTxnRecord(f"unknown transaction log value version {version}")
    v = m.TransactionLogValue.decode(buf[2:], version)
    try:
        state = TxnState(v.transaction_status)
    except ValueError as exc:
        raise CorruptTxnRecord(f"unknown transaction status {v.transaction_status}") from exc
    partitions = frozenset(
        (p.topic, int(i)) for p in (v.transaction_partitions or []) for i in p.partition_ids
    )
    bumped = v.client_transaction_version >= TV_2 and state not in (TxnState.EMPTY, TxnState.ONGOING)
    return TxnMetadata(
        transactional_id=transactional_id,
        producer_id=v.producer_id,
        producer_epoch=v.producer_epoch,
        # Not stored by Kafka either; with epoch-bumping clients the epoch before the bump
        # is what a retried EndTxn carries.
        last_producer_epoch=v.producer_epoch - 1 if bumped and v.producer_epoch > 0 else -1,
        previous_producer_id=v.previous_producer_id,
        next_producer_id=v.next_producer_id,
        next_producer_epoch=v.next_producer_epoch,
        timeout_ms=v.transaction_timeout_ms,
        state=state,
        partitions=partitions,
        start_ms=v.transaction_start_timestamp_ms,
        last_update_ms=v.transaction_last_update_timestamp_ms,
        client_tv=v.client_transaction_version,
    )
