"""Leader epoch cache: epoch -> start offset, persisted as `leader-epoch-checkpoint`."""

from __future__ import annotations

from pathlib import Path

from log.files import LEADER_EPOCH_CHECKPOINT, read_leader_epoch_checkpoint, write_leader_epoch_checkpoint

UNDEFINED_EPOCH = -1
UNDEFINED_EPOCH_OFFSET = -1


class LeaderEpochCache:
    def __init__(self, directory: Path, *, persist: bool = True) -> None:
        self.path = directory / LEADER_EPOCH_CHECKPOINT
        self.persist = persist
        self.entries: list[tuple[int, int]] = read_leader_epoch_checkpoint(self.path) if persist else []

    @property
    def latest_epoch(self) -> int | None:
        return self.entries[-1][0] if self.entries else None

    def _flush(self) -> None:
        if self.persist:
            write_leader_epoch_checkpoint(self.path, self.entries)

    def assign(self, epoch: int, start_offset: int) -> None:
        """Record that `epoch` starts at `start_offset` (ignored unless it is a newer epoch)."""
        if epoch < 0:
            return
        latest = self.latest_epoch
        if latest is not None and epoch <= latest:
            return
        # Entries that a newer epoch starting earlier would contradict are dropped, as Kafka.
        self.entries = [(e, o) for e, o in self.entries if o < start_offset]
        self.entries.append((epoch, start_offset))
        self._flush()

    def truncate_from_end(self, end_offset: int) -> None:
        kept = [(e, o) for e, o in self.entries if o < end_offset]
        if kept != self.entries:
            self.entries = kept
            self._flush()

    def truncate_from_start(self, start_offset: int) -> None:
        """Drop epochs wholly below the new log start; the first one kept starts at it."""
        kept: list[tuple[int, int]] = []
        for i, (epoch, offset) in enumerate(self.entries):
            next_start = self.entries[i + 1][1] if i + 1 < len(self.entries) else None
            if next_start is not None and next_start <= start_offset:
                continue
            kept.append((epoch, max(offset, start_offset)))
        if kept != self.entries:
            self.entries = kept
            self._flush()

    def end_offset_for(self, requested_epoch: int, log_end_offset: int) -> tuple[int, int]:
        """(epoch, end offset) as Kafka's LeaderEpochFileCache.endOffsetFor (OffsetForLeaderEpoch)."""
        if not self.entries or requested_epoch == UNDEFINED_EPOCH:
            return UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET
        if requested_epoch == self.entries[-1][0]:
            return requested_epoch, log_end_offset
        if requested_epoch < self.entries[0][0]:
            return UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET
        for i, (epoch, _) in enumerate(self.entries):
            if epoch > requested_epoch:
                return self.entries[i - 1][0], self.entries[i][1]
        return UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET

    def epoch_for_offset(self, offset: int) -> int | None:
        found = None
        for epoch, start in self.entries:
            if start <= offset:
                found = epoch
            else:
                break
        return found

    def clear(self) -> None:
        self.entries = []
        self._flush()
