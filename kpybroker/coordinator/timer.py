"""A keyed deadline table: the sans-IO stand-in for Kafka's coordinator timer."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(order=True, slots=True)
class _Entry:
    deadline_ms: int
    seq: int
    key: str = field(compare=False)
    callback: Callable[[], None] = field(compare=False)
    cancelled: bool = field(default=False, compare=False)


class Timer:
    """Scheduling a key again replaces its previous deadline, as Kafka's timer does."""

    def __init__(self) -> None:
        self._heap: list[_Entry] = []
        self._by_key: dict[str, _Entry] = {}
        self._seq = itertools.count()

    def schedule(self, key: str, deadline_ms: int, callback: Callable[[], None]) -> None:
        self.cancel(key)
        entry = _Entry(deadline_ms, next(self._seq), key, callback)
        self._by_key[key] = entry
        heapq.heappush(self._heap, entry)

    def schedule_if_absent(self, key: str, deadline_ms: int, callback: Callable[[], None]) -> None:
        if key not in self._by_key:
            self.schedule(key, deadline_ms, callback)

    def cancel(self, key: str) -> None:
        entry = self._by_key.pop(key, None)
        if entry is not None:
            entry.cancelled = True

    def is_scheduled(self, key: str) -> bool:
        return key in self._by_key

    def deadline(self, key: str) -> int | None:
        entry = self._by_key.get(key)
        return entry.deadline_ms if entry is not None else None

    def run_expired(self, now_ms: int) -> int:
        """Fire every callback whose deadline has passed, earliest first; callbacks may reschedule."""
        fired = 0
        while self._heap and self._heap[0].deadline_ms <= now_ms:
            entry = heapq.heappop(self._heap)
            if entry.cancelled:
                continue
            self._by_key.pop(entry.key, None)
            entry.callback()
            fired += 1
        return fired

    def next_deadline(self) -> int | None:
        while self._heap and self._heap[0].cancelled:
            heapq.heappop(self._heap)
        return self._heap[0].deadline_ms if self._heap else None

    def clear(self) -> None:
        self._heap.clear()
        self._by_key.clear()
