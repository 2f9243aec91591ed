"""The classic (JoinGroup/SyncGroup) group: members, generation, protocol selection.

Pure data plus the invariants Kafka's `ClassicGroup` keeps; the protocol flow lives in
`classic_protocol`. Parked JoinGroup/SyncGroup responses are completion tokens (ints).
"""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass, field

from kpybroker.coordinator.subscription import subscribed_topics_of


class ClassicState(enum.Enum):
    EMPTY = "Empty"
    PREPARING_REBALANCE = "PreparingRebalance"
    COMPLETING_REBALANCE = "CompletingRebalance"
    STABLE = "Stable"
    DEAD = "Dead"


_VALID_PREVIOUS: dict[ClassicState, frozenset[ClassicState]] = {
    ClassicState.EMPTY: frozenset({ClassicState.PREPARING_REBALANCE}),
    ClassicState.PREPARING_REBALANCE: frozenset(
        {ClassicState.STABLE, ClassicState.COMPLETING_REBALANCE, ClassicState.EMPTY}
    ),
    ClassicState.COMPLETING_REBALANCE: frozenset({ClassicState.PREPARING_REBALANCE}),
    ClassicState.STABLE: frozenset({ClassicState.COMPLETING_REBALANCE}),
    ClassicState.DEAD: frozenset(
        {
            ClassicState.STABLE,
            ClassicState.PREPARING_REBALANCE,
            ClassicState.COMPLETING_REBALANCE,
            ClassicState.EMPTY,
            ClassicState.DEAD,
        }
    ),
}


@dataclass(slots=True)
class ClassicMember:
    member_id: str
    group_instance_id: str | None
    client_id: str
    client_host: str
    rebalance_timeout_ms: int
    session_timeout_ms: int
    protocol_type: str
    # (name, metadata) in the member's order of preference
    protocols: list[tuple[str, bytes]]
    assignment: bytes = b""
    awaiting_join: int | None = None
    awaiting_sync: int | None = None
    is_new: bool = False

    @property
    def protocol_names(self) -> list[str]:
        return [name for name, _ in self.protocols]

    def metadata_for(self, protocol: str | None) -> bytes:
        for name, metadata in self.protocols:
            if name == protocol:
                return metadata
        return b""

    def matches(self, protocols: list[tuple[str, bytes]]) -> bool:
        return self.protocols == protocols

    def vote(self, candidates: set[str]) -> str:
        for name in self.protocol_names:
            if name in candidates:
                return name
        raise ValueError(f"member {self.member_id} does not support any of {candidates}")

    def has_satisfied_heartbeat(self) -> bool:
        # New members can be expired while still parked in JoinGroup; parked ones are otherwise alive.
        if self.is_new:
            return False
        return self.awaiting_join is not None or self.awaiting_sync is not None


@dataclass(slots=True)
class ClassicGroup:
    group_id: str
    state: ClassicState = ClassicState.EMPTY
    previous_state: ClassicState = ClassicState.EMPTY
    state_timestamp_ms: int = -1
    generation_id: int = 0
    protocol_type: str | None = None
    protocol_name: str | None = None
    leader_id: str | None = None
    members: dict[str, ClassicMember] = field(default_factory=dict)
    static_members: dict[str, str] = field(default_factory=dict)
    pending_join_members: set[str] = field(default_factory=set)
    pending_sync_members: set[str] = field(default_factory=set)
    new_member_added: bool = False
    subscribed_topics: frozenset[str] | None = None

    kind = "classic"

    # -- state --------------------------------------------------------------------------------------
    def transition_to(self, target: ClassicState, now_ms: int) -> None:
        if self.state not in _VALID_PREVIOUS[target]:
            raise RuntimeError(f"group {self.group_id}: invalid transition {self.state.value} -> {target.value}")
        self.previous_state = self.state
        self.state = target
        self.state_timestamp_ms = now_ms

    def is_in(self, *states: ClassicState) -> bool:
        return self.state in states

    def can_rebalance(self) -> bool:
        return self.state in _VALID_PREVIOUS[ClassicState.PREPARING_REBALANCE]

    def is_empty(self) -> bool:
        return self.state == ClassicState.EMPTY

    @property
    def state_name(self) -> str:
        return self.state.value

    # -- members ------------------------------------------------------------------------------------
    def has_member(self, member_id: str) -> bool:
        return member_id in self.members

    def is_pending_member(self, member_id: str) -> bool:
        return member_id in self.pending_join_members

    def is_leader(self, member_id: str) -> bool:
        return self.leader_id == member_id

    def static_member_id(self, instance_id: str | None) -> str | None:
        return None if instance_id is None else self.static_members.get(instance_id)

    def num_awaiting_join(self) -> int:
        return sum(1 for mem in self.members.values() if mem.awaiting_join is not None)

    def has_all_members_joined(self) -> bool:
        return self.num_awaiting_join() == len(self.members) and not self.pending_join_members

    def rebalance_timeout_ms(self) -> int:
        return max((mem.rebalance_timeout_ms for mem in self.members.values()), default=0)

    def add(self, member: ClassicMember) -> None:
        if member.group_instance_id is not None:
            self.static_members[member.group_instance_id] = member.member_id
        if not self.members:
            self.protocol_type = member.protocol_type
        if self.leader_id is None:
            self.leader_id = member.member_id
        self.members[member.member_id] = member
        self.pending_join_members.discard(member.member_id)

    def remove(self, member_id: str) -> ClassicMember | None:
        removed = self.members.pop(member_id, None)
        if removed is not None and removed.group_instance_id is not None:
            if self.static_members.get(removed.group_instance_id) == member_id:
                del self.static_members[removed.group_instance_id]
        if self.leader_id == member_id:
            self.leader_id = next(iter(self.members), None)
        self.pending_join_members.discard(member_id)
        self.pending_sync_members.discard(member_id)
        return removed

    def replace_static_member(self, instance_id: str, old_member_id: str, new_member_id: str) -> ClassicMember:
        old = self.members.pop(old_member_id)
        new = ClassicMember(
            member_id=new_member_id,
            group_instance_id=old.group_instance_id,
            client_id=old.client_id,
            client_host=old.client_host,
            rebalance_timeout_ms=old.rebalance_timeout_ms,
            session_timeout_ms=old.session_timeout_ms,
            protocol_type=old.protocol_type,
            protocols=list(old.protocols),
            assignment=old.assignment,
        )
        # Carry the parked responses over so the caller can fence them explicitly.
        new.awaiting_join, new.awaiting_sync = old.awaiting_join, old.awaiting_sync
        self.members[new_member_id] = new
        if self.leader_id == old_member_id:
            self.leader_id = new_member_id
        self.static_members[instance_id] = new_member_id
        return new

    # -- protocols ----------------------------------------------------------------------------------
    def _protocol_support(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for mem in self.members.values():
            counts.update(set(mem.protocol_names))
        return counts

    def supports_protocols(self, protocol_type: str, protocol_names: list[str]) -> bool:
        if self.state == ClassicState.EMPTY:
            return bool(protocol_type) and bool(protocol_names)
        counts = self._protocol_support()
        return self.protocol_type == protocol_type and any(
            counts.get(name, 0) == len(self.members) for name in protocol_names
        )

    def candidate_protocols(self) -> set[str]:
        counts = self._protocol_support()
        return {name for name, n in counts.items() if n == len(self.members)}

    def select_protocol(self) -> str:
        candidates = self.candidate_protocols()
        votes: Counter[str] = Counter(mem.vote(candidates) for mem in self.members.values())
        # Ties go to the protocol voted first, a stable stand-in for Java's HashMap order.
        return max(votes.items(), key=lambda kv: kv[1])[0]

    def maybe_elect_new_joined_leader(self) -> bool:
        if self.leader_id is None:
            return False
        leader = self.members.get(self.leader_id)
        if leader is not None and leader.awaiting_join is not None:
            return True
        for mem in self.members.values():
            if mem.awaiting_join is not None:
                self.leader_id = mem.member_id
                return True
        return False

    def init_next_generation(self, now_ms: int) -> None:
        self.generation_id += 1
        if self.members:
            self.protocol_name = self.select_protocol()
            self.subscribed_topics = self.compute_subscribed_topics()
            self.transition_to(ClassicState.COMPLETING_REBALANCE, now_ms)
        else:
            self.protocol_name = None
            self.subscribed_topics = self.compute_subscribed_topics()
            self.transition_to(ClassicState.EMPTY, now_ms)
        self.pending_sync_members.clear()

    def uses_consumer_protocol(self) -> bool:
        return self.protocol_type == "consumer"

    def compute_subscribed_topics(self) -> frozenset[str] | None:
        if not self.uses_consumer_protocol():
            return None
        if not self.members:
            return frozenset()
        if self.protocol_name is None:
            return None
        topics: set[str] = set()
        for mem in self.members.values():
            found = subscribed_topics_of(mem.metadata_for(self.protocol_name))
            if found is None:
                return None
            topics.update(found)
        return frozenset(topics)

    def is_subscribed_to_topic(self, topic: str) -> bool:
        if self.subscribed_topics is None:
            return self.uses_consumer_protocol()
        return topic in self.subscribed_topics

    def has_received_sync_from_all(self) -> bool:
        return not self.pending_sync_members
