"""One partition's log: an ordered list of segments plus offsets, epochs and producer state."""

from __future__ import annotations

import bisect
import os
import shutil
import struct
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import crc32c
import structlog

from log import batch_header as bh
from log.config import LogConfig
from log.epoch_cache import LeaderEpochCache
from log.files import (
    CLEANED_SUFFIX,
    DELETED_SUFFIX,
    INDEX_SUFFIX,
    LOG_SUFFIX,
    SWAP_SUFFIX,
    TIME_INDEX_SUFFIX,
    TXN_INDEX_SUFFIX,
    offset_from_filename,
    read_partition_metadata,
    segment_path,
    write_partition_metadata,
)
from log.index import CorruptIndexError
from log.producer_state import CompletedTxn, ProducerStateManager, ProducerStateView
from log.segment import LogSegment
from log.txn_index import AbortedTxn, TxnIndexes
from protocol import records as rec
from protocol.errors import CorruptRecordError, ErrorCode, InvalidRecordError, KafkaError
from protocol.exceptions import ProtocolError

logger = structlog.get_logger(__name__)

EARLIEST_TIMESTAMP = -2
LATEST_TIMESTAMP = -1
MAX_TIMESTAMP = -3
EARLIEST_LOCAL_TIMESTAMP = -4
LATEST_TIERED_TIMESTAMP = -5
_MAX_TS = struct.Struct(">q")
_ATTRS = struct.Struct(">h")
_CRC = struct.Struct(">I")


@dataclass(slots=True, frozen=True)
class AppendResult:
    first_offset: int
    last_offset: int
    log_append_time_ms: int
    log_start_offset: int
    num_records: int
    duplicate: bool = False
    # Transactions ended by markers in this append (for the aborted-transaction index).
    completed_txns: tuple[CompletedTxn, ...] = ()


@dataclass(slots=True)
class ReadResult:
    records: list[memoryview]
    fetch_offset: int
    high_watermark: int
    last_stable_offset: int
    log_start_offset: int
    log_end_offset: int
    first_batch_offset: int | None = None
    size: int = field(default=0)
    # (fd, file position, length) of the same bytes, for os.sendfile on large reads. Only valid
    # until the log is next changed (roll/retention/compaction may close the file).
    file_region: tuple[int, int, int] | None = None


def _validate_at(view: memoryview, pos: int, size: int) -> bool:
    try:
        header = rec.read_header(view, pos)
        rec.validate_batch(view, pos, header)
    except (CorruptRecordError, InvalidRecordError, ProtocolError, struct.error):
        return False
    return True


def storage_error(message: str) -> KafkaError:
    return KafkaError(ErrorCode.KAFKA_STORAGE_ERROR, message)


def complete_swaps(directory: Path) -> None:
    """Finish a compaction swap cut short by a crash: the `.swap` file replaces every segment
    whose base offset falls in its offset range (Kafka's LogLoader does the same)."""
    for name in sorted(os.listdir(directory)):
        if not name.endswith(LOG_SUFFIX + SWAP_SUFFIX):
            continue
        swap = directory / name
        base = offset_from_filename(name)
        data = swap.read_bytes()
        pos, end_offset = 0, base
        while (header := bh.complete_batch_at(data, pos, len(data))) is not None:
            end_offset = header.last_offset + 1
            pos += header.size
        for other in os.listdir(directory):
            if other.endswith((LOG_SUFFIX, INDEX_SUFFIX, TIME_INDEX_SUFFIX, TXN_INDEX_SUFFIX)):
                try:
                    other_base = offset_from_filename(other)
                except ValueError:
                    continue
                if base <= other_base < max(end_offset, base + 1):
                    (directory / other).unlink(missing_ok=True)
        os.replace(swap, segment_path(directory, base, LOG_SUFFIX))
        logger.info("compaction_swap_completed", path=str(swap))


class Log:
    """A partition log. Not thread-safe: the broker drives it from its event loop."""

    def __init__(self, directory: Path, config: LogConfig, now_ms: int, *, persist_state: bool = True) -> None:
        self.dir = directory
        self.config = config
        self.segments: list[LogSegment] = []
        self._bases: list[int] = []
        self.log_start_offset = 0
        self.log_end_offset = 0
        self.high_watermark = 0
        self._last_stable_offset: int | None = None
        self.recovery_point = 0
        self.topic_id: uuid.UUID | None = None
        self.epoch_cache = LeaderEpochCache(directory, persist=persist_state)
        self.producer_state = ProducerStateManager(directory, persist=persist_state)
        self.txn_indexes = TxnIndexes(directory, persist=persist_state)
        self.offline = False
        self.unflushed_messages = 0
        self.last_flush_ms = now_ms
        self.clean_offset: int | None = None  # cleaner checkpoint (first dirty offset), set by the manager
        self.closed = False

    # -- opening -----------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        directory: Path,
        config: LogConfig,
        *,
        topic_id: uuid.UUID | None = None,
        now_ms: int,
        recover: bool = True,
        recovery_point: int | None = None,
        log_start_offset: int | None = None,
        high_watermark: int | None = None,
    ) -> Log:
        """Create or load a partition log. `recover=False` trusts the files (clean shutdown)."""
        directory.mkdir(parents=True, exist_ok=True)
        log = cls(directory, config, now_ms)
        log._load(topic_id, now_ms, recover, recovery_point or 0, log_start_offset)
        log.high_watermark = log.log_end_offset if high_watermark is None else \
            max(log.log_start_offset, min(high_watermark, log.log_end_offset))
        return log

    def _load(self, topic_id: uuid.UUID | None, now_ms: int, recover: bool, recovery_point: int,
              log_start_offset: int | None) -> None:
        existing_id = read_partition_metadata(self.dir)
        if topic_id is not None and existing_id is not None and existing_id != topic_id:
            raise KafkaError(ErrorCode.INCONSISTENT_TOPIC_ID,
                             f"{self.dir}: topic id {existing_id} on disk, {topic_id} requested")
        if topic_id is not None and existing_id is None:
            write_partition_metadata(self.dir, topic_id)
        self.topic_id = topic_id or existing_id
        for name in os.listdir(self.dir):
            if name.endswith((CLEANED_SUFFIX, DELETED_SUFFIX, ".tmp")):
                (self.dir / name).unlink(missing_ok=True)
        complete_swaps(self.dir)
        bases = sorted(offset_from_filename(n) for n in os.listdir(self.dir) if n.endswith(LOG_SUFFIX))
        recovered: list[LogSegment] = []
        for i, base in enumerate(bases):
            last = i == len(bases) - 1
            missing = not (segment_path(self.dir, base, INDEX_SUFFIX).exists()
                           and segment_path(self.dir, base, TIME_INDEX_SUFFIX).exists())
            seg = self._new_segment(base, now_ms, create=False, active=last)
            needs_recovery = missing or (recover and seg.base_offset >= self._floor_base(bases, recovery_point))
            if not needs_recovery:
                try:
                    if last:
                        seg.scan_next_offset()
                    seg.offset_index.sanity_check(seg.size)
                    seg.time_index.sanity_check(seg.next_offset if last else 1 << 62)
                except CorruptIndexError as exc:
                    logger.warning("index_corrupt_rebuilding", segment=str(seg.log_path), error=str(exc))
                    needs_recovery = True
            self._add_segment(seg)
            if needs_recovery:
                recovered.append(seg)
                truncated = seg.recover(_validate_at, self._recovery_batch)
                if truncated and not last:
                    # Everything after a corrupt batch is unreliable: drop the later segments.
                    for later in bases[i + 1:]:
                        for suffix in (LOG_SUFFIX, INDEX_SUFFIX, TIME_INDEX_SUFFIX):
                            segment_path(self.dir, later, suffix).unlink(missing_ok=True)
                    seg.resize_indexes(self.config.max_index_size)
                    if self.config.preallocate:
                        seg._ensure_capacity(self.config.segment_bytes)
                    break
                if not last:
                    seg.on_become_inactive()
            elif not last and seg.size:
                seg.scan_next_offset()
        if not self.segments:
            start = log_start_offset or 0
            self._add_segment(self._new_segment(start, now_ms, create=True, active=True))
        active = self.segments[-1]
        active.resize_indexes(self.config.max_index_size)
        self.log_end_offset = active.next_offset if active.size else active.base_offset
        if active.size == 0 and len(self.segments) > 1:
            self.log_end_offset = active.base_offset
        first_base = self.segments[0].base_offset
        self.log_start_offset = min(max(log_start_offset or first_base, first_base), self.log_end_offset)
        self.epoch_cache.truncate_from_end(self.log_end_offset)
        self.epoch_cache.truncate_from_start(self.log_start_offset)
        for seg in recovered:
            if not seg.closed:
                seg.flush()
        self.recovery_point = self.log_end_offset if recover else min(max(recovery_point, 0), self.log_end_offset)
        self.txn_indexes.truncate_to(self.log_end_offset)
        self._rebuild_producer_state()

    @staticmethod
    def _floor_base(bases: list[int], offset: int) -> int:
        i = bisect.bisect_right(bases, offset) - 1
        return bases[i] if i >= 0 else -1

    def _recovery_batch(self, header: bh.Peek) -> None:
        if header.partition_leader_epoch >= 0:
            self.epoch_cache.assign(header.partition_leader_epoch, header.base_offset)

    def _new_segment(self, base: int, now_ms: int, *, create: bool, active: bool) -> LogSegment:
        jitter = (base * 2654435761) % self.config.segment_jitter_ms if self.config.segment_jitter_ms > 0 else 0
        return LogSegment(
            self.dir, base,
            index_interval_bytes=self.config.index_interval_bytes,
            max_index_size=self.config.max_index_size,
            capacity=self.config.segment_bytes if active and self.config.preallocate else 0,
            created_ms=now_ms, roll_jitter_ms=jitter, create=create,
        )

    def _add_segment(self, seg: LogSegment) -> None:
        self.segments.append(seg)
        self._bases.append(seg.base_offset)

    def _reindex(self) -> None:
        self._bases = [s.base_offset for s in self.segments]

    def _rebuild_producer_state(self) -> None:
        start = self.producer_state.load(self.log_start_offset, self.log_end_offset)
        view = self.producer_state.view()
        for seg in self.segments:
            if seg.size == 0 or seg.next_offset <= start and seg is not self.segments[-1]:
                continue
            for pos, header in seg.batches():
                if header.last_offset < start or header.producer_id < 0:
                    continue
                ctype, coord = self._control_info(seg.view, pos, header)
                done = view.update(header, header.base_offset, header.last_offset, control_type=ctype,
                                   coordinator_epoch=coord)
                if done is not None and done.is_aborted:
                    self._index_abort(seg.base_offset, done, view)
        self.producer_state.commit(view, self.log_end_offset)

    # -- aborted transactions (`.txnindex`) -----------------------------------------------

    def _index_abort(self, segment_base: int, done: CompletedTxn, view: ProducerStateView | None) -> None:
        """Index an aborted transaction with the LSO right after its marker (Kafka's AbortedTxn)."""
        producers = self.producer_state.producers if view is None else {**self.producer_state.producers,
                                                                          **view.changed}
        still_open = [e.current_txn_first_offset for pid, e in producers.items()
                      if pid != done.producer_id and e.current_txn_first_offset is not None]
        lso = min(still_open, default=done.last_offset + 1)
        self.txn_indexes.append(segment_base, AbortedTxn(done.producer_id, done.first_offset, done.last_offset, lso))

    def aborted_transactions(self, fetch_offset: int, upper_offset: int) -> list[tuple[int, int]]:
        """(producer id, first offset) of aborted transactions overlapping [fetch_offset, upper_offset]
        (upper inclusive: the last offset a read_committed fetch returns)."""
        return [(e.producer_id, e.first_offset)
                for e in self.txn_indexes.collect(fetch_offset, upper_offset, self._bases)]

    @staticmethod
    def _control_info(view: memoryview, pos: int, header: object) -> tuple[int | None, int]:
        if not header.is_control:  # type: ignore[attr-defined]
            return None, -1
        try:
            full = rec.read_header(view, pos)
            for record in rec.iter_records(view, pos, full):
                ctype = rec.read_control_type(record)
                coord = struct.unpack_from(">hi", record.value)[1] if record.value and len(record.value) >= 6 else -1
                return ctype, coord
        except (CorruptRecordError, InvalidRecordError, ProtocolError, struct.error):
            pass
        return None, -1

    # -- properties --------------------------------------------------------------------

    @property
    def active_segment(self) -> LogSegment:
        return self.segments[-1]

    @property
    def last_stable_offset(self) -> int:
        if self._last_stable_offset is not None:
            return min(self._last_stable_offset, self.high_watermark)
        unstable = self.producer_state.first_unstable_offset()
        return self.high_watermark if unstable is None else min(unstable, self.high_watermark)

    @last_stable_offset.setter
    def last_stable_offset(self, value: int | None) -> None:
        self._last_stable_offset = value

    @property
    def size_in_bytes(self) -> int:
        return sum(s.size for s in self.segments)

    def _check_online(self) -> None:
        if self.offline:
            raise storage_error(f"log {self.dir} is offline after a storage error")

    def _go_offline(self, exc: OSError) -> KafkaError:
        self.offline = True
        logger.error("log_storage_error", dir=str(self.dir), error=str(exc))
        return storage_error(f"storage error on {self.dir}: {exc}")

    def segment_for(self, offset: int) -> int:
        """Index of the segment whose base offset is the greatest <= offset (0 if below all)."""
        return max(bisect.bisect_right(self._bases, offset) - 1, 0)

    # -- append ------------------------------------------------------------------------

    def append(
        self,
        buf: memoryview | bytes | bytearray,
        batches: Sequence[tuple[int, Any]] | None = None,
        *,
        leader_epoch: int,
        now_ms: int,
        assign_offsets: bool = True,
        log_append_time: bool = False,
        check_producer_state: bool = True,
    ) -> AppendResult:
        """Append whole, validated batches. Leader appends (`assign_offsets`) get offsets from the
        log end and the leader epoch patched in; follower appends keep theirs. A retried
        idempotent batch is not written again: the result carries its original offsets."""
        self._check_online()
        view = buf if isinstance(buf, memoryview) else memoryview(buf)
        if batches is None:
            batches = rec.validate_batches(view)
        if not batches:
            return AppendResult(-1, -1, -1, self.log_start_offset, 0)

        # One pass: sizes, offsets, producer-state checks and the chunks to write. Nothing is
        # written until every batch has passed, so a rejected append leaves the log untouched.
        config = self.config
        ps_view: ProducerStateView | None = None
        completed: list[CompletedTxn] = []
        chunks: list[bytes | memoryview] = []
        epochs: list[tuple[int, int]] = []
        next_offset = self.log_end_offset
        first_offset = next_offset
        total = num_records = 0
        max_ts, offset_of_max_ts = -1, next_offset
        for pos, h in batches:
            length = h.batch_length
            size = length + bh.LOG_OVERHEAD
            if size > config.max_message_bytes:
                raise KafkaError(ErrorCode.MESSAGE_TOO_LARGE,
                                 f"batch of {size} bytes exceeds max.message.bytes {config.max_message_bytes}")
            total += size
            if assign_offsets:
                base = next_offset
                epoch = leader_epoch
            else:
                base = h.base_offset
                epoch = h.partition_leader_epoch
                if base < next_offset:
                    raise KafkaError(ErrorCode.UNKNOWN_SERVER_ERROR,
                                     f"follower append at {base} below log end {next_offset}")
                if not chunks:
                    first_offset = base
                epochs.append((epoch, base))
            last = base + h.last_offset_delta
            if h.producer_id >= 0:
                if ps_view is None:
                    ps_view = self.producer_state.view()
                if check_producer_state:
                    dup = ps_view.check(h, client=assign_offsets)
                    if dup is not None:
                        return AppendResult(dup.first_offset, dup.last_offset,
                                            dup.timestamp if log_append_time else -1,
                                            self.log_start_offset, 0, duplicate=True)
                ctype, coord = self._control_info(view, pos, h) if h.is_control else (None, -1)
                done = ps_view.update(h, base, last, control_type=ctype, coordinator_epoch=coord)
                if done is not None:
                    completed.append(done)
            end = pos + size
            if log_append_time:
                chunks.append(self._stamp_log_append_time(view[pos:end], base, length, epoch, now_ms))
                batch_max_ts = now_ms
            else:
                if assign_offsets:
                    chunks.append(bh.pack_prefix(base, length, epoch))
                    chunks.append(view[pos + 16:end])
                else:
                    chunks.append(view[pos:end])
                batch_max_ts = h.max_timestamp
            if batch_max_ts > max_ts:
                max_ts, offset_of_max_ts = batch_max_ts, last
            num_records += h.record_count
            next_offset = last + 1
        last_offset = next_offset - 1
        if total > config.segment_bytes:
            raise KafkaError(ErrorCode.RECORD_LIST_TOO_LARGE,
                             f"{total} bytes exceed segment.bytes {config.segment_bytes}")

        try:
            self._maybe_roll(total, max_ts, first_offset, last_offset, now_ms)
            self.active_segment.append(chunks, total, largest_offset=last_offset,
                                       largest_timestamp=max_ts, offset_of_max_timestamp=offset_of_max_ts)
        except OSError as exc:
            raise self._go_offline(exc) from exc

        if assign_offsets:
            if leader_epoch != self.epoch_cache.latest_epoch:
                self.epoch_cache.assign(leader_epoch, first_offset)
        else:
            for epoch, base in epochs:
                self.epoch_cache.assign(epoch, base)
        if ps_view is not None:
            self.producer_state.commit(ps_view, last_offset + 1)
            for done in completed:
                if done.is_aborted:
                    self._index_abort(self.active_segment.base_offset, done, None)
        else:
            self.producer_state.map_end_offset = last_offset + 1
        self.log_end_offset = last_offset + 1
        self.unflushed_messages += num_records
        return AppendResult(first_offset, last_offset, now_ms if log_append_time else -1,
                            self.log_start_offset, num_records, completed_txns=tuple(completed))

    @staticmethod
    def _stamp_log_append_time(batch: memoryview, base: int, length: int, epoch: int, now_ms: int) -> bytearray:
        """LogAppendTime: Kafka rewrites the timestamp type and maxTimestamp, so the CRC too."""
        copy = bytearray(batch)
        struct.pack_into(">qii", copy, 0, base, length, epoch)
        attrs = _ATTRS.unpack_from(copy, bh.ATTRIBUTES_OFFSET)[0] | bh.TIMESTAMP_TYPE_BIT
        _ATTRS.pack_into(copy, bh.ATTRIBUTES_OFFSET, attrs)
        _MAX_TS.pack_into(copy, bh.MAX_TIMESTAMP_OFFSET, now_ms)
        _CRC.pack_into(copy, bh.CRC_OFFSET, crc32c.crc32c(memoryview(copy)[bh.ATTRIBUTES_OFFSET:]))
        return copy

    def _maybe_roll(self, size: int, max_ts: int, first_offset: int, last_offset: int, now_ms: int) -> None:
        seg = self.active_segment
        if seg.should_roll(now_ms=now_ms, segment_bytes=self.config.segment_bytes, segment_ms=self.config.segment_ms,
                           messages_size=size, max_timestamp_in_messages=max_ts, max_offset_in_messages=last_offset):
            self.roll(now_ms, expected_next_offset=first_offset)

    def roll(self, now_ms: int, *, expected_next_offset: int | None = None) -> LogSegment:
        """Start a new active segment at the log end (or a follower's later base offset)."""
        self._check_online()
        new_base = max(expected_next_offset or 0, self.log_end_offset)
        old = self.active_segment
        try:
            if old.size == 0:
                if old.base_offset == new_base:
                    return old
                self.segments.pop()
                old.delete()
            else:
                old.on_become_inactive()
                self.producer_state.map_end_offset = max(self.producer_state.map_end_offset, new_base)
                self.producer_state.take_snapshot(new_base)
                old.flush()
                self.recovery_point = max(self.recovery_point, old.next_offset)
            seg = self._new_segment(new_base, now_ms, create=True, active=True)
        except OSError as exc:
            raise self._go_offline(exc) from exc
        self.segments.append(seg)
        self._reindex()
        return seg

    # -- read --------------------------------------------------------------------------

    def read(self, offset: int, max_bytes: int, *, max_offset: int | None = None,
             min_one_batch: bool = True) -> ReadResult:
        self._check_online()
        if offset < self.log_start_offset or offset > self.log_end_offset:
            raise KafkaError(ErrorCode.OFFSET_OUT_OF_RANGE,
                             f"offset {offset} out of range [{self.log_start_offset}, {self.log_end_offset}]")
        result = ReadResult([], offset, self.high_watermark, self.last_stable_offset,
                            self.log_start_offset, self.log_end_offset)
        if offset == self.log_end_offset or (max_offset is not None and offset >= max_offset):
            return result
        try:
            for seg in self.segments[self.segment_for(offset):]:
                found = seg.read(offset, max_bytes, max_offset=max_offset, min_one_batch=min_one_batch)
                if found is None:
                    continue
                data, first_base, start = found
                if len(data):
                    result.records.append(data)
                    result.size = len(data)
                    result.file_region = (seg.fileno(), start, len(data))
                result.first_batch_offset = first_base
                break
        except OSError as exc:
            raise self._go_offline(exc) from exc
        return result

    def scan(self, start_offset: int, end_offset: int | None = None,
             chunk_bytes: int = 1 << 20) -> Iterator[tuple[memoryview, int, rec.BatchHeader]]:
        """Whole batches (buffer, position, header) in offset order, from the one holding
        `start_offset` up to the first starting at or after `end_offset` (default: the log end),
        read `chunk_bytes` at a time; for coordinators replaying their partitions.
        A read error propagates as KafkaError."""
        offset = start_offset
        while offset < (self.log_end_offset if end_offset is None else end_offset):
            progressed = False
            for chunk in self.read(offset, chunk_bytes).records:
                for pos, header in rec.iter_batches(chunk):
                    if header.last_offset < offset:
                        continue
                    if end_offset is not None and header.base_offset >= end_offset:
                        return
                    offset = header.next_offset
                    progressed = True
                    yield chunk, pos, header
            if not progressed:
                return

    def batches(self, start_offset: int = 0) -> list[tuple[LogSegment, int, bh.Peek]]:
        """Every batch (segment, position, header) with last offset >= start_offset; for tools and tests."""
        out = []
        for seg in self.segments[self.segment_for(start_offset):]:
            for pos, header in seg.batches():
                if header.last_offset >= start_offset:
                    out.append((seg, pos, header))
        return out

    # -- timestamps --------------------------------------------------------------------

    def largest_timestamp(self) -> int:
        return max((s.max_timestamp for s in self.segments), default=-1)

    def offset_for_timestamp(self, timestamp: int) -> tuple[int, int] | None:
        """(offset, timestamp) as Kafka's fetchOffsetByTimestamp; None when nothing qualifies."""
        self._check_online()
        if timestamp in (EARLIEST_TIMESTAMP, EARLIEST_LOCAL_TIMESTAMP):
            return self.log_start_offset, -1
        if timestamp == LATEST_TIMESTAMP:
            return self.log_end_offset, -1
        if timestamp == LATEST_TIERED_TIMESTAMP:
            return None
        if timestamp == MAX_TIMESTAMP:
            return self._max_timestamp_offset()
        if timestamp < 0:
            return None
        for seg in self.segments:
            if seg.size == 0 or seg.largest_timestamp() < timestamp:
                continue
            start = seg.find_offset_by_timestamp(timestamp, self.log_start_offset)
            for pos, header in seg.batches(start):
                if header.max_timestamp < timestamp:
                    continue
                full = rec.read_header(seg.view, pos)
                for record in rec.iter_records(seg.view, pos, full):
                    if record.timestamp >= timestamp and record.offset >= self.log_start_offset:
                        return record.offset, record.timestamp
            return None
        return None

    def _max_timestamp_offset(self) -> tuple[int, int] | None:
        best: LogSegment | None = None
        for seg in self.segments:
            if seg.size and seg.max_timestamp >= 0 and (best is None or seg.max_timestamp > best.max_timestamp):
                best = seg
        if best is None:
            return None
        for pos, header in best.batches():
            if header.max_timestamp == best.max_timestamp:
                full = rec.read_header(best.view, pos)
                for record in rec.iter_records(best.view, pos, full):
                    if record.timestamp == best.max_timestamp:
                        return record.offset, record.timestamp
                return header.last_offset, header.max_timestamp
        return None

    # -- flushing ----------------------------------------------------------------------

    def flush(self, up_to: int | None = None) -> None:
        """fsync segments holding offsets in [recovery_point, up_to) and advance the recovery point."""
        self._check_online()
        target = self.log_end_offset if up_to is None else min(up_to, self.log_end_offset)
        if target <= self.recovery_point and self.unflushed_messages == 0:
            return
        try:
            for seg in self.segments[self.segment_for(self.recovery_point):]:
                if seg.base_offset >= target and seg is not self.segments[0]:
                    break
                seg.flush()
        except OSError as exc:
            raise self._go_offline(exc) from exc
        self.recovery_point = max(self.recovery_point, target)
        if target >= self.log_end_offset:
            self.unflushed_messages = 0

    def maybe_flush(self, now_ms: int) -> bool:
        """Apply `flush.messages` / `flush.ms`; True when a flush happened."""
        due = self.unflushed_messages >= self.config.flush_messages or (
            self.unflushed_messages > 0 and now_ms - self.last_flush_ms >= self.config.flush_ms)
        if not due:
            return False
        self.flush()
        self.last_flush_ms = now_ms
        return True

    # -- truncation and deletion -------------------------------------------------------

    def truncate_to(self, offset: int) -> bool:
        """Drop everything at or after `offset` (replication divergence). True if anything changed."""
        self._check_online()
        if offset >= self.log_end_offset:
            return False
        if offset < self.log_start_offset:
            self.truncate_fully_and_start_at(offset, now_ms=self.last_flush_ms)
            return True
        try:
            while len(self.segments) > 1 and self.segments[-1].base_offset > offset:
                self.segments.pop().delete()
            self._reindex()
            seg = self.active_segment
            if self.config.preallocate:
                seg._ensure_capacity(self.config.segment_bytes)
            seg.truncate_to(offset)
            seg.resize_indexes(self.config.max_index_size)
        except OSError as exc:
            raise self._go_offline(exc) from exc
        self.log_end_offset = seg.next_offset if seg.size else seg.base_offset
        self.high_watermark = min(self.high_watermark, self.log_end_offset)
        self.recovery_point = min(self.recovery_point, self.log_end_offset)
        self.epoch_cache.truncate_from_end(self.log_end_offset)
        self.txn_indexes.truncate_to(self.log_end_offset)
        self._rebuild_producer_state()
        return True

    def truncate_fully_and_start_at(self, offset: int, *, now_ms: int = 0) -> None:
        self._check_online()
        try:
            for seg in self.segments:
                seg.delete()
            self.segments = []
            self._add_segment(self._new_segment(offset, now_ms, create=True, active=True))
        except OSError as exc:
            raise self._go_offline(exc) from exc
        self.log_start_offset = self.log_end_offset = self.high_watermark = self.recovery_point = offset
        self.epoch_cache.clear()
        self.producer_state.truncate_fully_and_start_at(offset)
        self.txn_indexes.delete_all()
        self.clean_offset = None

    def delete_records_before(self, offset: int) -> int:
        """DeleteRecords: advance the log start offset (not past the high watermark)."""
        self._check_online()
        if offset > self.high_watermark:
            raise KafkaError(ErrorCode.OFFSET_OUT_OF_RANGE,
                             f"cannot delete before {offset}: high watermark is {self.high_watermark}")
        if offset > self.log_start_offset:
            self.log_start_offset = offset
            self.epoch_cache.truncate_from_start(offset)
            self._delete_log_start_breached()
        return self.log_start_offset

    def _deletable(self, predicate: object) -> list[LogSegment]:
        out = []
        for i, seg in enumerate(self.segments):
            nxt = self.segments[i + 1] if i + 1 < len(self.segments) else None
            upper = nxt.base_offset if nxt is not None else self.log_end_offset
            last_and_empty = nxt is None and seg.size == 0
            if self.high_watermark >= upper and predicate(seg, nxt) and not last_and_empty:  # type: ignore[operator]
                out.append(seg)
            else:
                break
        return out

    def _delete_segments(self, doomed: list[LogSegment], now_ms: int = 0) -> int:
        if not doomed:
            return 0
        if len(doomed) == len(self.segments):
            self.roll(now_ms)
        try:
            for seg in doomed:
                self.segments.remove(seg)
                seg.delete()
        except OSError as exc:
            raise self._go_offline(exc) from exc
        self._reindex()
        new_start = self.segments[0].base_offset
        if new_start > self.log_start_offset:
            self.log_start_offset = new_start
            self.epoch_cache.truncate_from_start(new_start)
        self.producer_state.delete_snapshots_before(self.segments[0].base_offset)
        self.txn_indexes.retain_segments(self._bases)
        return len(doomed)

    def _delete_log_start_breached(self, now_ms: int = 0) -> int:
        return self._delete_segments(
            self._deletable(lambda seg, nxt: nxt is not None and nxt.base_offset <= self.log_start_offset), now_ms)

    def apply_retention(self, now_ms: int) -> int:
        """Kafka's deleteOldSegments: by retention.ms, retention.bytes and log start; returns segments deleted."""
        self._check_online()
        deleted = 0
        if self.config.delete:
            if self.config.retention_ms >= 0:
                deleted += self._delete_segments(self._deletable(
                    lambda seg, nxt: now_ms - seg.largest_timestamp() > self.config.retention_ms), now_ms)
            if self.config.retention_bytes >= 0 and self.size_in_bytes >= self.config.retention_bytes:
                excess = [self.size_in_bytes - self.config.retention_bytes]

                def over(seg: LogSegment, nxt: LogSegment | None) -> bool:
                    if excess[0] - seg.size >= 0:
                        excess[0] -= seg.size
                        return True
                    return False

                deleted += self._delete_segments(self._deletable(over), now_ms)
        deleted += self._delete_log_start_breached(now_ms)
        return deleted

    # -- lifecycle ---------------------------------------------------------------------

    def close(self) -> None:
        """Flush, snapshot producer state and trim the active segment, as a clean shutdown."""
        if self.closed:
            return
        if not self.offline:
            try:
                self.flush()
                self.producer_state.take_snapshot(self.log_end_offset)
            except (OSError, KafkaError) as exc:
                logger.error("log_close_failed", dir=str(self.dir), error=str(exc))
        for seg in self.segments:
            try:
                seg.close(sync=seg is self.segments[-1] and not self.offline)
            except OSError as exc:
                logger.error("segment_close_failed", segment=str(seg.log_path), error=str(exc))
        self.closed = True

    def abandon(self) -> None:
        """Drop file handles without trimming or snapshotting (simulates a crash in tests)."""
        for seg in self.segments:
            seg.close_without_trim()
        self.closed = True

    def delete(self) -> None:
        for seg in self.segments:
            seg.close_without_trim()
        self.closed = True
        shutil.rmtree(self.dir, ignore_errors=True)
