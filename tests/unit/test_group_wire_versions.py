"""Every group response the coordinator builds encodes at every version the handlers advertise."""

from __future__ import annotations

import itertools

import pytest

from kpybroker.coordinator import CoordinatorConfig, GroupCoordinator
from kpybroker.coordinator.requests import RequestInfo
from kpybroker.handlers.groups import describe_groups, join_group, sync_group
from protocol import messages as m
from protocol.errors import ErrorCode as E


def versions(cls: type) -> range:
    lo, hi = cls.VALID_VERSIONS
    return range(lo, hi + 1)


def stable_group() -> tuple[GroupCoordinator, list, list]:
    ids = itertools.count(1)
    c = GroupCoordinator(CoordinatorConfig(initial_rebalance_delay_ms=0), uuid_factory=lambda: f"u{next(ids)}")
    req = m.JoinGroupRequest(
        group_id="g", session_timeout_ms=10000, rebalance_timeout_ms=10000, protocol_type="consumer",
        group_instance_id="inst",
        protocols=[m.JoinGroupRequest.JoinGroupRequestProtocol(name="range", metadata=b"\x00\x01")],
    )
    info = RequestInfo(api_version=5, client_id="c", client_host="/h")
    c.join_group(req, info, 0)
    c.tick(0)
    joins = [resp for _, resp in c.take_completions()]
    joins.append(c.join_group(m.JoinGroupRequest(group_id="", session_timeout_ms=10000), info, 0))
    member = joins[0].member_id
    c.sync_group(
        m.SyncGroupRequest(
            group_id="g", generation_id=1, member_id=member, group_instance_id="inst",
            assignments=[m.SyncGroupRequest.SyncGroupRequestAssignment(member_id=member, assignment=b"a")],
        ),
        info, 0,
    )
    syncs = [resp for _, resp in c.take_completions()]
    syncs.append(m.SyncGroupResponse(error_code=E.ILLEGAL_GENERATION))
    return c, joins, syncs


@pytest.mark.parametrize("version", versions(m.JoinGroupResponse))
def test_join_and_sync_responses_encode(version: int) -> None:
    _, joins, syncs = stable_group()
    for resp in joins:
        data = join_group.shape(resp, version).encode(version)
        assert m.JoinGroupResponse.decode(data, version).member_id == resp.member_id
    if version <= m.SyncGroupResponse.VALID_VERSIONS[1]:
        for resp in syncs:
            sync_group.shape(resp, version).encode(version)


def test_other_responses_encode_at_all_versions() -> None:
    c, joins, _ = stable_group()
    member = joins[0].member_id
    hb = c.heartbeat(m.HeartbeatRequest(group_id="g", generation_id=1, member_id=member), RequestInfo(4), 0)
    for v in versions(m.HeartbeatResponse):
        hb.encode(v)
    for v in versions(m.DescribeGroupsResponse):
        described = c.describe_groups(["g", "missing"], RequestInfo(v), 0)
        data = describe_groups.shape(described, v, include_operations=True).encode(v)
        assert m.DescribeGroupsResponse.decode(data, v).groups[0].group_state == "Stable"
    listed = c.list_groups([], [], 0)
    for v in versions(m.ListGroupsResponse):
        m.ListGroupsResponse(groups=listed).encode(v)
    deleted = c.delete_groups(["g"], RequestInfo(2), 0)
    for v in versions(m.DeleteGroupsResponse):
        m.DeleteGroupsResponse(results=deleted).encode(v)
    for v in versions(m.LeaveGroupRequest):
        info = RequestInfo(api_version=v)
        req = m.LeaveGroupRequest(group_id="g", member_id="x") if v < 3 else m.LeaveGroupRequest(
            group_id="g", members=[m.LeaveGroupRequest.MemberIdentity(member_id="x")]
        )
        c.leave_group(req, info, 0).encode(v)
