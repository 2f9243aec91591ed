"""KIP-848 ConsumerGroupHeartbeat: epochs, server-side assignors, revocation before reassignment."""

from __future__ import annotations

import uuid

import pytest

from kpybroker.coordinator import CoordinatorConfig, GroupCoordinator
from kpybroker.coordinator.assignors import MemberSpec, range_assign, uniform_assign
from kpybroker.coordinator.records import decode_record
from kpybroker.coordinator.requests import RequestInfo
from protocol import messages as m
from protocol.errors import ErrorCode as E

T1 = uuid.UUID(int=1)
T2 = uuid.UUID(int=2)
INFO = RequestInfo(api_version=1, client_id="c", client_host="/h")
HB = m.ConsumerGroupHeartbeatRequest


class Topics:
    def __init__(self, topics: dict[str, tuple[uuid.UUID, int]]) -> None:
        self.topics = topics

    def topic_id(self, name: str) -> uuid.UUID | None:
        return self.topics[name][0] if name in self.topics else None

    def topic_name(self, topic_id: uuid.UUID) -> str | None:
        return next((n for n, (t, _) in self.topics.items() if t == topic_id), None)

    def partition_count(self, name: str) -> int | None:
        return self.topics[name][1] if name in self.topics else None

    def topic_names(self) -> list[str]:
        return sorted(self.topics)


def make() -> GroupCoordinator:
    return GroupCoordinator(CoordinatorConfig(), Topics({"a": (T1, 4), "b": (T2, 2)}))


def owned(assignment: dict[uuid.UUID, list[int]]) -> list:
    return [HB.TopicPartitions(topic_id=t, partitions=ps) for t, ps in assignment.items()]


def parts(resp: m.ConsumerGroupHeartbeatResponse) -> dict[uuid.UUID, list[int]]:
    assert resp.assignment is not None
    return {tp.topic_id: list(tp.partitions) for tp in resp.assignment.topic_partitions}


def join(c: GroupCoordinator, member: str, topics: list[str], now: int = 0, assignor: str | None = None):  # noqa: ANN201
    return c.consumer_group_heartbeat(
        HB(group_id="g", member_id=member, member_epoch=0, rebalance_timeout_ms=30000,
           subscribed_topic_names=topics, topic_partitions=[], server_assignor=assignor),
        INFO, now,
    )


def beat(c: GroupCoordinator, member: str, epoch: int, own: dict[uuid.UUID, list[int]] | None, now: int = 0):  # noqa: ANN201
    return c.consumer_group_heartbeat(
        HB(group_id="g", member_id=member, member_epoch=epoch, rebalance_timeout_ms=-1,
           subscribed_topic_names=None, topic_partitions=None if own is None else owned(own)),
        INFO, now,
    )


def test_first_member_gets_everything() -> None:
    c = make()
    resp = join(c, "m1", ["a", "b"])
    assert resp.error_code == E.NONE
    assert resp.member_epoch == 1
    assert parts(resp) == {T1: [0, 1, 2, 3], T2: [0, 1]}
    assert resp.heartbeat_interval_ms == 5000
    types = {decode_record(r.key, r.value).record_type for r in c.take_records()}
    assert {3, 5, 8} <= types


def test_second_member_waits_for_revocation() -> None:
    c = make()
    r1 = join(c, "m1", ["a"])
    r2 = join(c, "m2", ["a"])
    assert r2.member_epoch == 2
    assert parts(r2) == {}  # m1 still owns everything: nothing free yet
    # m1 learns it must give up two partitions; it keeps the others and stays at epoch 1 meanwhile.
    h1 = beat(c, "m1", r1.member_epoch, parts(r1))
    kept = parts(h1)
    assert sum(map(len, kept.values())) == 2 and h1.member_epoch == 1
    assert c.groups["g"].state_name == "Reconciling"
    # Revocation acknowledged through owned partitions: m1 moves to epoch 2.
    h1b = beat(c, "m1", 1, kept)
    assert h1b.member_epoch == 2
    h2 = beat(c, "m2", 2, {})
    got = parts(h2)
    assert sorted(got[T1] + kept[T1]) == [0, 1, 2, 3]
    assert not set(got[T1]) & set(kept[T1])
    beat(c, "m2", 2, got)
    assert c.groups["g"].state_name == "Stable"


def test_epoch_fencing_and_unknown_member() -> None:
    c = make()
    r = join(c, "m1", ["a"])
    assert beat(c, "m1", r.member_epoch + 1, None).error_code == E.FENCED_MEMBER_EPOCH
    assert beat(c, "ghost", 3, None).error_code == E.UNKNOWN_MEMBER_ID


def test_leave_and_session_expiry() -> None:
    c = make()
    r1 = join(c, "m1", ["a"], now=0)
    join(c, "m2", ["a"], now=0)
    left = c.consumer_group_heartbeat(HB(group_id="g", member_id="m2", member_epoch=-1), INFO, 10)
    assert left.error_code == E.NONE and left.member_epoch == -1
    assert list(c.groups["g"].members) == ["m1"]
    beat(c, "m1", r1.member_epoch, parts(r1), now=20)
    c.tick(20 + 45_001)
    assert c.groups["g"].state_name == "Empty"


def test_invalid_requests() -> None:
    c = make()
    bad = c.consumer_group_heartbeat(HB(group_id="g", member_id="m", member_epoch=0, rebalance_timeout_ms=-1,
                                        subscribed_topic_names=["a"], topic_partitions=[]), INFO, 0)
    assert bad.error_code == E.INVALID_REQUEST
    assert join(c, "m", ["a"], assignor="sticky").error_code == E.UNSUPPORTED_ASSIGNOR
    assert c.consumer_group_heartbeat(HB(group_id="", member_id="m", member_epoch=1), INFO, 0).error_code == E.INVALID_REQUEST


def test_classic_group_in_use_is_not_taken_over() -> None:
    c = make()
    join_req = m.JoinGroupRequest(
        group_id="g", session_timeout_ms=10000, rebalance_timeout_ms=10000, protocol_type="consumer",
        protocols=[m.JoinGroupRequest.JoinGroupRequestProtocol(name="range", metadata=b"")],
    )
    c.join_group(join_req, RequestInfo(api_version=3), 0)
    assert join(c, "m1", ["a"]).error_code == E.GROUP_ID_NOT_FOUND


def test_describe_and_list() -> None:
    c = make()
    join(c, "m1", ["a", "b"])
    (desc,) = c.consumer_group_describe(["g"], INFO, 0)
    assert desc.error_code == E.NONE and desc.group_epoch == 1 and desc.assignor_name == "uniform"
    assert desc.members[0].assignment.topic_partitions[0].topic_name == "a"
    (missing,) = c.consumer_group_describe(["nope"], INFO, 0)
    assert missing.error_code == E.GROUP_ID_NOT_FOUND
    listed = c.list_groups([], ["consumer"], 0)
    assert [(g.group_id, g.group_type, g.protocol_type) for g in listed] == [("g", "consumer", "consumer")]


def test_offset_commit_by_member_epoch() -> None:
    c = make()
    r = join(c, "m1", ["a"])
    req = m.OffsetCommitRequest(
        group_id="g", generation_id_or_member_epoch=r.member_epoch, member_id="m1",
        topics=[m.OffsetCommitRequest.OffsetCommitRequestTopic(
            name="a", partitions=[m.OffsetCommitRequest.OffsetCommitRequestPartition(partition_index=0, committed_offset=5)])],
    )
    assert c.commit_offsets(req, RequestInfo(api_version=9), 0).topics[0].partitions[0].error_code == E.NONE
    req.generation_id_or_member_epoch = 99
    assert c.commit_offsets(req, RequestInfo(api_version=9), 0).topics[0].partitions[0].error_code == E.STALE_MEMBER_EPOCH


def test_consumer_group_replay() -> None:
    c = make()
    r = join(c, "m1", ["a"])
    records = c.take_records()
    fresh = make()
    for rec in records:
        fresh.replay(rec.key, rec.value)
    fresh.finish_loading(0)
    group = fresh.groups["g"]
    assert list(group.members) == ["m1"]
    assert group.members["m1"].assigned == {T1: {0, 1, 2, 3}}
    assert beat(fresh, "m1", r.member_epoch, parts(r)).error_code == E.NONE


@pytest.mark.parametrize("assign", [uniform_assign, range_assign])
def test_assignors_cover_every_partition_once(assign) -> None:  # noqa: ANN001
    members = [MemberSpec(f"m{i}", None, frozenset({T1, T2})) for i in range(3)]
    out = assign(members, {T1: 7, T2: 3}, {})
    flat = [(t, p) for a in out.values() for t, ps in a.items() for p in ps]
    assert sorted(flat, key=str) == sorted([(T1, p) for p in range(7)] + [(T2, p) for p in range(3)], key=str)
    sizes = sorted(sum(map(len, a.values())) for a in out.values())
    assert sizes[-1] - sizes[0] <= (1 if assign is uniform_assign else 2)


def test_uniform_is_sticky() -> None:
    members = [MemberSpec("m1", None, frozenset({T1})), MemberSpec("m2", None, frozenset({T1}))]
    first = uniform_assign(members, {T1: 6}, {})
    members.append(MemberSpec("m3", None, frozenset({T1})))
    second = uniform_assign(members, {T1: 6}, first)
    for mid in ("m1", "m2"):
        assert second[mid][T1] <= first[mid][T1]
    assert len(second["m3"][T1]) == 2


def test_range_gives_consecutive_ranges() -> None:
    members = [MemberSpec("b", None, frozenset({T1})), MemberSpec("a", None, frozenset({T1}))]
    out = range_assign(members, {T1: 5}, {})
    assert out["a"][T1] == {0, 1, 2} and out["b"][T1] == {3, 4}
