"""DescribeGroups (15): classic groups' state, protocol and members."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.handlers.groups._common import info_of, service
from protocol.errors import ErrorCode
from protocol.messages import DescribeGroupsRequest, DescribeGroupsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = DescribeGroupsRequest
NO_OPERATIONS = -2147483648


def handle(broker: Broker, ctx: RequestContext, request: DescribeGroupsRequest) -> Any:
    svc = service(broker)
    out = []
    for gid in request.groups:
        error = svc.coordinator_error(gid) if gid else ErrorCode.INVALID_GROUP_ID
        if error != ErrorCode.NONE:
            out.append(DescribeGroupsResponse.DescribedGroup(group_id=gid, error_code=error))
            continue
        out.extend(svc.call(svc.core.describe_groups, [gid], info_of(ctx), broker.now_ms()))
    return shape(out, ctx.api_version, request.include_authorized_operations)


def shape(
    groups: list[DescribeGroupsResponse.DescribedGroup], version: int, include_operations: bool
) -> DescribeGroupsResponse:
    for group in groups:
        wanted = include_operations and version >= 3
        group.authorized_operations = _operations() if wanted else NO_OPERATIONS
        if version < 6:
            group.error_message = None
        if version < 4:
            for mem in group.members:
                mem.group_instance_id = None
    return DescribeGroupsResponse(groups=groups)


def _operations() -> int:
    # Without an authorizer every group operation is allowed: READ(3), DESCRIBE(8), DELETE(6).
    return (1 << 3) | (1 << 6) | (1 << 8)
