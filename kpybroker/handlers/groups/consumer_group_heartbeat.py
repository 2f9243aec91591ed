"""ConsumerGroupHeartbeat (68): the KIP-848 consumer protocol (`group.protocol=consumer`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.handlers.groups._common import info_of, service
from protocol.errors import ErrorCode
from protocol.messages import ConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = ConsumerGroupHeartbeatRequest


def handle(broker: Broker, ctx: RequestContext, request: ConsumerGroupHeartbeatRequest) -> Any:
    svc = service(broker)
    if request.group_id:
        error = svc.coordinator_error(request.group_id)
        if error != ErrorCode.NONE:
            return ConsumerGroupHeartbeatResponse(error_code=error, member_id=None, member_epoch=-1)
    return svc.call(svc.core.consumer_group_heartbeat, request, info_of(ctx), broker.now_ms())
