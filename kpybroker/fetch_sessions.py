"""Incremental fetch sessions (KIP-227), as Kafka's FetchManager keeps them.

A session remembers, per partition, what the client asked for last (offset, max
bytes) and what it was last told (high watermark, last stable offset, log start).
Incremental requests carry only what changed; incremental responses carry only
partitions with records, errors or moved offsets.
"""

from __future__ import annotations

import random
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field

# The key of a partition in a session: name (fetch < v13) or topic id (v13+), and index.
PartitionKey = tuple[str | None, uuid.UUID, int]

INITIAL_EPOCH = 0
FINAL_EPOCH = -1


@dataclass(slots=True)
class SessionPartition:
    topic: str | None
    topic_id: uuid.UUID
    partition: int
    fetch_offset: int
    max_bytes: int
    current_leader_epoch: int = -1
    last_fetched_epoch: int = -1
    high_watermark: int = -1
    last_stable_offset: int = -1
    log_start_offset: int = -1


@dataclass(slots=True)
class FetchSession:
    session_id: int
    epoch: int
    uses_topic_ids: bool
    partitions: OrderedDict[PartitionKey, SessionPartition] = field(default_factory=OrderedDict)
    last_used_ms: int = 0


class FetchSessionCache:
    """Bounded cache of sessions (`max.incremental.fetch.session.cache.slots`), evicting the idlest."""

    def __init__(self, max_slots: int, *, rng: random.Random | None = None) -> None:
        self._max_slots = max_slots
        self._sessions: OrderedDict[int, FetchSession] = OrderedDict()
        self._rng = rng or random.Random()

    def get(self, session_id: int, now_ms: int) -> FetchSession | None:
        session = self._sessions.get(session_id)
        if session is not None:
            session.last_used_ms = now_ms
            self._sessions.move_to_end(session_id)
        return session

    def remove(self, session_id: int) -> None:
        self._sessions.pop(session_id, None)

    def create(self, uses_topic_ids: bool, now_ms: int) -> FetchSession | None:
        if self._max_slots <= 0:
            return None
        while len(self._sessions) >= self._max_slots:
            self._sessions.popitem(last=False)
        session_id = 0
        while session_id == 0 or session_id in self._sessions:
            session_id = self._rng.randint(1, 0x7FFFFFFF)
        session = FetchSession(session_id, INITIAL_EPOCH + 1, uses_topic_ids, last_used_ms=now_ms)
        self._sessions[session_id] = session
        return session

    def __len__(self) -> int:
        return len(self._sessions)
