"""Shared plumbing of the Raft handlers: hand the request to the quorum driver, answer later."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from controller.raft import messages as rm
from controller.raft import wire
from protocol.errors import ErrorCode
from protocol.messages import FetchResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext


def cluster_id_error(broker: Broker, cluster_id: str | None) -> int:
    # Kafka accepts a null cluster id (old clients) and refuses a different one.
    if cluster_id is not None and cluster_id != broker.cluster_id:
        return int(ErrorCode.INCONSISTENT_CLUSTER_ID)
    return int(ErrorCode.NONE)


def serve(
    broker: Broker,
    ctx: RequestContext,
    request: Any,
    parse: Callable[[Any], rm.Request],
    error_response: Callable[[int], Any],
) -> Any:
    """Step the request into the Raft core; the wire response now or as an awaitable."""
    error = cluster_id_error(broker, getattr(request, "cluster_id", None))
    if error:
        return error_response(error)
    try:
        body = parse(request)
    except wire.NotForMetadataPartition:
        return error_response(int(ErrorCode.INVALID_REQUEST))
    quorum = broker.quorum
    if quorum is None:
        return error_response(int(ErrorCode.BROKER_NOT_AVAILABLE))
    source = getattr(body, "replica_id", None)
    if source is None:
        source = getattr(body, "leader_id", -1)
    future = quorum.inbound(int(source), body)

    def finish(core: rm.Response) -> Any:
        response = wire.response_to_wire(core, broker.now_ms())
        if isinstance(core, rm.FetchResponse):
            _add_leader_endpoint(broker, core.current_leader.leader_id, response)
        return response

    if future.done():
        return finish(future.result())

    async def later() -> Any:
        return finish(await future)

    return later()


def _add_leader_endpoint(broker: Broker, leader_id: int, response: Any) -> None:
    """FetchResponse v16+ NodeEndpoints: the leader's controller endpoint (Kafka sends it)."""
    if leader_id < 0 or broker.quorum is None:
        return
    endpoint = next(((h, p) for nid, h, p, _ in broker.controller_endpoints() if nid == leader_id), None)
    if endpoint is None or leader_id != broker.node_id:
        endpoint = broker.quorum.endpoint_of(leader_id) or endpoint
    if endpoint is not None:
        response.node_endpoints = [
            FetchResponse.NodeEndpoint(node_id=leader_id, host=endpoint[0], port=endpoint[1], rack=None)
        ]
