"""Vote (52): a candidate (or pre-vote prospective) asks this voter for its vote."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from controller.raft import wire
from kpybroker.handlers.quorum._common import serve
from protocol.messages import VoteRequest, VoteResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = VoteRequest
LISTENER_KINDS = ("controller",)


def handle(broker: Broker, ctx: RequestContext, request: VoteRequest) -> Any:
    return serve(broker, ctx, request, wire.vote_request_from_wire, lambda e: VoteResponse(error_code=e))
