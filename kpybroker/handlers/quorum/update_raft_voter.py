"""UpdateRaftVoter (82): a voter tells the leader its new endpoints / kraft.version range."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from controller.raft.voter_set import Voter
from kpybroker.handlers.quorum._voter_change import endpoints, serve_change
from protocol.messages import UpdateRaftVoterRequest, UpdateRaftVoterResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = UpdateRaftVoterRequest
LISTENER_KINDS = ("controller",)
API_KEY = 82
R = UpdateRaftVoterResponse


def handle(broker: Broker, ctx: RequestContext, request: UpdateRaftVoterRequest) -> Any:
    feature = request.kraft_version_feature
    voter = Voter(
        int(request.voter_id), request.voter_directory_id, endpoints(request.listeners),
        int(feature.min_supported_version), int(feature.max_supported_version),
    )

    def respond(error: int, _message: str | None) -> Any:
        quorum = broker.quorum
        leader = quorum.controller.leader_id if quorum is not None else -1
        epoch = quorum.controller.epoch if quorum is not None else -1
        endpoint = quorum.endpoint_of(leader) if quorum is not None and leader >= 0 else None
        host, port = endpoint if endpoint is not None else ("", -1)
        return R(error_code=error, current_leader=R.CurrentLeader(leader_id=leader, leader_epoch=epoch, host=host, port=port))

    return serve_change(
        broker, API_KEY, ctx.api_version, request,
        lambda node, token, now: node.update_voter(token, voter, now), respond,
    )
