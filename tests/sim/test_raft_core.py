"""Focused tests of the sans-IO Raft core, driven message by message."""

from __future__ import annotations

import json

import pytest

from controller.raft import (
    Entry,
    PersistedState,
    QuorumStateRecord,
    RaftConfig,
    RaftLog,
    RaftNode,
    Role,
    Snapshot,
    SnapshotId,
    decode_quorum_state,
    encode_quorum_state,
    quiet_logger,
)
from controller.raft.messages import (
    BeginQuorumEpochRequest,
    FetchRequest,
    FetchResponse,
    FetchSnapshotRequest,
    Message,
    VoteRequest,
    VoteResponse,
)
from controller.raft.ready import NotLeader
from tests.sim.cluster import Cluster


def _entries(epochs: list[int], start: int = 0) -> list[Entry]:
    return [Entry(start + i, e, f"v{start + i}@{e}".encode()) for i, e in enumerate(epochs)]


def _log(epochs: list[int]) -> RaftLog:
    return RaftLog.from_entries(_entries(epochs))


def _elect(cluster: Cluster, node_id: int) -> None:
    cluster.tick_to_deadline(node_id)
    cluster.pump()
    assert cluster[node_id].role is Role.LEADER


# ---------------------------------------------------------------- RaftLog


def test_epoch_end_offset_finds_largest_epoch_not_above() -> None:
    log = _log([1, 1, 3, 3, 3, 5])
    assert (log.epoch_end_offset(1).epoch, log.epoch_end_offset(1).offset) == (1, 2)
    assert (log.epoch_end_offset(2).epoch, log.epoch_end_offset(2).offset) == (1, 2)
    assert (log.epoch_end_offset(4).epoch, log.epoch_end_offset(4).offset) == (3, 5)
    assert (log.epoch_end_offset(9).epoch, log.epoch_end_offset(9).offset) == (5, 6)
    # Older than anything held: everything the asker has for it diverges.
    assert (log.epoch_end_offset(0).epoch, log.epoch_end_offset(0).offset) == (0, 0)


def test_log_truncate_and_snapshot_keep_epoch_index() -> None:
    log = _log([1, 1, 2, 2, 3])
    log.truncate_to(3)
    assert log.end_offset == 3 and log.last_epoch == 2
    log.take_snapshot(Snapshot(SnapshotId(2, 1), b"s"))
    assert log.start_offset == 2 and log.end_offset == 3
    assert log.epoch_end_offset(1).offset == 2
    with pytest.raises(ValueError):
        log.truncate_to(1)


# ---------------------------------------------------------------- quorum-state file


def test_quorum_state_file_matches_kafka_v0_layout() -> None:
    raw = encode_quorum_state(
        QuorumStateRecord(leader_epoch=4, leader_id=1, voted_id=-1), frozenset({3, 1, 2})
    )
    assert raw == (
        b'{"clusterId":"","leaderId":1,"leaderEpoch":4,"votedId":-1,"appliedOffset":0,'
        b'"currentVoters":[{"voterId":1},{"voterId":2},{"voterId":3}],"data_version":0}'
    )
    assert decode_quorum_state(raw) == QuorumStateRecord(4, 1, -1)


def test_quorum_state_file_v1_round_trip() -> None:
    raw = encode_quorum_state(QuorumStateRecord(7, -1, 2), frozenset({1, 2, 3}), data_version=1)
    obj = json.loads(raw)
    assert obj["data_version"] == 1 and obj["votedDirectoryId"] == "AAAAAAAAAAAAAAAAAAAAAA"
    assert decode_quorum_state(raw) == QuorumStateRecord(7, -1, 2)
    with pytest.raises(ValueError):
        decode_quorum_state(b'{"leaderId":1}')


# ---------------------------------------------------------------- elections


def test_pre_vote_does_not_bump_epochs() -> None:
    c = Cluster(voters=3)
    c.tick_to_deadline(1)
    assert c[1].role is Role.PROSPECTIVE and c[1].epoch == 0
    pre_votes = [m for m in c.queue if isinstance(m.body, VoteRequest)]
    assert pre_votes and all(m.body.pre_vote and m.body.replica_epoch == 0 for m in pre_votes)
    # Deliver only the pre-votes: the voters grant without changing or persisting anything.
    for _ in range(len(pre_votes)):
        c.deliver_one()
    for i in (2, 3):
        assert c[i].epoch == 0 and c[i].voted_id == -1
        assert c.members[i].state is None
    responses = [m for m in c.queue if isinstance(m.body, VoteResponse)]
    assert responses and all(m.body.vote_granted for m in responses)
    # Once the pre-vote wins, the real election bumps the epoch exactly once.
    c.pump()
    assert c[1].role is Role.LEADER and c[1].epoch == 1
    assert all(c[i].epoch == 1 for i in (2, 3))


def test_pre_vote_rejected_by_follower_that_hears_its_leader() -> None:
    c = Cluster(voters=3)
    _elect(c, 1)
    c.advance_time(100)  # followers fetch successfully
    # Node 3 times out (say it was briefly cut off) and tries a pre-vote.
    c.blocked.add(3)
    c.advance_time(c.config.fetch_timeout_ms + 1)
    c.blocked.discard(3)
    c.queue.clear()
    assert c[3].role in (Role.PROSPECTIVE, Role.UNATTACHED, Role.FOLLOWER)
    if c[3].role is not Role.PROSPECTIVE:
        c.tick_to_deadline(3)
    assert c[3].role is Role.PROSPECTIVE
    c.pump(until=lambda: c[3].role is not Role.PROSPECTIVE)
    # The leader is alive: node 3 goes back to following it, and nobody's epoch moved.
    assert c[3].role is Role.FOLLOWER and c[3].leader_id == 1
    assert {c[i].epoch for i in (1, 2, 3)} == {1}


def test_voter_does_not_vote_twice_in_one_epoch_even_after_restart() -> None:
    c = Cluster(voters=3)
    vote_for = {
        1: VoteRequest(replica_epoch=5, replica_id=1, last_offset_epoch=0, last_offset=0, pre_vote=False),
        3: VoteRequest(replica_epoch=5, replica_id=3, last_offset_epoch=0, last_offset=0, pre_vote=False),
    }
    c[2].step(Message(1, 2, 11, vote_for[1]), 0)
    rd = c[2].ready()
    assert rd.persist_state == QuorumStateRecord(5, -1, 1)  # written before the grant is sent
    (granted,) = [m.body for _, m in rd.messages]
    assert isinstance(granted, VoteResponse) and granted.vote_granted
    c[2].step(Message(3, 2, 12, vote_for[3]), 1)
    (second,) = [m.body for _, m in c[2].ready().messages]
    assert isinstance(second, VoteResponse) and not second.vote_granted
    # A restart from the persisted state remembers the vote.
    restarted = RaftNode(
        2,
        c.voter_ids,
        PersistedState(QuorumStateRecord(5, -1, 1)),
        RaftLog(),
        RaftConfig(),
        7,
        logger=quiet_logger(),
    )
    restarted.step(Message(3, 2, 13, vote_for[3]), 2)
    (third,) = [m.body for _, m in restarted.ready().messages]
    assert isinstance(third, VoteResponse) and not third.vote_granted
    # Re-asking by the same candidate is granted again (idempotent).
    restarted.step(Message(1, 2, 14, vote_for[1]), 3)
    (again,) = [m.body for _, m in restarted.ready().messages]
    assert isinstance(again, VoteResponse) and again.vote_granted


def test_vote_refused_to_candidate_with_shorter_log() -> None:
    node = RaftNode(
        2,
        frozenset({1, 2, 3}),
        PersistedState(QuorumStateRecord(2, -1, -1)),
        _log([1, 2, 2]),
        RaftConfig(),
        1,
        logger=quiet_logger(),
    )
    node.step(Message(1, 2, 1, VoteRequest(3, 1, last_offset_epoch=2, last_offset=2, pre_vote=False)), 0)
    (resp,) = [m.body for _, m in node.ready().messages]
    assert isinstance(resp, VoteResponse) and not resp.vote_granted and resp.leader_epoch == 3


def test_stale_leader_steps_down_on_higher_epoch() -> None:
    c = Cluster(voters=3)
    _elect(c, 1)
    leader = c[1]
    leader.step(
        Message(2, 1, 99, VoteRequest(2, 2, last_offset_epoch=1, last_offset=1, pre_vote=False)), c.now
    )
    assert leader.role is Role.UNATTACHED and leader.epoch == 2
    assert isinstance(leader.propose([b"x"], c.now), NotLeader)
    # BeginQuorumEpoch from a newer leader makes an old leader a follower.
    c2 = Cluster(voters=3)
    _elect(c2, 1)
    c2[1].step(Message(3, 1, 5, BeginQuorumEpochRequest(leader_id=3, leader_epoch=7)), c2.now)
    assert c2[1].role is Role.FOLLOWER and c2[1].leader_id == 3 and c2[1].epoch == 7


def test_restarted_leader_resigns_and_hands_over() -> None:
    node = RaftNode(
        1,
        frozenset({1, 2, 3}),
        PersistedState(QuorumStateRecord(4, 1, 1)),
        _log([4]),
        RaftConfig(),
        3,
        logger=quiet_logger(),
    )
    assert node.role is Role.RESIGNED and node.epoch == 4
    node.tick(0)
    sent = [m.body for _, m in node.ready().messages]
    assert sent and all(type(b).__name__ == "EndQuorumEpochRequest" for b in sent)


def test_single_voter_elects_itself_and_commits() -> None:
    c = Cluster(voters=1)
    c.tick(1, 0)
    assert c[1].role is Role.LEADER and c[1].epoch == 1
    offset = c[1].propose([b"a", b"b"], c.now)
    assert offset == 2
    c.drain(1)
    applied = c.members[1].applied
    assert [e.offset for e in applied] == [0, 1, 2]
    assert applied[0].is_control and applied[0].leader_change is not None
    assert [e.payload for e in applied[1:]] == [b"a", b"b"]


# ---------------------------------------------------------------- replication


def test_divergent_follower_truncates_to_leader_log() -> None:
    states = {i: QuorumStateRecord(2, -1, -1) for i in (1, 2, 3)}
    logs = {
        1: _log([1, 1, 1]),
        2: RaftLog.from_entries(_entries([1, 1, 1]) + _entries([2, 2, 2], 3)),
        3: _log([1, 1, 1]),
    }
    # Node 2's epoch-2 tail was never committed; 1 and 3 elect 1 in epoch 3.
    c = Cluster(voters=3, logs=logs, states=states)
    c.tick_to_deadline(1)
    c.pump(until=lambda: c[1].role is Role.LEADER)
    assert c[1].role is Role.LEADER and c[1].epoch == 3
    delivered = c.pump()
    diverging = [
        m.body
        for m in delivered
        if isinstance(m.body, FetchResponse) and m.dest == 2 and m.body.diverging_epoch
    ]
    assert diverging and diverging[0].diverging_epoch is not None
    assert (diverging[0].diverging_epoch.epoch, diverging[0].diverging_epoch.end_offset) == (1, 3)
    assert any(rd.truncate_to == 3 for rd in c.members[2].readies)
    c.advance_time(50)
    assert c[2].log.entries() == c[1].log.entries()
    assert [e.epoch for e in c[2].log.entries()] == [1, 1, 1, 3]


def test_high_watermark_waits_for_an_entry_of_the_current_epoch() -> None:
    logs = {i: _log([1, 1, 1]) for i in (1, 2, 3)}
    states = {i: QuorumStateRecord(1, -1, -1) for i in (1, 2, 3)}
    c = Cluster(voters=3, logs=logs, states=states)
    c.tick_to_deadline(1)
    c.pump(until=lambda: c[1].role is Role.LEADER)
    leader = c[1]
    seen: list[int | None] = []
    fetch_offsets: list[int] = []
    for _ in range(200):
        msg = c.deliver_one()
        if msg is None:
            break
        if isinstance(msg.body, FetchRequest) and msg.dest == 1:
            fetch_offsets.append(msg.body.fetch_offset)
        seen.append(leader.high_watermark)
    # Followers first report offset 3: every old entry is on all voters, yet nothing commits
    # until the epoch-2 LeaderChange record at offset 3 is on a majority.
    assert 3 in fetch_offsets
    first = next(hw for hw in seen if hw is not None)
    assert first == 4
    assert c.members[1].applied[-1].offset == 3 and c.members[1].applied[-1].is_control


def test_follower_commits_only_up_to_leader_high_watermark() -> None:
    c = Cluster(voters=3)
    _elect(c, 1)
    c.advance_time(100)
    c.blocked.add(3)  # 3 is away: commits need 1 and 2
    last = c[1].propose([b"x", b"y"], c.now)
    assert isinstance(last, int)
    c.drain(1)
    c.advance_time(100)
    assert c[1].high_watermark == last + 1
    assert [e.payload for e in c.members[2].applied if not e.is_control] == [b"x", b"y"]
    assert all(e.offset <= 0 for e in c.members[3].applied)


def test_observer_catches_up_via_snapshot() -> None:
    config = RaftConfig(fetch_snapshot_max_bytes=7)
    c = Cluster(voters=3, observers=1, config=config)
    c.blocked.add(4)
    _elect(c, 1)
    for i in range(5):
        c[1].propose([f"rec{i}".encode()], c.now)
        c.drain(1)
        c.advance_time(20)
    leader = c[1]
    applied = leader.applied_offset
    assert applied == 6
    leader.snapshot(applied, b"state-machine-snapshot-bytes")
    c.drain(1)
    assert leader.log.start_offset == 6
    c[1].propose([b"after"], c.now)
    c.drain(1)
    c.advance_time(20)
    # Now let the observer in: it finds the leader, is told to fetch the snapshot, pulls it in
    # 7-byte chunks, loads it and then fetches the rest of the log.
    c.blocked.discard(4)
    c.advance_time(3_000)
    obs = c.members[4]
    assert c[4].role is Role.FOLLOWER and c[4].leader_id == 1 and 4 not in c.voter_ids
    loads = [rd for rd in obs.readies if rd.install_snapshot]
    assert len(loads) == 1 and loads[0].snapshot_to_load is not None
    assert loads[0].snapshot_to_load.data == b"state-machine-snapshot-bytes"
    assert loads[0].snapshot_to_load.snapshot_id == SnapshotId(6, 1)
    assert c[4].log.start_offset == 6 and c[4].log.end_offset == leader.log.end_offset
    assert [e.payload for e in obs.applied] == [b"after"]
    assert c[4].applied_offset == leader.log.end_offset
    # Observers never vote and never count toward the high watermark.
    assert not any(isinstance(m.body, VoteRequest) and m.source == 4 for m in c.queue)


def test_fetch_snapshot_with_stale_id_is_refused() -> None:
    c = Cluster(voters=1)
    c.tick(1, 0)
    c[1].propose([b"a"], c.now)
    c.drain(1)
    c[1].snapshot(2, b"s")
    req = FetchSnapshotRequest(replica_id=9, current_leader_epoch=1, snapshot_id=SnapshotId(1, 1), position=0)
    c[1].step(Message(9, 1, 3, req), c.now)
    (resp,) = [m.body for _, m in c[1].ready().messages]
    assert resp.error_code == 98  # SNAPSHOT_NOT_FOUND


def test_describe_quorum_reports_voters_and_observers() -> None:
    c = Cluster(voters=3, observers=1)
    _elect(c, 1)
    c.advance_time(3_000)
    desc = c[1].describe_quorum()
    assert desc is not None and desc.leader_id == 1 and desc.leader_epoch == 1
    assert [r.replica_id for r in desc.current_voters] == [1, 2, 3]
    assert [r.replica_id for r in desc.observers] == [4]
    assert desc.high_watermark == 1
    assert all(r.log_end_offset == 1 for r in desc.current_voters + desc.observers)
    assert c[2].describe_quorum() is None
