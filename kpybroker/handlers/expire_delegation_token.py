"""ExpireDelegationToken (40): refused as Kafka refuses it without token support."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpybroker.handlers._delegation_tokens import token_error
from protocol.messages import ExpireDelegationTokenRequest, ExpireDelegationTokenResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = ExpireDelegationTokenRequest


def handle(broker: Broker, ctx: RequestContext, request: ExpireDelegationTokenRequest) -> ExpireDelegationTokenResponse:
    return ExpireDelegationTokenResponse(error_code=token_error(ctx), expiry_timestamp_ms=-1, throttle_time_ms=0)
