"""Producer ids for idempotent and transactional producers, taken from controller blocks."""

from __future__ import annotations

from collections.abc import Callable


class ProducerIdManager:
    """Hands out producer ids from blocks the controller allocates (ProducerIdsRecord)."""

    def __init__(self, allocate_block: Callable[[], tuple[int, int]]) -> None:
        self._allocate_block = allocate_block
        self._next = 0
        self._end = 0

    def generate(self) -> int:
        if self._next >= self._end:
            first, count = self._allocate_block()
            self._next, self._end = first, first + count
        pid = self._next
        self._next += 1
        return pid
