"""The aborted-transaction index (`.txnindex`), Kafka's format.

One file per segment, named by the segment's base offset, holding 34-byte entries:
version int16 (0), producerId int64, firstOffset int64, lastOffset int64,
lastStableOffset int64. An entry is written when an abort marker is appended; the
`lastStableOffset` is the LSO right after that abort, which lets a reader stop scanning
once every transaction that could overlap a fetch range has been seen.

Read-committed fetches ask `collect(fetch_offset, upper_offset)` for the aborted
transactions overlapping the fetched data; consumers drop those producers' records.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import structlog

from log.files import TXN_INDEX_SUFFIX, offset_from_filename, segment_path

logger = structlog.get_logger(__name__)

ENTRY = struct.Struct(">hqqqq")
ENTRY_SIZE = ENTRY.size  # 34
CURRENT_VERSION = 0


class CorruptTxnIndexError(Exception):
    pass


@dataclass(slots=True, frozen=True)
class AbortedTxn:
    producer_id: int
    first_offset: int
    last_offset: int
    last_stable_offset: int

    def encode(self) -> bytes:
        return ENTRY.pack(CURRENT_VERSION, self.producer_id, self.first_offset, self.last_offset,
                          self.last_stable_offset)

    @classmethod
    def decode(cls, buf: bytes | memoryview, pos: int = 0) -> AbortedTxn:
        version, pid, first, last, lso = ENTRY.unpack_from(buf, pos)
        if version != CURRENT_VERSION:
            raise CorruptTxnIndexError(f"unexpected aborted transaction version {version}")
        return cls(pid, first, last, lso)


class TxnIndex:
    """One segment's `.txnindex`: an append-only file mirrored in memory (it is tiny)."""

    def __init__(self, path: Path, base_offset: int, *, persist: bool = True) -> None:
        self.path = path
        self.base_offset = base_offset
        self.persist = persist
        self.entries: list[AbortedTxn] = []
        if persist and path.exists():
            self.entries = self._read(path)

    @staticmethod
    def _read(path: Path) -> list[AbortedTxn]:
        data = path.read_bytes()
        usable = len(data) - len(data) % ENTRY_SIZE
        out: list[AbortedTxn] = []
        for pos in range(0, usable, ENTRY_SIZE):
            try:
                out.append(AbortedTxn.decode(data, pos))
            except CorruptTxnIndexError as exc:
                # A torn write at the tail after a crash: keep what precedes it; recovery re-adds the rest.
                logger.warning("txn_index_corrupt_tail", path=str(path), position=pos, error=str(exc))
                break
        return out

    def append(self, entry: AbortedTxn) -> bool:
        """Add an entry unless it is already there (recovery replays may meet it twice)."""
        for existing in self.entries:
            if existing.producer_id == entry.producer_id and existing.first_offset == entry.first_offset:
                return False
        if self.entries and entry.last_offset < self.entries[-1].last_offset:
            raise ValueError(
                f"aborted transaction {entry} out of order after {self.entries[-1]} in {self.path}")
        self.entries.append(entry)
        if self.persist:
            with open(self.path, "ab") as f:
                f.write(entry.encode())
        return True

    def truncate_to(self, offset: int) -> None:
        """Drop entries whose abort marker is at or beyond `offset` (log truncation)."""
        keep = [e for e in self.entries if e.last_offset < offset]
        if len(keep) != len(self.entries):
            self.entries = keep
            self._rewrite()

    def _rewrite(self) -> None:
        if not self.persist:
            return
        if not self.entries:
            self.path.unlink(missing_ok=True)
            return
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_bytes(b"".join(e.encode() for e in self.entries))
        os.replace(tmp, self.path)

    def collect(self, fetch_offset: int, upper_offset: int) -> tuple[list[AbortedTxn], bool]:
        """Entries overlapping [fetch_offset, upper_offset]; True when later segments cannot add any."""
        out: list[AbortedTxn] = []
        for e in self.entries:
            if e.last_offset >= fetch_offset and e.first_offset <= upper_offset:
                out.append(e)
            if e.last_stable_offset > upper_offset:
                return out, True
        return out, False

    def delete(self) -> None:
        self.entries = []
        if self.persist:
            self.path.unlink(missing_ok=True)


class TxnIndexes:
    """The `.txnindex` files of one partition directory, keyed by segment base offset."""

    def __init__(self, directory: Path, *, persist: bool = True) -> None:
        self.directory = directory
        self.persist = persist
        self._by_base: dict[int, TxnIndex] = {}
        if persist and directory.exists():
            for name in os.listdir(directory):
                if name.endswith(TXN_INDEX_SUFFIX):
                    try:
                        base = offset_from_filename(name)
                    except ValueError:
                        continue
                    self._by_base[base] = TxnIndex(directory / name, base, persist=True)

    def for_segment(self, base_offset: int) -> TxnIndex:
        idx = self._by_base.get(base_offset)
        if idx is None:
            idx = TxnIndex(segment_path(self.directory, base_offset, TXN_INDEX_SUFFIX), base_offset,
                           persist=self.persist)
            self._by_base[base_offset] = idx
        return idx

    def append(self, segment_base: int, entry: AbortedTxn) -> bool:
        return self.for_segment(segment_base).append(entry)

    def all_entries(self) -> list[AbortedTxn]:
        return [e for base in sorted(self._by_base) for e in self._by_base[base].entries]

    def collect(self, fetch_offset: int, upper_offset: int, segment_bases: Iterable[int]) -> list[AbortedTxn]:
        """Kafka's collectAbortedTransactions: scan from the segment holding `fetch_offset` onwards."""
        bases = sorted(segment_bases)
        start = 0
        for i, base in enumerate(bases):
            if base <= fetch_offset:
                start = i
        out: list[AbortedTxn] = []
        for base in bases[start:]:
            idx = self._by_base.get(base)
            if idx is None:
                continue
            found, complete = idx.collect(fetch_offset, upper_offset)
            out.extend(found)
            if complete:
                break
        return out

    def truncate_to(self, offset: int) -> None:
        for base in sorted(self._by_base):
            idx = self._by_base[base]
            if base >= offset and not any(e.last_offset < offset for e in idx.entries):
                idx.delete()
                del self._by_base[base]
            else:
                idx.truncate_to(offset)

    def retain_segments(self, live_bases: Iterable[int]) -> None:
        """Drop the indexes of segments that no longer exist (retention, deletion)."""
        live = set(live_bases)
        for base in [b for b in self._by_base if b not in live]:
            self._by_base.pop(base).delete()

    def delete_all(self) -> None:
        for idx in self._by_base.values():
            idx.delete()
        self._by_base.clear()
