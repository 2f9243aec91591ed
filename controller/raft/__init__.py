"""Sans-IO KRaft consensus core: Vote (with pre-vote), Begin/EndQuorumEpoch, pull-based
Fetch replication, FetchSnapshot, and the persisted quorum state."""

from controller.raft.config import RaftConfig
from controller.raft.messages import Errors, Message
from controller.raft.node import RaftNode, Role, quiet_logger
from controller.raft.quorum_state import (
    PersistedState,
    QuorumStateRecord,
    decode_quorum_state,
    encode_quorum_state,
)
from controller.raft.raft_log import Entry, LeaderChange, OffsetAndEpoch, RaftLog, Snapshot, SnapshotId
from controller.raft.ready import LeaderInfo, NotLeader, QuorumDescription, Ready, ReplicaDescription

__all__ = [
    "Entry",
    "Errors",
    "LeaderChange",
    "LeaderInfo",
    "Message",
    "NotLeader",
    "OffsetAndEpoch",
    "PersistedState",
    "QuorumStateRecord",
    "RaftConfig",
    "RaftLog",
    "RaftNode",
    "QuorumDescription",
    "Ready",
    "ReplicaDescription",
    "Role",
    "Snapshot",
    "SnapshotId",
    "decode_quorum_state",
    "encode_quorum_state",
    "quiet_logger",
]
