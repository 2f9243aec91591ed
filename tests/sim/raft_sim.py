"""A seeded, deterministic network simulator for the sans-IO Raft core.

One `Simulation(seed)` builds a cluster (3 or 5 voters plus observers), then runs a discrete
event loop over a virtual clock: message deliveries (with random latency, so reordering,
plus drops and duplicates), node timers, client proposals, snapshots, crashes (volatile state
lost, the "disk" kept; sometimes mid-write so the last batch never reaches the disk),
restarts, partitions and heals. After every event the safety invariants are checked:

- election safety: at most one leader per epoch;
- log matching: an (offset, epoch) pair always names the same entry with the same
  predecessor epoch, so equal (offset, epoch) implies equal prefixes;
- leader completeness: a new leader holds every entry committed so far;
- state machine safety: every node applies the same committed sequence (each node's applied
  stream is a prefix of one global ledger; snapshots match the ledger's digest).

At the end the network heals, every node restarts, and liveness is checked: a leader emerges
and a fresh proposal is applied by every node. A failure names its seed; `replay(seed)` reruns
that exact schedule (and `replay(seed, trace=True)` keeps an event trace in the error).
"""

from __future__ import annotations

import hashlib
import heapq
import random
from collections import deque
from dataclasses import dataclass, field

from controller.raft import (
    Entry,
    Message,
    PersistedState,
    QuorumStateRecord,
    RaftConfig,
    RaftLog,
    RaftNode,
    Ready,
    Role,
    quiet_logger,
)
from controller.raft.raft_log import Snapshot, SnapshotId
from controller.raft.ready import NotLeader
from controller.raft.voter_set import Endpoint, Voter, VoterSet


class InvariantViolation(AssertionError):
    pass


@dataclass
class SimProfile:
    """Fault intensities for one schedule (drawn from the seed)."""

    n_voters: int
    n_observers: int
    duration_ms: int
    max_latency_ms: int
    drop_rate: float
    dup_rate: float
    chaos_mean_ms: float
    propose_mean_ms: float
    crash_mid_write_rate: float

    @classmethod
    def from_seed(cls, seed: int, rng: random.Random) -> SimProfile:
        return cls(
            n_voters=3 if seed % 2 == 0 else 5,
            n_observers=1,
            duration_ms=rng.choice((6_000, 10_000, 15_000)),
            max_latency_ms=rng.choice((5, 20, 80, 300)),
            drop_rate=rng.choice((0.0, 0.01, 0.05, 0.15)),
            dup_rate=rng.choice((0.0, 0.02, 0.1)),
            chaos_mean_ms=rng.choice((400.0, 1_000.0, 3_000.0)),
            propose_mean_ms=rng.choice((50.0, 200.0, 600.0)),
            crash_mid_write_rate=rng.choice((0.0, 0.01)),
        )


@dataclass
class Disk:
    quorum_state: QuorumStateRecord | None = None
    log: RaftLog = field(default_factory=RaftLog)


def _digest(prev: bytes, entry: Entry) -> bytes:
    h = hashlib.blake2b(prev, digest_size=12)
    h.update(repr((entry.offset, entry.epoch, entry.payload, entry.leader_change, entry.voters)).encode())
    return h.digest()


def sim_voter(node_id: int) -> Voter:
    """A simulated replica's voter entry (endpoints are only labels here)."""
    return Voter(node_id, endpoints=(Endpoint("CONTROLLER", f"node{node_id}", 9000 + node_id),))


def encode_sim_snapshot(offset: int, digest: bytes, voters: VoterSet | None) -> bytes:
    """Sim snapshot bytes: offset, digest, and (kraft.version 1) the voter ids in force."""
    ids = b"" if voters is None else b",".join(str(v).encode() for v in sorted(voters.ids))
    return offset.to_bytes(8, "big") + bytes([len(digest)]) + digest + ids


def decode_sim_snapshot(data: bytes) -> tuple[int, bytes, VoterSet | None]:
    n = data[8]
    rest = data[9 + n :]
    voters = VoterSet.of(sim_voter(int(x)) for x in rest.split(b",")) if rest else None
    return int.from_bytes(data[:8], "big"), data[9 : 9 + n], voters


def sim_snapshot_voters(data: bytes) -> VoterSet | None:
    return decode_sim_snapshot(data)[2]


@dataclass
class StateMachine:
    """Applies committed entries; its state is the hash chain of everything applied."""

    next_offset: int = 0
    digest: bytes = b""


@dataclass
class SimNode:
    node_id: int
    disk: Disk
    core: RaftNode | None = None
    incarnation: int = 0
    sm: StateMachine = field(default_factory=StateMachine)
    last_tick: int = -1


@dataclass(order=True)
class _InFlight:
    deliver_at: int
    seq: int
    msg: Message = field(compare=False)
    src_incarnation: int = field(compare=False)
    dst_incarnation: int = field(compare=False)


@dataclass(order=True)
class _Timed:
    at: int
    seq: int
    kind: str = field(compare=False)
    node: int = field(compare=False, default=-1)


class Simulation:
    def __init__(
        self, seed: int, trace: bool = False, profile: SimProfile | None = None, dynamic: bool = False
    ) -> None:
        self.seed = seed
        # kraft.version 1: the voter set lives in the log (bootstrap snapshot), and chaos
        # adds and removes voters through the leader (KIP-853).
        self.dynamic = dynamic
        self._voter_tokens = 0
        self.rng = random.Random(seed)
        self.profile = profile or SimProfile.from_seed(seed, self.rng)
        p = self.profile
        self.config = RaftConfig()
        self.logger = quiet_logger()
        self.voters = frozenset(range(1, p.n_voters + 1))
        ids = list(range(1, p.n_voters + 1 + p.n_observers))
        self.nodes: dict[int, SimNode] = {i: SimNode(i, Disk()) for i in ids}
        if dynamic:
            # What `kafka-storage format --initial-controllers` writes: a snapshot at offset 0
            # holding the first voter set.
            initial = VoterSet.of(sim_voter(v) for v in self.voters)
            for node in self.nodes.values():
                node.disk.log = RaftLog(
                    snapshot=Snapshot(SnapshotId(0, 0), encode_sim_snapshot(0, b"", initial), initial)
                )
        self.now = 0
        self._seq = 0
        self.network: list[_InFlight] = []
        self.timed: list[_Timed] = []
        self.blocked: set[tuple[int, int]] = set()
        self.faults_enabled = True
        self.trace: deque[tuple[object, ...]] | None = deque(maxlen=400) if trace else None
        # Invariant bookkeeping.
        self.leader_of_epoch: dict[int, int] = {}
        self.entry_index: dict[tuple[int, int], tuple[bytes, object, int]] = {}
        self.ledger: list[Entry] = []
        self.ledger_digest: list[bytes] = [b""]  # digest after applying ledger[:i]
        self.proposed = 0
        self.events = 0
        self.stats: dict[str, int] = {}
        for node in self.nodes.values():
            self._start(node)

    # ------------------------------------------------------------------ plumbing

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def _count(self, key: str) -> None:
        self.stats[key] = self.stats.get(key, 0) + 1

    def _note(self, *event: object) -> None:
        if self.trace is not None:
            self.trace.append((self.now, *event))

    def fail(self, what: str) -> InvariantViolation:
        lines = [
            f"seed={self.seed} t={self.now}ms: {what}",
            f"replay: tests.sim.raft_sim.replay({self.seed})",
        ]
        if self.trace is not None:
            lines.append("last events:")
            lines.extend(repr(e) for e in self.trace)
        return InvariantViolation("\n".join(lines))

    def _start(self, node: SimNode) -> None:
        node.incarnation += 1
        node.sm = StateMachine()
        node.last_tick = -1
        node.core = RaftNode(
            node.node_id,
            frozenset() if self.dynamic else self.voters,
            PersistedState(node.disk.quorum_state),
            node.disk.log.clone(),
            self.config,
            rng_seed=self.rng.randrange(1 << 62),
            now_ms=self.now,
            logger=self.logger,
            snapshot_voters=sim_snapshot_voters,
        )
        self._note("start", node.node_id, node.incarnation)
        self._drain(node)

    def _crash(self, node: SimNode) -> None:
        node.core = None
        node.incarnation += 1  # connections die: in-flight traffic to/from it is dropped
        self._count("crashes")
        self._note("crash", node.node_id)

    def _send(self, msg: Message) -> None:
        src, dst = self.nodes[msg.source], self.nodes.get(msg.dest)
        if dst is None or (msg.source, msg.dest) in self.blocked:
            return
        p = self.profile
        copies = 1
        if self.faults_enabled:
            if self.rng.random() < p.drop_rate:
                return
            if self.rng.random() < p.dup_rate:
                copies = 2
        for _ in range(copies):
            latency = self.rng.randint(1, p.max_latency_ms)
            heapq.heappush(
                self.network,
                _InFlight(self.now + latency, self._next_seq(), msg, src.incarnation, dst.incarnation),
            )

    def _schedule(self, at: int, kind: str, node: int = -1) -> None:
        heapq.heappush(self.timed, _Timed(at, self._next_seq(), kind, node))

    # ------------------------------------------------------------------ Ready processing

    def _drain(self, node: SimNode) -> None:
        while node.core is not None and node.core.has_ready():
            rd = node.core.ready()
            if self.faults_enabled and self.rng.random() < self.profile.crash_mid_write_rate:
                self._crash(node)  # nothing of this batch reached the disk or the wire
                return
            self._persist(node, rd)
            for _, msg in rd.messages:
                self._send(msg)
            self._apply(node, rd)
            self._check_leader(node, rd)
            for change in rd.voter_changes:
                self._count("voter_changes_ok" if change.error_code == 0 else "voter_changes_failed")
            node.core.advance(rd)

    def _persist(self, node: SimNode, rd: Ready) -> None:
        disk = node.disk
        if rd.persist_state is not None:
            prev = disk.quorum_state
            new = rd.persist_state
            if prev is not None and new.leader_epoch < prev.leader_epoch:
                raise self.fail(f"node {node.node_id} persisted an older epoch {new} after {prev}")
            disk.quorum_state = new
        if rd.install_snapshot:
            assert rd.snapshot_to_load is not None
            self._count("snapshots_installed")
            disk.log.reset_to_snapshot(rd.snapshot_to_load)
        if rd.truncate_to is not None:
            self._count("truncations")
            if rd.truncate_to < len(self.ledger) and rd.truncate_to < node.sm.next_offset:
                raise self.fail(f"node {node.node_id} truncated applied entries at {rd.truncate_to}")
            disk.log.truncate_to(rd.truncate_to)
        for e in rd.append_entries:
            prev_epoch = disk.log.epoch_at(e.offset - 1) if e.offset > 0 else 0
            key = (e.offset, e.epoch)
            value = (e.payload, e.leader_change, e.voters, prev_epoch)
            seen = self.entry_index.setdefault(key, value)
            if seen != value:
                raise self.fail(f"log matching: node {node.node_id} has {key} -> {value}, elsewhere {seen}")
            disk.log.append([e])
        if rd.new_snapshot is not None:
            disk.log.take_snapshot(rd.new_snapshot)

    def _apply(self, node: SimNode, rd: Ready) -> None:
        sm = node.sm
        if rd.snapshot_to_load is not None:
            end = rd.snapshot_to_load.snapshot_id.end_offset
            offset, digest, voters = decode_sim_snapshot(rd.snapshot_to_load.data)
            if offset != end or end >= len(self.ledger_digest) or self.ledger_digest[end] != digest:
                raise self.fail(
                    f"node {node.node_id} loaded a snapshot at {end} that disagrees with the ledger"
                )
            if self.dynamic and (voters is None or voters.ids != self._ledger_voters(end)):
                raise self.fail(f"node {node.node_id} loaded a snapshot at {end} with the wrong voter set {voters}")
            sm.next_offset, sm.digest = end, digest
        for e in rd.committed:
            if e.offset != sm.next_offset:
                raise self.fail(f"node {node.node_id} applied {e.offset}, expected {sm.next_offset}")
            if e.offset < len(self.ledger):
                if self.ledger[e.offset] != e:
                    raise self.fail(
                        f"state machine safety: node {node.node_id} applied {e}, ledger has {self.ledger[e.offset]}"
                    )
            else:
                self.ledger.append(e)
                self.ledger_digest.append(_digest(self.ledger_digest[-1], e))
            sm.digest = _digest(sm.digest, e)
            sm.next_offset += 1
            if sm.digest != self.ledger_digest[sm.next_offset]:
                raise self.fail(f"node {node.node_id} state digest diverged at {e.offset}")

    def _check_leader(self, node: SimNode, rd: Ready) -> None:
        info = rd.leader_changed
        if info is None or info.leader_id != node.node_id:
            return
        core = node.core
        assert core is not None
        if core.role is not Role.LEADER:
            return
        holder = self.leader_of_epoch.setdefault(info.epoch, node.node_id)
        if holder != node.node_id:
            raise self.fail(f"election safety: epoch {info.epoch} has leaders {holder} and {node.node_id}")
        self._note("leader", node.node_id, info.epoch)
        self._count("elections")
        log = core.log
        if log.end_offset < len(self.ledger):
            raise self.fail(
                f"leader completeness: leader {node.node_id} log ends at {log.end_offset} < {len(self.ledger)}"
            )
        for off in range(log.start_offset, len(self.ledger)):
            if log.entry(off) != self.ledger[off]:
                raise self.fail(
                    f"leader completeness: leader {node.node_id} differs at committed offset {off}"
                )
        if log.snapshot is not None:
            end = log.snapshot.snapshot_id.end_offset
            if end < len(self.ledger_digest) and decode_sim_snapshot(log.snapshot.data)[1] != self.ledger_digest[end]:
                raise self.fail(f"leader {node.node_id} snapshot at {end} disagrees with the ledger")

    # ------------------------------------------------------------------ events

    def _deliver(self, f: _InFlight) -> None:
        msg = f.msg
        src, dst = self.nodes[msg.source], self.nodes[msg.dest]
        if src.incarnation != f.src_incarnation or dst.incarnation != f.dst_incarnation or dst.core is None:
            return
        if (msg.source, msg.dest) in self.blocked:
            return
        self._note("deliver", msg.source, msg.dest, msg.correlation_id, msg.body)
        dst.core.step(msg, self.now)
        self._drain(dst)

    def _tick(self, node: SimNode) -> None:
        assert node.core is not None
        node.last_tick = self.now
        node.core.tick(self.now)
        self._drain(node)

    def _leader(self) -> SimNode | None:
        best: SimNode | None = None
        for n in self.nodes.values():
            if n.core is not None and n.core.role is Role.LEADER:
                if best is None or best.core is None or n.core.epoch > best.core.epoch:
                    best = n
        return best

    def _propose(self) -> None:
        leader = self._leader()
        if leader is None or leader.core is None:
            return
        self.proposed += 1
        count = self.rng.randint(1, 3)
        records = [f"r{self.proposed}.{i}".encode() for i in range(count)]
        result = leader.core.propose(records, self.now)
        self._note("propose", leader.node_id, result)
        self._drain(leader)

    def _chaos(self) -> None:
        rng = self.rng
        alive = [n for n in self.nodes.values() if n.core is not None]
        roll = rng.random()
        if roll < 0.25 and alive:
            victim = rng.choice(alive)
            self._crash(victim)
            self._schedule(self.now + rng.randint(50, 5_000), "restart", victim.node_id)
        elif roll < 0.45:
            ids = sorted(self.nodes)
            if rng.random() < 0.5:
                lonely = {rng.choice(ids)}
            else:
                lonely = set(rng.sample(ids, rng.randint(1, len(ids) // 2)))
            one_way = rng.random() < 0.2
            for a in ids:
                for b in ids:
                    if (a in lonely) != (b in lonely) and (not one_way or a in lonely):
                        self.blocked.add((a, b))
            self._note("partition", sorted(lonely), one_way)
            self._schedule(self.now + rng.randint(200, 6_000), "heal")
        elif roll < 0.6:
            self.blocked.clear()
            self._note("heal")
        elif roll < 0.85 and alive:
            node = rng.choice(alive)
            self._take_snapshot(node)
        elif self.dynamic:
            self._change_voters()
        # else: a quiet spell

    def _ledger_voters(self, end: int) -> frozenset[int]:
        """The committed voter set for a log ending at `end`, from the global ledger."""
        found = self.voters
        for e in self.ledger[:end]:
            if e.voters is not None:
                found = e.voters.ids
        return found

    def _change_voters(self) -> None:
        leader = self._leader()
        if leader is None or leader.core is None:
            return
        core = leader.core
        voters = core.voters
        outside = sorted(set(self.nodes) - voters)
        self._voter_tokens += 1
        if outside and (len(voters) <= 2 or self.rng.random() < 0.5):
            new = self.rng.choice(outside)
            core.add_voter(self._voter_tokens, sim_voter(new), self.now)
            self._note("add_voter", leader.node_id, new)
        else:
            gone = self.rng.choice(sorted(voters))
            core.remove_voter(self._voter_tokens, gone, sim_voter(gone).directory_id, self.now)
            self._note("remove_voter", leader.node_id, gone)
        self._drain(leader)

    def _take_snapshot(self, node: SimNode) -> None:
        core = node.core
        assert core is not None
        upto = node.sm.next_offset
        if upto != core.applied_offset or upto <= core.log.start_offset:
            return
        voters = core.log.voters_at(upto) if self.dynamic else None
        core.snapshot(upto, encode_sim_snapshot(upto, node.sm.digest, voters))
        self._count("snapshots_taken")
        self._note("snapshot", node.node_id, upto)
        self._drain(node)

    def _next_timer(self) -> tuple[int, SimNode | None]:
        best_t, best = 1 << 62, None
        for n in self.nodes.values():
            if n.core is None:
                continue
            d = n.core.next_deadline_ms()
            if d is None:
                continue
            d = max(d, n.last_tick + 1)
            if d < best_t:
                best_t, best = d, n
        return best_t, best

    def _step_once(self, until: int) -> bool:
        """Run the earliest event at or before `until`; False when there is none."""
        t_msg = self.network[0].deliver_at if self.network else 1 << 62
        t_timed = self.timed[0].at if self.timed else 1 << 62
        t_timer, timer_node = self._next_timer()
        t = min(t_msg, t_timed, t_timer)
        if t > until:
            return False
        self.now = max(self.now, t)
        self.events += 1
        if t == t_msg:
            self._deliver(heapq.heappop(self.network))
        elif t == t_timed:
            ev = heapq.heappop(self.timed)
            self._handle_timed(ev)
        else:
            assert timer_node is not None
            self._tick(timer_node)
        return True

    def _handle_timed(self, ev: _Timed) -> None:
        if ev.kind == "chaos":
            if self.faults_enabled:
                self._chaos()
                self._schedule(
                    self.now + int(self.rng.expovariate(1 / self.profile.chaos_mean_ms)) + 1, "chaos"
                )
        elif ev.kind == "propose":
            self._propose()
            if self.faults_enabled:
                self._schedule(
                    self.now + int(self.rng.expovariate(1 / self.profile.propose_mean_ms)) + 1, "propose"
                )
        elif ev.kind == "restart":
            node = self.nodes[ev.node]
            if node.core is None:
                self._start(node)
        elif ev.kind == "heal":
            self.blocked.clear()
            self._note("heal")

    # ------------------------------------------------------------------ driver

    def run(self) -> None:
        p = self.profile
        self._schedule(int(self.rng.expovariate(1 / p.chaos_mean_ms)) + 1, "chaos")
        self._schedule(int(self.rng.expovariate(1 / p.propose_mean_ms)) + 1, "propose")
        while self._step_once(p.duration_ms):
            pass
        self.now = max(self.now, p.duration_ms)
        self.check_liveness()

    def quiesce(self) -> None:
        """Stop all faults: heal the network, restart every node."""
        self.faults_enabled = False
        self.blocked.clear()
        self.timed = [t for t in self.timed if t.kind not in ("chaos", "propose")]
        heapq.heapify(self.timed)
        for node in self.nodes.values():
            if node.core is None:
                self._start(node)

    def run_until(self, until: int, done: object) -> bool:
        assert callable(done)
        while not done():
            if not self._step_once(until):
                return bool(done())
        return True

    def check_liveness(self, budget_ms: int = 60_000) -> None:
        self.quiesce()
        deadline = self.now + budget_ms
        marker: list[int] = []

        def committed_everywhere() -> bool:
            leader = self._leader()
            if marker and leader is not None and leader.core is not None:
                log = leader.core.log
                off = marker[0]
                if off >= log.end_offset or (
                    off >= log.start_offset and log.entry(off).payload != b"liveness"
                ):
                    marker.clear()  # lost to a leader change; propose again
            if not marker:
                if leader is None or leader.core is None:
                    return False
                result = leader.core.propose([b"liveness"], self.now)
                self._drain(leader)
                if isinstance(result, NotLeader):
                    return False
                marker.append(result)
            target = marker[0]
            if len(self.ledger) <= target or self.ledger[target].payload != b"liveness":
                return False
            return all(n.sm.next_offset > target for n in self.nodes.values())

        if not self.run_until(deadline, committed_everywhere):
            states = {
                n.node_id: (
                    n.core.role.value,
                    n.core.epoch,
                    n.core.leader_id,
                    n.core.log.end_offset,
                    n.sm.next_offset,
                )
                for n in self.nodes.values()
                if n.core is not None
            }
            raise self.fail(f"liveness: no committed proposal within {budget_ms}ms after healing: {states}")


def run_schedule(seed: int, trace: bool = False, dynamic: bool = False) -> Simulation:
    sim = Simulation(seed, trace=trace, dynamic=dynamic)
    sim.run()
    return sim


def replay(seed: int, trace: bool = True, dynamic: bool = False) -> Simulation:
    """Rerun one schedule exactly (same seed, same decisions); raises on any violation."""
    return run_schedule(seed, trace=trace, dynamic=dynamic)
