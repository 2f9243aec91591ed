"""DeleteAcls (31): RemoveAccessControlEntryRecords for every ACL a filter matches."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.security.acl import AclOperation
from kpybroker.security.enforce import authorize_cluster, authorizer_configured
from protocol.errors import ErrorCode
from protocol.messages import DeleteAclsRequest, DeleteAclsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = DeleteAclsRequest


def handle(broker: Broker, ctx: RequestContext, request: DeleteAclsRequest) -> Any:
    if not authorize_cluster(broker, ctx, AclOperation.ALTER):
        return _all_failed(request, ErrorCode.CLUSTER_AUTHORIZATION_FAILED, "Cluster authorization failed.")
    if not authorizer_configured(broker):
        return _all_failed(request, ErrorCode.SECURITY_DISABLED, "No Authorizer is configured.")
    return broker.controller_op(lambda controller, now_ms: controller.delete_acls(request, ctx.api_version, now_ms))


def _all_failed(request: DeleteAclsRequest, code: int, message: str) -> DeleteAclsResponse:
    return DeleteAclsResponse(
        throttle_time_ms=0,
        filter_results=[
            DeleteAclsResponse.DeleteAclsFilterResult(error_code=code, error_message=message, matching_acls=[])
            for _ in request.filters
        ],
    )
