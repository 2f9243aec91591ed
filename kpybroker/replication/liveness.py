"""Broker liveness: periodic BrokerHeartbeat from every broker, and on the active controller
a periodic check that fences brokers whose heartbeats stopped (broker.session.timeout.ms).

Fencing a broker moves leadership of its partitions to the next live ISR member
(`QuorumController.fence_stale_brokers`), which is what lets replication survive a dead node.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING, Any

import structlog

from kpybroker.replication.manager import setting
from protocol import messages as m
from protocol.errors import ErrorCode

if TYPE_CHECKING:
    from kpybroker.broker import Broker

log = structlog.get_logger("kpybroker.replication.liveness")

FENCE_CHECK_INTERVAL_S = 0.5


class BrokerLiveness:
    def __init__(self, broker: Broker) -> None:
        self.broker = broker
        self.heartbeat_interval_ms = setting(broker.config, "broker.heartbeat.interval.ms", 2000)
        self._tasks: list[asyncio.Task[None]] = []
        self.log = log.bind(node_id=broker.node_id)

    def start(self) -> None:
        self._tasks.append(asyncio.create_task(self._heartbeats(), name="kpybroker-heartbeat"))
        self._tasks.append(asyncio.create_task(self._fence_checks(), name="kpybroker-fence-check"))

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()

    def heartbeat_request(self) -> Any:
        broker = self.broker
        return m.BrokerHeartbeatRequest(
            broker_id=broker.node_id,
            broker_epoch=int(getattr(broker, "broker_epoch", -1)),
            current_metadata_offset=broker.image.last_offset,
            want_fence=False,
            want_shut_down=False,
        )

    async def _heartbeats(self) -> None:
        interval = self.heartbeat_interval_ms / 1000
        while True:
            await asyncio.sleep(interval)
            quorum = self.broker.quorum
            if quorum is None:
                continue
            request = self.heartbeat_request()
            try:
                response = await quorum.write(
                    lambda facade, now, request=request: facade.broker_heartbeat(request, now), timeout_s=max(interval * 2, 1.0)
                )
            except Exception as exc:  # noqa: BLE001 - the next beat retries
                self.log.debug("broker_heartbeat_failed", error=repr(exc))
                continue
            if response.error_code:
                self.log.warning("broker_heartbeat_rejected", error=ErrorCode(response.error_code).name)

    async def _fence_checks(self) -> None:
        while True:
            await asyncio.sleep(FENCE_CHECK_INTERVAL_S)
            quorum = self.broker.quorum
            if quorum is None or not quorum.controller.is_active:
                continue
            try:
                quorum.controller.fence_stale_brokers(quorum.now_ms())
                quorum.flush()
            except Exception as exc:  # noqa: BLE001 - checked again next interval
                self.log.error("fence_check_failed", error=repr(exc), exc_info=exc)
