"""DescribeUserScramCredentials (50): mechanisms and iterations per user (ScramImage.describe)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpybroker.security.acl import AclOperation
from kpybroker.security.enforce import authorize_cluster
from protocol.errors import ErrorCode
from protocol.messages import DescribeUserScramCredentialsRequest, DescribeUserScramCredentialsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = DescribeUserScramCredentialsRequest
R = DescribeUserScramCredentialsResponse


def handle(broker: Broker, ctx: RequestContext, request: DescribeUserScramCredentialsRequest) -> R:
    if not authorize_cluster(broker, ctx, AclOperation.DESCRIBE):
        return R(throttle_time_ms=0, error_code=ErrorCode.CLUSTER_AUTHORIZATION_FAILED,
                 error_message="Cluster authorization failed.", results=[])
    creds = broker.image.scram_credentials
    users: dict[str, bool] = {}  # name -> asked for twice
    if not request.users:
        for name, _mech in creds:
            users[name] = False
    else:
        for u in request.users:
            users[u.name] = u.name in users
    results = []
    for name, duplicated in users.items():
        result = R.DescribeUserScramCredentialsResult(user=name, error_code=0, error_message=None, credential_infos=[])
        if duplicated:
            result.error_code = ErrorCode.DUPLICATE_RESOURCE
            result.error_message = f"Cannot describe SCRAM credentials for the same user twice in a single request: {name}"
        else:
            infos = [
                R.CredentialInfo(mechanism=mech, iterations=rec.iterations)
                for (user, mech), rec in sorted(creds.items()) if user == name
            ]
            if infos:
                result.credential_infos = infos
            else:
                result.error_code = ErrorCode.RESOURCE_NOT_FOUND
                result.error_message = f"Attempt to describe a user credential that does not exist: {name}"
        results.append(result)
    return R(throttle_time_ms=0, error_code=0, error_message=None, results=results)
