"""DescribeAcls (29): the ACLs matching a filter, grouped by resource pattern (AclApis)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from controller.quorum_controller import acl_filter_matches
from kpybroker.security.acl import AclFilter, AclOperation
from kpybroker.security.broker_security import acl_bindings
from kpybroker.security.enforce import authorize_cluster, authorizer_configured
from protocol.errors import ErrorCode
from protocol.messages import DescribeAclsRequest, DescribeAclsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = DescribeAclsRequest


def handle(broker: Broker, ctx: RequestContext, request: DescribeAclsRequest) -> DescribeAclsResponse:
    if not authorize_cluster(broker, ctx, AclOperation.DESCRIBE):
        return DescribeAclsResponse(
            throttle_time_ms=0, error_code=ErrorCode.CLUSTER_AUTHORIZATION_FAILED,
            error_message="Cluster authorization failed.", resources=[],
        )
    if not authorizer_configured(broker):
        return DescribeAclsResponse(
            throttle_time_ms=0, error_code=ErrorCode.SECURITY_DISABLED,
            error_message="No Authorizer is configured on the broker", resources=[],
        )
    flt = AclFilter(
        request.resource_type_filter, request.resource_name_filter, request.pattern_type_filter,
        request.principal_filter, request.host_filter, request.operation, request.permission_type,
    )
    grouped: dict[tuple[int, str, int], list[DescribeAclsResponse.AclDescription]] = {}
    for acl in sorted(acl_bindings(broker.image), key=lambda a: (a.resource_type, a.resource_name, a.pattern_type,
                                                                 a.principal, a.host, a.operation)):
        if acl_filter_matches(flt, acl):
            grouped.setdefault((acl.resource_type, acl.resource_name, acl.pattern_type), []).append(
                DescribeAclsResponse.AclDescription(
                    principal=acl.principal, host=acl.host, operation=acl.operation,
                    permission_type=acl.permission_type,
                )
            )
    resources = [
        DescribeAclsResponse.DescribeAclsResource(resource_type=rt, resource_name=rn, pattern_type=pt, acls=acls)
        for (rt, rn, pt), acls in grouped.items()
    ]
    return DescribeAclsResponse(throttle_time_ms=0, error_code=0, error_message=None, resources=resources)
