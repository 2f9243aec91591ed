"""What a `RaftNode` asks its driver to do, and results of `propose`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from controller.raft.messages import Message
from controller.raft.quorum_state import QuorumStateRecord
from controller.raft.raft_log import Entry, Snapshot
from controller.raft.voter_set import ZERO_UUID


@dataclass(frozen=True, slots=True)
class LeaderInfo:
    leader_id: int
    epoch: int


@dataclass(frozen=True, slots=True)
class NotLeader:
    """`propose` on a non-leader: who the leader is, if known (-1 otherwise)."""

    leader_id: int
    epoch: int


@dataclass(frozen=True, slots=True)
class ReplicaDescription:
    """DescribeQuorum `ReplicaState`: `log_end_offset` is the last fetch offset (-1 unknown)."""

    replica_id: int
    log_end_offset: int
    last_fetch_timestamp: int
    directory_id: uuid.UUID = ZERO_UUID


@dataclass(frozen=True, slots=True)
class QuorumDescription:
    """DescribeQuorum's partition data, from the leader."""

    leader_id: int
    leader_epoch: int
    high_watermark: int
    current_voters: tuple[ReplicaDescription, ...]
    observers: tuple[ReplicaDescription, ...]


@dataclass(frozen=True, slots=True)
class VoterChangeResult:
    """The outcome of a voter change the driver asked for (`token` is the driver's)."""

    token: int
    error_code: int
    error_message: str | None = None


@dataclass(slots=True)
class Ready:
    """A batch of work, applied by the driver in this order, then acknowledged by `advance`.

    1. `persist_state`: write `quorum-state` durably (fsync).
    2. Storage: if `install_snapshot` (a snapshot fetched from the leader), write
       `snapshot_to_load` and replace the whole log with it; then `truncate_to` (drop offsets
       >= it), then `append_entries`; if `new_snapshot` (taken locally), write it and drop the
       prefix it covers. Flush. (At start-up `snapshot_to_load` is the log's own latest
       snapshot, already on disk: `install_snapshot` is False.)
    3. Only then send `messages` (a vote or a fetch offset must never run ahead of the disk).
    4. Hand `snapshot_to_load` (if any) and then `committed` to the state machine.
    """

    messages: list[tuple[int, Message]] = field(default_factory=list)
    persist_state: QuorumStateRecord | None = None
    append_entries: list[Entry] = field(default_factory=list)
    truncate_to: int | None = None
    committed: list[Entry] = field(default_factory=list)
    snapshot_to_load: Snapshot | None = None
    install_snapshot: bool = False
    new_snapshot: Snapshot | None = None
    leader_changed: LeaderInfo | None = None
    # Answers to AddRaftVoter / RemoveRaftVoter / UpdateRaftVoter, by the caller's token.
    voter_changes: list[VoterChangeResult] = field(default_factory=list)
    # Bookkeeping for `advance`: the log end this batch makes durable, and the log's
    # truncation generation when it was taken (a later truncation voids the claim).
    flushed_end_offset: int = field(default=-1, repr=False)
    log_generation: int = field(default=0, repr=False)

    def is_empty(self) -> bool:
        return not (
            self.messages
            or self.persist_state is not None
            or self.append_entries
            or self.truncate_to is not None
            or self.committed
            or self.snapshot_to_load is not None
            or self.new_snapshot is not None
            or self.leader_changed is not None
            or bool(self.voter_changes)
        )
