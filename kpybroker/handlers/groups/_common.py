"""Helpers the group handlers share: the service lookup, request info, deferred shaping."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from kpybroker.coordinator.requests import RequestInfo

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.handlers.groups.service import GroupService
    from kpybroker.network import RequestContext


def service(broker: Broker) -> GroupService:
    svc = broker.groups
    if svc is None:
        # Fallback when the broker did not build us at start-up: build (and load) on first use;
        # the broker's housekeeping then finds and ticks it through `broker.groups`.
        from kpybroker.handlers.groups import make_group_coordinator

        svc = make_group_coordinator(broker)
        broker.groups = svc
    return svc  # type: ignore[no-any-return]


def info_of(ctx: RequestContext) -> RequestInfo:
    host = ctx.client_host or ""
    # Kafka reports the client address as InetAddress.toString(): "/1.2.3.4".
    return RequestInfo(api_version=ctx.api_version, client_id=ctx.client_id, client_host=f"/{host}" if host else "")


def finish(result: Any, shape: Callable[[Any], Any]) -> Any:
    """Shape a response now, or once its future resolves."""
    if isinstance(result, Awaitable):
        return _shaped(result, shape)
    return shape(result)


async def _shaped(fut: Awaitable[Any], shape: Callable[[Any], Any]) -> Any:
    return shape(await fut)
