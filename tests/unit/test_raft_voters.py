"""KIP-853 voter changes in the sans-IO core: AddRaftVoter / RemoveRaftVoter / UpdateRaftVoter."""

from __future__ import annotations

from controller.raft import RaftLog, Role, Snapshot, SnapshotId
from controller.raft.messages import Errors
from controller.raft.ready import VoterChangeResult
from controller.raft.voter_set import Endpoint, Voter, VoterSet
from tests.sim.cluster import Cluster


def _voter(i: int) -> Voter:
    return Voter(i, endpoints=(Endpoint("CONTROLLER", "localhost", 9000 + i),))


def _dynamic_cluster(voters: int, observers: int) -> Cluster:
    initial = VoterSet.of(_voter(i) for i in range(1, voters + 1))
    logs = {
        i: RaftLog(snapshot=Snapshot(SnapshotId(0, 0), b"", initial)) for i in range(1, voters + observers + 1)
    }
    return Cluster(voters=voters, observers=observers, logs=logs)


def _results(c: Cluster, node_id: int) -> list[VoterChangeResult]:
    return [r for rd in c.members[node_id].readies for r in rd.voter_changes]


def _elect(c: Cluster) -> int:
    c.advance_time(5_000)
    leaders = c.leaders()
    assert len(leaders) == 1
    return leaders[0]


def test_add_voter_commits_a_voters_record_and_the_new_voter_counts() -> None:
    c = _dynamic_cluster(3, 1)
    leader = _elect(c)
    assert c[4].voters == {1, 2, 3} and not c[4].is_voter
    c.advance_time(1_000)  # the observer catches up
    c[leader].add_voter(7, _voter(4), c.now)
    c.drain(leader)
    c.advance_time(1_000)
    assert _results(c, leader)[-1] == VoterChangeResult(7, Errors.NONE)
    for i in range(1, 5):
        assert c[i].voters == {1, 2, 3, 4}
    assert c[4].is_voter and c[4].kraft_version == 1
    desc = c[leader].describe_quorum()
    assert desc is not None and [r.replica_id for r in desc.current_voters] == [1, 2, 3, 4]


def test_add_voter_refusals() -> None:
    c = _dynamic_cluster(3, 1)
    leader = _elect(c)
    follower = next(i for i in (1, 2, 3) if i != leader)
    c[follower].add_voter(1, _voter(4), c.now)
    c[leader].add_voter(2, _voter(2), c.now)
    c[leader].add_voter(3, Voter(4), c.now)
    c.drain(follower)
    c.drain(leader)
    assert _results(c, follower)[-1].error_code == Errors.NOT_LEADER_OR_FOLLOWER
    codes = [r.error_code for r in _results(c, leader)]
    assert codes == [Errors.DUPLICATE_VOTER, Errors.INVALID_REQUEST]


def test_one_change_at_a_time() -> None:
    c = _dynamic_cluster(3, 1)
    leader = _elect(c)
    c.advance_time(1_000)
    c[leader].add_voter(1, _voter(4), c.now)
    c[leader].remove_voter(2, 4, _voter(4).directory_id, c.now)
    c.drain(leader)
    assert [r.error_code for r in _results(c, leader)] == [Errors.REQUEST_TIMED_OUT]


def test_static_voters_refuse_changes() -> None:
    c = Cluster(voters=3, observers=1)
    leader = _elect(c)
    c[leader].add_voter(1, _voter(4), c.now)
    c.drain(leader)
    assert _results(c, leader)[-1].error_code == Errors.UNSUPPORTED_VERSION


def test_removing_the_leader_commits_then_it_resigns() -> None:
    c = _dynamic_cluster(3, 0)
    leader = _elect(c)
    c[leader].remove_voter(5, leader, _voter(leader).directory_id, c.now)
    c.drain(leader)
    c.advance_time(5_000)
    assert _results(c, leader)[-1] == VoterChangeResult(5, Errors.NONE)
    assert c[leader].role is not Role.LEADER and not c[leader].is_voter
    new = c.leaders()
    assert len(new) == 1 and new[0] != leader
    assert c[new[0]].voters == {1, 2, 3} - {leader}


def test_truncating_an_uncommitted_voters_record_restores_the_previous_set() -> None:
    log = RaftLog(snapshot=Snapshot(SnapshotId(0, 0), b"", VoterSet.of([_voter(1), _voter(2), _voter(3)])))
    from controller.raft import Entry

    log.append([Entry(0, 1, b"a"), Entry(1, 1, b"", voters=VoterSet.of([_voter(1), _voter(2)]))])
    assert log.latest_voters() is not None and log.latest_voters().ids == {1, 2}  # type: ignore[union-attr]
    log.truncate_to(1)
    assert log.latest_voters().ids == {1, 2, 3}  # type: ignore[union-attr]
