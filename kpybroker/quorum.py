"""The asyncio driver of the metadata quorum: timers, outbound connections, forwarding.

`QuorumDriver` owns the node's `RaftController`. It ticks it at `next_deadline_ms()`, sends
the Raft requests it emits to the other voters' controller endpoints (one connection per
peer and purpose, so a long-poll Fetch never holds up a Vote), steps the responses back in,
and completes the inbound requests the quorum handlers gave it. On a node that is not the
active controller, admin writes are forwarded to the leader's controller listener.
"""

from __future__ import annotations

import asyncio
import contextvars
import itertools
import struct
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import structlog

from controller.raft import messages as rm
from controller.raft import wire
from controller.raft_controller import NotControllerError, Outcome, RaftController, create_topic_request
from protocol import framing
from protocol import messages as m

log = structlog.get_logger("kpybroker.quorum")

# Set by the broker while a handler runs: writes arriving on a controller listener are never
# forwarded again (a stale leader guess could bounce them around).
LISTENER_KIND: contextvars.ContextVar[str] = contextvars.ContextVar("kpybroker_listener_kind", default="broker")

_SIZE = struct.Struct(">i")
_FORWARD_TIMEOUT_S = 30.0
_RETRY_S = 0.1
CREATE_TOPICS, DELETE_TOPICS, CREATE_PARTITIONS = 19, 20, 37
ALTER_CONFIGS, INCREMENTAL_ALTER_CONFIGS = 33, 44
BROKER_REGISTRATION, BROKER_HEARTBEAT, ALLOCATE_PRODUCER_IDS = 62, 63, 67
ALTER_PARTITION = 56
_NOT_CONTROLLER = 41
_NOT_LEADER_OR_FOLLOWER = 6
_REQUEST_TIMED_OUT = 7
_FORWARD_VERSIONS = {BROKER_REGISTRATION: 4, BROKER_HEARTBEAT: 1, ALLOCATE_PRODUCER_IDS: 0, ALTER_PARTITION: 3}


class ChannelError(Exception):
    pass


class ControllerChannel:
    """One client connection to a controller listener, pipelining requests by correlation id."""

    def __init__(self, host: str, port: int, client_id: str) -> None:
        self.host, self.port, self.client_id = host, port, client_id
        self._writer: asyncio.StreamWriter | None = None
        self._reader_task: asyncio.Task[None] | None = None
        self._pending: dict[int, tuple[int, int, asyncio.Future[Any]]] = {}
        self._ids = itertools.count(1)
        self._connecting: asyncio.Lock = asyncio.Lock()

    async def _connect(self) -> asyncio.StreamWriter:
        async with self._connecting:
            if self._writer is not None and not self._writer.is_closing():
                return self._writer
            reader, writer = await asyncio.open_connection(self.host, self.port)
            self._writer = writer
            self._reader_task = asyncio.create_task(self._read_loop(reader, writer))
            return writer

    async def _read_loop(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                size = _SIZE.unpack(await reader.readexactly(4))[0]
                frame = await reader.readexactly(size)
                cid = _SIZE.unpack_from(frame)[0]
                entry = self._pending.pop(cid, None)
                if entry is None:
                    continue
                api_key, version, fut = entry
                if fut.done():
                    continue
                try:
                    _, body = framing.decode_response(api_key, version, memoryview(frame))
                except Exception as exc:  # noqa: BLE001 - a bad frame fails only its request
                    fut.set_exception(ChannelError(f"undecodable response: {exc!r}"))
                    continue
                fut.set_result(body)
        except (asyncio.IncompleteReadError, ConnectionError, OSError) as exc:
            self._fail_all(ChannelError(f"connection to {self.host}:{self.port} lost: {exc!r}"))
        finally:
            if self._writer is writer:
                self._writer = None
            writer.close()

    def _fail_all(self, exc: Exception) -> None:
        pending, self._pending = self._pending, {}
        for _, _, fut in pending.values():
            if not fut.done():
                fut.set_exception(exc)

    async def request(self, api_key: int, version: int, body: Any, timeout_s: float) -> Any:
        try:
            writer = await asyncio.wait_for(self._connect(), timeout_s)
        except (OSError, TimeoutError) as exc:
            raise ChannelError(f"cannot connect to {self.host}:{self.port}: {exc!r}") from exc
        cid = next(self._ids) & 0x7FFFFFFF
        fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending[cid] = (api_key, version, fut)
        writer.write(framing.encode_request(api_key, version, cid, self.client_id, body))
        try:
            return await asyncio.wait_for(fut, timeout_s)
        except TimeoutError as exc:
            self._pending.pop(cid, None)
            raise ChannelError(f"request {api_key} to {self.host}:{self.port} timed out") from exc

    def close(self) -> None:
        self._fail_all(ChannelError("channel closed"))
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        if self._reader_task is not None:
            self._reader_task.cancel()


class QuorumDriver:
    def __init__(
        self,
        controller: RaftController,
        voters: Mapping[int, tuple[str, int]],
        *,
        cluster_id: str,
        clock: Callable[[], float] = time.time,
        on_applied: Callable[[], None] | None = None,
    ) -> None:
        self.controller = controller
        self.node_id = controller.node_id
        self.voters = dict(voters)
        self.cluster_id = cluster_id
        self._clock = clock
        self._on_applied_cb = on_applied
        self._channels: dict[tuple[int, str, str, int], ControllerChannel] = {}
        # Leader endpoints learned from Fetch responses (NodeEndpoints): how an observer that
        # found the leader through a bootstrap server reaches it.
        self._learned: dict[int, tuple[str, int]] = {}
        self._inbound: dict[tuple[int, int], asyncio.Future[rm.Response]] = {}
        self._inbound_ids = itertools.count(1)
        self._wake = asyncio.Event()
        self._applied = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self.forwarder = Forwarder(self)
        controller.on_applied = self._on_applied
        self.log = log.bind(node_id=self.node_id)

    def now_ms(self) -> int:
        return int(self._clock() * 1000)

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> None:
        self._send(self.controller.start(self.now_ms()))
        self._task = asyncio.create_task(self._run(), name="kpybroker-quorum")

    async def stop(self) -> None:
        node = self.controller.node
        if self.controller.is_leader and len(node.voters) > 1:
            # Graceful resignation: EndQuorumEpoch lets the others elect at once.
            node.resign(self.now_ms())
            self._send(self.controller.pump(self.now_ms()))
            await asyncio.sleep(0.05)
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
        for task in list(self._tasks):
            task.cancel()
        for channel in self._channels.values():
            channel.close()
        for fut in self._inbound.values():
            if not fut.done():
                fut.cancel()

    async def _run(self) -> None:
        while True:
            deadline = self.controller.next_deadline_ms()
            now = self.now_ms()
            timeout = None if deadline is None else max(0.0, (deadline - now) / 1000)
            if timeout is None or timeout > 0:
                try:
                    await asyncio.wait_for(self._wake.wait(), timeout)
                except TimeoutError:
                    pass
            self._wake.clear()
            try:
                now = self.now_ms()
                self.controller.tick(now)
                self._send(self.controller.pump(now))
            except Exception as exc:  # noqa: BLE001 - the quorum loop must survive one bad pass
                self.log.error("quorum_loop_failed", error=repr(exc), exc_info=exc)
                await asyncio.sleep(_RETRY_S)

    def wake(self) -> None:
        self._wake.set()

    def _on_applied(self) -> None:
        self._applied.set()
        if self._on_applied_cb is not None:
            try:
                self._on_applied_cb()
            except Exception as exc:  # noqa: BLE001 - the broker's reaction must not stop Raft
                self.log.error("on_applied_failed", error=repr(exc), exc_info=exc)

    async def wait_applied(self, offset: int, timeout_s: float) -> bool:
        """Wait until every offset below `offset` is applied locally (False on timeout)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while self.controller.node.applied_offset < offset:
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            self._applied.clear()
            try:
                await asyncio.wait_for(self._applied.wait(), remaining)
            except TimeoutError:
                return False
        return True

    # ------------------------------------------------------------------ Raft messages

    def _spawn(self, coro: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _send(self, messages: list[tuple[int, rm.Message]]) -> None:
        for dest, msg in messages:
            if msg.is_request:
                self._spawn(self._outbound(dest, msg))
            else:
                fut = self._inbound.pop((dest, msg.correlation_id), None)
                if fut is not None and not fut.done():
                    fut.set_result(msg.body)  # type: ignore[arg-type]

    def endpoint_of(self, node_id: int) -> tuple[str, int] | None:
        """Where to reach a replica's controller listener: the log's voter set (kraft.version
        1), the static voters, a learned leader endpoint, or a bootstrap server."""
        node = self.controller.node
        if node.kraft_version >= 1:
            voter = node.voter_set.get(node_id)
            ep = voter.endpoint() if voter is not None else None
            if ep is not None:
                return ep.host, ep.port
        if node_id in self.voters:
            return self.voters[node_id]
        if node_id in self._learned:
            return self._learned[node_id]
        return self.controller.bootstrap_servers.get(node_id)

    def _channel(self, dest: int, lane: str) -> ControllerChannel | None:
        endpoint = self.endpoint_of(dest)
        if endpoint is None:
            return None
        key = (dest, lane, endpoint[0], endpoint[1])
        channel = self._channels.get(key)
        if channel is None:
            channel = ControllerChannel(endpoint[0], endpoint[1], f"raft-client-{self.node_id}")
            self._channels[key] = channel
        return channel

    def _learn_endpoints(self, api_key: int, response: Any) -> None:
        if api_key != wire.FETCH:
            return
        for ep in getattr(response, "node_endpoints", None) or ():
            if ep.node_id >= 0 and ep.node_id != self.node_id:
                self._learned[int(ep.node_id)] = (ep.host, int(ep.port))

    async def _outbound(self, dest: int, msg: rm.Message) -> None:
        body = msg.body
        lane = "fetch" if isinstance(body, rm.FetchRequest | rm.FetchSnapshotRequest) else "raft"
        channel = self._channel(dest, lane)
        if channel is None:
            return
        api_key, version, request = wire.request_to_wire(body, self.cluster_id)  # type: ignore[arg-type]
        cfg = self.controller.node.config
        timeout_s = (cfg.request_timeout_ms + cfg.fetch_max_wait_ms) / 1000
        try:
            response = await channel.request(api_key, version, request, timeout_s)
            self._learn_endpoints(api_key, response)
            core = wire.response_from_wire(api_key, response)
        except (ChannelError, ValueError) as exc:
            # The core times the request out and retries; nothing to do but note it.
            self.log.debug("raft_request_failed", dest=dest, api_key=api_key, error=str(exc))
            return
        now = self.now_ms()
        self.controller.step(rm.Message(dest, self.node_id, msg.correlation_id, core), now)
        self._send(self.controller.pump(now))
        self.wake()

    def inbound(self, source: int, body: rm.Request) -> asyncio.Future[rm.Response]:
        """Step a request from another replica; the future completes with the core's reply."""
        cid = next(self._inbound_ids)
        fut: asyncio.Future[rm.Response] = asyncio.get_running_loop().create_future()
        self._inbound[(source, cid)] = fut
        now = self.now_ms()
        self.controller.step(rm.Message(source, self.node_id, cid, body), now)
        self._send(self.controller.pump(now))
        self.wake()
        fut.add_done_callback(lambda _f: self._inbound.pop((source, cid), None))
        return fut

    # ------------------------------------------------------------------ controller writes

    def facade(self) -> Any:
        """Who decides writes from here: the local controller if leader, else the forwarder."""
        if self.controller.is_leader or LISTENER_KIND.get() == "controller":
            return self.controller
        return self.forwarder

    def flush(self) -> None:
        """Send what local writes produced (a leader's appends wake parked fetches)."""
        self._send(self.controller.take_messages())
        self.wake()

    def run_op(self, op: Callable[[Any, int], Any], after: Callable[[], None]) -> Any:
        """Run a controller op; the result now if known, else an awaitable of it."""
        outcome = op(self.facade(), self.now_ms())
        self.flush()
        if not isinstance(outcome, Outcome):
            after()
            return outcome
        if outcome.done and outcome.error is None:
            after()
            return outcome.value
        # Failures surface through the awaitable: the connection closes and the client retries.
        return self._finish(outcome, after)

    async def _finish(self, outcome: Outcome, after: Callable[[], None]) -> Any:
        value = await self.wait(outcome)
        after()
        return value

    async def wait(self, outcome: Outcome) -> Any:
        if outcome.done:
            return outcome.result()
        fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

        def done(o: Outcome) -> None:
            if fut.done():
                return
            if o.error is not None:
                fut.set_exception(o.error)
            else:
                fut.set_result(o.value)

        outcome.add_done_callback(done)
        return await fut

    async def write(self, call: Callable[[Any, int], Outcome], *, timeout_s: float = _FORWARD_TIMEOUT_S) -> Any:
        """A write on this node's behalf (registration, internal topics), retried across
        leader changes until it succeeds or `timeout_s` passes."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while True:
            outcome = call(self.facade(), self.now_ms())
            self.flush()
            try:
                result = await self.wait(outcome)
                if getattr(result, "error_code", 0) != _NOT_CONTROLLER:
                    return result
                exc: Exception = NotControllerError(-1, -1)
            except (NotControllerError, ChannelError) as error:
                exc = error
            if loop.time() >= deadline:
                raise exc
            self.log.debug("controller_write_retry", error=str(exc))
            await asyncio.sleep(_RETRY_S)

    # ------------------------------------------------------------------ forwarding

    async def forward(self, api_key: int, version: int, request: Any) -> Any:
        """Send an admin request to the active controller; retried while none is known."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + _FORWARD_TIMEOUT_S
        last_error: Exception | None = None
        while loop.time() < deadline:
            leader = self.controller.leader_id
            if leader == self.node_id:
                if self.controller.is_leader:
                    raise NotControllerError(leader, self.controller.epoch)  # the caller retries locally
                leader = -1  # resigned: a successor is being elected
            channel = self._channel(leader, "forward") if leader >= 0 else None
            if channel is None:
                await asyncio.sleep(_RETRY_S)
                continue
            try:
                response = await channel.request(api_key, version, request, _FORWARD_TIMEOUT_S)
            except ChannelError as exc:
                last_error = exc
                await asyncio.sleep(_RETRY_S)
                continue
            # Let the answer's effects reach this node's image before the client looks.
            node = self.controller.node
            target = max(node.high_watermark or 0, node.log.end_offset)
            await self.wait_applied(target, 1.0)
            return response
        raise ChannelError(f"no active controller answered within {_FORWARD_TIMEOUT_S}s: {last_error}")

    def controller_endpoints(self) -> list[tuple[int, str, int, str | None]]:
        out = []
        for nid in sorted(self.controller.node.voters | set(self.voters)):
            endpoint = self.endpoint_of(nid)
            if endpoint is not None:
                out.append((nid, endpoint[0], endpoint[1], None))
        return out

    # ------------------------------------------------------------------ voter changes (KIP-853)

    async def change_voters(
        self,
        api_key: int,
        version: int,
        request: Any,
        call: Callable[[Any, int, int], None],
        timeout_s: float = _FORWARD_TIMEOUT_S,
    ) -> tuple[int, str | None] | Any:
        """AddRaftVoter/RemoveRaftVoter/UpdateRaftVoter: run on the leader, or forward there.

        Returns (error code, message) when decided here, else the leader's wire response.
        """
        controller = self.controller
        if not controller.is_leader:
            leader = controller.leader_id
            if leader < 0 or leader == self.node_id:
                return (_NOT_LEADER_OR_FOLLOWER, "This node is not the leader of the metadata quorum")
            try:
                return await self.forward(api_key, version, request)
            except (ChannelError, NotControllerError) as exc:
                return (_NOT_LEADER_OR_FOLLOWER, str(exc))
        outcome = controller.voter_change(call, self.now_ms())
        self.flush()
        try:
            result = await asyncio.wait_for(self.wait(outcome), timeout_s)
        except TimeoutError:
            return (_REQUEST_TIMED_OUT, "Timed out waiting for the voter change to commit")
        return (int(result.error_code), result.error_message)


class Forwarder:
    """The controller API on a node that is not the leader: each call goes over the wire."""

    def __init__(self, driver: QuorumDriver) -> None:
        self._driver = driver

    def _forward(self, api_key: int, version: int, request: Any) -> Outcome:
        outcome = Outcome()
        task = asyncio.ensure_future(self._driver.forward(api_key, version, request))

        def done(t: asyncio.Future[Any]) -> None:
            if t.cancelled():
                outcome.set_error(ChannelError("forwarding cancelled"))
            elif t.exception() is not None:
                outcome.set_error(t.exception())  # type: ignore[arg-type]
            else:
                outcome.set_result(t.result())

        task.add_done_callback(done)
        return outcome

    def create_topics(self, request: Any, version: int, now_ms: int) -> Outcome:
        return self._forward(CREATE_TOPICS, version, request)

    def delete_topics(self, request: Any, version: int, now_ms: int) -> Outcome:
        return self._forward(DELETE_TOPICS, version, request)

    def create_partitions(self, request: Any, version: int, now_ms: int) -> Outcome:
        return self._forward(CREATE_PARTITIONS, version, request)

    def incremental_alter_configs(self, request: Any, version: int, now_ms: int) -> Outcome:
        return self._forward(INCREMENTAL_ALTER_CONFIGS, version, request)

    def alter_configs(self, request: Any, version: int, now_ms: int) -> Outcome:
        return self._forward(ALTER_CONFIGS, version, request)

    def broker_registration(self, request: Any, now_ms: int) -> Outcome:
        return self._forward(BROKER_REGISTRATION, _FORWARD_VERSIONS[BROKER_REGISTRATION], request)

    def broker_heartbeat(self, request: Any, now_ms: int) -> Outcome:
        return self._forward(BROKER_HEARTBEAT, _FORWARD_VERSIONS[BROKER_HEARTBEAT], request)

    def allocate_producer_ids_request(self, request: Any, now_ms: int) -> Outcome:
        return self._forward(ALLOCATE_PRODUCER_IDS, _FORWARD_VERSIONS[ALLOCATE_PRODUCER_IDS], request)

    def alter_partition(self, request: Any, now_ms: int, version: int = 3) -> Outcome:
        # Partition leaders send ISR changes to the active controller (replication).
        return self._forward(ALTER_PARTITION, _FORWARD_VERSIONS[ALTER_PARTITION], request)

    # Security, quota and cluster admin writes, forwarded like the topic ones (Kafka forwards
    # them to the active controller too). API keys from the specs.
    def create_acls(self, request: Any, version: int, now_ms: int) -> Outcome:
        return self._forward(30, version, request)

    def delete_acls(self, request: Any, version: int, now_ms: int) -> Outcome:
        return self._forward(31, version, request)

    def alter_user_scram_credentials(self, request: Any, version: int, now_ms: int) -> Outcome:
        return self._forward(51, version, request)

    def alter_client_quotas(self, request: Any, version: int, now_ms: int) -> Outcome:
        return self._forward(49, version, request)

    def alter_partition_reassignments(self, request: Any, version: int, now_ms: int) -> Outcome:
        return self._forward(45, version, request)

    def elect_leaders(self, request: Any, version: int, now_ms: int) -> Outcome:
        return self._forward(43, version, request)

    def update_features(self, request: Any, version: int, now_ms: int) -> Outcome:
        return self._forward(57, version, request)

    def fence_stale_brokers(self, now_ms: int) -> Outcome:
        # Only the active controller fences; elsewhere this is a no-op.
        return Outcome.of(None)


def create_topic_outcome(facade: Any, name: str, partitions: int, replication_factor: int,
                         configs: dict[str, str] | None, now_ms: int) -> Outcome:
    """CreateTopics for one topic on the broker's own behalf; the outcome holds its result."""
    outcome = facade.create_topics(create_topic_request(name, partitions, replication_factor, configs), 7, now_ms)
    assert isinstance(outcome, Outcome)
    return outcome.then(lambda response: response.topics[0])


def not_controller_heartbeat() -> Any:
    return m.BrokerHeartbeatResponse(error_code=41, is_caught_up=False, is_fenced=True, should_shut_down=False)
