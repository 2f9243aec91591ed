"""EndQuorumEpoch (54): a resigning leader asks the voters to elect a successor now."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from controller.raft import wire
from kpybroker.handlers.quorum._common import serve
from protocol.messages import EndQuorumEpochRequest, EndQuorumEpochResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = EndQuorumEpochRequest
LISTENER_KINDS = ("controller",)


def handle(broker: Broker, ctx: RequestContext, request: EndQuorumEpochRequest) -> Any:
    return serve(
        broker, ctx, request, lambda r: wire.end_quorum_epoch_request_from_wire(r, ctx.api_version),
        lambda e: EndQuorumEpochResponse(error_code=e),
    )
