"""Replication glue: leader/follower transitions from the metadata image, fetchers, the high
watermark, acks=all waits and ISR changes sent to the active controller (AlterPartition).

Only partitions with more than one replica are touched: a single-replica partition keeps
`Partition.replication = None` and the produce path sets HW = LEO itself, as before.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import structlog

from kpybroker.config_defs import effective_topic_configs
from kpybroker.replication.ack_waiters import AckWaiters
from kpybroker.replication.fetcher import FetcherSettings, FollowedPartition, ReplicaFetcher
from kpybroker.replication.leader_state import LeaderState
from protocol import messages as m
from protocol.errors import ErrorCode

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.replica_manager import Partition

log = structlog.get_logger("kpybroker.replication")

ISR_CHECK_INTERVAL_S = 0.25


def setting(config: Any, name: str, default: int) -> int:
    """An int broker setting by its Kafka name, or `default` when the config lacks it."""
    try:
        value = config.get(name)
    except (KeyError, AttributeError):
        return default
    if isinstance(value, bool) or not isinstance(value, int | str):
        return default
    try:
        return int(value)
    except ValueError:
        return default


class ReplicationManager:
    def __init__(self, broker: Broker) -> None:
        self.broker = broker
        self.node_id = broker.node_id
        cfg = broker.config
        self.lag_max_ms = setting(cfg, "replica.lag.time.max.ms", 30_000)
        self.settings = FetcherSettings(
            node_id=broker.node_id,
            max_wait_ms=setting(cfg, "replica.fetch.wait.max.ms", 500),
            min_bytes=setting(cfg, "replica.fetch.min.bytes", 1),
            max_bytes=setting(cfg, "replica.fetch.response.max.bytes", 10 * 1024 * 1024),
            partition_max_bytes=setting(cfg, "replica.fetch.max.bytes", 1024 * 1024),
            backoff_ms=setting(cfg, "replica.fetch.backoff.ms", 1000),
            request_timeout_ms=setting(cfg, "replica.socket.timeout.ms", 30_000),
        )
        self.acks = AckWaiters()
        self.fetchers: dict[int, ReplicaFetcher] = {}
        self._following: dict[tuple[str, int], int] = {}
        self._leaders: dict[tuple[str, int], Partition] = {}
        self._min_isr: dict[tuple[str, int], int] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._loop_task: asyncio.Task[None] | None = None
        self._alter_in_flight = False
        self._seen: tuple[int, int] = (-1, -1)
        self.log = log.bind(node_id=self.node_id)

    # -- lifecycle -------------------------------------------------------------------------------
    def start(self) -> None:
        self._loop_task = asyncio.create_task(self._isr_loop(), name="kpybroker-isr")

    async def stop(self) -> None:
        if self._loop_task is not None:
            self._loop_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._loop_task
        for task in list(self._tasks):
            task.cancel()
        for fetcher in list(self.fetchers.values()):
            await fetcher.stop()
        self.fetchers.clear()
        self.acks.fail_all(int(ErrorCode.NOT_LEADER_OR_FOLLOWER))

    def _spawn(self, coro: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- metadata -> roles -----------------------------------------------------------------------
    def on_metadata(self) -> None:
        """Become leader / follower for every hosted replicated partition, per the image."""
        broker = self.broker
        image = broker.image
        parts = list(broker.replicas.partitions())
        stamp = (image.version, len(parts))
        if stamp == self._seen:
            return
        self._seen = stamp
        now = broker.now_ms()
        seen: set[tuple[str, int]] = set()
        min_isr_of: dict[str, int] = {}
        for part in parts:
            pinfo = image.partition(part.topic, part.index)
            if pinfo is None:
                continue
            key = part.key
            seen.add(key)
            min_isr = min_isr_of.get(part.topic)
            if min_isr is None:
                min_isr = min_isr_of[part.topic] = self._topic_min_isr(part.topic)
            if min_isr > 1:
                self._min_isr[key] = min_isr
            else:
                self._min_isr.pop(key, None)
            if len(pinfo.replicas) <= 1:
                self._unfollow(key)
                self._lose_leadership(part)
                continue
            if pinfo.leader == self.node_id:
                self._unfollow(key)
                state = part.replication
                if state is None or state.leader_epoch != pinfo.leader_epoch:
                    self._become_leader(part, pinfo, now, min_isr)
                else:
                    state.update_from_metadata(pinfo.replicas, pinfo.isr, pinfo.partition_epoch, now, min_isr)
                self._leaders[key] = part
                self.maybe_advance_high_watermark(part)
            else:
                self._lose_leadership(part)
                if pinfo.leader >= 0 and self.node_id in pinfo.replicas:
                    self._follow(part, pinfo.leader, pinfo.leader_epoch)
                else:
                    self._unfollow(key)
        for key in [k for k in self._following if k not in seen]:
            self._unfollow(key)
        for key in [k for k in self._leaders if k not in seen]:
            self._leaders.pop(key, None)
            self.acks.fail(key, int(ErrorCode.NOT_LEADER_OR_FOLLOWER))
        for key in [k for k in self._min_isr if k not in seen]:
            self._min_isr.pop(key, None)
        for leader_id in [lid for lid, f in self.fetchers.items() if not f.partitions]:
            self._spawn(self.fetchers.pop(leader_id).stop())

    def _topic_min_isr(self, topic: str) -> int:
        broker = self.broker
        configs = effective_topic_configs(broker.image.topic_configs(topic), broker.effective_config)
        try:
            return int(configs.get("min.insync.replicas", "1") or 1)
        except ValueError:
            return 1

    def _become_leader(self, part: Partition, pinfo: Any, now_ms: int, min_isr: int) -> None:
        plog = part.log
        # Kafka's makeLeader: the new epoch starts at our log end, so a follower whose last
        # fetched epoch is older learns where to truncate even before anything is appended.
        plog.epoch_cache.assign(pinfo.leader_epoch, plog.log_end_offset)
        part.replication = LeaderState.become_leader(
            self.node_id, pinfo.replicas, pinfo.isr, pinfo.leader_epoch, pinfo.partition_epoch,
            plog.log_end_offset, now_ms, min_isr,
        )
        self.log.info("became_leader", topic=part.topic, partition=part.index, leader_epoch=pinfo.leader_epoch,
                      isr=list(pinfo.isr), log_end_offset=plog.log_end_offset, high_watermark=plog.high_watermark)

    def _lose_leadership(self, part: Partition) -> None:
        if part.replication is not None:
            part.replication = None
            self.log.info("resigned_leadership", topic=part.topic, partition=part.index)
        if self._leaders.pop(part.key, None) is not None:
            self.acks.fail(part.key, int(ErrorCode.NOT_LEADER_OR_FOLLOWER))

    def _follow(self, part: Partition, leader_id: int, leader_epoch: int) -> None:
        key = part.key
        current = self._following.get(key)
        if current is not None and current != leader_id:
            self._unfollow(key)
        fetcher = self.fetchers.get(leader_id)
        if fetcher is None:
            endpoint = self._endpoint(leader_id)
            if endpoint is None:
                return
            fetcher = ReplicaFetcher(
                leader_id, endpoint, self.settings,
                partition_of=self._followed_partition,
                broker_epoch=lambda: int(getattr(self.broker, "broker_epoch", -1)),
                now_ms=self.broker.now_ms,
            )
            self.fetchers[leader_id] = fetcher
            fetcher.start()
        existing = fetcher.partitions.get(key)
        if existing is None or existing.leader_epoch != leader_epoch or existing.topic_id != part.topic_id:
            if existing is None:
                self.log.info("became_follower", topic=part.topic, partition=part.index, leader=leader_id,
                              leader_epoch=leader_epoch, log_end_offset=part.log.log_end_offset)
            fetcher.add(FollowedPartition(part.topic, part.index, part.topic_id, leader_epoch))
        self._following[key] = leader_id

    def _unfollow(self, key: tuple[str, int]) -> None:
        leader_id = self._following.pop(key, None)
        if leader_id is not None and leader_id in self.fetchers:
            self.fetchers[leader_id].remove(key)

    def _followed_partition(self, topic: str, index: int) -> Partition | None:
        part = self.broker.replicas.get(topic, index)
        if part is None or part.replication is not None or (topic, index) not in self._following:
            return None
        return part

    def _endpoint(self, broker_id: int) -> tuple[str, int] | None:
        info = self.broker.image.brokers.get(broker_id)
        if info is None:
            return None
        name = self.broker.config.inter_broker_listener_name
        ep = info.endpoints.get(name) or next(iter(info.endpoints.values()), None)
        if ep is None:
            return None
        return ep.host, ep.port

    # -- leader: high watermark and acks=all -----------------------------------------------------
    def maybe_advance_high_watermark(self, part: Partition) -> bool:
        state = part.replication
        if state is None:
            return False
        plog = part.log
        hw = state.high_watermark(plog.log_end_offset)
        advanced = hw > plog.high_watermark
        if advanced:
            plog.high_watermark = hw
            self.broker.waiters.wake(part.key)
        if advanced or self.acks.pending(part.key):
            self.acks.complete(part.key, plog.high_watermark, len(state.isr), state.min_insync_replicas)
        return advanced

    def after_leader_append(self, part: Partition) -> None:
        """The produce path's hook for replicated partitions (ReplicaManager.on_replicated_append)."""
        self.maybe_advance_high_watermark(part)

    def after_follower_fetch(self, part: Partition) -> None:
        self.maybe_advance_high_watermark(part)

    def min_isr_error(self, part: Partition) -> int:
        """NOT_ENOUGH_REPLICAS for an acks=all produce while the ISR is below min.insync.replicas."""
        min_isr = self._min_isr.get(part.key, 1)
        if min_isr <= 1:
            return 0
        state = part.replication
        isr_size = 1 if state is None else len(state.isr)
        return int(ErrorCode.NOT_ENOUGH_REPLICAS) if isr_size < min_isr else 0

    def needs_ack_wait(self, part: Partition, required_offset: int) -> bool:
        return part.replication is not None and part.log.high_watermark < required_offset

    async def wait_acks(self, waits: list[tuple[Any, tuple[str, int], int]], timeout_ms: int) -> None:
        """Fill each result's error code once its partition's HW reaches the offset, or
        REQUEST_TIMED_OUT after `timeout_ms` (Kafka's DelayedProduce)."""
        futures = [(result, self.acks.park(key, required)) for result, key, required in waits]
        # Another path may have moved the HW between the append and now.
        for _, key, _ in waits:
            part = self.broker.replicas.get(*key)
            if part is not None:
                self.maybe_advance_high_watermark(part)
        pending = [f for _, f in futures]
        if pending:
            await asyncio.wait(pending, timeout=max(timeout_ms, 0) / 1000)
        for result, fut in futures:
            if fut.done() and not fut.cancelled():
                code = fut.result()
            else:
                fut.cancel()
                code = int(ErrorCode.REQUEST_TIMED_OUT)
            if code:
                result.error_code = code
                result.base_offset = -1
                result.log_append_time_ms = -1
                result.log_start_offset = -1

    # -- leader: ISR changes ---------------------------------------------------------------------
    async def _isr_loop(self) -> None:
        while True:
            await asyncio.sleep(ISR_CHECK_INTERVAL_S)
            try:
                self.check_isr(self.broker.now_ms())
            except Exception as exc:  # noqa: BLE001 - ISR upkeep must survive one bad pass
                self.log.error("isr_check_failed", error=repr(exc), exc_info=exc)

    def check_isr(self, now_ms: int) -> None:
        if self._alter_in_flight:
            return
        image = self.broker.image
        eligible = {b.broker_id for b in image.brokers.values() if not b.fenced and not b.in_controlled_shutdown}
        changes: list[tuple[Partition, LeaderState, tuple[int, ...]]] = []
        for part in list(self._leaders.values()):
            state = part.replication
            if state is None:
                continue
            new = state.isr_change(now_ms, self.lag_max_ms, part.log.log_end_offset, part.log.high_watermark, eligible)
            if new is not None:
                state.proposed_isr = new
                changes.append((part, state, new))
        if changes:
            self._alter_in_flight = True
            self._spawn(self._alter_partition(changes))

    def _alter_request(self, changes: list[tuple[Partition, LeaderState, tuple[int, ...]]]) -> Any:
        topics: dict[Any, Any] = {}
        own_epoch = int(getattr(self.broker, "broker_epoch", -1))
        for part, state, new in changes:
            topic = topics.get(part.topic_id)
            if topic is None:
                topic = topics[part.topic_id] = m.AlterPartitionRequest.TopicData(topic_id=part.topic_id, partitions=[])
            brokers = []
            for b in new:
                f = state.followers.get(b)
                epoch = own_epoch if b == self.node_id else (f.broker_epoch if f is not None else -1)
                brokers.append(m.AlterPartitionRequest.BrokerState(broker_id=b, broker_epoch=epoch))
            topic.partitions.append(m.AlterPartitionRequest.PartitionData(
                partition_index=part.index, leader_epoch=state.leader_epoch, new_isr_with_epochs=brokers,
                leader_recovery_state=0, partition_epoch=state.partition_epoch,
            ))
        return m.AlterPartitionRequest(broker_id=self.node_id, broker_epoch=own_epoch, topics=list(topics.values()))

    async def _alter_partition(self, changes: list[tuple[Partition, LeaderState, tuple[int, ...]]]) -> None:
        request = self._alter_request(changes)
        quorum = self.broker.quorum
        try:
            if quorum is None:
                raise RuntimeError("no metadata quorum")
            for part, _, new in changes:
                self.log.info("isr_change_proposed", topic=part.topic, partition=part.index,
                              isr=list(part.replication.isr) if part.replication else [], proposed=list(new))
            response = await quorum.write(lambda facade, now: facade.alter_partition(request, now), timeout_s=10.0)
        except Exception as exc:  # noqa: BLE001 - the proposal is dropped and retried next pass
            self.log.warning("alter_partition_failed", error=repr(exc))
            for _, state, _ in changes:
                state.abort_proposal()
            return
        finally:
            self._alter_in_flight = False
        self._apply_alter_response(changes, response)

    def _apply_alter_response(self, changes: list[tuple[Partition, LeaderState, tuple[int, ...]]], response: Any) -> None:
        by_key = {(part.topic_id, part.index): (part, state) for part, state, _ in changes}
        if response.error_code:
            self.log.warning("alter_partition_rejected", error=ErrorCode(response.error_code).name)
        answered: set[tuple[Any, int]] = set()
        for topic in response.topics:
            for pdata in topic.partitions:
                entry = by_key.get((topic.topic_id, pdata.partition_index))
                if entry is None:
                    continue
                answered.add((topic.topic_id, pdata.partition_index))
                part, state = entry
                if part.replication is not state:
                    continue  # leadership changed meanwhile
                if pdata.error_code:
                    self.log.info("isr_change_rejected", topic=part.topic, partition=part.index,
                                  error=ErrorCode(pdata.error_code).name)
                    state.abort_proposal()
                    continue
                state.commit_isr(tuple(pdata.isr), int(pdata.partition_epoch))
                self.log.info("isr_changed", topic=part.topic, partition=part.index, isr=list(pdata.isr),
                              partition_epoch=pdata.partition_epoch)
                self.maybe_advance_high_watermark(part)
        for key, (_, state) in by_key.items():
            if key not in answered:
                state.abort_proposal()


def replicated_fetch_hook(manager: ReplicationManager | None) -> Callable[[Partition], None] | None:
    return manager.after_follower_fetch if manager is not None else None
