"""BeginQuorumEpoch (53): a new leader announces itself to the voters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from controller.raft import wire
from kpybroker.handlers.quorum._common import serve
from protocol.messages import BeginQuorumEpochRequest, BeginQuorumEpochResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = BeginQuorumEpochRequest
LISTENER_KINDS = ("controller",)


def handle(broker: Broker, ctx: RequestContext, request: BeginQuorumEpochRequest) -> Any:
    return serve(
        broker, ctx, request, wire.begin_quorum_epoch_request_from_wire,
        lambda e: BeginQuorumEpochResponse(error_code=e),
    )
