"""The persisted election state and its `quorum-state` file form.

Kafka's `quorum-state` file is one line of JSON: `QuorumStateData` (raft/QuorumStateData.json)
in its JSON converter form plus `"data_version"`. Static voters (kraft.version 0) use data
version 0, which also carries `clusterId`, `appliedOffset` and `currentVoters`.
"""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass

NOT_VOTED = -1
ZERO_UUID = uuid.UUID(int=0)


@dataclass(frozen=True, slots=True)
class QuorumStateRecord:
    """ElectionState: the epoch, and the leader and/or the vote cast in it (-1 for none)."""

    leader_epoch: int = 0
    leader_id: int = -1
    voted_id: int = NOT_VOTED


@dataclass(frozen=True, slots=True)
class PersistedState:
    """What a node finds on disk at start: the last written election state, if any."""

    quorum_state: QuorumStateRecord | None = None


def _kafka_uuid(u: uuid.UUID) -> str:
    # Kafka prints a Uuid as URL-safe base64 without padding.
    return base64.urlsafe_b64encode(u.bytes).decode("ascii").rstrip("=")


def _parse_kafka_uuid(s: str) -> uuid.UUID:
    return uuid.UUID(bytes=base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)))


def encode_quorum_state(
    record: QuorumStateRecord,
    voters: frozenset[int],
    data_version: int = 0,
    voted_directory_id: uuid.UUID = ZERO_UUID,
) -> bytes:
    """The exact line Kafka writes to `quorum-state` (without a trailing newline)."""
    obj: dict[str, object]
    if data_version == 0:
        obj = {
            "clusterId": "",
            "leaderId": record.leader_id,
            "leaderEpoch": record.leader_epoch,
            "votedId": record.voted_id,
            "appliedOffset": 0,
            "currentVoters": [{"voterId": v} for v in sorted(voters)],
        }
    elif data_version == 1:
        obj = {
            "leaderId": record.leader_id,
            "leaderEpoch": record.leader_epoch,
            "votedId": record.voted_id,
            "votedDirectoryId": _kafka_uuid(voted_directory_id),
        }
    else:
        raise ValueError(f"unsupported quorum-state data_version {data_version}")
    obj["data_version"] = data_version
    return json.dumps(obj, separators=(",", ":")).encode("utf-8")


def decode_quorum_state(data: bytes) -> QuorumStateRecord:
    """Parse a `quorum-state` file (either data version)."""
    first_line = data.decode("utf-8").splitlines()[0] if data else ""
    obj = json.loads(first_line)
    if not isinstance(obj, dict) or "data_version" not in obj:
        raise ValueError("quorum-state has no data_version field")
    version = int(obj["data_version"])
    if version not in (0, 1):
        raise ValueError(f"quorum-state data_version {version} is not within 0..1")
    if version == 1 and "votedDirectoryId" in obj:
        _parse_kafka_uuid(str(obj["votedDirectoryId"]))  # validate only; static voters ignore it
    return QuorumStateRecord(
        leader_epoch=int(obj.get("leaderEpoch", -1)),
        leader_id=int(obj.get("leaderId", -1)),
        voted_id=int(obj.get("votedId", -1)),
    )
