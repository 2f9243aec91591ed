"""acks=all purgatory: produce responses parked until the high watermark passes their batch.

Keyed by partition. `complete(tp, high_watermark, isr_size, min_isr)` answers every waiter
whose required offset the high watermark has reached; as in Kafka's DelayedProduce, one that
completes while the ISR has fallen below min.insync.replicas gets
NOT_ENOUGH_REPLICAS_AFTER_APPEND. Leadership loss answers NOT_LEADER_OR_FOLLOWER; the
deadline is the caller's (`asyncio.wait_for`), giving REQUEST_TIMED_OUT.
"""

from __future__ import annotations

import asyncio

from protocol.errors import ErrorCode

TopicPartition = tuple[str, int]


class AckWaiters:
    def __init__(self) -> None:
        self._by_partition: dict[TopicPartition, list[tuple[int, asyncio.Future[int]]]] = {}

    def park(self, tp: TopicPartition, required_offset: int) -> asyncio.Future[int]:
        """A future resolved with the partition's error code once the HW reaches `required_offset`."""
        fut: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._by_partition.setdefault(tp, []).append((required_offset, fut))
        return fut

    def pending(self, tp: TopicPartition) -> int:
        return len(self._by_partition.get(tp, ()))

    def complete(self, tp: TopicPartition, high_watermark: int, isr_size: int, min_isr: int) -> None:
        waiting = self._by_partition.get(tp)
        if not waiting:
            return
        code = int(ErrorCode.NONE) if isr_size >= min_isr else int(ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND)
        keep = []
        for required, fut in waiting:
            if fut.done():
                continue
            if high_watermark >= required:
                fut.set_result(code)
            else:
                keep.append((required, fut))
        if keep:
            self._by_partition[tp] = keep
        else:
            del self._by_partition[tp]

    def fail(self, tp: TopicPartition, error: int) -> None:
        for _, fut in self._by_partition.pop(tp, ()):
            if not fut.done():
                fut.set_result(int(error))

    def fail_all(self, error: int) -> None:
        for tp in list(self._by_partition):
            self.fail(tp, error)
