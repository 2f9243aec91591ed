"""The leader's view of its replicas: fetch positions, check-quorum times, high watermark."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class ReplicaProgress:
    # The offset the replica last fetched from, i.e. its (flushed) log end; -1 if unknown.
    end_offset: int = -1
    last_fetch_ms: int | None = None


@dataclass
class LeaderProgress:
    """Tracks voters (who count toward the high watermark and check quorum) and observers."""

    local_id: int
    voters: frozenset[int]
    epoch_start_offset: int
    # Check quorum counts from the start of the epoch, as if every voter had just fetched.
    start_ms: int = 0
    replicas: dict[int, ReplicaProgress] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for v in self.voters:
            self.replicas.setdefault(v, ReplicaProgress(last_fetch_ms=self.start_ms))

    def set_voters(self, voters: frozenset[int], now_ms: int) -> None:
        """A new voter set took effect (a VotersRecord was appended or truncated away).

        A voter new to the leader's view starts as if it had just fetched, like every voter
        at the start of the epoch, so check quorum does not fail at once.
        """
        self.voters = frozenset(voters)
        for v in self.voters:
            self.replicas.setdefault(v, ReplicaProgress(last_fetch_ms=now_ms))

    def update_fetch(self, replica_id: int, fetch_offset: int, now_ms: int) -> None:
        progress = self.replicas.setdefault(replica_id, ReplicaProgress())
        progress.end_offset = fetch_offset
        progress.last_fetch_ms = now_ms

    def touch(self, replica_id: int, now_ms: int) -> None:
        self.replicas.setdefault(replica_id, ReplicaProgress()).last_fetch_ms = now_ms

    def majority_end_offset(self, local_end_offset: int) -> int:
        """The largest offset a majority of voters (the leader included) have reached."""
        ends = sorted(
            (local_end_offset if v == self.local_id else self.replicas[v].end_offset for v in self.voters),
            reverse=True,
        )
        return ends[len(self.voters) // 2]

    def check_quorum_deadline(self, now_ms: int, timeout_ms: int) -> int | None:
        """When the leader must next re-check; None if a majority has gone silent (resign).

        The leader counts itself; it needs `majority - 1` other voters heard from within
        `timeout_ms`.
        """
        # Other voters needed besides the leader (all of a majority when it is being removed).
        needed = len(self.voters) // 2 + (0 if self.local_id in self.voters else 1)
        if needed == 0:
            return now_ms + timeout_ms
        times = sorted(
            (
                self.replicas[v].last_fetch_ms
                for v in self.voters
                if v != self.local_id and self.replicas[v].last_fetch_ms is not None
            ),
            reverse=True,
        )
        if len(times) < needed:
            return None
        t = times[needed - 1]
        assert t is not None
        if now_ms - t > timeout_ms:
            return None
        return t + timeout_ms + 1

    def voters_by_end_offset(self) -> tuple[int, ...]:
        """Other voters, most caught-up first: EndQuorumEpoch's preferred candidates."""
        others = [v for v in self.voters if v != self.local_id]
        return tuple(sorted(others, key=lambda v: (-self.replicas[v].end_offset, v)))
