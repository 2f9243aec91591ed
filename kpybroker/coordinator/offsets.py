"""Committed offsets per group, and the retention rule that expires them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class CommittedOffset:
    offset: int
    leader_epoch: int
    metadata: str
    commit_timestamp_ms: int
    expire_timestamp_ms: int | None = None


@dataclass(slots=True)
class OffsetStore:
    """group id -> topic -> partition -> CommittedOffset."""

    _by_group: dict[str, dict[str, dict[int, CommittedOffset]]] = field(default_factory=dict)

    def put(self, group_id: str, topic: str, partition: int, value: CommittedOffset) -> None:
        self._by_group.setdefault(group_id, {}).setdefault(topic, {})[partition] = value

    def delete(self, group_id: str, topic: str, partition: int) -> bool:
        topics = self._by_group.get(group_id)
        if topics is None or partition not in topics.get(topic, {}):
            return False
        del topics[topic][partition]
        if not topics[topic]:
            del topics[topic]
        if not topics:
            del self._by_group[group_id]
        return True

    def get(self, group_id: str, topic: str, partition: int) -> CommittedOffset | None:
        return self._by_group.get(group_id, {}).get(topic, {}).get(partition)

    def group_offsets(self, group_id: str) -> dict[str, dict[int, CommittedOffset]]:
        return self._by_group.get(group_id, {})

    def has_offsets(self, group_id: str) -> bool:
        return bool(self._by_group.get(group_id))

    def delete_group(self, group_id: str) -> list[tuple[str, int]]:
        topics = self._by_group.pop(group_id, {})
        return [(t, p) for t, parts in topics.items() for p in parts]

    def groups(self) -> Iterator[str]:
        return iter(list(self._by_group))

    def topics_of(self, group_id: str) -> set[str]:
        return set(self._by_group.get(group_id, {}))

    def expired(
        self,
        group_id: str,
        now_ms: int,
        retention_ms: int,
        base_timestamp: Callable[[CommittedOffset], int],
        topic_filter: Callable[[str], bool],
    ) -> list[tuple[str, int]]:
        """Offsets past retention: explicit expiry if the commit carried one, else base + retention."""
        out: list[tuple[str, int]] = []
        for topic, parts in self._by_group.get(group_id, {}).items():
            if not topic_filter(topic):
                continue
            for partition, value in parts.items():
                if value.expire_timestamp_ms is not None and value.expire_timestamp_ms >= 0:
                    if now_ms >= value.expire_timestamp_ms:
                        out.append((topic, partition))
                elif now_ms - base_timestamp(value) >= retention_ms:
                    out.append((topic, partition))
        return out
