"""The replicated log as the Raft core sees it: an in-memory list of entries after a snapshot.

This is the core's working copy. A durable implementation (segments on `log/`) mirrors it
from `Ready.append_entries` / `Ready.truncate_to` / `Ready.new_snapshot` /
`Ready.snapshot_to_load`, and on restart hands a `RaftLog` rebuilt from disk to the node.
One entry is one record; a proposed batch of N records takes N consecutive offsets.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from controller.raft.voter_set import VoterSet


@dataclass(frozen=True, slots=True, order=True)
class OffsetAndEpoch:
    """A log position. Ordered by epoch first, as Kafka compares log ends in elections."""

    epoch: int
    offset: int


@dataclass(frozen=True, slots=True)
class SnapshotId:
    """`SnapshotId` of the specs: the snapshot holds every offset below `end_offset`."""

    end_offset: int
    epoch: int


@dataclass(frozen=True, slots=True)
class LeaderChange:
    """`LeaderChangeMessage` control record content (version 0 fields)."""

    leader_id: int
    voters: tuple[int, ...]
    granting_voters: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Entry:
    offset: int
    epoch: int
    payload: bytes = b""
    leader_change: LeaderChange | None = None
    # KIP-853 control records: a `VotersRecord` (the new voter set) or a `KRaftVersionRecord`.
    voters: VoterSet | None = None
    kraft_version: int | None = None

    @property
    def is_control(self) -> bool:
        return self.leader_change is not None or self.voters is not None or self.kraft_version is not None


@dataclass(frozen=True, slots=True)
class Snapshot:
    snapshot_id: SnapshotId
    data: bytes
    # The voter set in force at the snapshot's end (kraft.version 1); None under static voters.
    voters: VoterSet | None = None


@dataclass(slots=True)
class _EpochStart:
    epoch: int
    start_offset: int


@dataclass
class RaftLog:
    """Entries `[start_offset, end_offset)`, preceded by an optional snapshot."""

    snapshot: Snapshot | None = None
    _entries: list[Entry] = field(default_factory=list)
    # Like Kafka's leader-epoch-checkpoint: the first offset of every epoch present.
    _epochs: list[_EpochStart] = field(default_factory=list)
    # (offset, voter set) of every VotersRecord entry present, in offset order.
    _voter_changes: list[tuple[int, VoterSet]] = field(default_factory=list)

    @classmethod
    def from_entries(cls, entries: Iterable[Entry], snapshot: Snapshot | None = None) -> RaftLog:
        log = cls(snapshot=snapshot)
        log.append(list(entries))
        return log

    def clone(self) -> RaftLog:
        return RaftLog.from_entries(self._entries, self.snapshot)

    @property
    def start_offset(self) -> int:
        return self.snapshot.snapshot_id.end_offset if self.snapshot is not None else 0

    @property
    def end_offset(self) -> int:
        return self.start_offset + len(self._entries)

    @property
    def last_epoch(self) -> int:
        if self._entries:
            return self._entries[-1].epoch
        return self.snapshot.snapshot_id.epoch if self.snapshot is not None else 0

    @property
    def end_offset_and_epoch(self) -> OffsetAndEpoch:
        return OffsetAndEpoch(self.last_epoch, self.end_offset)

    @property
    def snapshot_id(self) -> SnapshotId | None:
        return self.snapshot.snapshot_id if self.snapshot is not None else None

    def latest_voters(self) -> VoterSet | None:
        """The voter set in force: the last VotersRecord held, committed or not (KIP-853)."""
        if self._voter_changes:
            return self._voter_changes[-1][1]
        return self.snapshot.voters if self.snapshot is not None else None

    def latest_voters_offset(self) -> int:
        """Offset of the last VotersRecord entry, -1 if it came from the snapshot or nowhere."""
        return self._voter_changes[-1][0] if self._voter_changes else -1

    def voters_at(self, end_offset: int) -> VoterSet | None:
        """The voter set in force for a log ending at `end_offset` (entries below it)."""
        found = self.snapshot.voters if self.snapshot is not None else None
        for offset, voters in self._voter_changes:
            if offset >= end_offset:
                break
            found = voters
        return found

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def entry(self, offset: int) -> Entry:
        if not self.start_offset <= offset < self.end_offset:
            raise IndexError(f"offset {offset} outside [{self.start_offset}, {self.end_offset})")
        return self._entries[offset - self.start_offset]

    def epoch_at(self, offset: int) -> int:
        """Epoch of the entry at `offset`; the snapshot's epoch for its last offset."""
        if offset == self.start_offset - 1 and self.snapshot is not None:
            return self.snapshot.snapshot_id.epoch
        return self.entry(offset).epoch

    def read(self, offset: int, max_entries: int) -> tuple[Entry, ...]:
        lo = max(offset, self.start_offset) - self.start_offset
        return tuple(self._entries[lo : lo + max_entries])

    def append(self, entries: list[Entry]) -> None:
        for e in entries:
            if e.offset != self.end_offset:
                raise ValueError(f"append at {e.offset}, log end is {self.end_offset}")
            if e.epoch < self.last_epoch:
                raise ValueError(f"append of epoch {e.epoch} after epoch {self.last_epoch}")
            if not self._epochs or self._epochs[-1].epoch != e.epoch:
                self._epochs.append(_EpochStart(e.epoch, e.offset))
            self._entries.append(e)
            if e.voters is not None:
                self._voter_changes.append((e.offset, e.voters))

    def truncate_to(self, offset: int) -> None:
        """Remove every entry at or above `offset`."""
        if offset < self.start_offset:
            raise ValueError(f"cannot truncate to {offset} below log start {self.start_offset}")
        if offset >= self.end_offset:
            return
        del self._entries[offset - self.start_offset :]
        while self._epochs and self._epochs[-1].start_offset >= offset:
            self._epochs.pop()
        while self._voter_changes and self._voter_changes[-1][0] >= offset:
            self._voter_changes.pop()

    def epoch_end_offset(self, epoch: int) -> OffsetAndEpoch:
        """The largest epoch <= `epoch` in this log and the offset where it ends.

        When `epoch` is older than anything held, answers (`epoch`, log start): everything
        the asker has for that epoch diverges from this log.
        """
        if epoch >= self.last_epoch:
            return OffsetAndEpoch(self.last_epoch, self.end_offset)
        keys = [s.epoch for s in self._epochs]
        i = bisect.bisect_right(keys, epoch) - 1
        if i >= 0:
            nxt = self._epochs[i + 1].start_offset if i + 1 < len(self._epochs) else self.end_offset
            return OffsetAndEpoch(self._epochs[i].epoch, nxt)
        if self.snapshot is not None and self.snapshot.snapshot_id.epoch <= epoch:
            return OffsetAndEpoch(self.snapshot.snapshot_id.epoch, self.start_offset)
        return OffsetAndEpoch(epoch, self.start_offset)

    def take_snapshot(self, snapshot: Snapshot) -> None:
        """Replace the prefix below `snapshot.end_offset` with the snapshot."""
        sid = snapshot.snapshot_id
        if not self.start_offset <= sid.end_offset <= self.end_offset:
            raise ValueError(
                f"snapshot end {sid.end_offset} outside [{self.start_offset}, {self.end_offset}]"
            )
        if sid.end_offset > 0 and self.epoch_at(sid.end_offset - 1) != sid.epoch:
            raise ValueError(f"snapshot epoch {sid.epoch} does not match the log at {sid.end_offset - 1}")
        if snapshot.voters is None:
            voters = self.voters_at(sid.end_offset)
            if voters is not None:
                snapshot = replace(snapshot, voters=voters)
        kept = self._entries[sid.end_offset - self.start_offset :]
        self.snapshot = snapshot
        self._entries = []
        self._epochs = []
        self._voter_changes = []
        self.append(kept)

    def reset_to_snapshot(self, snapshot: Snapshot) -> None:
        """Drop everything and start the log right after `snapshot` (a follower loading it)."""
        self.snapshot = snapshot
        self._entries = []
        self._epochs = []
        self._voter_changes = []
