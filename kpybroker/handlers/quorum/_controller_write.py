"""Broker-to-controller writes: answered by the active controller, NOT_CONTROLLER elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from controller.raft_controller import NotControllerError
from protocol.errors import ErrorCode

if TYPE_CHECKING:
    from kpybroker.broker import Broker


def write(broker: Broker, op: Callable[[Any, int], Any], error_response: Callable[[int], Any]) -> Any:
    quorum = broker.quorum
    if quorum is None or not quorum.controller.is_leader:
        return error_response(int(ErrorCode.NOT_CONTROLLER))
    outcome = op(quorum.controller, broker.now_ms())
    quorum.flush()

    async def later() -> Any:
        try:
            value = await quorum.wait(outcome)
        except NotControllerError:
            return error_response(int(ErrorCode.NOT_CONTROLLER))
        return value

    if outcome.done and outcome.error is None:
        return outcome.value
    return later()
