"""Per-partition idempotent/transactional producer state (Kafka's ProducerStateManager).

Sans-IO apart from the `.snapshot` files: the broker calls `check` before appending a
batch and `update` after; the Log replays batches after the latest snapshot on open.
Snapshot format is Kafka's (`storage/ProducerSnapshot.json`, version 1): version int16,
crc32c uint32 over everything after it, then the entry array. Hand-encoded with struct
because it is one fixed layout that the message codec does not cover.
"""

from __future__ import annotations

import os
import struct
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import crc32c
import structlog

from log.files import SNAPSHOT_SUFFIX, offset_from_filename, segment_path, write_atomically
from protocol.errors import ErrorCode, KafkaError

logger = structlog.get_logger(__name__)

NUM_BATCHES_TO_RETAIN = 5
SNAPSHOT_VERSION = 1
INT32_MAX = (1 << 31) - 1
_SNAP_HEAD = struct.Struct(">hIi")  # version, crc, entry count
_SNAP_ENTRY = struct.Struct(">qhiqiqiq")
_CRC_START = 6  # after version + crc


class CorruptSnapshotError(Exception):
    pass


def _decrement_sequence(sequence: int, decrement: int) -> int:
    if sequence < decrement:
        return INT32_MAX - (decrement - sequence) + 1
    return sequence - decrement


def _in_sequence(last_seq: int, next_seq: int) -> bool:
    return next_seq == last_seq + 1 or (next_seq == 0 and last_seq == INT32_MAX)


@dataclass(slots=True, frozen=True)
class BatchMetadata:
    first_seq: int
    last_seq: int
    first_offset: int
    last_offset: int
    timestamp: int

    @property
    def offset_delta(self) -> int:
        return self.last_offset - self.first_offset


@dataclass(slots=True, frozen=True)
class DuplicateBatch:
    """A retried batch already in the log: answer the producer with its original offsets."""

    first_offset: int
    last_offset: int
    timestamp: int


@dataclass(slots=True, frozen=True)
class CompletedTxn:
    producer_id: int
    first_offset: int
    last_offset: int
    is_aborted: bool


@dataclass(slots=True)
class ProducerEntry:
    producer_id: int
    producer_epoch: int = -1
    batches: deque[BatchMetadata] = field(default_factory=lambda: deque(maxlen=NUM_BATCHES_TO_RETAIN))
    coordinator_epoch: int = -1
    last_timestamp: int = -1
    current_txn_first_offset: int | None = None

    @property
    def last_seq(self) -> int:
        return self.batches[-1].last_seq if self.batches else -1

    @property
    def last_data_offset(self) -> int:
        return self.batches[-1].last_offset if self.batches else -1

    @property
    def last_offset_delta(self) -> int:
        return self.batches[-1].offset_delta if self.batches else 0

    def copy(self) -> ProducerEntry:
        return ProducerEntry(self.producer_id, self.producer_epoch,
                             deque(self.batches, maxlen=NUM_BATCHES_TO_RETAIN),
                             self.coordinator_epoch, self.last_timestamp, self.current_txn_first_offset)

    def find_duplicate(self, producer_epoch: int, first_seq: int, last_seq: int) -> BatchMetadata | None:
        if producer_epoch != self.producer_epoch:
            return None
        for meta in self.batches:
            if meta.first_seq == first_seq and meta.last_seq == last_seq:
                return meta
        return None

    def _set_epoch(self, epoch: int) -> None:
        if epoch != self.producer_epoch:
            self.batches.clear()
            self.producer_epoch = epoch


def _last_sequence(header: object) -> int:
    base_seq = header.base_sequence  # type: ignore[attr-defined]
    if base_seq < 0:
        return -1
    return (base_seq + header.last_offset_delta) % (INT32_MAX + 1)  # type: ignore[attr-defined]


class ProducerStateView:
    """Check/update against a base map with copy-on-write overlay, so a multi-batch append
    can be validated as a whole and committed only after it is written."""

    def __init__(self, base: dict[int, ProducerEntry]) -> None:
        self._base = base
        self.changed: dict[int, ProducerEntry] = {}

    def entry(self, producer_id: int) -> ProducerEntry | None:
        found = self.changed.get(producer_id)
        return found if found is not None else self._base.get(producer_id)

    def _writable(self, producer_id: int) -> ProducerEntry:
        found = self.changed.get(producer_id)
        if found is None:
            base = self._base.get(producer_id)
            found = base.copy() if base is not None else ProducerEntry(producer_id)
            self.changed[producer_id] = found
        return found

    def check(self, header: object, *, client: bool = True) -> DuplicateBatch | None:
        """Kafka's duplicate / epoch / sequence checks for a batch about to be appended."""
        pid = header.producer_id  # type: ignore[attr-defined]
        if pid < 0:
            return None
        epoch = header.producer_epoch  # type: ignore[attr-defined]
        first_seq = header.base_sequence  # type: ignore[attr-defined]
        entry = self.entry(pid)
        is_control = header.is_control  # type: ignore[attr-defined]
        if entry is not None and client and not is_control:
            dup = entry.find_duplicate(epoch, first_seq, _last_sequence(header))
            if dup is not None:
                return DuplicateBatch(dup.first_offset, dup.last_offset, dup.timestamp)
        current_epoch = entry.producer_epoch if entry is not None else -1
        if epoch < current_epoch:
            if client:
                raise KafkaError(ErrorCode.INVALID_PRODUCER_EPOCH,
                                 f"Epoch of producer {pid} is {epoch}, smaller than the last seen epoch {current_epoch}")
            logger.warning("stale_producer_epoch_replicated", producer_id=pid, epoch=epoch, current=current_epoch)
        if client and not is_control:
            self._check_sequence(pid, epoch, first_seq, entry)
        return None

    @staticmethod
    def _check_sequence(pid: int, epoch: int, first_seq: int, entry: ProducerEntry | None) -> None:
        current_epoch = entry.producer_epoch if entry is not None else -1
        if epoch != current_epoch:
            if first_seq != 0 and current_epoch != -1:
                raise KafkaError(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
                                 f"Invalid sequence number for new epoch of producer {pid}: {epoch} (request epoch), "
                                 f"{first_seq} (seq. number), {current_epoch} (current producer epoch)")
            return
        last_seq = entry.last_seq if entry is not None else -1
        if not (current_epoch == -1 or _in_sequence(last_seq, first_seq)):
            raise KafkaError(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
                             f"Out of order sequence number for producer {pid}: {first_seq} (incoming seq. number), "
                             f"{last_seq} (current end sequence number)")

    def update(self, header: object, first_offset: int, last_offset: int, *,
               control_type: int | None = None, coordinator_epoch: int = -1) -> CompletedTxn | None:
        """Record an appended batch. For a transaction marker pass its control type (0 abort, 1 commit)."""
        pid = header.producer_id  # type: ignore[attr-defined]
        if pid < 0:
            return None
        entry = self._writable(pid)
        epoch = header.producer_epoch  # type: ignore[attr-defined]
        timestamp = header.max_timestamp  # type: ignore[attr-defined]
        if header.is_control:  # type: ignore[attr-defined]
            completed = None
            if entry.current_txn_first_offset is not None and control_type in (0, 1):
                completed = CompletedTxn(pid, entry.current_txn_first_offset, first_offset, control_type == 0)
            entry._set_epoch(epoch)
            entry.coordinator_epoch = coordinator_epoch
            entry.last_timestamp = timestamp
            entry.current_txn_first_offset = None
            return completed
        entry._set_epoch(epoch)
        last_seq = _last_sequence(header)
        entry.batches.append(BatchMetadata(header.base_sequence, last_seq,  # type: ignore[attr-defined]
                                           first_offset, last_offset, timestamp))
        entry.last_timestamp = timestamp
        if header.is_transactional and entry.current_txn_first_offset is None:  # type: ignore[attr-defined]
            entry.current_txn_first_offset = first_offset
        return None


class ProducerStateManager:
    def __init__(self, directory: Path, *, persist: bool = True) -> None:
        self.directory = directory
        self.persist = persist
        self.producers: dict[int, ProducerEntry] = {}
        self.map_end_offset = 0

    # -- append path -------------------------------------------------------------------

    def view(self) -> ProducerStateView:
        return ProducerStateView(self.producers)

    def commit(self, view: ProducerStateView, map_end_offset: int) -> None:
        self.producers.update(view.changed)
        self.map_end_offset = max(self.map_end_offset, map_end_offset)

    def check(self, header: object, *, client: bool = True) -> DuplicateBatch | None:
        return self.view().check(header, client=client)

    def update(self, header: object, first_offset: int, last_offset: int, *,
               control_type: int | None = None, coordinator_epoch: int = -1) -> CompletedTxn | None:
        view = self.view()
        done = view.update(header, first_offset, last_offset, control_type=control_type,
                           coordinator_epoch=coordinator_epoch)
        self.commit(view, last_offset + 1)
        return done

    def last_entry(self, producer_id: int) -> ProducerEntry | None:
        return self.producers.get(producer_id)

    def first_unstable_offset(self) -> int | None:
        offsets = [e.current_txn_first_offset for e in self.producers.values() if e.current_txn_first_offset is not None]
        return min(offsets) if offsets else None

    def remove_expired(self, now_ms: int, expiration_ms: int = 86_400_000) -> list[int]:
        expired = [pid for pid, e in self.producers.items()
                   if e.current_txn_first_offset is None and now_ms - e.last_timestamp >= expiration_ms]
        for pid in expired:
            del self.producers[pid]
        return expired

    # -- snapshots ---------------------------------------------------------------------

    def snapshot_offsets(self) -> list[int]:
        if not self.directory.exists():
            return []
        out = []
        for name in os.listdir(self.directory):
            if name.endswith(SNAPSHOT_SUFFIX):
                try:
                    out.append(offset_from_filename(name))
                except ValueError:
                    continue
        return sorted(out)

    def take_snapshot(self, offset: int | None = None) -> Path | None:
        """Write `<map end offset>.snapshot` (Kafka names it by the offset the state covers up to)."""
        if not self.persist:
            return None
        at = self.map_end_offset if offset is None else offset
        path = segment_path(self.directory, at, SNAPSHOT_SUFFIX)
        write_atomically(path, encode_snapshot(self.producers))
        return path

    def load(self, log_start_offset: int, log_end_offset: int) -> int:
        """Drop snapshots past the log end, load the newest usable one; returns the offset to replay from."""
        self.producers = {}
        self.map_end_offset = log_start_offset
        for offset in reversed(self.snapshot_offsets()):
            path = segment_path(self.directory, offset, SNAPSHOT_SUFFIX)
            if offset > log_end_offset:
                path.unlink(missing_ok=True)
                continue
            if offset < log_start_offset:
                break
            try:
                entries = decode_snapshot(path.read_bytes())
            except (CorruptSnapshotError, OSError) as exc:
                logger.warning("producer_snapshot_corrupt", path=str(path), error=str(exc))
                path.unlink(missing_ok=True)
                continue
            self.producers = {e.producer_id: e for e in entries}
            self.map_end_offset = offset
            return offset
        return log_start_offset

    def truncate_and_reload(self, log_start_offset: int, log_end_offset: int) -> int:
        return self.load(log_start_offset, log_end_offset)

    def delete_snapshots_before(self, offset: int) -> None:
        offsets = self.snapshot_offsets()
        for snap in offsets:
            if snap < offset:
                segment_path(self.directory, snap, SNAPSHOT_SUFFIX).unlink(missing_ok=True)

    def truncate_fully_and_start_at(self, offset: int) -> None:
        self.producers = {}
        self.map_end_offset = offset
        for snap in self.snapshot_offsets():
            segment_path(self.directory, snap, SNAPSHOT_SUFFIX).unlink(missing_ok=True)


def encode_snapshot(producers: dict[int, ProducerEntry]) -> bytes:
    body = bytearray(_SNAP_HEAD.pack(SNAPSHOT_VERSION, 0, len(producers)))
    for pid, e in producers.items():
        body += _SNAP_ENTRY.pack(
            pid, e.producer_epoch, e.last_seq, e.last_data_offset, e.last_offset_delta,
            e.last_timestamp, e.coordinator_epoch,
            -1 if e.current_txn_first_offset is None else e.current_txn_first_offset,
        )
    struct.pack_into(">I", body, 2, crc32c.crc32c(memoryview(body)[_CRC_START:]))
    return bytes(body)


def decode_snapshot(data: bytes) -> list[ProducerEntry]:
    if len(data) < _SNAP_HEAD.size:
        raise CorruptSnapshotError("snapshot too short")
    version, crc, count = _SNAP_HEAD.unpack_from(data, 0)
    if version != SNAPSHOT_VERSION:
        raise CorruptSnapshotError(f"unknown snapshot version {version}")
    if crc32c.crc32c(memoryview(data)[_CRC_START:]) != crc:
        raise CorruptSnapshotError("snapshot CRC mismatch")
    if count < 0 or len(data) != _SNAP_HEAD.size + count * _SNAP_ENTRY.size:
        raise CorruptSnapshotError("snapshot size does not match its entry count")
    out = []
    for i in range(count):
        pid, epoch, last_seq, last_offset, delta, ts, coord, txn_first = _SNAP_ENTRY.unpack_from(
            data, _SNAP_HEAD.size + i * _SNAP_ENTRY.size)
        entry = ProducerEntry(pid, epoch, coordinator_epoch=coord, last_timestamp=ts,
                              current_txn_first_offset=txn_first if txn_first >= 0 else None)
        if last_offset >= 0:
            entry.batches.append(BatchMetadata(_decrement_sequence(last_seq, delta), last_seq,
                                               last_offset - delta, last_offset, ts))
        out.append(entry)
    return out
