"""ConsumerGroupDescribe (69): KIP-848 groups with members, epochs and assignments."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.handlers.groups._common import info_of, service
from protocol.errors import ErrorCode
from protocol.messages import ConsumerGroupDescribeRequest, ConsumerGroupDescribeResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = ConsumerGroupDescribeRequest
NO_OPERATIONS = -2147483648


def handle(broker: Broker, ctx: RequestContext, request: ConsumerGroupDescribeRequest) -> Any:
    svc = service(broker)
    out = []
    for gid in request.group_ids:
        error = svc.coordinator_error(gid) if gid else ErrorCode.INVALID_GROUP_ID
        if error != ErrorCode.NONE:
            out.append(ConsumerGroupDescribeResponse.DescribedGroup(group_id=gid, error_code=error))
            continue
        out.extend(svc.call(svc.core.consumer_group_describe, [gid], info_of(ctx), broker.now_ms()))
    for group in out:
        if request.include_authorized_operations and group.error_code == ErrorCode.NONE:
            group.authorized_operations = (1 << 3) | (1 << 6) | (1 << 8)
        else:
            group.authorized_operations = NO_OPERATIONS
        if ctx.api_version < 1:
            for mem in group.members:
                mem.member_type = -1
    return ConsumerGroupDescribeResponse(groups=out)
