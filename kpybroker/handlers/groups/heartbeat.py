"""Heartbeat (12): keeps a classic member alive and tells it when to rejoin."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.handlers.groups._common import info_of, service
from protocol.errors import ErrorCode
from protocol.messages import HeartbeatRequest, HeartbeatResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = HeartbeatRequest


def handle(broker: Broker, ctx: RequestContext, request: HeartbeatRequest) -> Any:
    svc = service(broker)
    error = svc.coordinator_error(request.group_id)
    if error != ErrorCode.NONE:
        return HeartbeatResponse(error_code=error)
    return svc.call(svc.core.heartbeat, request, info_of(ctx), broker.now_ms())
