"""The sans-IO KRaft replica: messages and ticks in, `Ready` batches out.

Roles follow Kafka's QuorumState: Unattached, Prospective (KIP-996 pre-vote, epoch not
bumped), Candidate, Leader, Follower, Resigned. Replication is pull based: followers and
observers Fetch from the leader; the leader's high watermark is the offset a majority of
voters have fetched past, once that is inside the leader's own epoch.

Nothing here touches sockets, clocks, threads or disks: time comes in as `now_ms`, and every
effect is queued on the pending `Ready` which the driver takes with `ready()`, carries out in
the documented order, and acknowledges with `advance()`.
"""

from __future__ import annotations

import enum
import logging
import random
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import structlog

from controller.raft.config import RaftConfig
from controller.raft.leader_progress import LeaderProgress
from controller.raft.messages import (
    NO_LEADER,
    BeginQuorumEpochRequest,
    BeginQuorumEpochResponse,
    Body,
    EndQuorumEpochRequest,
    EndQuorumEpochResponse,
    EpochEndOffset,
    Errors,
    FetchRequest,
    FetchResponse,
    FetchSnapshotRequest,
    FetchSnapshotResponse,
    LeaderIdAndEpoch,
    Message,
    VoteRequest,
    VoteResponse,
)
from controller.raft.quorum_state import NOT_VOTED, PersistedState, QuorumStateRecord
from controller.raft.raft_log import Entry, LeaderChange, OffsetAndEpoch, RaftLog, Snapshot, SnapshotId
from controller.raft.ready import (
    LeaderInfo,
    NotLeader,
    QuorumDescription,
    Ready,
    ReplicaDescription,
    VoterChangeResult,
)
from controller.raft.request_manager import RequestManager
from controller.raft.voter_set import ZERO_UUID, Voter, VoterSet

# Kafka's KafkaRaftClient.RETRY_BACKOFF_BASE_MS for randomised election backoff.
_ELECTION_BACKOFF_BASE_MS = 100


class Role(enum.Enum):
    UNATTACHED = "unattached"
    PROSPECTIVE = "prospective"
    CANDIDATE = "candidate"
    LEADER = "leader"
    FOLLOWER = "follower"
    RESIGNED = "resigned"


def quiet_logger() -> Any:
    """A structlog logger that drops everything (for simulations running thousands of nodes)."""
    return structlog.wrap_logger(
        structlog.PrintLogger(), wrapper_class=structlog.make_filtering_bound_logger(logging.CRITICAL)
    )


class RaftNode:
    def __init__(
        self,
        node_id: int,
        voters: frozenset[int],
        storage_state: PersistedState,
        log: RaftLog,
        config: RaftConfig,
        rng_seed: int,
        now_ms: int = 0,
        logger: Any = None,
        *,
        bootstrap: tuple[int, ...] = (),
        snapshot_voters: Callable[[bytes], VoterSet | None] | None = None,
    ) -> None:
        if not voters and not bootstrap and log.latest_voters() is None:
            raise ValueError("no voters: give static voters, bootstrap servers, or a log holding a VotersRecord")
        self.node_id = node_id
        self._static_voters = frozenset(voters)
        # Pseudo replica ids (negative, as Kafka's) the driver maps to
        # controller.quorum.bootstrap.servers: where an observer looks for the leader.
        self.bootstrap = tuple(bootstrap)
        self._snapshot_voters = snapshot_voters
        self.log = log
        self.config = config
        self._rng = random.Random(rng_seed)
        self._log = (logger or structlog.get_logger("controller.raft")).bind(node_id=node_id)
        self._requests = RequestManager(config.request_timeout_ms, config.retry_backoff_ms)
        # A fresh id space per incarnation, so replies meant for a previous life rarely match.
        self._requests.next_correlation_id = self._rng.randrange(1 << 30)
        self._now = now_ms
        self._ready = Ready()

        # Election state (persisted as quorum-state).
        self.epoch = 0
        self.leader_id = NO_LEADER
        self.voted_id = NOT_VOTED
        self.role = Role.UNATTACHED
        self._last_leader_info: LeaderInfo | None = None

        # Log progress.
        self.high_watermark: int | None = None
        self._applied = log.start_offset  # next offset to hand to the state machine
        self._flushed_end = log.end_offset
        self._log_generation = 0

        # Role state.
        self._election_deadline: int | None = None
        self._fetch_deadline: int | None = None
        self._backoff_deadline: int | None = None
        self._check_quorum_deadline: int | None = None
        self._granted: set[int] = set()
        self._rejected: set[int] = set()
        self._retries = 0
        self._progress: LeaderProgress | None = None
        self._endorsed: set[int] = set()
        self._parked: dict[int, tuple[Message, int]] = {}
        self._end_acked: set[int] = set()
        self._preferred: tuple[int, ...] = ()
        self._has_fetched = False
        self._snapshot_fetch: tuple[SnapshotId, bytearray] | None = None
        self._prospective_leader = NO_LEADER
        self._known_voters = self.voters
        # The AddRaftVoter/RemoveRaftVoter/UpdateRaftVoter being committed: (token, offset).
        self._voter_change: tuple[int, int] | None = None

        if log.snapshot is not None:
            self._ready.snapshot_to_load = log.snapshot
        self._initialise(storage_state.quorum_state)

    # ------------------------------------------------------------------ public API

    @property
    def voters(self) -> frozenset[int]:
        """Voter ids in force: the log's latest VotersRecord (kraft.version 1), else the static set."""
        latest = self.log.latest_voters()
        return latest.ids if latest is not None else self._static_voters

    @property
    def kraft_version(self) -> int:
        return 0 if self.log.latest_voters() is None else 1

    @property
    def voter_set(self) -> VoterSet:
        latest = self.log.latest_voters()
        if latest is not None:
            return latest
        return VoterSet.of(Voter(v) for v in self._static_voters)

    @property
    def is_voter(self) -> bool:
        return self.node_id in self.voters

    @property
    def majority(self) -> int:
        return len(self.voters) // 2 + 1

    @property
    def applied_offset(self) -> int:
        """Offsets below this have been handed to the state machine (via `Ready.committed`)."""
        return self._applied

    def step(self, msg: Message, now_ms: int) -> None:
        self._advance_clock(now_ms)
        if msg.dest != self.node_id:
            return
        body = msg.body
        if msg.is_request:
            reply = self._handle_request(msg, body)
            if reply is not None:
                self._reply(msg, reply)
        else:
            if not self._requests.is_expected(msg.source, msg.correlation_id):
                return
            success = self._handle_response(msg, body)
            # The handler may have changed role (resetting in-flight state); only record the
            # outcome if this exchange is still the one we were tracking.
            if self._requests.is_expected(msg.source, msg.correlation_id):
                self._requests.on_response(msg.source, self._now, success)
        self._poll()

    def tick(self, now_ms: int) -> None:
        self._advance_clock(now_ms)
        self._poll()

    def propose(self, records: list[bytes], now_ms: int) -> int | NotLeader:
        """Append `records` as one batch if leader; returns the offset of its last record."""
        self._advance_clock(now_ms)
        if self.role is not Role.LEADER:
            return NotLeader(self.leader_id, self.epoch)
        if not records:
            raise ValueError("propose needs at least one record")
        base = self.log.end_offset
        self._append([Entry(base + i, self.epoch, bytes(r)) for i, r in enumerate(records)])
        self._complete_parked_fetches()
        return base + len(records) - 1

    def snapshot(self, up_to_offset: int, data: bytes) -> SnapshotId:
        """The state machine's snapshot of every offset below `up_to_offset` (all applied)."""
        if not self.log.start_offset < up_to_offset <= self._applied:
            raise ValueError(
                f"snapshot end {up_to_offset} must be in ({self.log.start_offset}, {self._applied}]"
            )
        sid = SnapshotId(up_to_offset, self.log.epoch_at(up_to_offset - 1))
        self.log.take_snapshot(Snapshot(sid, bytes(data)))
        # The log's copy carries the voter set in force at the snapshot's end.
        self._ready.new_snapshot = self.log.snapshot
        return sid

    # ------------------------------------------------------------------ voter changes (KIP-853)

    def add_voter(self, token: int, voter: Voter, now_ms: int) -> None:
        """AddRaftVoter on the leader; the answer comes back in `Ready.voter_changes`."""
        self._advance_clock(now_ms)
        error = self._voter_change_error()
        if error is None:
            progress = self._progress
            assert progress is not None and self.high_watermark is not None
            state = progress.replicas.get(voter.voter_id)
            if voter.voter_id in self.voters:
                error = (Errors.DUPLICATE_VOTER, f"The voter id for {voter.voter_id} is already part of the set of voters")
            elif not voter.endpoints:
                error = (Errors.INVALID_REQUEST, "The new voter has no endpoints")
            elif not voter.min_kraft_version <= self.kraft_version <= voter.max_kraft_version:
                error = (Errors.INVALID_REQUEST, f"The new voter does not support kraft.version {self.kraft_version}")
            elif (
                state is None
                or state.last_fetch_ms is None
                or self._now - state.last_fetch_ms > self.config.fetch_timeout_ms
                or state.end_offset < self.high_watermark
            ):
                # Kafka's AddVoterHandler: the replica must already replicate as an observer.
                error = (Errors.REQUEST_TIMED_OUT, f"Aborted add voter operation for {voter.voter_id} since it is lagging behind")
        if error is not None:
            self._ready.voter_changes.append(VoterChangeResult(token, *error))
            return
        self._append_voters(token, self.voter_set.with_voter(voter))

    def remove_voter(self, token: int, voter_id: int, directory_id: Any, now_ms: int) -> None:
        """RemoveRaftVoter on the leader; answered in `Ready.voter_changes`."""
        self._advance_clock(now_ms)
        error = self._voter_change_error()
        if error is None:
            current = self.voter_set.get(voter_id)
            if current is None or (current.directory_id != ZERO_UUID and current.directory_id != directory_id):
                error = (Errors.VOTER_NOT_FOUND, f"Cannot remove voter {voter_id} since it is not part of the set of voters")
            elif len(self.voters) == 1:
                error = (Errors.INVALID_REQUEST, "Cannot remove the last voter")
        if error is not None:
            self._ready.voter_changes.append(VoterChangeResult(token, *error))
            return
        self._append_voters(token, self.voter_set.without(voter_id))

    def update_voter(self, token: int, voter: Voter, now_ms: int) -> None:
        """UpdateRaftVoter on the leader: new endpoints / kraft.version range for a voter."""
        self._advance_clock(now_ms)
        error = self._voter_change_error()
        if error is None:
            current = self.voter_set.get(voter.voter_id)
            if current is None or (current.directory_id != ZERO_UUID and current.directory_id != voter.directory_id):
                error = (Errors.VOTER_NOT_FOUND, f"Voter {voter.voter_id} is not part of the set of voters")
            elif not voter.endpoints:
                error = (Errors.INVALID_REQUEST, "The voter has no endpoints")
        if error is not None:
            self._ready.voter_changes.append(VoterChangeResult(token, *error))
            return
        updated = replace(voter, directory_id=self.voter_set.get(voter.voter_id).directory_id)  # type: ignore[union-attr]
        self._append_voters(token, self.voter_set.with_voter(updated))

    def _voter_change_error(self) -> tuple[int, str] | None:
        if self.role is not Role.LEADER:
            return (Errors.NOT_LEADER_OR_FOLLOWER, "This node is not the leader of the metadata quorum")
        if self.high_watermark is None:
            return (Errors.REQUEST_TIMED_OUT, "The leader has not yet committed an offset in its epoch")
        if self.kraft_version < 1:
            return (Errors.UNSUPPORTED_VERSION, "Cluster doesn't support changing the voter set with kraft.version 0")
        if self._voter_change is not None or self.log.latest_voters_offset() >= self.high_watermark:
            return (Errors.REQUEST_TIMED_OUT, "Request timed out waiting for the previous voter change to commit")
        return None

    def _append_voters(self, token: int, voters: VoterSet) -> None:
        offset = self.log.end_offset
        # One voter set change at a time, written by the leader and in force once appended.
        self._append([Entry(offset, self.epoch, b"", voters=voters)])
        self._voter_change = (token, offset)
        self._complete_parked_fetches()

    def _sync_voters(self) -> None:
        """Follow the voter set in the log after an append, truncation or snapshot load."""
        ids = self.voters
        if ids == self._known_voters:
            return
        self._log.info("voters_changed", voters=sorted(ids), previous=sorted(self._known_voters))
        self._known_voters = ids
        if self.role is Role.LEADER and self._progress is not None:
            self._progress.set_voters(ids, self._now)

    def resign(self, now_ms: int) -> None:
        """Graceful leader shutdown: hand leadership over (EndQuorumEpoch)."""
        self._advance_clock(now_ms)
        if self.role is Role.LEADER:
            self._become_resigned()
            self._poll()

    def ready(self) -> Ready:
        rd = self._ready
        rd.flushed_end_offset = self.log.end_offset
        rd.log_generation = self._log_generation
        self._ready = Ready()
        return rd

    def has_ready(self) -> bool:
        return not self._ready.is_empty()

    def advance(self, rd: Ready) -> None:
        """The driver has durably applied `rd`; the leader may now count its own appends."""
        if rd.log_generation == self._log_generation and rd.flushed_end_offset > self._flushed_end:
            self._flushed_end = rd.flushed_end_offset
            if self.role is Role.LEADER:
                self._maybe_advance_leader_hw()

    def next_deadline_ms(self) -> int | None:
        """The earliest time at which `tick` has something to do (for the driver's timer)."""
        candidates = [
            self._election_deadline,
            self._fetch_deadline,
            self._backoff_deadline,
            self._check_quorum_deadline,
            self._requests.next_deadline_ms(self._now),
        ]
        candidates.extend(deadline for _, deadline in self._parked.values())
        if self.role is Role.UNATTACHED and not self.is_voter:
            # An observer looking for the leader polls whenever no bootstrap fetch is out.
            targets = self._observer_targets()
            if any(self._requests.is_ready(v, self._now) for v in targets) and not any(
                self._requests.has_in_flight(v, self._now) for v in targets
            ):
                candidates.append(self._now)
        if self._must_resign_removed():
            candidates.append(self._now)
        present = [c for c in candidates if c is not None]
        return min(present) if present else None

    def leader_info(self) -> LeaderInfo:
        return LeaderInfo(self.leader_id, self.epoch)

    def describe_quorum(self) -> QuorumDescription | None:
        """The leader's DescribeQuorum view (None unless leader)."""
        if self.role is not Role.LEADER or self._progress is None:
            return None
        replicas = self._progress.replicas

        def state(rid: int) -> ReplicaDescription:
            if rid == self.node_id:
                return ReplicaDescription(rid, self._flushed_end, self._now)
            p = replicas[rid]
            return ReplicaDescription(rid, p.end_offset, -1 if p.last_fetch_ms is None else p.last_fetch_ms)

        voter_set = self.voter_set
        return QuorumDescription(
            leader_id=self.node_id,
            leader_epoch=self.epoch,
            high_watermark=self.high_watermark if self.high_watermark is not None else -1,
            current_voters=tuple(
                replace(state(v.voter_id), directory_id=v.directory_id) for v in voter_set.voters
            ),
            observers=tuple(state(o) for o in sorted(replicas) if o not in self.voters and o >= 0),
        )

    # ------------------------------------------------------------------ state transitions

    def _initialise(self, record: QuorumStateRecord | None) -> None:
        if record is None:
            self._become_unattached(max(0, self.log.last_epoch))
            return
        self.epoch = record.leader_epoch
        self.leader_id = record.leader_id
        self.voted_id = record.voted_id
        if self.log.last_epoch > self.epoch:
            # The log saw a later epoch than the state file: trust the log's.
            self._become_unattached(self.log.last_epoch)
        elif record.leader_id == self.node_id and self.is_voter:
            # A restarted leader cannot resume: its followers' positions are lost.
            self._become_resigned()
        elif record.leader_id >= 0 and record.leader_id != self.node_id:
            self._become_follower(record.leader_epoch, record.leader_id)
        else:
            self._become_unattached(record.leader_epoch, record.voted_id)

    def _random_election_timeout(self) -> int:
        return self.config.election_timeout_ms + self._rng.randrange(self.config.election_timeout_ms)

    def _leave_role(self) -> None:
        if self.role is Role.LEADER:
            self._fail_parked_fetches()
        if self._voter_change is not None:
            token, _ = self._voter_change
            self._voter_change = None
            self._ready.voter_changes.append(
                VoterChangeResult(token, Errors.NOT_LEADER_OR_FOLLOWER, "The leader changed before the voter change committed")
            )
        self._requests.reset()
        self._election_deadline = None
        self._fetch_deadline = None
        self._backoff_deadline = None
        self._check_quorum_deadline = None
        self._granted = set()
        self._rejected = set()
        self._progress = None
        self._endorsed = set()
        self._parked = {}
        self._end_acked = set()
        self._preferred = ()
        self._has_fetched = False
        self._snapshot_fetch = None

    def _set_election_state(self, epoch: int, leader_id: int, voted_id: int) -> None:
        if epoch < self.epoch:
            raise AssertionError(f"epoch must not go back: {self.epoch} -> {epoch}")
        changed = (epoch, leader_id, voted_id) != (self.epoch, self.leader_id, self.voted_id)
        self.epoch, self.leader_id, self.voted_id = epoch, leader_id, voted_id
        if changed:
            self._ready.persist_state = QuorumStateRecord(epoch, leader_id, voted_id)
        info = LeaderInfo(leader_id, epoch)
        if info != self._last_leader_info:
            self._last_leader_info = info
            self._ready.leader_changed = info

    def _become_unattached(self, epoch: int, voted_id: int = NOT_VOTED) -> None:
        self._leave_role()
        if epoch > self.epoch:
            self._set_election_state(epoch, NO_LEADER, voted_id)
        else:
            # Same epoch: keep the vote already cast; unattached means no known leader.
            self._set_election_state(epoch, NO_LEADER, voted_id if voted_id != NOT_VOTED else self.voted_id)
        self.role = Role.UNATTACHED
        if self.is_voter:
            # A sole voter need not wait for anyone.
            timeout = 0 if self.voters == {self.node_id} else self._random_election_timeout()
            self._election_deadline = self._now + timeout
        self._log.info("unattached", epoch=self.epoch, voted_id=self.voted_id)

    def _become_prospective(self) -> None:
        leader = self.leader_id if self.leader_id != self.node_id else NO_LEADER
        self._leave_role()
        self.role = Role.PROSPECTIVE
        # Not persisted: a pre-vote changes nothing durable. Remember the last leader only
        # to fall back to following it if the pre-vote fails.
        self._prospective_leader = leader
        self.leader_id = NO_LEADER
        info = LeaderInfo(NO_LEADER, self.epoch)
        if info != self._last_leader_info:
            self._last_leader_info = info
            self._ready.leader_changed = info
        self._granted = {self.node_id}
        self._election_deadline = self._now + self._random_election_timeout()
        self._log.info("prospective", epoch=self.epoch)
        self._maybe_win_pre_vote()

    def _become_candidate(self) -> None:
        self._leave_role()
        self.role = Role.CANDIDATE
        self._retries += 1
        self._set_election_state(self.epoch + 1, NO_LEADER, self.node_id)
        self._granted = {self.node_id}
        self._election_deadline = self._now + self._random_election_timeout()
        self._log.info("candidate", epoch=self.epoch)
        self._maybe_win_election()

    def _become_leader(self) -> None:
        granting = tuple(sorted(self._granted))
        self._leave_role()
        self.role = Role.LEADER
        self._retries = 0
        self._set_election_state(self.epoch, self.node_id, self.voted_id)
        start = self.log.end_offset
        self._progress = LeaderProgress(self.node_id, self.voters, start, start_ms=self._now)
        self._endorsed = {self.node_id}
        # The leader's high watermark is unknown until an offset of its own epoch commits.
        self.high_watermark = None
        self._check_quorum_deadline = self._now + self.config.check_quorum_timeout_ms
        change = LeaderChange(self.node_id, tuple(sorted(self.voters)), granting)
        self._append([Entry(start, self.epoch, b"", change)])
        self._log.info("leader", epoch=self.epoch, epoch_start_offset=start)

    def _become_follower(self, epoch: int, leader_id: int) -> None:
        self._leave_role()
        self.role = Role.FOLLOWER
        self._retries = 0
        voted = self.voted_id if epoch == self.epoch else NOT_VOTED
        self._set_election_state(epoch, leader_id, voted)
        self._fetch_deadline = self._now + self.config.fetch_timeout_ms
        self._log.info("follower", epoch=epoch, leader_id=leader_id)

    def _become_resigned(self) -> None:
        preferred = self._progress.voters_by_end_offset() if self._progress is not None else ()
        self._leave_role()
        self.role = Role.RESIGNED
        self._set_election_state(self.epoch, self.node_id, self.voted_id)
        self._preferred = preferred
        self._end_acked = {self.node_id}
        # A sole voter has nobody to hand over to: stand again at once (restart stays fast).
        sole = self.voters == {self.node_id}
        self._election_deadline = self._now + (0 if sole else self._random_election_timeout())
        self._log.info("resigned", epoch=self.epoch)

    def _maybe_win_pre_vote(self) -> None:
        if self.role is Role.PROSPECTIVE and len(self._granted & self.voters) >= self.majority:
            self._become_candidate()

    def _maybe_win_election(self) -> None:
        if self.role is Role.CANDIDATE and len(self._granted & self.voters) >= self.majority:
            self._become_leader()

    def _pre_vote_lost(self) -> None:
        leader = self._prospective_leader
        if leader >= 0 and leader != self.node_id:
            self._become_follower(self.epoch, leader)
        else:
            self._become_unattached(self.epoch)

    def _start_backoff(self) -> None:
        if self._backoff_deadline is not None:
            return
        bound = 2 << min(20, max(self._retries, 1) - 1)
        backoff = min(
            _ELECTION_BACKOFF_BASE_MS * self._rng.randrange(bound), self.config.election_backoff_max_ms
        )
        self._backoff_deadline = self._now + backoff
        self._election_deadline = None

    # ------------------------------------------------------------------ polling

    def _advance_clock(self, now_ms: int) -> None:
        if now_ms > self._now:
            self._now = now_ms

    def _poll(self) -> None:
        now = self._now
        role = self.role
        if role is Role.UNATTACHED:
            if self.is_voter and self._election_deadline is not None and now >= self._election_deadline:
                self._become_prospective()
        elif role is Role.PROSPECTIVE:
            if self._election_deadline is not None and now >= self._election_deadline:
                self._pre_vote_lost()
        elif role is Role.CANDIDATE:
            if self._backoff_deadline is not None:
                if now >= self._backoff_deadline:
                    self._become_prospective()
            elif self._election_deadline is not None and now >= self._election_deadline:
                self._start_backoff()
        elif role is Role.LEADER:
            assert self._progress is not None
            if self._check_quorum_deadline is not None and now >= self._check_quorum_deadline:
                deadline = self._progress.check_quorum_deadline(now, self.config.check_quorum_timeout_ms)
                if deadline is None:
                    self._log.info("check quorum failed; resigning", epoch=self.epoch)
                    self._become_resigned()
                else:
                    self._check_quorum_deadline = deadline
            if self._must_resign_removed():
                self._log.info("leader removed from the voters; resigning", epoch=self.epoch)
                self._become_resigned()
            if self.role is Role.LEADER:
                self._expire_parked_fetches()
        elif role is Role.FOLLOWER:
            if self._fetch_deadline is not None and now >= self._fetch_deadline:
                if self.is_voter:
                    self._become_prospective()
                else:
                    self._become_unattached(self.epoch)
        elif role is Role.RESIGNED:
            if self._election_deadline is not None and now >= self._election_deadline:
                if self.is_voter:
                    self._become_prospective()
                else:
                    self._become_unattached(self.epoch)  # removed from the voters: observe
        if self.role is Role.UNATTACHED and self.is_voter and self._election_deadline is None:
            # Became a voter while unattached (a VotersRecord arrived): stand when it times out.
            self._election_deadline = now + self._random_election_timeout()
        self._send_requests()

    def _send_requests(self) -> None:
        now = self._now
        role = self.role
        others = sorted(self.voters - {self.node_id})
        if role is Role.PROSPECTIVE or (role is Role.CANDIDATE and self._backoff_deadline is None):
            pre_vote = role is Role.PROSPECTIVE
            for v in others:
                if v not in self._granted and v not in self._rejected and self._requests.is_ready(v, now):
                    self._send(
                        v,
                        VoteRequest(
                            replica_epoch=self.epoch,
                            replica_id=self.node_id,
                            last_offset_epoch=self.log.last_epoch,
                            last_offset=self.log.end_offset,
                            pre_vote=pre_vote,
                            voter_id=v,
                        ),
                    )
        elif role is Role.LEADER:
            for v in others:
                if v not in self._endorsed and self._requests.is_ready(v, now):
                    self._send(v, BeginQuorumEpochRequest(self.node_id, self.epoch, voter_id=v))
        elif role is Role.FOLLOWER:
            if self._requests.is_ready(self.leader_id, now):
                self._send(self.leader_id, self._fetch_request_body())
        elif role is Role.RESIGNED:
            for v in others:
                if v not in self._end_acked and self._requests.is_ready(v, now):
                    self._send(v, EndQuorumEpochRequest(self.node_id, self.epoch, self._preferred))
        elif role is Role.UNATTACHED and not self.is_voter:
            # An observer with no known leader asks a bootstrap server, else any voter
            # (Kafka's bootstrap fetch).
            targets = self._observer_targets()
            if not any(self._requests.has_in_flight(v, now) for v in targets):
                ready = [v for v in targets if self._requests.is_ready(v, now)]
                if ready:
                    target = self._rng.choice(ready)
                    self._send(target, self._fetch_request_body())

    def _observer_targets(self) -> list[int]:
        if self.bootstrap:
            return list(self.bootstrap)
        return sorted(self.voters - {self.node_id})

    def _fetch_request_body(self) -> Body:
        if self._snapshot_fetch is not None:
            sid, buf = self._snapshot_fetch
            return FetchSnapshotRequest(
                replica_id=self.node_id,
                current_leader_epoch=self.epoch,
                snapshot_id=sid,
                position=len(buf),
                max_bytes=self.config.fetch_snapshot_max_bytes,
            )
        return FetchRequest(
            replica_id=self.node_id,
            current_leader_epoch=self.epoch,
            fetch_offset=self.log.end_offset,
            last_fetched_epoch=self.log.last_epoch,
            max_wait_ms=self.config.fetch_max_wait_ms,
            high_watermark=self.high_watermark if self.high_watermark is not None else -1,
        )

    def _send(self, dest: int, body: Body) -> None:
        cid = self._requests.on_send(dest, self._now)
        self._ready.messages.append((dest, Message(self.node_id, dest, cid, body)))

    def _reply(self, request: Message, body: Body) -> None:
        self._ready.messages.append(
            (request.source, Message(self.node_id, request.source, request.correlation_id, body))
        )

    # ------------------------------------------------------------------ log helpers

    def _append(self, entries: list[Entry]) -> None:
        self.log.append(entries)
        self._ready.append_entries.extend(entries)
        if any(e.voters is not None for e in entries):
            self._sync_voters()

    def _truncate(self, offset: int) -> None:
        if offset >= self.log.end_offset:
            return
        if self.high_watermark is not None and offset < min(self.high_watermark, self.log.end_offset):
            raise AssertionError(f"truncation to {offset} below the high watermark {self.high_watermark}")
        self.log.truncate_to(offset)
        self._log_generation += 1
        self._flushed_end = min(self._flushed_end, offset)
        rd = self._ready
        rd.truncate_to = offset if rd.truncate_to is None else min(rd.truncate_to, offset)
        rd.append_entries = [e for e in rd.append_entries if e.offset < offset]
        self._sync_voters()

    def _load_snapshot(self, snap: Snapshot) -> None:
        if snap.voters is None and self._snapshot_voters is not None:
            snap = replace(snap, voters=self._snapshot_voters(snap.data))
        self.log.reset_to_snapshot(snap)
        self._sync_voters()
        self._log_generation += 1
        self._flushed_end = snap.snapshot_id.end_offset
        rd = self._ready
        rd.snapshot_to_load = snap
        rd.install_snapshot = True
        rd.truncate_to = None
        rd.append_entries = []
        rd.committed = []
        rd.new_snapshot = None
        self._applied = snap.snapshot_id.end_offset
        end = snap.snapshot_id.end_offset
        self.high_watermark = end if self.high_watermark is None else max(self.high_watermark, end)

    def _deliver_committed(self) -> None:
        if self.high_watermark is None:
            return
        upto = min(self.high_watermark, self.log.end_offset)
        if upto > self._applied:
            self._ready.committed.extend(self.log.read(self._applied, upto - self._applied))
            self._applied = upto

    def _update_follower_hw(self, hw: int) -> None:
        if hw < 0:
            return
        if self.high_watermark is None or hw > self.high_watermark:
            self.high_watermark = hw
        self._deliver_committed()

    def _maybe_advance_leader_hw(self) -> None:
        progress = self._progress
        assert progress is not None
        candidate = progress.majority_end_offset(self._flushed_end)
        # Only an offset past the epoch's LeaderChange record proves the quorum is current.
        if candidate > progress.epoch_start_offset and (
            self.high_watermark is None or candidate > self.high_watermark
        ):
            self.high_watermark = candidate
            self._deliver_committed()
            self._complete_parked_fetches()
            self._maybe_finish_voter_change()

    def _maybe_finish_voter_change(self) -> None:
        hw = self.high_watermark
        if hw is None:
            return
        change = self._voter_change
        if change is not None and hw > change[1]:
            self._voter_change = None
            self._ready.voter_changes.append(VoterChangeResult(change[0], Errors.NONE))

    def _must_resign_removed(self) -> bool:
        """Leader, removed from the voters, and that removal committed: resign (KIP-853)."""
        hw = self.high_watermark
        return (
            self.role is Role.LEADER
            and hw is not None
            and not self.is_voter
            and hw > self.log.latest_voters_offset()
        )

    # ------------------------------------------------------------------ dispatch

    def _handle_request(self, msg: Message, body: Body) -> Body | None:
        if isinstance(body, FetchRequest):
            return self._handle_fetch_request(msg, body)
        if isinstance(body, VoteRequest):
            return self._handle_vote_request(msg, body)
        if isinstance(body, BeginQuorumEpochRequest):
            return self._handle_begin_epoch_request(body)
        if isinstance(body, EndQuorumEpochRequest):
            return self._handle_end_epoch_request(body)
        if isinstance(body, FetchSnapshotRequest):
            return self._handle_fetch_snapshot_request(body)
        return None

    def _handle_response(self, msg: Message, body: Body) -> bool:
        if isinstance(body, FetchResponse):
            return self._handle_fetch_response(msg, body)
        if isinstance(body, VoteResponse):
            return self._handle_vote_response(msg, body)
        if isinstance(body, BeginQuorumEpochResponse):
            return self._handle_begin_epoch_response(msg, body)
        if isinstance(body, EndQuorumEpochResponse):
            return self._handle_end_epoch_response(msg, body)
        if isinstance(body, FetchSnapshotResponse):
            return self._handle_fetch_snapshot_response(msg, body)
        return False

    def _handle_common_response(self, error: int, leader_id: int, epoch: int) -> bool | None:
        """Kafka's maybeHandleCommonResponse: epoch/leader discovery from any response.

        Returns the exchange's success when the response was fully handled here, None when
        the caller should go on to interpret it.
        """
        if epoch > self.epoch:
            if leader_id >= 0 and leader_id != self.node_id:
                self._become_follower(epoch, leader_id)
            else:
                self._become_unattached(epoch)
            return True
        if epoch < self.epoch:
            return True  # stale
        if (
            leader_id >= 0
            and leader_id != self.node_id
            and self.role not in (Role.LEADER, Role.RESIGNED)
            and not (self.role is Role.FOLLOWER and self.leader_id == leader_id)
        ):
            self._become_follower(epoch, leader_id)
            return True
        if error != Errors.NONE:
            return False
        return None

    def _validate_voter_only(self, remote_id: int, remote_epoch: int) -> int:
        if remote_epoch < self.epoch:
            return Errors.FENCED_LEADER_EPOCH
        if remote_id < 0:
            return Errors.INVALID_REQUEST
        # kraft.version 1: the sender may be a voter in a newer set than ours (KIP-853 lets
        # any replica answer; only the sender's own voter set counts its replies).
        if self.kraft_version == 0 and (not self.is_voter or remote_id not in self.voters):
            return Errors.INCONSISTENT_VOTER_SET
        return Errors.NONE

    def _validate_leader_only(self, request_epoch: int) -> int:
        if request_epoch < self.epoch:
            return Errors.FENCED_LEADER_EPOCH
        if request_epoch > self.epoch:
            return Errors.UNKNOWN_LEADER_EPOCH
        if self.role is not Role.LEADER:
            return Errors.NOT_LEADER_OR_FOLLOWER
        return Errors.NONE

    # ------------------------------------------------------------------ Vote

    def _log_up_to_date(self, last_epoch: int, last_offset: int) -> bool:
        return OffsetAndEpoch(last_epoch, last_offset) >= self.log.end_offset_and_epoch

    def _vote_response(self, error: int, granted: bool) -> VoteResponse:
        # Name a leader only when refusing for its sake (a follower or the leader itself):
        # the voter that hears it stops campaigning and follows (KIP-996).
        leader = self.leader_id if not granted and self.role in (Role.FOLLOWER, Role.LEADER) else NO_LEADER
        return VoteResponse(error, leader, self.epoch, granted)

    def _handle_vote_request(self, msg: Message, req: VoteRequest) -> VoteResponse:
        illegal = (
            req.last_offset_epoch > req.replica_epoch
            if req.pre_vote
            else (req.last_offset_epoch >= req.replica_epoch)
        )
        if req.last_offset < 0 or req.last_offset_epoch < 0 or illegal:
            return self._vote_response(Errors.INVALID_REQUEST, False)
        error = self._validate_voter_only(req.replica_id, req.replica_epoch)
        if error != Errors.NONE:
            return self._vote_response(error, False)
        up_to_date = self._log_up_to_date(req.last_offset_epoch, req.last_offset)
        if req.replica_epoch > self.epoch:
            # As Kafka: even a pre-vote carries a real epoch (the sender saw it or was a
            # candidate in it), so we move up to it; a pre-vote just never increments one.
            # Without this a voter stuck at a higher epoch could never rejoin.
            self._become_unattached(req.replica_epoch)
        granted = self._can_grant(req.replica_id, up_to_date, req.pre_vote)
        if req.pre_vote:
            return self._vote_response(Errors.NONE, granted)
        if granted and self.role in (Role.UNATTACHED, Role.PROSPECTIVE) and self.voted_id == NOT_VOTED:
            self._become_unattached(self.epoch, req.replica_id)
        return self._vote_response(Errors.NONE, granted)

    def _can_grant(self, candidate: int, up_to_date: bool, pre_vote: bool) -> bool:
        role = self.role
        if role in (Role.LEADER, Role.RESIGNED):
            return False
        if role is Role.FOLLOWER:
            # KIP-996: a follower that has heard from its leader protects it from pre-votes.
            return pre_vote and not self._has_fetched and up_to_date
        if role is Role.CANDIDATE:
            return up_to_date if pre_vote else candidate == self.node_id
        # Unattached or prospective.
        if pre_vote:
            return up_to_date
        if self.voted_id != NOT_VOTED:
            return self.voted_id == candidate
        return up_to_date

    def _handle_vote_response(self, msg: Message, resp: VoteResponse) -> bool:
        handled = self._handle_common_response(resp.error_code, resp.leader_id, resp.leader_epoch)
        if handled is not None:
            return handled
        if self.role is Role.CANDIDATE:
            if resp.vote_granted:
                self._granted.add(msg.source)
                self._maybe_win_election()
            else:
                self._rejected.add(msg.source)
                if len(self._rejected & self.voters) > len(self.voters) - self.majority:
                    self._start_backoff()
        elif self.role is Role.PROSPECTIVE:
            if resp.vote_granted:
                self._granted.add(msg.source)
                self._maybe_win_pre_vote()
            else:
                self._rejected.add(msg.source)
                if len(self._rejected & self.voters) > len(self.voters) - self.majority:
                    self._pre_vote_lost()
        return True

    # ------------------------------------------------------------------ Begin/EndQuorumEpoch

    def _maybe_follow(self, leader_id: int, epoch: int) -> None:
        if epoch > self.epoch:
            if leader_id == self.node_id:
                self._become_unattached(epoch)
            else:
                self._become_follower(epoch, leader_id)
        elif (
            epoch == self.epoch
            and leader_id != self.node_id
            and self.role not in (Role.LEADER, Role.RESIGNED)
            and not (self.role is Role.FOLLOWER and self.leader_id == leader_id)
        ):
            self._become_follower(epoch, leader_id)

    def _handle_begin_epoch_request(self, req: BeginQuorumEpochRequest) -> BeginQuorumEpochResponse:
        error = self._validate_voter_only(req.leader_id, req.leader_epoch)
        if error == Errors.NONE:
            self._maybe_follow(req.leader_id, req.leader_epoch)
        return BeginQuorumEpochResponse(error, self.leader_id, self.epoch)

    def _handle_begin_epoch_response(self, msg: Message, resp: BeginQuorumEpochResponse) -> bool:
        handled = self._handle_common_response(resp.error_code, resp.leader_id, resp.leader_epoch)
        if handled is not None:
            return handled
        if self.role is Role.LEADER:
            self._endorsed.add(msg.source)
        return True

    def _handle_end_epoch_request(self, req: EndQuorumEpochRequest) -> EndQuorumEpochResponse:
        error = self._validate_voter_only(req.leader_id, req.leader_epoch)
        if error == Errors.NONE:
            self._maybe_follow(req.leader_id, req.leader_epoch)
            if (
                self.role is Role.FOLLOWER
                and self.leader_id == req.leader_id
                and self.epoch == req.leader_epoch
            ):
                # The leader is going away: time out soon, the most caught-up voters first,
                # and stop protecting it from pre-votes.
                self._fetch_deadline = self._now + self._end_epoch_backoff(req.preferred_candidates)
                self._has_fetched = False
        return EndQuorumEpochResponse(error, self.leader_id, self.epoch)

    def _end_epoch_backoff(self, preferred: tuple[int, ...]) -> int:
        max_ms = self.config.election_backoff_max_ms
        if self.node_id not in preferred:
            return max_ms
        pos = preferred.index(self.node_id)
        if pos == 0:
            return 0
        base = max_ms >> (len(preferred) - 1)
        return min(max_ms, base << (pos - 1))

    def _handle_end_epoch_response(self, msg: Message, resp: EndQuorumEpochResponse) -> bool:
        handled = self._handle_common_response(resp.error_code, resp.leader_id, resp.leader_epoch)
        if handled is not None:
            return handled
        if self.role is Role.RESIGNED:
            self._end_acked.add(msg.source)
        return True

    # ------------------------------------------------------------------ Fetch (leader side)

    def _current_leader(self) -> LeaderIdAndEpoch:
        return LeaderIdAndEpoch(self.leader_id, self.epoch)

    def _handle_fetch_request(self, msg: Message, req: FetchRequest) -> FetchResponse | None:
        error = self._validate_leader_only(req.current_leader_epoch)
        if error != Errors.NONE:
            return FetchResponse(error, self._current_leader())
        if req.fetch_offset < 0 or req.last_fetched_epoch < 0 or req.last_fetched_epoch > self.epoch:
            return FetchResponse(Errors.INVALID_REQUEST, self._current_leader())
        response, valid = self._fetch_response(req)
        if valid:
            assert self._progress is not None
            self._progress.update_fetch(req.replica_id, req.fetch_offset, self._now)
            if req.replica_id in self.voters:
                self._endorsed.add(req.replica_id)
                self._maybe_advance_leader_hw()
                response, _ = self._fetch_response(req)
            hw = self.high_watermark if self.high_watermark is not None else -1
            # Hold an empty fetch only if the replica already knows our high watermark
            # (FetchRequest v18 HighWatermark); otherwise answer now so it can commit.
            if not response.records and req.max_wait_ms > 0 and req.high_watermark >= hw:
                self._parked[req.replica_id] = (
                    msg,
                    self._now + min(req.max_wait_ms, self.config.fetch_max_wait_ms),
                )
                return None
        return response

    def _fetch_response(self, req: FetchRequest) -> tuple[FetchResponse, bool]:
        """Validate (fetch offset, last fetched epoch) against our log; (response, valid)."""
        log = self.log
        hw = self.high_watermark if self.high_watermark is not None else -1
        common = {"high_watermark": hw, "log_start_offset": log.start_offset}
        leader = self._current_leader()
        sid = log.snapshot_id
        if req.fetch_offset == 0 and req.last_fetched_epoch == 0 and log.start_offset == 0:
            pass  # an empty follower log always matches
        elif sid is not None and (
            req.fetch_offset < log.start_offset
            or (req.fetch_offset == log.start_offset and req.last_fetched_epoch != sid.epoch)
            or req.last_fetched_epoch < sid.epoch
        ):
            return FetchResponse(Errors.NONE, leader, snapshot_id=sid, **common), False
        else:
            end = log.epoch_end_offset(req.last_fetched_epoch)
            if end.epoch != req.last_fetched_epoch or end.offset < req.fetch_offset:
                return (
                    FetchResponse(
                        Errors.NONE, leader, diverging_epoch=EpochEndOffset(end.epoch, end.offset), **common
                    ),
                    False,
                )
        records = log.read(req.fetch_offset, self.config.fetch_max_entries)
        return FetchResponse(Errors.NONE, leader, records=records, **common), True

    def _complete_parked_fetches(self) -> None:
        if self.role is not Role.LEADER:
            return
        parked, self._parked = self._parked, {}
        for msg, _ in parked.values():
            assert isinstance(msg.body, FetchRequest)
            response, _ = self._fetch_response(msg.body)
            self._reply(msg, response)

    def _expire_parked_fetches(self) -> None:
        expired = [rid for rid, (_, deadline) in self._parked.items() if self._now >= deadline]
        for rid in expired:
            msg, _ = self._parked.pop(rid)
            assert isinstance(msg.body, FetchRequest)
            response, _ = self._fetch_response(msg.body)
            self._reply(msg, response)

    def _fail_parked_fetches(self) -> None:
        parked, self._parked = self._parked, {}
        for msg, _ in parked.values():
            self._reply(msg, FetchResponse(Errors.NOT_LEADER_OR_FOLLOWER, self._current_leader()))

    def _handle_fetch_snapshot_request(self, req: FetchSnapshotRequest) -> FetchSnapshotResponse:
        error = self._validate_leader_only(req.current_leader_epoch)
        if error != Errors.NONE:
            return FetchSnapshotResponse(error, self._current_leader())
        assert self._progress is not None
        self._progress.touch(req.replica_id, self._now)
        snap = self.log.snapshot
        if snap is None or snap.snapshot_id != req.snapshot_id:
            return FetchSnapshotResponse(Errors.SNAPSHOT_NOT_FOUND, self._current_leader())
        size = len(snap.data)
        if req.position < 0 or req.position > size:
            return FetchSnapshotResponse(Errors.POSITION_OUT_OF_RANGE, self._current_leader())
        limit = max(1, min(req.max_bytes, self.config.fetch_snapshot_max_bytes))
        chunk = snap.data[req.position : req.position + limit]
        return FetchSnapshotResponse(
            Errors.NONE, self._current_leader(), snap.snapshot_id, size, req.position, chunk
        )

    # ------------------------------------------------------------------ Fetch (follower side)

    def _handle_fetch_response(self, msg: Message, resp: FetchResponse) -> bool:
        handled = self._handle_common_response(
            resp.error_code, resp.current_leader.leader_id, resp.current_leader.leader_epoch
        )
        if handled is not None:
            return handled
        if self.role is not Role.FOLLOWER or msg.source != self.leader_id or self._snapshot_fetch is not None:
            return True
        self._has_fetched = True
        self._fetch_deadline = self._now + self.config.fetch_timeout_ms
        if resp.diverging_epoch is not None:
            self._truncate_to_diverging(resp.diverging_epoch)
        elif resp.snapshot_id is not None:
            self._snapshot_fetch = (resp.snapshot_id, bytearray())
        else:
            records = list(resp.records)
            if records and records[0].offset == self.log.end_offset:
                if any(e.epoch > self.epoch for e in records):
                    return False
                self._append(records)
            self._update_follower_hw(resp.high_watermark)
        return True

    def _truncate_to_diverging(self, div: EpochEndOffset) -> None:
        local = self.log.epoch_end_offset(div.epoch)
        target = min(local.offset, div.end_offset) if local.epoch == div.epoch else local.offset
        target = min(target, div.end_offset)
        self._truncate(max(target, self.log.start_offset))

    def _handle_fetch_snapshot_response(self, msg: Message, resp: FetchSnapshotResponse) -> bool:
        handled = self._handle_common_response(
            resp.error_code, resp.current_leader.leader_id, resp.current_leader.leader_epoch
        )
        if handled is not None:
            if resp.error_code == Errors.SNAPSHOT_NOT_FOUND and self.role is Role.FOLLOWER:
                self._snapshot_fetch = None  # the leader moved on; fetch again to learn its new id
            return handled
        if self.role is not Role.FOLLOWER or msg.source != self.leader_id or self._snapshot_fetch is None:
            return True
        sid, buf = self._snapshot_fetch
        if resp.snapshot_id != sid or resp.position != len(buf):
            self._snapshot_fetch = None
            return False
        self._has_fetched = True
        self._fetch_deadline = self._now + self.config.fetch_timeout_ms
        buf.extend(resp.unaligned_records)
        if len(buf) >= resp.size:
            self._snapshot_fetch = None
            self._load_snapshot(Snapshot(sid, bytes(buf)))
        return True
