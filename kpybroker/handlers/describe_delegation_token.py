"""DescribeDelegationToken (41): refused as Kafka refuses it without token support."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpybroker.handlers._delegation_tokens import token_error
from protocol.messages import DescribeDelegationTokenRequest, DescribeDelegationTokenResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = DescribeDelegationTokenRequest


def handle(
    broker: Broker, ctx: RequestContext, request: DescribeDelegationTokenRequest
) -> DescribeDelegationTokenResponse:
    return DescribeDelegationTokenResponse(error_code=token_error(ctx), tokens=[], throttle_time_ms=0)
