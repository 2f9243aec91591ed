"""Fetch (1) on the controller listener: followers and observers replicating
`__cluster_metadata-0` from the Raft leader (long-polled up to MaxWaitMs)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from controller.raft import wire
from kpybroker.handlers.quorum._common import serve
from protocol.messages import FetchRequest, FetchResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = FetchRequest
LISTENER_KINDS = ("controller",)
# KafkaRaftClient sends Fetch with topic ids and ReplicaState (v13+/v15+).
MIN_VERSION = 13


def handle(broker: Broker, ctx: RequestContext, request: FetchRequest) -> Any:
    return serve(
        broker, ctx, request, lambda r: wire.fetch_request_from_wire(r, ctx.api_version),
        lambda e: FetchResponse(error_code=e),
    )
