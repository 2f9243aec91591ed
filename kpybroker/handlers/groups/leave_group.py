"""LeaveGroup (13): one member (v0-2) or a batch of members (v3+, KIP-345) leave."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.handlers.groups._common import info_of, service
from protocol.errors import ErrorCode
from protocol.messages import LeaveGroupRequest, LeaveGroupResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = LeaveGroupRequest


def handle(broker: Broker, ctx: RequestContext, request: LeaveGroupRequest) -> Any:
    svc = service(broker)
    error = svc.coordinator_error(request.group_id)
    if error != ErrorCode.NONE:
        return LeaveGroupResponse(error_code=error)
    return svc.call(svc.core.leave_group, request, info_of(ctx), broker.now_ms())
