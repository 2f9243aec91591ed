"""SyncGroup (14): followers park until the leader's assignment is stored."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.handlers.groups._common import finish, info_of, service
from protocol.errors import ErrorCode
from protocol.messages import SyncGroupRequest, SyncGroupResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = SyncGroupRequest


def handle(broker: Broker, ctx: RequestContext, request: SyncGroupRequest) -> Any:
    svc = service(broker)
    version = ctx.api_version
    error = svc.coordinator_error(request.group_id)
    if error != ErrorCode.NONE:
        return SyncGroupResponse(error_code=error)
    result = svc.call(svc.core.sync_group, request, info_of(ctx), broker.now_ms())
    return finish(result, lambda r: shape(r, version))


def shape(resp: SyncGroupResponse, version: int) -> SyncGroupResponse:
    if version < 5:
        resp.protocol_type = None
        resp.protocol_name = None
    return resp
