"""JoinGroup (11): parked until the join phase of the rebalance completes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.handlers.groups._common import finish, info_of, service
from protocol.errors import ErrorCode
from protocol.messages import JoinGroupRequest, JoinGroupResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = JoinGroupRequest


def handle(broker: Broker, ctx: RequestContext, request: JoinGroupRequest) -> Any:
    svc = service(broker)
    version = ctx.api_version
    if request.group_id:
        error = svc.coordinator_error(request.group_id)
        if error != ErrorCode.NONE:
            return shape(JoinGroupResponse(error_code=error, member_id=request.member_id, generation_id=-1), version)
    result = svc.call(svc.core.join_group, request, info_of(ctx), broker.now_ms())
    return finish(result, lambda r: shape(r, version))


def shape(resp: JoinGroupResponse, version: int) -> JoinGroupResponse:
    if version < 7:
        resp.protocol_name = resp.protocol_name or ""
        resp.protocol_type = None
    if version < 9:
        resp.skip_assignment = False
    if version < 5:
        for mem in resp.members:
            mem.group_instance_id = None
    return resp
