"""The Raft log on disk: `__cluster_metadata-0` segments, `quorum-state`, snapshots.

`DurableRaftLog.load()` rebuilds the core's in-memory `RaftLog` from the latest snapshot
plus the segments after it (so restart reads only what the last snapshot does not cover);
`apply(ready)` carries out a `Ready`'s persistence steps in the order the core requires:
quorum state, snapshot install, truncation, append, local snapshot, flush.
"""

from __future__ import annotations

from pathlib import Path

import structlog

from controller.metadata_log import metadata_log_config
from controller.raft.quorum_state import PersistedState
from controller.raft.quorum_state_file import read_quorum_state, write_quorum_state
from controller.raft.raft_log import Entry, RaftLog, Snapshot
from controller.raft.ready import Ready
from controller.raft.snapshot_file import (
    delete_snapshots_before,
    list_snapshots,
    read_snapshot,
    write_snapshot,
)
from controller.raft.wire import decode_entries, encode_entries
from log.log import Log

_log = structlog.get_logger(__name__)

METADATA_PARTITION_DIR = "__cluster_metadata-0"
_READ_CHUNK = 1 << 20


class DurableRaftLog:
    def __init__(self, directory: Path, log: Log, voters: frozenset[int]) -> None:
        self.directory = directory
        self._log = log
        self._voters = voters

    @classmethod
    def open(cls, directory: Path, voters: frozenset[int], *, now_ms: int) -> DurableRaftLog:
        path = Path(directory)
        if path.name != METADATA_PARTITION_DIR:
            path = path / METADATA_PARTITION_DIR
        return cls(path, Log.open(path, metadata_log_config(), now_ms=now_ms), voters)

    @property
    def log_start_offset(self) -> int:
        return self._log.log_start_offset

    @property
    def log_end_offset(self) -> int:
        return self._log.log_end_offset

    def read_quorum_state(self) -> PersistedState:
        return read_quorum_state(self.directory)

    def load(self, now_ms: int = 0) -> RaftLog:
        """The core's log: the newest snapshot and every entry after it."""
        snapshot: Snapshot | None = None
        snapshots = list_snapshots(self.directory)
        if snapshots:
            snapshot = read_snapshot(self.directory, snapshots[-1])
        log = self._log
        if snapshot is not None:
            end = snapshot.snapshot_id.end_offset
            if log.log_end_offset < end or log.log_start_offset > end:
                # A fetched snapshot was installed but the log not yet reset (crash between).
                log.truncate_fully_and_start_at(end, now_ms=now_ms)
            elif log.log_start_offset < end:
                log.high_watermark = log.log_end_offset
                log.delete_records_before(end)
        elif log.log_start_offset > 0:
            raise ValueError(f"{self.directory}: log starts at {log.log_start_offset} but there is no snapshot")
        start = snapshot.snapshot_id.end_offset if snapshot is not None else log.log_start_offset
        entries = [e for e in self._read_from(start) if e.offset >= start]
        raft_log = RaftLog(snapshot=snapshot)
        # The segments may end in a batch the recovery kept but the core cannot take
        # (a gap); keep the contiguous prefix and cut the file to match.
        good: list[Entry] = []
        for e in entries:
            if e.offset != start + len(good) or (good and e.epoch < good[-1].epoch):
                break
            good.append(e)
        raft_log.append(good)
        if raft_log.end_offset < log.log_end_offset:
            _log.warning("raft_log_cut", directory=str(self.directory), at=raft_log.end_offset)
            log.truncate_to(raft_log.end_offset)
        _log.info(
            "raft_log_loaded",
            directory=str(self.directory),
            snapshot=None if snapshot is None else snapshot.snapshot_id,
            start=raft_log.start_offset,
            end=raft_log.end_offset,
        )
        return raft_log

    def _read_from(self, offset: int) -> list[Entry]:
        log = self._log
        out: list[Entry] = []
        offset = max(offset, log.log_start_offset)
        while offset < log.log_end_offset:
            result = log.read(offset, _READ_CHUNK)
            if not result.records:
                break
            entries = decode_entries(result.records)
            if not entries:
                break
            out.extend(entries)
            offset = entries[-1].offset + 1
        return out

    def apply(self, rd: Ready, *, now_ms: int) -> None:
        """Make `rd`'s persistent effects durable, in the order the core documents."""
        if rd.persist_state is not None:
            write_quorum_state(self.directory, rd.persist_state, self._voters)
        log = self._log
        changed = False
        if rd.install_snapshot and rd.snapshot_to_load is not None:
            snap = rd.snapshot_to_load
            write_snapshot(self.directory, snap)
            log.truncate_fully_and_start_at(snap.snapshot_id.end_offset, now_ms=now_ms)
            delete_snapshots_before(self.directory, snap.snapshot_id)
            changed = True
        if rd.truncate_to is not None and rd.truncate_to < log.log_end_offset:
            self._truncate(rd.truncate_to, now_ms)
            changed = True
        if rd.append_entries:
            self._append(rd.append_entries, now_ms)
            changed = True
        if rd.new_snapshot is not None:
            sid = rd.new_snapshot.snapshot_id
            write_snapshot(self.directory, rd.new_snapshot)
            # Segments wholly below the snapshot go; Log keeps the one holding its end.
            log.high_watermark = log.log_end_offset
            if sid.end_offset > log.log_start_offset:
                log.delete_records_before(min(sid.end_offset, log.log_end_offset))
            delete_snapshots_before(self.directory, sid)
        if changed:
            log.flush()

    def _truncate(self, offset: int, now_ms: int) -> None:
        # Segments cut at batch boundaries: re-append the head of a batch cut in the middle.
        log = self._log
        head: list[Entry] = []
        if offset > log.log_start_offset:
            found = log.read(offset, 1)
            head = [e for e in decode_entries(found.records) if e.offset < offset]
        log.truncate_to(offset)
        head = [e for e in head if e.offset >= log.log_end_offset]
        if head:
            self._append(head, now_ms)

    def _append(self, entries: list[Entry], now_ms: int) -> None:
        log = self._log
        first = entries[0].offset
        if first != log.log_end_offset:
            if first < log.log_end_offset:
                self._truncate(first, now_ms)
            else:
                raise ValueError(f"raft append at {first} but the log ends at {log.log_end_offset}")
        buf = encode_entries(entries, now_ms)
        log.append(buf, leader_epoch=entries[-1].epoch, now_ms=now_ms, assign_offsets=False,
                   check_producer_state=False)

    def close(self) -> None:
        self._log.close()
