"""BrokerHeartbeat (63): keeps a broker's session alive; unfences it once caught up."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.handlers.quorum._controller_write import write
from protocol.messages import BrokerHeartbeatRequest, BrokerHeartbeatResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = BrokerHeartbeatRequest
LISTENER_KINDS = ("controller",)


def handle(broker: Broker, ctx: RequestContext, request: BrokerHeartbeatRequest) -> Any:
    return write(
        broker, lambda c, now: c.broker_heartbeat(request, now),
        lambda e: BrokerHeartbeatResponse(error_code=e, is_caught_up=False, is_fenced=True, should_shut_down=False),
    )
