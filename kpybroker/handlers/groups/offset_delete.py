"""OffsetDelete (47): drop committed offsets of partitions the group no longer consumes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.handlers.groups._common import info_of, service
from protocol.errors import ErrorCode
from protocol.messages import OffsetDeleteRequest, OffsetDeleteResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = OffsetDeleteRequest


def handle(broker: Broker, ctx: RequestContext, request: OffsetDeleteRequest) -> Any:
    svc = service(broker)
    if not request.group_id:
        return OffsetDeleteResponse(error_code=ErrorCode.INVALID_GROUP_ID)
    error = svc.coordinator_error(request.group_id)
    if error != ErrorCode.NONE:
        return OffsetDeleteResponse(error_code=error)
    return svc.call(svc.core.delete_offsets, request, info_of(ctx), broker.now_ms())
