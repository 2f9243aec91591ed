"""BrokerRegistration (62): a broker joins the cluster through the active controller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.handlers.quorum._controller_write import write
from protocol.messages import BrokerRegistrationRequest, BrokerRegistrationResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = BrokerRegistrationRequest
LISTENER_KINDS = ("controller",)


def handle(broker: Broker, ctx: RequestContext, request: BrokerRegistrationRequest) -> Any:
    return write(
        broker, lambda c, now: c.broker_registration(request, now),
        lambda e: BrokerRegistrationResponse(error_code=e, broker_epoch=-1),
    )
