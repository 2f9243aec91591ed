"""The classic group protocol state machine, driven sans-IO with a fake clock."""

from __future__ import annotations

import itertools

import pytest

from kpybroker.coordinator import CoordinatorConfig, GroupCoordinator, Pending
from kpybroker.coordinator.requests import RequestInfo
from protocol import messages as m
from protocol.errors import ErrorCode as E

V = RequestInfo(api_version=9, client_id="client", client_host="/127.0.0.1")
V3 = RequestInfo(api_version=3, client_id="client", client_host="/127.0.0.1")


def make(delay: int = 100, **kw: int) -> GroupCoordinator:
    ids = itertools.count(1)
    cfg = CoordinatorConfig(initial_rebalance_delay_ms=delay, **kw)
    return GroupCoordinator(cfg, uuid_factory=lambda: f"u{next(ids)}")


def join_req(member_id: str = "", *, group: str = "g", instance: str | None = None, protocols=None,
             session: int = 10000, rebalance: int = 30000) -> m.JoinGroupRequest:
    protocols = protocols or [("range", b"meta")]
    return m.JoinGroupRequest(
        group_id=group, session_timeout_ms=session, rebalance_timeout_ms=rebalance, member_id=member_id,
        group_instance_id=instance, protocol_type="consumer",
        protocols=[m.JoinGroupRequest.JoinGroupRequestProtocol(name=n, metadata=md) for n, md in protocols],
    )


class Driver:
    def __init__(self, core: GroupCoordinator) -> None:
        self.core = core
        self.now = 1000
        self.done: dict[int, object] = {}

    def _collect(self) -> None:
        self.done.update(self.core.take_completions())

    def call(self, fn, *args):  # noqa: ANN001, ANN202
        out = fn(*args, self.now)
        self._collect()
        return out

    def result(self, out):  # noqa: ANN001, ANN202
        if isinstance(out, Pending):
            return self.done.get(out.token)
        return out

    def advance(self, ms: int) -> None:
        self.now += ms
        self.core.tick(self.now)
        self._collect()

    def settle(self) -> None:
        # The initial-rebalance delay is extended once per newly arrived member.
        for _ in range(5):
            self.advance(100)

    def join(self, req: m.JoinGroupRequest, info: RequestInfo = V):  # noqa: ANN201
        return self.call(self.core.join_group, req, info)

    def full_join(self, instance: str | None = None) -> str:
        """Join with KIP-394's two steps and return the member id (response may still be parked)."""
        if instance is None:
            first = self.result(self.join(join_req()))
            assert first.error_code == E.MEMBER_ID_REQUIRED
            return first.member_id
        return ""

    def sync(self, member_id: str, generation: int, assignments: dict[str, bytes] | None = None):  # noqa: ANN201
        req = m.SyncGroupRequest(
            group_id="g", generation_id=generation, member_id=member_id,
            assignments=[m.SyncGroupRequest.SyncGroupRequestAssignment(member_id=k, assignment=v)
                         for k, v in (assignments or {}).items()],
        )
        return self.call(self.core.sync_group, req, V)

    def heartbeat(self, member_id: str, generation: int, instance: str | None = None) -> int:
        req = m.HeartbeatRequest(group_id="g", generation_id=generation, member_id=member_id, group_instance_id=instance)
        return self.call(self.core.heartbeat, req, V).error_code


def test_member_id_required_then_join_completes_alone() -> None:
    d = Driver(make())
    first = d.result(d.join(join_req()))
    assert first.error_code == E.MEMBER_ID_REQUIRED
    assert first.member_id == "client-u1"
    pending = d.join(join_req(first.member_id))
    assert isinstance(pending, Pending)
    assert d.result(pending) is None  # the initial rebalance waits for the (zero) delay timer
    d.settle()
    resp = d.result(pending)
    assert resp.error_code == E.NONE
    assert resp.generation_id == 1
    assert resp.leader == first.member_id
    assert resp.protocol_name == "range"
    assert [mm.member_id for mm in resp.members] == [first.member_id]


def test_v3_join_without_member_id_is_admitted_directly() -> None:
    d = Driver(make())
    pending = d.join(join_req(), V3)
    d.settle()
    resp = d.result(pending)
    assert resp.error_code == E.NONE and resp.member_id.startswith("client-")


def test_session_timeout_bounds() -> None:
    d = Driver(make(min_session_timeout_ms=6000, max_session_timeout_ms=300000))
    assert d.result(d.join(join_req(session=5999))).error_code == E.INVALID_SESSION_TIMEOUT
    assert d.result(d.join(join_req(session=300001))).error_code == E.INVALID_SESSION_TIMEOUT


def test_empty_group_id_is_invalid() -> None:
    d = Driver(make())
    assert d.result(d.join(join_req(group=""))).error_code == E.INVALID_GROUP_ID


def test_unknown_member_joining_missing_group() -> None:
    d = Driver(make())
    assert d.result(d.join(join_req("nobody"))).error_code == E.UNKNOWN_MEMBER_ID


def _stable_pair(d: Driver) -> tuple[str, str, int]:
    a = d.full_join()
    b = d.full_join()
    pa = d.join(join_req(a))
    pb = d.join(join_req(b))
    d.settle()
    ra, rb = d.result(pa), d.result(pb)
    assert ra.error_code == rb.error_code == E.NONE
    gen = ra.generation_id
    leader = ra.leader
    assert rb.leader == leader
    follower = b if leader == a else a
    sf = d.sync(follower, gen)
    assert d.result(sf) is None  # parked until the leader syncs
    sl = d.sync(leader, gen, {a: b"A", b: b"B"})
    assert d.result(sl).assignment == (b"A" if leader == a else b"B")
    assert d.result(sf).assignment == (b"B" if leader == a else b"A")
    assert d.core.groups["g"].state_name == "Stable"
    return leader, follower, gen


def test_two_members_join_and_sync() -> None:
    d = Driver(make())
    leader, follower, gen = _stable_pair(d)
    assert d.heartbeat(leader, gen) == E.NONE
    assert d.heartbeat(follower, gen) == E.NONE
    assert d.heartbeat(follower, gen + 5) == E.ILLEGAL_GENERATION
    assert d.heartbeat("ghost", gen) == E.UNKNOWN_MEMBER_ID


def test_sync_records_group_metadata() -> None:
    d = Driver(make())
    _stable_pair(d)
    records = d.core.take_records()
    assert records, "the leader's SyncGroup must write the group's metadata"
    from kpybroker.coordinator.records import decode_record

    decoded = [decode_record(r.key, r.value) for r in records]
    last = decoded[-1]
    assert last.record_type == 2 and last.value.generation == 1
    assert sorted(mm.assignment for mm in last.value.members) == [b"A", b"B"]


def test_new_member_triggers_rebalance_and_heartbeat_says_so() -> None:
    d = Driver(make())
    leader, follower, gen = _stable_pair(d)
    c = d.full_join()
    pc = d.join(join_req(c))
    assert d.core.groups["g"].state_name == "PreparingRebalance"
    assert d.heartbeat(leader, gen) == E.REBALANCE_IN_PROGRESS
    assert d.result(d.sync(leader, gen)).error_code == E.REBALANCE_IN_PROGRESS
    pl = d.join(join_req(leader))
    pf = d.join(join_req(follower))
    for p in (pc, pl, pf):
        assert d.result(p).error_code == E.NONE
        assert d.result(p).generation_id == gen + 1
    assert len(d.result(pl).members) == 3


def test_member_that_does_not_rejoin_is_dropped_after_rebalance_timeout() -> None:
    d = Driver(make())
    leader, follower, gen = _stable_pair(d)
    c = d.full_join()
    pc = d.join(join_req(c, rebalance=5000))
    pl = d.join(join_req(leader, rebalance=5000))
    assert d.result(pc) is None
    # The follower keeps heartbeating but never rejoins: after the rebalance timeout it is kicked out.
    d.advance(4000)
    assert d.heartbeat(follower, gen) == E.REBALANCE_IN_PROGRESS
    d.advance(30000)
    assert d.result(pc).error_code == E.NONE
    assert sorted(mm.member_id for mm in d.result(pl).members) == sorted([leader, c])
    assert d.heartbeat(follower, gen) == E.UNKNOWN_MEMBER_ID


def test_crashed_member_expires_after_session_timeout() -> None:
    d = Driver(make())
    leader, follower, gen = _stable_pair(d)
    for _ in range(2):
        d.advance(4000)
        assert d.heartbeat(leader, gen) == E.NONE
    d.advance(4000)
    # The follower went silent for more than its 10 s session: it is gone and a rebalance started.
    assert d.heartbeat(leader, gen) == E.REBALANCE_IN_PROGRESS
    assert d.core.groups["g"].state_name == "PreparingRebalance"
    assert follower not in d.core.groups["g"].members
    pl = d.join(join_req(leader))
    resp = d.result(pl)
    assert resp.error_code == E.NONE and resp.generation_id == gen + 1
    assert [mm.member_id for mm in resp.members] == [leader]


def test_leave_group_batched_and_unknown() -> None:
    d = Driver(make())
    leader, follower, gen = _stable_pair(d)
    req = m.LeaveGroupRequest(
        group_id="g",
        members=[m.LeaveGroupRequest.MemberIdentity(member_id=follower),
                 m.LeaveGroupRequest.MemberIdentity(member_id="ghost")],
    )
    resp = d.call(d.core.leave_group, req, V)
    assert [r.error_code for r in resp.members] == [E.NONE, E.UNKNOWN_MEMBER_ID]
    assert d.core.groups["g"].state_name == "PreparingRebalance"
    pl = d.join(join_req(leader))
    assert d.result(pl).generation_id == gen + 1


def test_last_member_leaving_empties_group() -> None:
    d = Driver(make())
    m1 = d.full_join()
    p = d.join(join_req(m1))
    d.settle()
    gen = d.result(p).generation_id
    d.result(d.sync(m1, gen, {m1: b"x"}))
    resp = d.call(d.core.leave_group, m.LeaveGroupRequest(group_id="g", member_id=m1), RequestInfo(api_version=1))
    assert resp.error_code == E.NONE
    assert d.core.groups["g"].state_name == "Empty"


def test_initial_rebalance_delay_waits_for_more_members() -> None:
    d = Driver(make(delay=3000))
    a = d.full_join()
    pa = d.join(join_req(a))
    d.advance(2000)
    b = d.full_join()
    pb = d.join(join_req(b))
    d.advance(1500)  # first delay over, but a member joined meanwhile: extended
    assert d.result(pa) is None
    d.advance(3000)
    assert d.result(pa).error_code == E.NONE and d.result(pb).error_code == E.NONE
    assert len({d.result(pa).generation_id, d.result(pb).generation_id}) == 1


def test_inconsistent_protocol_rejected() -> None:
    d = Driver(make())
    _stable_pair(d)
    resp = d.result(d.join(join_req(protocols=[("roundrobin", b"")])))
    assert resp.error_code == E.INCONSISTENT_GROUP_PROTOCOL


def test_protocol_selection_by_vote() -> None:
    d = Driver(make())
    a = d.full_join()
    b = d.full_join()
    pa = d.join(join_req(a, protocols=[("cooperative-sticky", b""), ("range", b"")]))
    pb = d.join(join_req(b, protocols=[("cooperative-sticky", b""), ("range", b"")]))
    d.settle()
    assert d.result(pa).protocol_name == d.result(pb).protocol_name == "cooperative-sticky"


def test_static_member_rejoin_keeps_assignment_without_rebalance() -> None:
    d = Driver(make())
    p = d.join(join_req(instance="i1"))
    d.settle()
    r = d.result(p)
    assert r.error_code == E.NONE and r.member_id.startswith("i1-")
    gen = r.generation_id
    d.result(d.sync(r.member_id, gen, {r.member_id: b"mine"}))
    # The same instance restarts and joins without its member id: it replaces the old one.
    p2 = d.join(join_req(instance="i1"))
    r2 = d.result(p2)
    assert r2.error_code == E.NONE and r2.member_id != r.member_id
    assert r2.generation_id == gen
    assert d.core.groups["g"].state_name == "Stable"
    # The old incarnation is fenced.
    assert d.heartbeat(r.member_id, gen, instance="i1") == E.FENCED_INSTANCE_ID
    assert d.result(d.sync(r2.member_id, gen)).assignment == b"mine"


def test_pending_member_that_never_rejoins_is_forgotten() -> None:
    d = Driver(make())
    first = d.result(d.join(join_req()))
    assert first.member_id in d.core.groups["g"].pending_join_members
    d.advance(10001)
    assert first.member_id not in d.core.groups["g"].pending_join_members


def test_group_max_size() -> None:
    d = Driver(make(max_group_size=1))
    a = d.full_join()
    d.join(join_req(a))
    d.settle()
    # Kafka refuses a new member of a full group before even handing out a member id.
    assert d.result(d.join(join_req())).error_code == E.GROUP_MAX_SIZE_REACHED


@pytest.mark.parametrize("state_to_check", ["Empty"])
def test_describe_and_list(state_to_check: str) -> None:
    d = Driver(make())
    leader, follower, _ = _stable_pair(d)
    described = d.call(d.core.describe_groups, ["g", "missing"], V)
    assert described[0].group_state == "Stable" and described[0].protocol_data == "range"
    assert {mm.member_id for mm in described[0].members} == {leader, follower}
    assert described[1].error_code == E.GROUP_ID_NOT_FOUND
    listed = d.call(d.core.list_groups, [], [])
    assert [(g.group_id, g.group_state, g.group_type) for g in listed] == [("g", "Stable", "classic")]
    assert d.call(d.core.list_groups, [state_to_check], []) == []
    assert d.call(d.core.list_groups, [], ["consumer"]) == []
