"""Leader-side view of a replicated partition: followers' progress, high watermark, ISR.

Sans-IO: the caller feeds follower fetches and ticks (with `now_ms`) and gets back the new
high watermark and the ISR change to propose. Kafka's `Partition` keeps the same state: a
committed ISR (from the metadata image or an AlterPartition answer) and, while an
AlterPartition is in flight, the proposed one. The high watermark is computed over the
*maximal* ISR (committed ∪ proposed) so that neither a pending shrink nor a pending expand
can ever advance it past what a replica that may end up in the ISR holds.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

UNKNOWN_OFFSET = -1


@dataclass(slots=True)
class FollowerProgress:
    replica_id: int
    log_end_offset: int = UNKNOWN_OFFSET
    last_caught_up_ms: int = 0
    last_fetch_ms: int = 0
    # The leader's log end when this follower last fetched: reaching it later still counts
    # as having been caught up at that earlier time (Kafka's lastFetchLeaderLogEndOffset).
    last_fetch_leader_leo: int = UNKNOWN_OFFSET
    broker_epoch: int = -1


@dataclass(slots=True)
class LeaderState:
    leader_id: int
    replicas: tuple[int, ...]
    isr: tuple[int, ...]
    leader_epoch: int
    partition_epoch: int
    # Where this leader epoch starts: a follower below it is never in sync.
    epoch_start_offset: int
    min_insync_replicas: int = 1
    proposed_isr: tuple[int, ...] | None = None
    followers: dict[int, FollowerProgress] = field(default_factory=dict)

    @classmethod
    def become_leader(
        cls, leader_id: int, replicas: Iterable[int], isr: Iterable[int], leader_epoch: int,
        partition_epoch: int, log_end_offset: int, now_ms: int, min_insync_replicas: int = 1,
    ) -> LeaderState:
        replicas_t = tuple(replicas)
        isr_t = tuple(isr)
        state = cls(leader_id, replicas_t, isr_t, leader_epoch, partition_epoch, log_end_offset,
                    min_insync_replicas)
        for r in replicas_t:
            if r != leader_id:
                # ISR members get a fresh lag clock: a new leader cannot know how far behind they are.
                caught_up = now_ms if r in isr_t else 0
                state.followers[r] = FollowerProgress(r, last_caught_up_ms=caught_up)
        return state

    # -- metadata ------------------------------------------------------------------------------
    def update_from_metadata(
        self, replicas: Iterable[int], isr: Iterable[int], partition_epoch: int, now_ms: int,
        min_insync_replicas: int,
    ) -> None:
        """Same leader epoch, newer partition state (our own AlterPartition or a fencing)."""
        self.min_insync_replicas = min_insync_replicas
        if partition_epoch < self.partition_epoch:
            return
        self.replicas = tuple(replicas)
        for r in self.replicas:
            if r != self.leader_id and r not in self.followers:
                self.followers[r] = FollowerProgress(r)
        for r in [r for r in self.followers if r not in self.replicas]:
            del self.followers[r]
        self.commit_isr(tuple(isr), partition_epoch)
        del now_ms

    def commit_isr(self, isr: tuple[int, ...], partition_epoch: int) -> None:
        if partition_epoch < self.partition_epoch:
            return
        if partition_epoch > self.partition_epoch or self.proposed_isr == isr:
            self.proposed_isr = None
        self.isr = isr
        self.partition_epoch = partition_epoch

    def abort_proposal(self) -> None:
        self.proposed_isr = None

    @property
    def maximal_isr(self) -> tuple[int, ...]:
        if self.proposed_isr is None:
            return self.isr
        return self.isr + tuple(r for r in self.proposed_isr if r not in self.isr)

    # -- follower fetches ----------------------------------------------------------------------
    def record_fetch(
        self, replica_id: int, fetch_offset: int, now_ms: int, leader_log_end_offset: int, broker_epoch: int = -1
    ) -> bool:
        """A follower fetched from `fetch_offset` (so holds everything below it). False if it is
        not a replica of this partition."""
        f = self.followers.get(replica_id)
        if f is None:
            return False
        if fetch_offset >= leader_log_end_offset:
            f.last_caught_up_ms = max(f.last_caught_up_ms, now_ms)
        elif f.last_fetch_leader_leo != UNKNOWN_OFFSET and fetch_offset >= f.last_fetch_leader_leo:
            f.last_caught_up_ms = max(f.last_caught_up_ms, f.last_fetch_ms)
        f.log_end_offset = fetch_offset
        f.last_fetch_ms = now_ms
        f.last_fetch_leader_leo = leader_log_end_offset
        f.broker_epoch = broker_epoch
        return True

    def high_watermark(self, leader_log_end_offset: int) -> int:
        """Min log end over the maximal ISR (the leader counts with its own log end)."""
        hw = leader_log_end_offset
        for r in self.maximal_isr:
            if r == self.leader_id:
                continue
            f = self.followers.get(r)
            if f is None or f.log_end_offset == UNKNOWN_OFFSET:
                return -1  # not known yet: the caller keeps its current high watermark
            hw = min(hw, f.log_end_offset)
        return hw

    # -- ISR changes ---------------------------------------------------------------------------
    def in_sync(self, replica_id: int, high_watermark: int) -> bool:
        f = self.followers.get(replica_id)
        return (
            f is not None
            and f.log_end_offset != UNKNOWN_OFFSET
            and f.log_end_offset >= high_watermark
            and f.log_end_offset >= self.epoch_start_offset
        )

    def out_of_sync(self, now_ms: int, lag_max_ms: int, leader_log_end_offset: int) -> list[int]:
        out = []
        for r in self.isr:
            if r == self.leader_id:
                continue
            f = self.followers.get(r)
            if f is None:
                out.append(r)
                continue
            caught_up_now = f.log_end_offset >= leader_log_end_offset
            if not caught_up_now and now_ms - f.last_caught_up_ms > lag_max_ms:
                out.append(r)
        return out

    def isr_change(
        self, now_ms: int, lag_max_ms: int, leader_log_end_offset: int, high_watermark: int,
        eligible: Collection[int],
    ) -> tuple[int, ...] | None:
        """The ISR to propose now, or None (no change, or a proposal already in flight).
        `eligible` holds the live (registered, unfenced, not shutting down) brokers."""
        if self.proposed_isr is not None:
            return None
        isr = list(self.isr)
        drop = set(self.out_of_sync(now_ms, lag_max_ms, leader_log_end_offset))
        isr = [r for r in isr if r not in drop]
        for r in self.replicas:
            if r not in isr and r != self.leader_id and r in eligible and self.in_sync(r, high_watermark):
                isr.append(r)
        if self.leader_id not in isr:
            isr.insert(0, self.leader_id)
        new = tuple(isr)
        if set(new) == set(self.isr):
            return None
        return new
