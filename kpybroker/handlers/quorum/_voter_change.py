"""Shared plumbing of AddRaftVoter / RemoveRaftVoter / UpdateRaftVoter (KIP-853)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from controller.raft.voter_set import Endpoint
from kpybroker.handlers.quorum._common import cluster_id_error
from protocol.errors import ErrorCode

if TYPE_CHECKING:
    from kpybroker.broker import Broker


def endpoints(listeners: Any) -> tuple[Endpoint, ...]:
    return tuple(Endpoint(lst.name, lst.host, int(lst.port)) for lst in listeners or ())


def serve_change(
    broker: Broker,
    api_key: int,
    version: int,
    request: Any,
    call: Callable[[Any, int, int], None],
    respond: Callable[[int, str | None], Any],
    timeout_ms: int | None = None,
) -> Any:
    """Decide the change on the Raft leader (forwarding there if need be); answer later."""
    error = cluster_id_error(broker, getattr(request, "cluster_id", None))
    if error:
        return respond(error, None)
    quorum = broker.quorum
    if quorum is None:
        return respond(int(ErrorCode.BROKER_NOT_AVAILABLE), None)
    timeout_s = max(timeout_ms, 1000) / 1000 if timeout_ms and timeout_ms > 0 else 30.0

    async def later() -> Any:
        result = await quorum.change_voters(api_key, version, request, call, timeout_s)
        if isinstance(result, tuple):
            return respond(*result)
        return result  # the leader's own wire response, relayed

    return later()
