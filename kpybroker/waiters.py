"""Long-poll fetch waiters: futures woken by appends to the partitions they watch."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

TopicPartition = tuple[str, int]


class FetchWaiters:
    """Tracks fetches parked on partitions until data arrives or their deadline passes."""

    def __init__(self) -> None:
        self._by_partition: dict[TopicPartition, set[asyncio.Future[None]]] = {}

    def park(self, partitions: Iterable[TopicPartition]) -> asyncio.Future[None]:
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        keys = list(partitions)
        for tp in keys:
            self._by_partition.setdefault(tp, set()).add(fut)
        fut.add_done_callback(lambda f: self._forget(f, keys))
        return fut

    def _forget(self, fut: asyncio.Future[None], keys: list[TopicPartition]) -> None:
        for tp in keys:
            waiting = self._by_partition.get(tp)
            if waiting is not None:
                waiting.discard(fut)
                if not waiting:
                    del self._by_partition[tp]

    def wake(self, tp: TopicPartition) -> None:
        waiting = self._by_partition.get(tp)
        if not waiting:
            return
        for fut in list(waiting):
            if not fut.done():
                fut.set_result(None)

    def wake_all(self) -> None:
        for tp in list(self._by_partition):
            self.wake(tp)
