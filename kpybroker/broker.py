"""The broker process: wires config, storage, metadata, handlers and listeners together."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import structlog

from kpybroker import handlers as handler_modules
from kpybroker.config import BrokerConfig
from kpybroker.env import TopicSpec
from kpybroker.fetch_sessions import FetchSessionCache
from kpybroker.handlers.registry import HandlerSpec, build_table
from kpybroker.network import BoundListener, ConnectionLimits, RequestContext, start_listener
from kpybroker.producer_ids import ProducerIdManager
from kpybroker.quorum import LISTENER_KIND, QuorumDriver
from kpybroker.replica_manager import AppendOutcome, Partition, ReplicaManager
from kpybroker.replication import BrokerLiveness, ReplicationManager
from kpybroker.security import guard
from kpybroker.security.broker_security import BrokerSecurity, SecuritySettings
from kpybroker.storage import BrokerStorage
from kpybroker.waiters import FetchWaiters
from protocol.errors import ErrorCode
from protocol.messages import RequestHeader

T = TypeVar("T")

OFFSETS_TOPIC = "__consumer_offsets"
TRANSACTION_TOPIC = "__transaction_state"


class Broker:
    """One kpybroker node (broker and controller roles in one process for now)."""

    def __init__(
        self,
        config: BrokerConfig,
        *,
        clock: Callable[[], float] = time.time,
        startup_topics: Sequence[TopicSpec] = (),
    ) -> None:
        self.config = config
        self._startup_topics = tuple(startup_topics)
        self.node_id = config.node_id
        self._clock = clock
        self.log = structlog.get_logger("kpybroker.broker").bind(node_id=config.node_id)
        self.handler_tables: Mapping[str, Mapping[int, HandlerSpec]] = {
            "broker": build_table(handler_modules.MODULES, "broker"),
            "controller": build_table(
                _controller_modules(handler_modules.MODULES, handler_modules.CONTROLLER_MODULES), "controller"
            ),
        }
        self.waiters = FetchWaiters()
        self.security = BrokerSecurity(SecuritySettings.from_config(config))
        # Decided once: without an authorizer the hot path pays nothing for ACLs.
        self._authorizing = self.security.settings.authorizer_enabled
        self.fetch_sessions = FetchSessionCache(config.max_incremental_fetch_session_cache_slots)
        self.internal_topics = frozenset({OFFSETS_TOPIC, TRANSACTION_TOPIC})
        self.listeners: dict[str, BoundListener] = {}
        self.storage: BrokerStorage | None = None
        self.replicas: ReplicaManager
        self.groups: Any = None
        self.transactions: Any = None
        self._tasks: list[asyncio.Task[None]] = []
        self._stopped = asyncio.Event()
        self._started = False
        self.quorum: QuorumDriver | None = None
        self.replication: ReplicationManager | None = None
        self.liveness: BrokerLiveness | None = None
        self.broker_epoch = -1

    # -- lifecycle ---------------------------------------------------------------------------------
    async def start(self) -> None:
        started = time.monotonic()
        now = self.now_ms()
        self.storage = BrokerStorage.open(self.config, now, self._startup_topics)
        self.replicas = ReplicaManager(self.storage.logs, self.node_id)
        # Replication: leader/follower roles follow the image; HW from the ISR.
        self.replication = ReplicationManager(self)
        self.replicas.on_replicated_append = self.replication.after_leader_append
        self.quorum = QuorumDriver(
            self.storage.controller, self.config.bootstrap_voters(), cluster_id=self.storage.cluster_id,
            clock=self._clock, on_applied=self._sync_replicas,
        )
        self.storage.attach_quorum(self.quorum)
        self.quorum.start()
        limits = ConnectionLimits(
            socket_request_max_bytes=self.config.socket_request_max_bytes,
            connections_max_idle_ms=self.config.connections_max_idle_ms,
        )
        for listener in self.config.listeners:
            bound = await start_listener(
                lambda _name: self, listener.name, listener.security_protocol, listener.host, listener.port, limits
            )
            self.listeners[listener.name] = bound
        self.broker_epoch = await self.storage.register_local_broker(self._advertised_endpoints())
        storage = self.storage
        await storage.prefetch_producer_ids(self.node_id, self.broker_epoch)
        self.producer_ids = ProducerIdManager(lambda: storage.allocate_producer_ids(self.node_id, self.broker_epoch))
        await self.storage.create_startup_topics()
        self._sync_replicas()
        self.groups = self._make_group_coordinator()
        self.transactions = self._make_transaction_coordinator()
        self._tasks.append(asyncio.create_task(self._housekeeping(), name="kpybroker-housekeeping"))
        self.replication.start()
        self.liveness = BrokerLiveness(self)
        self.liveness.start()
        self._started = True
        self.log.info(
            "broker_started",
            cluster_id=self.cluster_id,
            listeners={name: f"{b.host}:{b.port}" for name, b in self.listeners.items()},
            startup_ms=int((time.monotonic() - started) * 1000),
        )

    async def stop(self) -> None:
        if not self._started:
            return
        self._started = False
        for bound in self.listeners.values():
            bound.server.close()
            for conn in list(bound.stats.open_connections):
                conn.close()
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self.liveness is not None:
            await self.liveness.stop()
        if self.replication is not None:
            await self.replication.stop()
        for coordinator in (self.transactions, self.groups):
            if coordinator is not None and hasattr(coordinator, "shutdown"):
                coordinator.shutdown()
        assert self.storage is not None
        if self.quorum is not None:
            await self.quorum.stop()
        self.storage.shutdown()
        self.log.info("broker_stopped")
        self._stopped.set()

    async def wait_stopped(self) -> None:
        await self._stopped.wait()

    async def _housekeeping(self) -> None:
        """Coordinator timers every 100 ms; flush policy, retention and compaction every second."""
        assert self.storage is not None
        next_log_tick = 0
        while True:
            await asyncio.sleep(0.1)
            now = self.now_ms()
            try:
                for coordinator in (self.groups, self.transactions):
                    if coordinator is not None and hasattr(coordinator, "tick"):
                        coordinator.tick(now)
                if now >= next_log_tick:
                    next_log_tick = now + 1000
                    self.storage.tick(now)
            except Exception as exc:  # noqa: BLE001 - housekeeping must survive one bad pass
                self.log.error("housekeeping_failed", error=repr(exc), exc_info=exc)

    def _make_group_coordinator(self) -> Any:
        factory = getattr(handler_modules.GROUPS, "make_group_coordinator", None)
        return factory(self) if factory is not None else None

    def _make_transaction_coordinator(self) -> Any:
        factory = getattr(handler_modules.TRANSACTIONS, "make_transaction_coordinator", None)
        return factory(self) if factory is not None else None

    # -- clock -------------------------------------------------------------------------------------
    def now_ms(self) -> int:
        return int(self._clock() * 1000)

    # -- dispatch (network.Dispatcher) --------------------------------------------------------------
    def dispatch(self, ctx: RequestContext, request: Any) -> Any | Awaitable[Any] | None:
        header = ctx.header
        kind = self.listener_kind(ctx.listener)
        spec = self.handler_tables[kind].get(header.request_api_key)
        if spec is None:
            from protocol.exceptions import ProtocolError

            raise ProtocolError(
                f"api key {header.request_api_key} is not served on listener {ctx.listener}"
            )
        if not spec.min_version <= header.request_api_version <= spec.max_version:
            from protocol.exceptions import ProtocolError

            raise ProtocolError(
                f"{spec.name} version {header.request_api_version} is not supported "
                f"(supported {spec.min_version}-{spec.max_version})"
            )
        token = LISTENER_KIND.set(kind)
        try:
            if self._authorizing:
                return guard.dispatch(self, ctx, request, spec.handle)
            return spec.handle(self, ctx, request)
        finally:
            LISTENER_KIND.reset(token)

    def unsupported_version(self, header: RequestHeader) -> Any | None:
        from kpybroker.handlers import api_versions

        if header.request_api_key != 18:
            return None
        listener = next(iter(self.listeners), "PLAINTEXT")
        return api_versions.build_response(self, listener, ErrorCode.UNSUPPORTED_VERSION)

    # -- views the handlers use ---------------------------------------------------------------------
    @property
    def image(self) -> Any:
        assert self.storage is not None
        return self.storage.image

    @property
    def effective_config(self) -> BrokerConfig:
        assert self.storage is not None
        return self.storage.effective_config

    @property
    def cluster_id(self) -> str:
        assert self.storage is not None
        return self.storage.cluster_id

    @property
    def log_dirs(self) -> list[Path]:
        return [Path(d) for d in self.config.log_dirs]

    def listener_kind(self, listener: str) -> str:
        return "controller" if listener in self.config.controller_listener_names else "broker"

    def features(self) -> tuple[dict[str, tuple[int, int]], dict[str, int], int]:
        assert self.storage is not None
        return self.storage.features()

    def live_broker_ids(self) -> set[int]:
        return {b.broker_id for b in self.image.brokers.values() if not b.fenced}

    def alive_brokers(self, listener: str, *, include_fenced: bool = False) -> list[tuple[int, str, int, str | None]]:
        out = []
        for b in sorted(self.image.brokers.values(), key=lambda b: b.broker_id):
            if b.fenced and not include_fenced:
                continue
            ep = b.endpoints.get(listener)
            if ep is None:
                continue
            out.append((b.broker_id, ep.host, ep.port, b.rack))
        return out

    def controller_id_for_clients(self) -> int:
        # KRaft brokers report a live broker as "controller" to clients, which cannot reach controllers.
        live = sorted(self.live_broker_ids())
        return self.node_id if self.node_id in live or not live else live[0]

    def active_controller_id(self) -> int:
        return self.quorum.controller.leader_id if self.quorum is not None else -1

    def controller_endpoints(self) -> list[tuple[int, str, int, str | None]]:
        # The quorum's voters; our own entry with the port actually bound (it may be 0 in config).
        own = next((self.listeners[n] for n in self.config.controller_listener_names if n in self.listeners), None)
        out = []
        for nid, (host, port) in sorted(self.config.bootstrap_voters().items()):
            if nid == self.node_id and own is not None:
                host, port = own.host or host or "localhost", own.port
            out.append((nid, host or "localhost", port, None))
        return out

    def _advertised_endpoints(self) -> list[tuple[str, str, int, str]]:
        """(listener, host, port, security protocol) for every broker listener, with bound ports."""
        endpoints: list[tuple[str, str, int, str]] = []
        advertised = {lst.name: lst for lst in self.config.advertised_listeners}
        for name, bound in self.listeners.items():
            if name in self.config.controller_listener_names:
                continue
            adv = advertised.get(name)
            host = adv.host if adv is not None and adv.host else (bound.host or "localhost")
            if host in ("0.0.0.0", "::"):
                host = "localhost"
            port = adv.port if adv is not None and adv.port else bound.port
            endpoints.append((name, host, port, bound.security_protocol))
        return endpoints

    def bound_port(self, listener: str | None = None) -> int:
        if listener is None:
            for name, bound in self.listeners.items():
                if name not in self.config.controller_listener_names:
                    return bound.port
            raise KeyError("no broker listener")
        return self.listeners[listener].port

    def allow_internal_writes(self, ctx: RequestContext) -> bool:
        return False

    # -- operations the handlers call ------------------------------------------------------------------
    def produce_to_partition(
        self, part: Partition, records: memoryview, *, now_ms: int, transactional_id: str | None,
        ctx: RequestContext,
    ) -> AppendOutcome:
        if transactional_id is not None and self.transactions is not None:
            # KIP-890: transactional batches only for partitions in the producer's ongoing transaction.
            refused = self.transactions.check_produce(transactional_id, records, part, ctx.api_version, now_ms)
            if refused is not None:
                return refused
        return self.replicas.append_as_leader(
            part, records, now_ms=now_ms, transactional_id=transactional_id, api_version=ctx.api_version
        )

    def controller_op(self, op: Callable[[Any, int], Any]) -> Any:
        """Run a controller write: its response now (single voter) or an awaitable of it."""
        assert self.quorum is not None
        return self.quorum.run_op(op, self._sync_replicas)

    def auto_create_topic(self, name: str, ctx: RequestContext) -> int:
        assert self.storage is not None
        if name in self.internal_topics:
            return self.create_internal_topic(name)
        error = self.storage.auto_create_topic(name, self.now_ms())
        self._sync_replicas()
        self.log.info("topic_auto_created", topic=name, client_id=ctx.client_id, error=ErrorCode(error).name)
        return error

    def create_internal_topic(self, name: str) -> int:
        assert self.storage is not None
        error = self.storage.create_internal_topic(name, self.now_ms())
        self._sync_replicas()
        return error

    def _sync_replicas(self) -> None:
        assert self.storage is not None
        self.replicas.sync(self.image, self.storage.log_config_for, self.now_ms())
        if self.replication is not None:
            self.replication.on_metadata()


def _controller_modules(broker_modules: Sequence[Any], controller_modules: Sequence[Any]) -> list[Any]:
    """Controller-listener handlers: the quorum package's, then shared ones it does not replace."""
    keys = {m.REQUEST.API_KEY for m in controller_modules}
    return [*controller_modules, *(m for m in broker_modules if m.REQUEST.API_KEY not in keys)]
