"""The Raft core's own message types.

Each class carries exactly the fields the algorithm reads, named after the KRaft wire specs
(`VoteRequest.json`, `BeginQuorumEpochRequest.json`, `FetchRequest.json` ...) in snake_case, so
a thin adapter can map them to and from the generated `protocol.messages` classes. The
single-topic/single-partition nesting of the wire form (`Topics[0].Partitions[0]`) is flattened:
the metadata quorum only ever has `__cluster_metadata-0`.
"""

from __future__ import annotations

from dataclasses import dataclass

from controller.raft.raft_log import Entry, SnapshotId

NO_LEADER = -1


class Errors:
    """Kafka error codes the Raft APIs use (values from Kafka's `Errors` enum)."""

    NONE = 0
    NOT_LEADER_OR_FOLLOWER = 6
    BROKER_NOT_AVAILABLE = 8
    INVALID_REQUEST = 42
    FENCED_LEADER_EPOCH = 74
    UNKNOWN_LEADER_EPOCH = 75
    INCONSISTENT_VOTER_SET = 94
    SNAPSHOT_NOT_FOUND = 98
    POSITION_OUT_OF_RANGE = 99
    REQUEST_TIMED_OUT = 7
    UNSUPPORTED_VERSION = 35
    INVALID_VOTER_KEY = 125
    DUPLICATE_VOTER = 126
    VOTER_NOT_FOUND = 127


@dataclass(frozen=True, slots=True)
class LeaderIdAndEpoch:
    """`CurrentLeader` in Fetch/FetchSnapshot responses."""

    leader_id: int
    leader_epoch: int


@dataclass(frozen=True, slots=True)
class EpochEndOffset:
    """`DivergingEpoch` in a Fetch response: the largest epoch <= the follower's and its end."""

    epoch: int
    end_offset: int


@dataclass(frozen=True, slots=True)
class VoteRequest:
    replica_epoch: int
    replica_id: int
    last_offset_epoch: int
    last_offset: int
    pre_vote: bool
    voter_id: int = -1


@dataclass(frozen=True, slots=True)
class VoteResponse:
    error_code: int
    leader_id: int
    leader_epoch: int
    vote_granted: bool


@dataclass(frozen=True, slots=True)
class BeginQuorumEpochRequest:
    leader_id: int
    leader_epoch: int
    voter_id: int = -1


@dataclass(frozen=True, slots=True)
class BeginQuorumEpochResponse:
    error_code: int
    leader_id: int
    leader_epoch: int


@dataclass(frozen=True, slots=True)
class EndQuorumEpochRequest:
    leader_id: int
    leader_epoch: int
    preferred_candidates: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class EndQuorumEpochResponse:
    error_code: int
    leader_id: int
    leader_epoch: int


@dataclass(frozen=True, slots=True)
class FetchRequest:
    """A Raft fetch: `ReplicaState.ReplicaId` plus the one partition's fields."""

    replica_id: int
    current_leader_epoch: int
    fetch_offset: int
    last_fetched_epoch: int
    max_wait_ms: int
    # v18+: the replica's known high watermark (-1 unknown; Long.MAX_VALUE when unsupported).
    high_watermark: int = 0x7FFFFFFFFFFFFFFF


@dataclass(frozen=True, slots=True)
class FetchResponse:
    error_code: int
    current_leader: LeaderIdAndEpoch
    high_watermark: int = -1
    log_start_offset: int = -1
    records: tuple[Entry, ...] = ()
    diverging_epoch: EpochEndOffset | None = None
    snapshot_id: SnapshotId | None = None


@dataclass(frozen=True, slots=True)
class FetchSnapshotRequest:
    replica_id: int
    current_leader_epoch: int
    snapshot_id: SnapshotId
    position: int
    max_bytes: int = 0x7FFFFFFF


@dataclass(frozen=True, slots=True)
class FetchSnapshotResponse:
    error_code: int
    current_leader: LeaderIdAndEpoch
    snapshot_id: SnapshotId | None = None
    size: int = 0
    position: int = 0
    unaligned_records: bytes = b""


Request = VoteRequest | BeginQuorumEpochRequest | EndQuorumEpochRequest | FetchRequest | FetchSnapshotRequest
Response = (
    VoteResponse | BeginQuorumEpochResponse | EndQuorumEpochResponse | FetchResponse | FetchSnapshotResponse
)
Body = Request | Response


@dataclass(frozen=True, slots=True)
class Message:
    """One message between replicas.

    `correlation_id` pairs a response with its request, as the Kafka request header does: a
    response whose id is not the one in flight to that peer is ignored, which also discards
    duplicates and responses to timed-out requests.
    """

    source: int
    dest: int
    correlation_id: int
    body: Body

    @property
    def is_request(self) -> bool:
        return isinstance(
            self.body,
            VoteRequest
            | BeginQuorumEpochRequest
            | EndQuorumEpochRequest
            | FetchRequest
            | FetchSnapshotRequest,
        )
