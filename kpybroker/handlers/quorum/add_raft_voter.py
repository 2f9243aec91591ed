"""AddRaftVoter (80): make a caught-up observer a voter (`kafka-metadata-quorum add-controller`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from controller.raft.voter_set import Voter
from kpybroker.handlers.quorum._voter_change import endpoints, serve_change
from protocol.messages import AddRaftVoterRequest, AddRaftVoterResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = AddRaftVoterRequest
LISTENER_KINDS = ("controller",)
API_KEY = 80


def handle(broker: Broker, ctx: RequestContext, request: AddRaftVoterRequest) -> Any:
    voter = Voter(int(request.voter_id), request.voter_directory_id, endpoints(request.listeners))
    return serve_change(
        broker, API_KEY, ctx.api_version, request,
        lambda node, token, now: node.add_voter(token, voter, now),
        lambda error, message: AddRaftVoterResponse(error_code=error, error_message=message),
        timeout_ms=int(request.timeout_ms),
    )
