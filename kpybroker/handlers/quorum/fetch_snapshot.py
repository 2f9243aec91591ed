"""FetchSnapshot (59): a follower behind the leader's log start copies its snapshot."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from controller.raft import wire
from kpybroker.handlers.quorum._common import serve
from protocol.messages import FetchSnapshotRequest, FetchSnapshotResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = FetchSnapshotRequest
LISTENER_KINDS = ("controller",)


def handle(broker: Broker, ctx: RequestContext, request: FetchSnapshotRequest) -> Any:
    return serve(
        broker, ctx, request, wire.fetch_snapshot_request_from_wire,
        lambda e: FetchSnapshotResponse(error_code=e),
    )
