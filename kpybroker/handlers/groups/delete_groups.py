"""DeleteGroups (42): remove empty groups and their committed offsets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.handlers.groups._common import info_of, service
from protocol.errors import ErrorCode
from protocol.messages import DeleteGroupsRequest, DeleteGroupsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = DeleteGroupsRequest


def handle(broker: Broker, ctx: RequestContext, request: DeleteGroupsRequest) -> Any:
    svc = service(broker)
    results = []
    for gid in request.groups_names:
        error = svc.coordinator_error(gid) if gid else ErrorCode.INVALID_GROUP_ID
        if error != ErrorCode.NONE:
            results.append(DeleteGroupsResponse.DeletableGroupResult(group_id=gid, error_code=error))
            continue
        results.extend(svc.call(svc.core.delete_groups, [gid], info_of(ctx), broker.now_ms()))
        if svc.flush_error is not None and results[-1].error_code == ErrorCode.NONE:
            results[-1].error_code = svc.flush_error
    return DeleteGroupsResponse(results=results)
