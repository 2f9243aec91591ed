"""CreateDelegationToken (38): refused as Kafka refuses it without token support."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpybroker.handlers._delegation_tokens import split_principal, token_error
from protocol.messages import CreateDelegationTokenRequest, CreateDelegationTokenResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = CreateDelegationTokenRequest


def handle(broker: Broker, ctx: RequestContext, request: CreateDelegationTokenRequest) -> CreateDelegationTokenResponse:
    owner_type, owner_name = split_principal(ctx.principal)
    if getattr(request, "owner_principal_name", None):
        owner_type, owner_name = request.owner_principal_type or "User", request.owner_principal_name
    requester_type, requester_name = split_principal(ctx.principal)
    return CreateDelegationTokenResponse(
        error_code=token_error(ctx), principal_type=owner_type, principal_name=owner_name,
        token_requester_principal_type=requester_type if ctx.api_version >= 3 else "",
        token_requester_principal_name=requester_name if ctx.api_version >= 3 else "",
        issue_timestamp_ms=-1, expiry_timestamp_ms=-1, max_timestamp_ms=-1, token_id="", hmac=b"",
        throttle_time_ms=0,
    )
