"""Group coordinator handlers: one module per API key, plus the coordinator factory.

The broker adds `MODULES` to its handler table and calls `make_group_coordinator(broker)`
once at start-up (after its replicas exist); it then calls `.tick(now_ms)` periodically and
`.shutdown()` on stop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpybroker.handlers.groups import (
    consumer_group_describe,
    consumer_group_heartbeat,
    delete_groups,
    describe_groups,
    find_coordinator,
    heartbeat,
    join_group,
    leave_group,
    list_groups,
    offset_commit,
    offset_delete,
    offset_fetch,
    sync_group,
)
from kpybroker.handlers.groups.service import GroupService

if TYPE_CHECKING:
    from kpybroker.broker import Broker

MODULES = (
    find_coordinator,
    join_group,
    sync_group,
    heartbeat,
    leave_group,
    offset_commit,
    offset_fetch,
    offset_delete,
    describe_groups,
    list_groups,
    delete_groups,
    consumer_group_heartbeat,
    consumer_group_describe,
)


def make_group_coordinator(broker: Broker) -> GroupService:
    """Build the coordinator and load every hosted `__consumer_offsets` partition into it."""
    svc = GroupService(broker)
    svc.load()
    return svc


__all__ = ["MODULES", "GroupService", "make_group_coordinator"]
