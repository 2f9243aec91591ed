"""RemoveRaftVoter (81): drop a voter (`kafka-metadata-quorum remove-controller`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.handlers.quorum._voter_change import serve_change
from protocol.messages import RemoveRaftVoterRequest, RemoveRaftVoterResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = RemoveRaftVoterRequest
LISTENER_KINDS = ("controller",)
API_KEY = 81


def handle(broker: Broker, ctx: RequestContext, request: RemoveRaftVoterRequest) -> Any:
    voter_id, directory_id = int(request.voter_id), request.voter_directory_id
    return serve_change(
        broker, API_KEY, ctx.api_version, request,
        lambda node, token, now: node.remove_voter(token, voter_id, directory_id, now),
        lambda error, message: RemoveRaftVoterResponse(error_code=error, error_message=message),
    )
