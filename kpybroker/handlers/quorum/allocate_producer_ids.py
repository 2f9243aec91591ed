"""AllocateProducerIds (67): a broker takes a block of producer ids from the controller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.handlers.quorum._controller_write import write
from protocol.messages import AllocateProducerIdsRequest, AllocateProducerIdsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = AllocateProducerIdsRequest
LISTENER_KINDS = ("controller",)


def handle(broker: Broker, ctx: RequestContext, request: AllocateProducerIdsRequest) -> Any:
    return write(
        broker, lambda c, now: c.allocate_producer_ids_request(request, now),
        lambda e: AllocateProducerIdsResponse(error_code=e, producer_id_start=-1, producer_id_len=0),
    )
