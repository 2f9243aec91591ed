"""Log compaction (`cleanup.policy=compact`), Kafka's LogCleaner rules on one partition.

One pass: build key -> latest offset over the dirty section, then rewrite every inactive
segment up to the first uncleanable offset keeping, per record, only the latest value of
its key. Offsets never change; a batch whose records all survive is kept byte for byte,
otherwise it is rebuilt with the same codec, producer fields and last offset. Tombstones
get a delete horizon (now + delete.retention.ms) stamped in their batch the first time they
are cleaned and are dropped by the first pass after it. Control and transactional batches
are kept as they are (transaction-aware cleaning is a later step).

No threads or clocks in here: the broker calls `clean(log, now_ms)` from its background task.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass

import crc32c
import structlog

from log import batch_header as bh
from log.files import CLEANED_SUFFIX, LOG_SUFFIX, SWAP_SUFFIX, fsync_dir, segment_path
from log.index import INT32_MAX
from log.log import Log, _validate_at
from log.segment import LogSegment
from protocol import records as rec

logger = structlog.get_logger(__name__)

_LAST_DELTA = struct.Struct(">i")


@dataclass(slots=True, frozen=True)
class CleanResult:
    cleaned: bool
    first_dirty_offset: int
    end_offset: int
    bytes_before: int = 0
    bytes_after: int = 0
    records_removed: int = 0
    dirty_ratio: float = 0.0


@dataclass(slots=True, frozen=True)
class CleanableRange:
    first_dirty_offset: int
    first_uncleanable_offset: int
    cleanable_bytes: int
    total_bytes: int

    @property
    def dirty_ratio(self) -> float:
        return self.cleanable_bytes / self.total_bytes if self.total_bytes else 0.0


def cleanable_range(log: Log, now_ms: int) -> CleanableRange:
    """Kafka's LogCleanerManager.cleanableOffsets: [first dirty, first uncleanable segment base)."""
    first_dirty = max(log.clean_offset if log.clean_offset is not None else log.log_start_offset,
                      log.log_start_offset)
    segments = log.segments
    limit = segments[-1].base_offset  # never the active segment
    unstable = log.producer_state.first_unstable_offset()
    if unstable is not None:
        limit = min(limit, segments[log.segment_for(unstable)].base_offset)
    limit = min(limit, segments[log.segment_for(log.high_watermark)].base_offset)
    if log.config.min_compaction_lag_ms > 0:
        for seg in segments[log.segment_for(first_dirty):]:
            if seg.base_offset >= limit:
                break
            if seg.max_timestamp > now_ms - log.config.min_compaction_lag_ms:
                limit = seg.base_offset
                break
    first_dirty = min(first_dirty, limit)
    cleanable = sum(s.size for s in segments if s.base_offset < limit and s.next_offset > first_dirty)
    total = sum(s.size for s in segments if s.base_offset < limit)
    return CleanableRange(first_dirty, limit, cleanable, total)


def _max_lag_exceeded(log: Log, now_ms: int, rng: CleanableRange) -> bool:
    """max.compaction.lag.ms: a dirty record older than the lag forces cleaning whatever the ratio."""
    lag = log.config.max_compaction_lag_ms
    if lag >= (1 << 63) - 1:
        return False
    for seg in log.segments[log.segment_for(rng.first_dirty_offset):]:
        if seg.base_offset >= rng.first_uncleanable_offset:
            break
        seg.load_first_batch_timestamp()
        first_ts = seg.rolling_based_timestamp
        if first_ts is not None and first_ts >= 0 and now_ms - first_ts > lag:
            return True
    return False


def _horizon_expired(log: Log, now_ms: int, limit: int) -> bool:
    for seg in log.segments:
        if seg.base_offset >= limit:
            break
        for _, header in seg.batches():
            if header.attributes & bh.DELETE_HORIZON_BIT and header.base_timestamp <= now_ms:
                return True
    return False


def clean(log: Log, now_ms: int, *, force: bool = False) -> CleanResult:
    """One compaction pass if the log is dirty enough (or `force`). Updates `log.clean_offset`."""
    if not log.config.compact:
        return CleanResult(False, log.log_start_offset, log.log_start_offset)
    rng = cleanable_range(log, now_ms)
    due = rng.cleanable_bytes > 0 and (rng.dirty_ratio >= log.config.min_cleanable_dirty_ratio
                                       or _max_lag_exceeded(log, now_ms, rng))
    if not (force or due or _horizon_expired(log, now_ms, rng.first_uncleanable_offset)):
        return CleanResult(False, rng.first_dirty_offset, rng.first_uncleanable_offset, dirty_ratio=rng.dirty_ratio)
    if rng.first_uncleanable_offset <= log.log_start_offset:
        return CleanResult(False, rng.first_dirty_offset, rng.first_uncleanable_offset, dirty_ratio=rng.dirty_ratio)

    offset_map, map_latest = _build_offset_map(log, rng.first_dirty_offset, rng.first_uncleanable_offset)
    active_last = {pid: e.last_data_offset for pid, e in log.producer_state.producers.items()}
    before = after = removed = 0
    cleanable = [s for s in log.segments if s.base_offset < rng.first_uncleanable_offset]
    for group in group_segments(cleanable, log.config.segment_bytes, log.config.max_index_size):
        parts: list[bytes | memoryview] = []
        changed = len(group) > 1
        for seg in group:
            out, n_removed = _filter_segment(seg, offset_map, map_latest, active_last, now_ms,
                                             log.config.delete_retention_ms, rng.first_uncleanable_offset)
            before += seg.size
            removed += n_removed
            if out is None:
                parts.append(seg.view[: seg.size])
            else:
                parts.append(out)
                changed = True
        size = sum(len(p) for p in parts)
        after += size
        if changed:
            _replace_group(log, group, parts)
    log.clean_offset = rng.first_uncleanable_offset
    logger.info("log_cleaned", dir=str(log.dir), end=rng.first_uncleanable_offset, before=before, after=after)
    return CleanResult(True, rng.first_dirty_offset, rng.first_uncleanable_offset, before, after, removed,
                       rng.dirty_ratio)


def group_segments(segments: list[LogSegment], max_size: int, max_index_size: int) -> list[list[LogSegment]]:
    """Kafka's groupSegmentsBySize: merge neighbours while the result fits one segment and its indexes."""
    groups: list[list[LogSegment]] = []
    i = 0
    while i < len(segments):
        group = [segments[i]]
        size = segments[i].size
        index_size = segments[i].offset_index.entries * 8
        time_size = segments[i].time_index.entries * 12
        i += 1
        while i < len(segments):
            nxt = segments[i]
            if (size + nxt.size > max_size
                    or index_size + nxt.offset_index.entries * 8 > max_index_size
                    or time_size + nxt.time_index.entries * 12 > max_index_size
                    or nxt.next_offset - 1 - group[0].base_offset > INT32_MAX):
                break
            group.append(nxt)
            size += nxt.size
            index_size += nxt.offset_index.entries * 8
            time_size += nxt.time_index.entries * 12
            i += 1
        groups.append(group)
    return groups


def _build_offset_map(log: Log, start: int, end: int) -> tuple[dict[bytes, int], int]:
    offset_map: dict[bytes, int] = {}
    for seg in log.segments[log.segment_for(start):]:
        if seg.base_offset >= end:
            break
        view = seg.view
        for pos, peek in seg.batches():
            if peek.last_offset < start or peek.is_control:
                continue
            header = rec.read_header(view, pos)
            for record in rec.iter_records(view, pos, header):
                if record.offset < start or record.offset >= end:
                    continue
                if record.key is not None:
                    offset_map[record.key] = record.offset
    # Kafka's map.latestOffset is the end of the dirty section, keys or not.
    return offset_map, end - 1


def _filter_segment(seg: LogSegment, offset_map: dict[bytes, int], map_latest: int, active_last: dict[int, int],
                    now_ms: int, delete_retention_ms: int, upper: int) -> tuple[bytearray | None, int]:
    """The segment's cleaned bytes, or None if nothing would change."""
    view = seg.view
    out = bytearray()
    changed = False
    removed = 0
    for pos, peek in seg.batches():
        original = view[pos:pos + peek.size]
        if peek.is_control or peek.is_transactional:
            out += original
            continue
        header = rec.read_header(view, pos)
        horizon = header.base_timestamp if header.attributes & bh.DELETE_HORIZON_BIT else None
        retain_deletes = horizon is None or now_ms < horizon
        kept: list[rec.Record] = []
        has_tombstone = False
        records = list(rec.iter_records(view, pos, header))
        for record in records:
            if record.offset > map_latest:
                keep = True
            elif record.key is None:
                keep = False
            else:
                keep = record.offset >= offset_map.get(record.key, -1) and (record.value is not None or retain_deletes)
            if keep:
                kept.append(record)
                has_tombstone |= record.value is None
        removed += len(records) - len(kept)
        set_horizon = has_tombstone and horizon is None
        if len(kept) == len(records) and not set_horizon:
            out += original
            continue
        changed = True
        retain_empty = (header.producer_id >= 0 and active_last.get(header.producer_id) == peek.last_offset) \
            or peek.last_offset + 1 == upper
        if not kept and not retain_empty:
            continue
        new_horizon = now_ms + delete_retention_ms if set_horizon else (horizon if has_tombstone else None)
        out += _rebuild(header, kept, new_horizon)
    return (out if changed else None), removed


def _rebuild(header: rec.BatchHeader, kept: list[rec.Record], delete_horizon_ms: int | None) -> bytes:
    built = bytearray(rec.build_batch(
        kept,
        base_offset=header.base_offset,
        compression=header.compression,
        timestamp_type=header.timestamp_type,
        producer_id=header.producer_id,
        producer_epoch=header.producer_epoch,
        base_sequence=header.base_sequence,
        partition_leader_epoch=header.partition_leader_epoch,
        is_transactional=header.is_transactional,
        is_control=header.is_control,
        base_timestamp=None if kept else header.base_timestamp,
        delete_horizon_ms=delete_horizon_ms,
    ))
    # Keep the original last offset so offsets and producer sequences stay continuous (Kafka's
    # overrideLastOffset); the CRC covers it, so recompute.
    _LAST_DELTA.pack_into(built, 23, header.last_offset_delta)
    struct.pack_into(">I", built, bh.CRC_OFFSET, crc32c.crc32c(memoryview(built)[bh.ATTRIBUTES_OFFSET:]))
    return bytes(built)


def _replace_group(log: Log, group: list[LogSegment], parts: list[bytes | memoryview]) -> None:
    """Swap the cleaned bytes in for `group`, crash-safely, as Kafka: write `.cleaned`, rename to
    `.swap`, delete the replaced segments, rename `.swap` to `.log`. `Log.open` finishes a swap
    interrupted after the rename (see `complete_swaps`)."""
    directory, base = group[0].directory, group[0].base_offset
    cleaned = segment_path(directory, base, LOG_SUFFIX + CLEANED_SUFFIX)
    swap = segment_path(directory, base, LOG_SUFFIX + SWAP_SUFFIX)
    fd = os.open(cleaned, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        for part in parts:
            view = memoryview(part)
            while view:
                view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(cleaned, swap)
    fsync_dir(directory)
    index = log.segments.index(group[0])
    for seg in group:
        seg.delete()
    os.replace(swap, segment_path(directory, base, LOG_SUFFIX))
    fsync_dir(directory)
    fresh = log._new_segment(base, group[0].created_ms, create=False, active=False)
    fresh.recover(_validate_at, lambda _h: None)
    fresh.on_become_inactive()
    log.segments[index:index + len(group)] = [fresh]
    log._reindex()
