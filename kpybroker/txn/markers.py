"""Writing transaction markers to the partitions this node leads.

A marker is a control batch (commit or abort) appended as leader with the producer's id
and epoch, which closes the producer's transaction in the partition's producer state
and so moves the last stable offset. A commit marker on `__consumer_offsets` also makes
the transaction's offset commits visible to the group coordinator: they are read back
from the log (they sit between the producer's first transactional offset and the marker),
so nothing has to be held in memory and a restart loses nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import structlog

from kpybroker.txn.state import TopicPartition
from protocol import records as rb
from protocol.errors import ErrorCode, KafkaError

if TYPE_CHECKING:
    from kpybroker.broker import Broker

log = structlog.get_logger("kpybroker.txn.markers")

OFFSETS_TOPIC = "__consumer_offsets"
_READ_CHUNK = 1 << 20


class LocalMarkerWriter:
    """`MarkerWriter` over the broker's local replicas (single node: every leader is local)."""

    def __init__(self, broker: Broker) -> None:
        self.broker = broker

    def write_markers(
        self, producer_id: int, producer_epoch: int, committed: bool, coordinator_epoch: int,
        partitions: list[TopicPartition], now_ms: int,
    ) -> dict[TopicPartition, int]:
        return {
            tp: write_marker(self.broker, tp[0], tp[1], producer_id, producer_epoch, committed,
                             coordinator_epoch, now_ms)
            for tp in partitions
        }


def write_marker(
    broker: Broker, topic: str, partition: int, producer_id: int, producer_epoch: int, committed: bool,
    coordinator_epoch: int, now_ms: int,
) -> int:
    part = broker.replicas.get(topic, partition)
    if part is None:
        return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
    entry = part.log.producer_state.last_entry(producer_id)
    txn_first = entry.current_txn_first_offset if entry is not None else None
    batch = rb.build_control_batch(
        committed=committed, producer_id=producer_id, producer_epoch=producer_epoch,
        coordinator_epoch=coordinator_epoch, timestamp=now_ms,
    )
    outcome = broker.replicas.append_as_leader(
        part, memoryview(batch), now_ms=now_ms, transactional_id=None, api_version=None
    )
    if outcome.error != ErrorCode.NONE:
        log.warning("txn_marker_write_failed", topic=topic, partition=partition, producer_id=producer_id,
                    error=ErrorCode(outcome.error).name, message=outcome.message)
        return int(outcome.error)
    broker.waiters.wake(part.key)
    if topic == OFFSETS_TOPIC and committed and txn_first is not None:
        materialise_txn_offsets(broker, part.log, producer_id, txn_first, outcome.base_offset)
    return ErrorCode.NONE


def txn_records(plog: Any, producer_id: int, first_offset: int, end_offset: int) -> list[tuple[bytes, bytes | None]]:
    """(key, value) of the producer's transactional data records in [first_offset, end_offset)."""
    out: list[tuple[bytes, bytes | None]] = []
    try:
        for chunk, pos, header in plog.scan(first_offset, end_offset, _READ_CHUNK):
            if header.producer_id != producer_id or header.is_control or not header.is_transactional:
                continue
            for record in rb.iter_records(chunk, pos, header):
                if record.key is not None:
                    out.append((bytes(record.key), None if record.value is None else bytes(record.value)))
    except KafkaError as exc:
        log.error("txn_offsets_read_failed", error=str(exc))
    return out


def materialise_txn_offsets(broker: Broker, plog: Any, producer_id: int, first_offset: int, marker_offset: int) -> int:
    """Apply a committed transaction's offset records to the group coordinator, as its loader does."""
    groups = getattr(broker, "groups", None)
    core = getattr(groups, "core", None)
    if core is None or not hasattr(core, "replay"):
        log.warning("txn_offsets_not_applied", reason="no group coordinator")
        return 0
    found = txn_records(plog, producer_id, first_offset, marker_offset)
    for key, value in found:
        core.replay(key, value)
    log.debug("txn_offsets_applied", producer_id=producer_id, first_offset=first_offset,
              marker_offset=marker_offset, records=len(found))
    return len(found)
