"""The Raft-backed controller: decide on the active controller, commit through the quorum,
apply on every node.

This replaces `LocalController`'s commit step. The three steps stay:

1. decide: on the Raft leader, once it has applied everything before its own epoch, a
   `QuorumController` decision is taken against the (fully applied) image;
2. commit: the records are proposed as one batch and the write waits until the high
   watermark passes it (with one voter that happens inside the same `pump`);
3. apply: every node, leader or not, applies committed records to its `MetadataImage` in
   log order as `Ready.committed` hands them over.

Writes are decided one at a time: the next decision waits until the previous batch is
applied, so every decision sees the state its records will land on.

Sans-IO: the driver feeds messages and ticks in, calls `pump(now_ms)` and sends the messages
it returns. Results come back through `Outcome` callbacks.
"""

from __future__ import annotations

import itertools
import os
import uuid
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import structlog

from controller.bootstrap import bootstrap_records, registration_request
from controller.image import MetadataImage
from controller.quorum_controller import ControllerResult, QuorumController
from controller.raft.config import RaftConfig
from controller.raft.durable_log import DurableRaftLog
from controller.raft.image_records import image_records
from controller.raft.messages import Message
from controller.raft.node import RaftNode, Role
from controller.raft.raft_log import Snapshot, SnapshotId
from controller.raft.ready import NotLeader, QuorumDescription, Ready
from controller.raft.snapshot_file import decode_snapshot, decode_snapshot_voters, encode_snapshot
from controller.serde import FRAME_VERSION, encode_metadata_record, read_unsigned_varint
from controller.single_node import OFFSETS_TOPIC_CONFIGS, TRANSACTION_TOPIC_CONFIGS
from controller.topic_names import GROUP_METADATA_TOPIC_NAME, TRANSACTION_STATE_TOPIC_NAME
from protocol import messages as m
from protocol.exceptions import ProtocolError

_log = structlog.get_logger(__name__)

Decision = Callable[[MetadataImage, int, int], ControllerResult[Any]]
# Kafka's metadata.log.max.record.bytes.between.snapshots is 20 MiB; we count records.
DEFAULT_SNAPSHOT_EVERY_RECORDS = 20_000
# Lets tests force frequent metadata snapshots on a real process (snapshot catch-up tests).
SNAPSHOT_EVERY_ENV = "KPY_METADATA_SNAPSHOT_EVERY_RECORDS"


def default_snapshot_every() -> int:
    value = os.environ.get(SNAPSHOT_EVERY_ENV)
    return int(value) if value else DEFAULT_SNAPSHOT_EVERY_RECORDS


def decode_metadata_record(buf: bytes | memoryview) -> Any:
    """`controller.serde.decode_metadata_record`, building only the record's own class.

    serde looks the type up in a table of every metadata class, and building that table
    compiled ~150 generated classes: most of a fresh broker's bootstrap time.
    """
    frame_version, pos = read_unsigned_varint(buf, 0)
    if frame_version != FRAME_VERSION:
        raise ProtocolError(f"Could not deserialize metadata record due to unknown frame version {frame_version}")
    api_key, pos = read_unsigned_varint(buf, pos)
    version, pos = read_unsigned_varint(buf, pos)
    cls = m.class_for_api_key("metadata", api_key)
    if cls is None:
        raise ProtocolError(f"Could not deserialize metadata record: unknown record type {api_key}")
    lo, hi = cls.VALID_VERSIONS
    if not lo <= version <= hi:
        raise ProtocolError(f"Could not deserialize {cls.__name__}: unsupported version {version}")
    record, end = cls.decode_from(buf if type(buf) is memoryview else memoryview(buf), pos, version)
    if end != len(buf):
        raise ProtocolError(f"Could not deserialize {cls.__name__} v{version}: {len(buf) - end} trailing byte(s)")
    return record


class NotControllerError(Exception):
    """This node is not (or no longer) the active controller."""

    def __init__(self, leader_id: int, epoch: int) -> None:
        super().__init__(f"not the active controller (leader {leader_id}, epoch {epoch})")
        self.leader_id = leader_id
        self.epoch = epoch


@dataclass(eq=False)
class Outcome:
    """The result of a controller write: known now (single voter) or later."""

    done: bool = False
    value: Any = None
    error: BaseException | None = None
    _callbacks: list[Callable[[Outcome], None]] = field(default_factory=list, repr=False)

    @classmethod
    def of(cls, value: Any) -> Outcome:
        return cls(done=True, value=value)

    def set_result(self, value: Any) -> None:
        if not self.done:
            self.done, self.value = True, value
            self._fire()

    def set_error(self, error: BaseException) -> None:
        if not self.done:
            self.done, self.error = True, error
            self._fire()

    def add_done_callback(self, fn: Callable[[Outcome], None]) -> None:
        if self.done:
            fn(self)
        else:
            self._callbacks.append(fn)

    def result(self) -> Any:
        if not self.done:
            raise RuntimeError("outcome not known yet")
        if self.error is not None:
            raise self.error
        return self.value

    def then(self, fn: Callable[[Any], Any]) -> Outcome:
        """An outcome of `fn(value)` once this one succeeds."""
        out = Outcome()

        def chain(o: Outcome) -> None:
            if o.error is not None:
                out.set_error(o.error)
                return
            try:
                out.set_result(fn(o.value))
            except Exception as exc:  # noqa: BLE001 - surfaced through the outcome
                out.set_error(exc)

        self.add_done_callback(chain)
        return out

    def _fire(self) -> None:
        callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            fn(self)


@dataclass(slots=True)
class _Inflight:
    last_offset: int
    response: Any
    outcome: Outcome


class RaftController:
    """One node's metadata quorum member (voter or observer) and, when leader, the controller."""

    def __init__(
        self,
        node: RaftNode,
        durable: DurableRaftLog,
        image: MetadataImage,
        quorum_controller: QuorumController,
        *,
        snapshot_every: int = DEFAULT_SNAPSHOT_EVERY_RECORDS,
        on_applied: Callable[[], None] | None = None,
    ) -> None:
        self.node = node
        self.durable = durable
        self.image = image
        self.quorum_controller = quorum_controller
        self.snapshot_every = snapshot_every
        self.on_applied = on_applied
        self._queue: deque[tuple[Decision, Outcome]] = deque()
        self._inflight: _Inflight | None = None
        self._bootstrap_pending = False
        self._last_timestamp_ms = 0
        self._pending_messages: list[tuple[int, Message]] = []
        self._voter_tokens = itertools.count(1)
        self._voter_outcomes: dict[int, Outcome] = {}
        # Bootstrap pseudo ids -> (host, port) of controller.quorum.bootstrap.servers.
        self.bootstrap_servers: dict[int, tuple[str, int]] = {}

    @classmethod
    def open(
        cls,
        metadata_dir: Path,
        *,
        node_id: int,
        voters: frozenset[int],
        image: MetadataImage,
        quorum_controller: QuorumController,
        now_ms: int,
        raft_config: RaftConfig | None = None,
        rng_seed: int | None = None,
        snapshot_every: int | None = None,
        bootstrap: tuple[int, ...] = (),
    ) -> RaftController:
        durable = DurableRaftLog.open(metadata_dir, voters, now_ms=now_ms)
        state = durable.read_quorum_state()
        raft_log = durable.load(now_ms)
        seed = rng_seed if rng_seed is not None else uuid.uuid4().int & 0xFFFFFFFF
        node = RaftNode(
            node_id, voters, state, raft_log, raft_config or RaftConfig(), seed, now_ms,
            bootstrap=bootstrap, snapshot_voters=decode_snapshot_voters,
        )
        every = default_snapshot_every() if snapshot_every is None else snapshot_every
        return cls(node, durable, image, quorum_controller, snapshot_every=every)

    # ------------------------------------------------------------------ driver interface

    @property
    def node_id(self) -> int:
        return self.node.node_id

    @property
    def leader_id(self) -> int:
        return self.node.leader_id

    @property
    def epoch(self) -> int:
        return self.node.epoch

    @property
    def is_leader(self) -> bool:
        return self.node.role is Role.LEADER

    @property
    def is_active(self) -> bool:
        """Leader and caught up: every committed record before its epoch applied."""
        node = self.node
        return (
            node.role is Role.LEADER
            and node.high_watermark is not None
            and node.applied_offset >= node.high_watermark
        )

    def start(self, now_ms: int) -> list[tuple[int, Message]]:
        """Load the newest snapshot and committed history; a sole voter elects itself here."""
        out: list[tuple[int, Message]] = []
        for _ in range(8):
            self.node.tick(now_ms)
            out.extend(self.pump(now_ms))
            deadline = self.node.next_deadline_ms()
            if deadline is None or deadline > now_ms:
                break
        return out

    def step(self, msg: Message, now_ms: int) -> None:
        self.node.step(msg, now_ms)

    def tick(self, now_ms: int) -> None:
        self.node.tick(now_ms)

    def next_deadline_ms(self) -> int | None:
        return self.node.next_deadline_ms()

    def describe_quorum(self) -> QuorumDescription | None:
        return self.node.describe_quorum()

    def pump(self, now_ms: int) -> list[tuple[int, Message]]:
        """Carry out everything the core asked for; returns the messages to send now."""
        self._last_timestamp_ms = max(self._last_timestamp_ms, now_ms)
        out: list[tuple[int, Message]] = []
        self._drive(now_ms)
        while self.node.has_ready():
            rd = self.node.ready()
            self.durable.apply(rd, now_ms=now_ms)
            out.extend(rd.messages)
            applied = self._apply(rd)
            for change in rd.voter_changes:
                pending = self._voter_outcomes.pop(change.token, None)
                if pending is not None:
                    pending.set_result(change)
            self.node.advance(rd)
            if rd.leader_changed is not None:
                self._on_leader_change(now_ms)
            self._resolve()
            self._drive(now_ms)
            if applied and self.on_applied is not None:
                self.on_applied()
        self._maybe_snapshot()
        if self.node.has_ready():
            out.extend(self.pump(now_ms))
        return out

    def submit(self, decide: Decision, now_ms: int) -> Outcome:
        """Queue a write decided on the leader; fails with NotControllerError elsewhere."""
        outcome = Outcome()
        if not self.is_leader:
            outcome.set_error(NotControllerError(self.node.leader_id, self.node.epoch))
            return outcome
        self._queue.append((decide, outcome))
        self._drive(now_ms)
        return outcome

    def write(self, decide: Decision, now_ms: int) -> Outcome:
        """`submit` then `pump`: with one voter the outcome is known on return."""
        outcome = self.submit(decide, now_ms)
        self._pending_messages.extend(self.pump(now_ms))
        return outcome

    def voter_change(self, call: Callable[[RaftNode, int, int], None], now_ms: int) -> Outcome:
        """Run `call(node, token, now_ms)` (add/remove/update_voter); the outcome holds its
        `VoterChangeResult` once the core answers (often only after the change commits)."""
        token = next(self._voter_tokens)
        outcome = Outcome()
        self._voter_outcomes[token] = outcome
        call(self.node, token, now_ms)
        self._pending_messages.extend(self.pump(now_ms))
        return outcome

    def take_messages(self) -> list[tuple[int, Message]]:
        """Messages produced by `write`'s pumping, for the driver to send."""
        out, self._pending_messages = self._pending_messages, []
        return out

    # ------------------------------------------------------------------ internals

    def _apply(self, rd: Ready) -> bool:
        changed = False
        if rd.snapshot_to_load is not None:
            self._load_snapshot(rd.snapshot_to_load)
            changed = True
        for entry in rd.committed:
            if entry.payload:
                record = decode_metadata_record(entry.payload)
                self.image.apply(record, entry.offset)
                changed = True
        return changed

    def _load_snapshot(self, snapshot: Snapshot) -> None:
        offset = snapshot.snapshot_id.end_offset - 1
        fresh = MetadataImage(cluster_id=self.image.cluster_id)
        fresh.version = self.image.version + 1
        # Reset in place: the broker's handlers hold this image object.
        self.image.__dict__.update(fresh.__dict__)
        for payload in decode_snapshot(snapshot.data):
            self.image.apply(decode_metadata_record(payload), offset)
        self.image.last_offset = offset
        _log.info("metadata_snapshot_loaded", snapshot=snapshot.snapshot_id, topics=len(self.image.topics_by_name))

    def _on_leader_change(self, now_ms: int) -> None:
        info = self.node.leader_info()
        _log.info("metadata_leader_changed", leader=info.leader_id, epoch=info.epoch, node_id=self.node_id)
        if self.node.role is not Role.LEADER:
            error = NotControllerError(info.leader_id, info.epoch)
            if self._inflight is not None:
                self._inflight.outcome.set_error(error)
                self._inflight = None
            while self._queue:
                self._queue.popleft()[1].set_error(error)
        else:
            self._bootstrap_pending = True

    def _resolve(self) -> None:
        inflight = self._inflight
        if inflight is not None and self.node.applied_offset > inflight.last_offset:
            self._inflight = None
            inflight.outcome.set_result(inflight.response)

    def _drive(self, now_ms: int) -> None:
        while self._inflight is None and self.is_active:
            if self._bootstrap_pending:
                self._bootstrap_pending = False
                if not self.image.features:
                    _log.info("metadata_bootstrap", cluster_id=self.image.cluster_id)
                    self._queue.appendleft(
                        (lambda image, _now, _next: ControllerResult(bootstrap_records(), None), Outcome())
                    )
            if not self._queue:
                return
            decide, outcome = self._queue.popleft()
            try:
                result = decide(self.image, now_ms, self.node.log.end_offset)
            except Exception as exc:  # noqa: BLE001 - a failed decision fails only its request
                _log.error("controller_decision_failed", error=repr(exc), exc_info=exc)
                outcome.set_error(exc)
                continue
            if not result.records:
                outcome.set_result(result.response)
                continue
            payloads = [encode_metadata_record(r) for r in result.records]
            last = self.node.propose(payloads, now_ms)
            if isinstance(last, NotLeader):
                outcome.set_error(NotControllerError(last.leader_id, last.epoch))
                continue
            self._inflight = _Inflight(last, result.response, outcome)

    def _maybe_snapshot(self) -> None:
        node = self.node
        if self.snapshot_every <= 0 or self._inflight is not None:
            return
        applied = node.applied_offset
        if applied - node.log.start_offset < self.snapshot_every or applied <= node.log.start_offset:
            return
        # The image reflects exactly the offsets below `applied` here.
        sid_epoch = node.log.epoch_at(applied - 1)
        payloads = [encode_metadata_record(r) for r in image_records(self.image)]
        voters = node.log.voters_at(applied)
        data = encode_snapshot(payloads, SnapshotId(applied, sid_epoch), self._last_timestamp_ms, voters)
        sid = node.snapshot(applied, data)
        _log.info("metadata_snapshot_taken", snapshot=sid, records=len(payloads))

    # ------------------------------------------------------------------ controller APIs

    def _op(self, fn: Callable[[MetadataImage, int], ControllerResult[Any]], now_ms: int) -> Outcome:
        return self.write(lambda image, now, _next: fn(image, now), now_ms)

    def create_topics(self, request: Any, version: int, now_ms: int) -> Outcome:
        qc = self.quorum_controller
        return self._op(lambda image, now: qc.create_topics(request, image, now, version), now_ms)

    def delete_topics(self, request: Any, version: int, now_ms: int) -> Outcome:
        qc = self.quorum_controller
        return self._op(lambda image, now: qc.delete_topics(request, image, now, version), now_ms)

    def create_partitions(self, request: Any, version: int, now_ms: int) -> Outcome:
        qc = self.quorum_controller
        return self._op(lambda image, now: qc.create_partitions(request, image, now, version), now_ms)

    def incremental_alter_configs(self, request: Any, version: int, now_ms: int) -> Outcome:
        qc = self.quorum_controller
        return self._op(lambda image, now: qc.incremental_alter_configs(request, image, now, version), now_ms)

    def alter_configs(self, request: Any, version: int, now_ms: int) -> Outcome:
        qc = self.quorum_controller
        return self._op(lambda image, now: qc.alter_configs(request, image, now, version), now_ms)

    def broker_registration(self, request: Any, now_ms: int) -> Outcome:
        qc = self.quorum_controller
        return self.write(
            lambda image, now, next_offset: qc.register_broker(request, image, now, next_offset=next_offset), now_ms
        )

    def broker_heartbeat(self, request: Any, now_ms: int) -> Outcome:
        qc = self.quorum_controller
        return self._op(lambda image, now: qc.broker_heartbeat(request, image, now), now_ms)

    def allocate_producer_ids_request(self, request: Any, now_ms: int) -> Outcome:
        qc = self.quorum_controller
        return self._op(lambda image, now: qc.allocate_producer_ids(request, image, now), now_ms)

    def alter_partition(self, request: Any, now_ms: int, version: int = 3) -> Outcome:
        """AlterPartition (56) from a partition leader: ISR changes."""
        qc = self.quorum_controller
        return self._op(lambda image, now: qc.alter_partition(request, image, now, version), now_ms)

    def fence_stale_brokers(self, now_ms: int) -> Outcome:
        qc = self.quorum_controller
        return self._op(lambda image, now: ControllerResult(qc.fence_stale_brokers(image, now), None), now_ms)

    def create_acls(self, request: Any, version: int, now_ms: int) -> Outcome:
        qc = self.quorum_controller
        return self._op(lambda image, now: qc.create_acls(request, image, now, version), now_ms)

    def delete_acls(self, request: Any, version: int, now_ms: int) -> Outcome:
        qc = self.quorum_controller
        return self._op(lambda image, now: qc.delete_acls(request, image, now, version), now_ms)

    def alter_user_scram_credentials(self, request: Any, version: int, now_ms: int) -> Outcome:
        qc = self.quorum_controller
        return self._op(lambda image, now: qc.alter_user_scram_credentials(request, image, now, version), now_ms)

    def alter_client_quotas(self, request: Any, version: int, now_ms: int) -> Outcome:
        qc = self.quorum_controller
        return self._op(lambda image, now: qc.alter_client_quotas(request, image, now, version), now_ms)

    def alter_partition_reassignments(self, request: Any, version: int, now_ms: int) -> Outcome:
        qc = self.quorum_controller
        return self._op(lambda image, now: qc.alter_partition_reassignments(request, image, now, version), now_ms)

    def elect_leaders(self, request: Any, version: int, now_ms: int) -> Outcome:
        qc = self.quorum_controller
        return self._op(lambda image, now: qc.elect_leaders(request, image, now, version), now_ms)

    def update_features(self, request: Any, version: int, now_ms: int) -> Outcome:
        qc = self.quorum_controller
        return self._op(lambda image, now: qc.update_features(request, image, now, version), now_ms)

    # ------------------------------------------------------------------ helpers shared with forwarding


def create_topic_request(
    name: str, partitions: int, replication_factor: int, configs: dict[str, str] | None = None
) -> Any:
    topic = m.CreateTopicsRequest.CreatableTopic(
        name=name,
        num_partitions=partitions,
        replication_factor=replication_factor,
        assignments=[],
        configs=[m.CreateTopicsRequest.CreatableTopicConfig(name=k, value=v) for k, v in (configs or {}).items()],
    )
    return m.CreateTopicsRequest(topics=[topic], timeout_ms=0, validate_only=False)


def internal_topic_defaults(name: str, replication_factor: int, configs: dict[str, str] | None) -> tuple[int, dict[str, str]]:
    """Default partitions and configs for `__consumer_offsets` / `__transaction_state`."""
    defaults: dict[str, tuple[int, dict[str, str]]] = {
        GROUP_METADATA_TOPIC_NAME: (50, OFFSETS_TOPIC_CONFIGS),
        TRANSACTION_STATE_TOPIC_NAME: (50, TRANSACTION_TOPIC_CONFIGS),
    }
    default_partitions, default_configs = defaults.get(name, (1, {}))
    merged = dict(default_configs)
    merged.update(configs or {})
    if replication_factor < 2:
        # A one-replica __transaction_state cannot satisfy min.insync.replicas=2 (Kafka caps it too).
        merged.pop("min.insync.replicas", None)
    return default_partitions, merged


def local_registration_request(
    *,
    node_id: int,
    cluster_id: str,
    listeners: Sequence[tuple[str, str, int, int]],
    log_dirs: Sequence[uuid.UUID],
    rack: str | None,
) -> Any:
    return registration_request(
        node_id=node_id,
        cluster_id=cluster_id,
        incarnation_id=uuid.uuid4(),
        listeners=listeners,
        log_dirs=log_dirs,
        rack=rack,
    )
