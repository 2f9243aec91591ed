"""The group coordinator: sans-IO state machines for consumer groups and their offsets.

`GroupCoordinator` (in `coordinator`) is fed requests and `tick(now_ms)` calls and emits
responses, deferred completions and `__consumer_offsets` records; the asyncio adapter in
`kpybroker.handlers.groups` does the IO.
"""

from kpybroker.coordinator.config import CoordinatorConfig
from kpybroker.coordinator.coordinator import GroupCoordinator, Pending
from kpybroker.coordinator.hashing import java_string_hash, partition_for
from kpybroker.coordinator.records import CoordinatorRecord

__all__ = [
    "CoordinatorConfig",
    "CoordinatorRecord",
    "GroupCoordinator",
    "Pending",
    "java_string_hash",
    "partition_for",
]
