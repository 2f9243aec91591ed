"""Kafka's sparse segment indexes (`.index`, `.timeindex`), mmap-backed.

Layout is Kafka's exactly so `kafka-dump-log` can read them: the offset index holds 8-byte
entries (relative offset int32, file position int32), the time index 12-byte entries
(timestamp int64, relative offset int32), all big-endian. While a segment is active its
index files are preallocated to `segment.index.bytes` (rounded down to the entry size) and
trimmed to the real entry count when the segment rolls or the log closes, as Kafka does.
"""

from __future__ import annotations

import mmap
import os
import struct
from pathlib import Path

_OFFSET_ENTRY = struct.Struct(">ii")
_TIME_ENTRY = struct.Struct(">qi")
INT32_MAX = (1 << 31) - 1


class CorruptIndexError(Exception):
    """An index file failed its sanity check; the caller rebuilds it from the log."""


class _MmapIndex:
    """Shared machinery: a file of fixed-size entries, mapped in full, with a live entry count."""

    _entry: struct.Struct

    def __init__(self, path: Path, base_offset: int, max_index_size: int) -> None:
        self.path = path
        self.base_offset = base_offset
        self.entry_size = self._entry.size
        self.max_index_size = max_index_size
        existed = path.exists() and path.stat().st_size > 0
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        self._mm: mmap.mmap | None = None
        if existed:
            length = os.fstat(self._fd).st_size
            # An existing file's entry count is its length, as Kafka; a preallocated index
            # left by a crash is therefore "full of zeros" and gets rebuilt by recovery.
            self.entries = length // self.entry_size
        else:
            length = self._round(max_index_size)
            os.ftruncate(self._fd, length)
            self.entries = 0
        self._map(length)

    # -- file management -------------------------------------------------------------

    def _round(self, size: int) -> int:
        return size - size % self.entry_size

    def _map(self, length: int) -> None:
        old = self._mm
        self._mm = mmap.mmap(self._fd, length) if length > 0 else None
        self.length = length
        self.max_entries = length // self.entry_size
        if old is not None:
            old.close()

    def is_full(self) -> bool:
        return self.entries >= self.max_entries

    def resize(self, new_size: int) -> bool:
        """Set the file length (rounded to whole entries), keeping the live entries."""
        rounded = self._round(new_size)
        if rounded == self.length:
            return False
        if self._mm is not None:
            self._mm.flush()
        os.ftruncate(self._fd, rounded)
        self._map(rounded)
        self.entries = min(self.entries, self.max_entries)
        return True

    def trim_to_valid_size(self) -> None:
        self.resize(self.entries * self.entry_size)

    def flush(self) -> None:
        if self._mm is not None:
            self._mm.flush()
        os.fsync(self._fd)

    def close(self) -> None:
        """Trim to the live entries (what Kafka leaves on disk after a clean close)."""
        if self._fd < 0:
            return
        self.trim_to_valid_size()
        if self._mm is not None:
            self._mm.close()
            self._mm = None
        os.close(self._fd)
        self._fd = -1

    def close_without_trim(self) -> None:
        if self._fd < 0:
            return
        if self._mm is not None:
            self._mm.close()
            self._mm = None
        os.close(self._fd)
        self._fd = -1

    def delete(self) -> None:
        self.close_without_trim()
        self.path.unlink(missing_ok=True)

    def rename(self, path: Path) -> None:
        os.replace(self.path, path)
        self.path = path

    def reset(self) -> None:
        """Drop all entries and restore the preallocated size (used before a rebuild)."""
        self.entries = 0
        self.resize(self.max_index_size)

    def relative(self, offset: int) -> int:
        rel = offset - self.base_offset
        if not 0 <= rel <= INT32_MAX:
            raise ValueError(f"offset {offset} out of range for index based at {self.base_offset}")
        return rel

    def can_append_offset(self, offset: int) -> bool:
        return 0 <= offset - self.base_offset <= INT32_MAX

    def _key(self, n: int) -> int:
        raise NotImplementedError

    def _lower_bound_slot(self, target: int) -> int:
        """Largest slot whose key is <= target, or -1."""
        lo, hi = 0, self.entries - 1
        if hi < 0 or self._key(0) > target:
            return -1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._key(mid) <= target:
                lo = mid
            else:
                hi = mid - 1
        return lo


class OffsetIndex(_MmapIndex):
    _entry = _OFFSET_ENTRY

    def entry(self, n: int) -> tuple[int, int]:
        assert self._mm is not None
        rel, pos = _OFFSET_ENTRY.unpack_from(self._mm, n * 8)
        return self.base_offset + rel, pos

    def _key(self, n: int) -> int:
        assert self._mm is not None
        return self.base_offset + _OFFSET_ENTRY.unpack_from(self._mm, n * 8)[0]

    @property
    def last_offset(self) -> int:
        return self.entry(self.entries - 1)[0] if self.entries else self.base_offset

    def append(self, offset: int, position: int) -> None:
        entries = self.entries
        if entries and offset <= self.base_offset + _OFFSET_ENTRY.unpack_from(self._mm, entries * 8 - 8)[0]:  # type: ignore[arg-type]
            raise ValueError(f"index offset {offset} not above last entry {self.last_offset}")
        if entries >= self.max_entries:
            raise ValueError(f"offset index {self.path} is full")
        _OFFSET_ENTRY.pack_into(self._mm, entries * 8, self.relative(offset), position)  # type: ignore[arg-type]
        self.entries = entries + 1

    def lookup(self, offset: int) -> tuple[int, int]:
        """(offset, position) of the largest entry with offset <= target, else (base, 0)."""
        slot = self._lower_bound_slot(offset)
        return (self.base_offset, 0) if slot < 0 else self.entry(slot)

    def truncate_to(self, offset: int) -> None:
        """Drop entries with offset >= `offset`."""
        slot = self._lower_bound_slot(offset)
        if slot < 0:
            self.entries = 0
        elif self._key(slot) == offset:
            self.entries = slot
        else:
            self.entries = slot + 1

    def sanity_check(self, log_size: int) -> None:
        if self.length % 8:
            raise CorruptIndexError(f"{self.path}: size {self.length} is not a multiple of 8")
        previous_offset, previous_pos = -1, -1
        for n in range(self.entries):
            offset, pos = self.entry(n)
            if offset <= previous_offset or pos <= previous_pos or pos >= log_size or pos < 0:
                raise CorruptIndexError(f"{self.path}: entry {n} ({offset}, {pos}) out of order or range")
            previous_offset, previous_pos = offset, pos


class TimeIndex(_MmapIndex):
    _entry = _TIME_ENTRY

    def __init__(self, path: Path, base_offset: int, max_index_size: int) -> None:
        super().__init__(path, base_offset, max_index_size)
        self._last = self._read_last()

    def entry(self, n: int) -> tuple[int, int]:
        assert self._mm is not None
        ts, rel = _TIME_ENTRY.unpack_from(self._mm, n * 12)
        return ts, self.base_offset + rel

    def _key(self, n: int) -> int:
        assert self._mm is not None
        return _TIME_ENTRY.unpack_from(self._mm, n * 12)[0]

    def _read_last(self) -> tuple[int, int]:
        return self.entry(self.entries - 1) if self.entries else (-1, self.base_offset)

    @property
    def last_entry(self) -> tuple[int, int]:
        """(timestamp, offset); (-1, base) when empty, as Kafka's NO_TIMESTAMP entry."""
        return self._last

    def is_full(self) -> bool:
        # Kafka keeps one slot free so the roll-time final entry always fits.
        return self.entries >= self.max_entries - 1

    def maybe_append(self, timestamp: int, offset: int, *, skip_full_check: bool = False) -> None:
        if not skip_full_check and self.is_full():
            raise ValueError(f"time index {self.path} is full")
        last_ts, last_off = self._last
        if self.entries and offset < last_off:
            raise ValueError(f"time index offset {offset} below last entry {last_off}")
        if timestamp > last_ts:
            if self.entries >= self.max_entries:
                self.resize(self.length + self.entry_size)
            assert self._mm is not None
            _TIME_ENTRY.pack_into(self._mm, self.entries * 12, timestamp, self.relative(offset))
            self.entries += 1
            self._last = (timestamp, offset)

    def lookup(self, timestamp: int) -> tuple[int, int]:
        """(timestamp, offset) of the largest entry with timestamp <= target, else (-1, base)."""
        slot = self._lower_bound_slot(timestamp)
        return (-1, self.base_offset) if slot < 0 else self.entry(slot)

    def truncate_to(self, offset: int) -> None:
        """Drop entries with offset >= `offset` (offsets ascend with the timestamps)."""
        n = self.entries
        while n > 0 and self.entry(n - 1)[1] >= offset:
            n -= 1
        self.entries = n
        self._last = self._read_last()

    def resize(self, new_size: int) -> bool:
        changed = super().resize(new_size)
        self._last = self._read_last()
        return changed

    def reset(self) -> None:
        super().reset()
        self._last = self._read_last()

    def sanity_check(self, next_offset: int) -> None:
        if self.length % 12:
            raise CorruptIndexError(f"{self.path}: size {self.length} is not a multiple of 12")
        previous_ts, previous_offset = -1, self.base_offset
        for n in range(self.entries):
            ts, offset = self.entry(n)
            if ts <= previous_ts or offset < previous_offset or offset >= max(next_offset, self.base_offset + 1):
                raise CorruptIndexError(f"{self.path}: entry {n} ({ts}, {offset}) out of order or range")
            previous_ts, previous_offset = ts, offset
