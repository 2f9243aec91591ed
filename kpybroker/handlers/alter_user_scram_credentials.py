"""AlterUserScramCredentials (51): UserScramCredentialRecords written by the controller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.security.acl import AclOperation
from kpybroker.security.enforce import authorize_cluster
from protocol.errors import ErrorCode
from protocol.messages import AlterUserScramCredentialsRequest, AlterUserScramCredentialsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = AlterUserScramCredentialsRequest


def handle(broker: Broker, ctx: RequestContext, request: AlterUserScramCredentialsRequest) -> Any:
    if not authorize_cluster(broker, ctx, AclOperation.ALTER):
        users = dict.fromkeys([d.name for d in request.deletions] + [u.name for u in request.upsertions])
        return AlterUserScramCredentialsResponse(throttle_time_ms=0, results=[
            AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult(
                user=name, error_code=ErrorCode.CLUSTER_AUTHORIZATION_FAILED,
                error_message="Cluster authorization failed.")
            for name in users
        ])
    return broker.controller_op(
        lambda controller, now_ms: controller.alter_user_scram_credentials(request, ctx.api_version, now_ms)
    )
