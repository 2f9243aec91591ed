"""A hand-driven cluster of Raft cores for focused tests: messages move only when told."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from controller.raft import (
    Entry,
    Message,
    PersistedState,
    QuorumStateRecord,
    RaftConfig,
    RaftLog,
    RaftNode,
    Ready,
    quiet_logger,
)


@dataclass
class Member:
    node: RaftNode
    state: QuorumStateRecord | None = None
    readies: list[Ready] = field(default_factory=list)
    applied: list[Entry] = field(default_factory=list)


class Cluster:
    def __init__(
        self,
        voters: int = 3,
        observers: int = 0,
        logs: dict[int, RaftLog] | None = None,
        states: dict[int, QuorumStateRecord] | None = None,
        config: RaftConfig | None = None,
    ) -> None:
        self.voter_ids = frozenset(range(1, voters + 1))
        self.config = config or RaftConfig()
        self.now = 0
        self.queue: deque[Message] = deque()
        self.members: dict[int, Member] = {}
        self.blocked: set[int] = set()
        for i in range(1, voters + observers + 1):
            log = (logs or {}).get(i, RaftLog())
            st = (states or {}).get(i)
            node = RaftNode(
                i, self.voter_ids, PersistedState(st), log, self.config, rng_seed=i, logger=quiet_logger()
            )
            self.members[i] = Member(node, st)
            self.drain(i)

    def __getitem__(self, node_id: int) -> RaftNode:
        return self.members[node_id].node

    def drain(self, node_id: int) -> None:
        m = self.members[node_id]
        while m.node.has_ready():
            rd = m.node.ready()
            if rd.persist_state is not None:
                m.state = rd.persist_state
            m.readies.append(rd)
            m.applied.extend(rd.committed)
            self.queue.extend(msg for _, msg in rd.messages)
            m.node.advance(rd)

    def tick(self, node_id: int, now: int | None = None) -> None:
        if now is not None:
            self.now = max(self.now, now)
        self[node_id].tick(self.now)
        self.drain(node_id)

    def tick_to_deadline(self, node_id: int) -> None:
        deadline = self[node_id].next_deadline_ms()
        assert deadline is not None
        self.tick(node_id, deadline)

    def deliver_one(self) -> Message | None:
        while self.queue:
            msg = self.queue.popleft()
            if msg.source in self.blocked or msg.dest in self.blocked or msg.dest not in self.members:
                continue
            self[msg.dest].step(msg, self.now)
            self.drain(msg.dest)
            return msg
        return None

    def pump(self, until: Callable[[], bool] | None = None, limit: int = 10_000) -> list[Message]:
        """Deliver queued messages in order until quiet (or `until()` holds)."""
        delivered: list[Message] = []
        for _ in range(limit):
            if until is not None and until():
                return delivered
            msg = self.deliver_one()
            if msg is None:
                return delivered
            delivered.append(msg)
        raise AssertionError("message storm: the cluster did not go quiet")

    def advance_time(self, ms: int, rounds: int = 50) -> None:
        """Move the clock forward, firing every node's timers and delivering traffic."""
        end = self.now + ms
        for _ in range(rounds * len(self.members)):
            self.pump()
            due = [
                (d, i)
                for i, m in self.members.items()
                if i not in self.blocked and (d := m.node.next_deadline_ms()) is not None and d <= end
            ]
            if not due:
                break
            d, i = min(due)
            self.tick(i, max(d, self.now))
        self.now = end
        for i in self.members:
            if i not in self.blocked:
                self.tick(i)
        self.pump()

    def leaders(self) -> list[int]:
        from controller.raft import Role

        return [i for i, m in self.members.items() if m.node.role is Role.LEADER]
