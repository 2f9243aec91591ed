"""The KRaft voter set (KIP-853): who votes, and where to reach them.

With kraft.version 0 the voters are the static `controller.quorum.voters` ids. With
kraft.version 1 the set lives in the metadata log as `VotersRecord` control records; the
latest one in the log (committed or not) is the one in force, as KIP-853 specifies, so a
truncation can bring an older set back.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

ZERO_UUID = uuid.UUID(int=0)
# The kraft.version range this implementation speaks (VotersRecord KRaftVersionFeature).
MIN_KRAFT_VERSION = 0
MAX_KRAFT_VERSION = 1


@dataclass(frozen=True, slots=True)
class Endpoint:
    name: str
    host: str
    port: int


@dataclass(frozen=True, slots=True)
class Voter:
    """One `VotersRecord.Voter`: the replica key (id + directory id) and its endpoints."""

    voter_id: int
    directory_id: uuid.UUID = ZERO_UUID
    endpoints: tuple[Endpoint, ...] = ()
    min_kraft_version: int = MIN_KRAFT_VERSION
    max_kraft_version: int = MAX_KRAFT_VERSION

    def endpoint(self, listener: str | None = None) -> Endpoint | None:
        """The endpoint on `listener`, else the first (Kafka's default listener)."""
        for e in self.endpoints:
            if listener is None or e.name == listener:
                return e
        return self.endpoints[0] if self.endpoints else None


@dataclass(frozen=True, slots=True)
class VoterSet:
    voters: tuple[Voter, ...]

    @classmethod
    def of(cls, voters: Iterable[Voter]) -> VoterSet:
        by_id = {v.voter_id: v for v in voters}
        return cls(tuple(by_id[i] for i in sorted(by_id)))

    @classmethod
    def static(cls, endpoints: Mapping[int, tuple[str, int]], listener: str = "CONTROLLER") -> VoterSet:
        """kraft.version 0: voters known by id only (directory ids unknown)."""
        return cls.of(
            Voter(vid, ZERO_UUID, (Endpoint(listener, host, port),)) for vid, (host, port) in endpoints.items()
        )

    @property
    def ids(self) -> frozenset[int]:
        return frozenset(v.voter_id for v in self.voters)

    def get(self, voter_id: int) -> Voter | None:
        for v in self.voters:
            if v.voter_id == voter_id:
                return v
        return None

    def __contains__(self, voter_id: object) -> bool:
        return any(v.voter_id == voter_id for v in self.voters)

    def __len__(self) -> int:
        return len(self.voters)

    def with_voter(self, voter: Voter) -> VoterSet:
        return VoterSet.of([*(v for v in self.voters if v.voter_id != voter.voter_id), voter])

    def without(self, voter_id: int) -> VoterSet:
        return VoterSet(tuple(v for v in self.voters if v.voter_id != voter_id))

    def with_endpoints(self, voter_id: int, endpoints: tuple[Endpoint, ...]) -> VoterSet:
        return VoterSet(tuple(replace(v, endpoints=endpoints) if v.voter_id == voter_id else v for v in self.voters))
