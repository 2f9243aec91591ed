"""ListGroups (16): every group, filtered by state (v4+) and type (v5+)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.handlers.groups._common import service
from protocol.errors import ErrorCode
from protocol.messages import ListGroupsRequest, ListGroupsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = ListGroupsRequest


def handle(broker: Broker, ctx: RequestContext, request: ListGroupsRequest) -> Any:
    svc = service(broker)
    groups = svc.call(
        svc.core.list_groups, list(request.states_filter), list(request.types_filter), broker.now_ms()
    )
    return ListGroupsResponse(error_code=ErrorCode.NONE, groups=groups)
