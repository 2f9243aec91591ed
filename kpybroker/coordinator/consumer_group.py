"""The KIP-848 consumer group: members, epochs, target assignment (keyed by topic id)."""

from __future__ import annotations

import enum
import re
import uuid
from dataclasses import dataclass, field

Assignment = dict[uuid.UUID, set[int]]


class MemberState(enum.IntEnum):
    # Values are the ones Kafka stores in ConsumerGroupCurrentMemberAssignmentValue.State.
    STABLE = 0
    UNREVOKED_PARTITIONS = 1
    UNRELEASED_PARTITIONS = 2
    UNKNOWN = 127


@dataclass(slots=True)
class ConsumerMember:
    member_id: str
    instance_id: str | None = None
    rack_id: str | None = None
    client_id: str = ""
    client_host: str = ""
    subscribed_topic_names: list[str] = field(default_factory=list)
    subscribed_topic_regex: str | None = None
    server_assignor: str | None = None
    rebalance_timeout_ms: int = 300000
    member_epoch: int = 0
    previous_member_epoch: int = -1
    state: MemberState = MemberState.STABLE
    assigned: Assignment = field(default_factory=dict)
    pending_revocation: Assignment = field(default_factory=dict)


@dataclass(slots=True)
class ConsumerGroup:
    group_id: str
    group_epoch: int = 0
    assignment_epoch: int = 0
    members: dict[str, ConsumerMember] = field(default_factory=dict)
    target: dict[str, Assignment] = field(default_factory=dict)
    static_members: dict[str, str] = field(default_factory=dict)
    # The topic names the target assignment was computed over, to notice metadata changes.
    assigned_topic_shape: dict[str, int] = field(default_factory=dict)
    loaded_target: bool = False

    kind = "consumer"

    def is_empty(self) -> bool:
        return not self.members

    @property
    def state_name(self) -> str:
        if not self.members:
            return "Empty"
        if self.group_epoch > self.assignment_epoch:
            return "Assigning"
        for mem in self.members.values():
            if mem.state != MemberState.STABLE or mem.member_epoch != self.assignment_epoch:
                return "Reconciling"
        return "Stable"

    def subscribed_names(self, all_topics: list[str]) -> set[str]:
        names: set[str] = set()
        for mem in self.members.values():
            names.update(mem.subscribed_topic_names)
            if mem.subscribed_topic_regex:
                names.update(regex_matches(mem.subscribed_topic_regex, all_topics))
        return names

    def is_subscribed_to_topic(self, topic: str) -> bool:
        for mem in self.members.values():
            if topic in mem.subscribed_topic_names:
                return True
            if mem.subscribed_topic_regex and regex_matches(mem.subscribed_topic_regex, [topic]):
                return True
        return False

    def partition_epoch(self, topic_id: uuid.UUID, partition: int, exclude: str | None = None) -> int:
        """The epoch of the member holding a partition (assigned or pending revocation), -1 if free."""
        for mem in self.members.values():
            if mem.member_id == exclude:
                continue
            if partition in mem.assigned.get(topic_id, ()) or partition in mem.pending_revocation.get(topic_id, ()):
                return mem.member_epoch
        return -1


def regex_matches(pattern: str, topics: list[str]) -> list[str]:
    try:
        compiled = re.compile(pattern)
    except re.error:
        return []
    return [t for t in topics if not t.startswith("__") and compiled.fullmatch(t)]
