"""Offset commit/fetch/delete rules, retention, and replaying `__consumer_offsets` into a new core."""

from __future__ import annotations

import itertools
import struct

from kpybroker.coordinator import CoordinatorConfig, GroupCoordinator, Pending
from kpybroker.coordinator.hashing import java_string_hash, partition_for
from kpybroker.coordinator.records import decode_record, offset_commit_record
from kpybroker.coordinator.requests import RequestInfo
from protocol import messages as m
from protocol.errors import ErrorCode as E

V8 = RequestInfo(api_version=8, client_id="c", client_host="/h")
V9 = RequestInfo(api_version=9, client_id="c", client_host="/h")


def core(**kw: int) -> GroupCoordinator:
    ids = itertools.count(1)
    return GroupCoordinator(CoordinatorConfig(initial_rebalance_delay_ms=0, **kw), uuid_factory=lambda: f"u{next(ids)}")


def commit(c: GroupCoordinator, *, group: str = "g", generation: int = -1, member: str = "", offsets=None,
           info: RequestInfo = V9, now: int = 1000, metadata: str | None = "meta") -> list[int]:
    offsets = offsets or {("t", 0): 10}
    topics: dict[str, list] = {}
    for (topic, p), off in offsets.items():
        topics.setdefault(topic, []).append(
            m.OffsetCommitRequest.OffsetCommitRequestPartition(
                partition_index=p, committed_offset=off, committed_leader_epoch=3, committed_metadata=metadata
            )
        )
    req = m.OffsetCommitRequest(
        group_id=group, generation_id_or_member_epoch=generation, member_id=member,
        topics=[m.OffsetCommitRequest.OffsetCommitRequestTopic(name=t, partitions=ps) for t, ps in topics.items()],
    )
    resp = c.commit_offsets(req, info, now)
    return [p.error_code for t in resp.topics for p in t.partitions]


def stable_member(c: GroupCoordinator, now: int = 1000) -> tuple[str, int]:
    """One consumer member that completed join and sync; returns (member id, generation)."""
    sub = b"\x00\x00" + m.ConsumerProtocolSubscription(topics=["t"]).encode(0)
    req = m.JoinGroupRequest(
        group_id="g", session_timeout_ms=10000, rebalance_timeout_ms=10000, protocol_type="consumer",
        protocols=[m.JoinGroupRequest.JoinGroupRequestProtocol(name="range", metadata=sub)],
    )
    member_id = c.join_group(req, RequestInfo(api_version=3, client_id="c"), now)
    assert isinstance(member_id, Pending)
    c.tick(now)
    (_, resp), = c.take_completions()
    sync = m.SyncGroupRequest(group_id="g", generation_id=resp.generation_id, member_id=resp.member_id)
    assert isinstance(c.sync_group(sync, V9, now), Pending)
    c.take_completions()
    return resp.member_id, resp.generation_id


def test_java_string_hash_and_partition() -> None:
    assert java_string_hash("hello") == 99162322
    assert java_string_hash("") == 0
    # This string hashes to Integer.MIN_VALUE; Kafka's Utils.abs maps it to 0.
    assert java_string_hash("polygenelubricants") == -(2**31)
    assert partition_for("polygenelubricants", 50) == 0
    # Values printed by the JVM's String.hashCode (surrogate pairs count as two code units).
    assert java_string_hash("é€😀") == 16752006
    assert (java_string_hash("my-group"), partition_for("my-group", 50)) == (-1906497762, 36)


def test_offset_commit_record_bytes_match_kafka_layout() -> None:
    rec = offset_commit_record(
        7, "g", "t", 2, offset=42, leader_epoch=5, metadata="m", commit_timestamp_ms=1234, expire_timestamp_ms=None
    )
    assert rec.partition == 7
    # key: record type 1, then OffsetCommitKey v0 (group, topic, partition)
    assert rec.key == struct.pack(">hh1sh1si", 1, 1, b"g", 1, b"t", 2)
    # value: version 3, then offset, leader epoch, metadata, commit timestamp
    assert rec.value == struct.pack(">hqih1sq", 3, 42, 5, 1, b"m", 1234)
    back = decode_record(rec.key, rec.value)
    assert (back.key.group, back.key.topic, back.key.partition) == ("g", "t", 2)
    assert (back.value.offset, back.value.leader_epoch, back.value.metadata) == (42, 5, "m")


def test_simple_commit_creates_empty_group_and_fetch_reads_it() -> None:
    c = core()
    assert commit(c) == [E.NONE]
    assert c.groups["g"].state_name == "Empty"
    err, rows = c.fetch_offsets("g", [("t", [0, 1])], V9, 1000)
    assert err == E.NONE
    assert rows == [("t", [(0, 10, 3, "meta", E.NONE), (1, -1, -1, "", E.NONE)])]
    _, everything = c.fetch_offsets("g", None, V9, 1000)
    assert everything == [("t", [(0, 10, 3, "meta", E.NONE)])]
    assert len(c.take_records()) == 1


def test_generation_commit_to_missing_group_depends_on_version() -> None:
    c = core()
    assert commit(c, generation=1, member="m", info=V8) == [E.ILLEGAL_GENERATION]
    assert commit(c, generation=1, member="m", info=V9) == [E.GROUP_ID_NOT_FOUND]
    assert "g" not in c.groups


def test_member_commit_rules() -> None:
    c = core()
    member, gen = stable_member(c)
    assert commit(c, generation=gen, member=member) == [E.NONE]
    assert commit(c, generation=gen + 1, member=member) == [E.ILLEGAL_GENERATION]
    assert commit(c, generation=gen, member="ghost") == [E.UNKNOWN_MEMBER_ID]
    # A "simple" commit is only for empty groups.
    assert commit(c) == [E.UNKNOWN_MEMBER_ID]


def test_commit_during_completing_rebalance_is_rebalance_in_progress() -> None:
    c = core()
    member, gen = stable_member(c)
    # A second member joins: once the join phase completes the group waits for SyncGroup.
    req = m.JoinGroupRequest(
        group_id="g", session_timeout_ms=10000, rebalance_timeout_ms=10000, protocol_type="consumer",
        protocols=[m.JoinGroupRequest.JoinGroupRequestProtocol(name="range", metadata=b"")],
    )
    c.join_group(req, RequestInfo(api_version=3, client_id="c2"), 1000)
    rejoin = m.JoinGroupRequest(
        group_id="g", session_timeout_ms=10000, rebalance_timeout_ms=10000, member_id=member, protocol_type="consumer",
        protocols=[m.JoinGroupRequest.JoinGroupRequestProtocol(name="range", metadata=b"")],
    )
    c.join_group(rejoin, V9, 1000)
    assert c.groups["g"].state_name == "CompletingRebalance"
    assert commit(c, generation=gen + 1, member=member) == [E.REBALANCE_IN_PROGRESS]


def test_metadata_too_large() -> None:
    c = core(offset_metadata_max_bytes=4)
    assert commit(c, metadata="12345") == [E.OFFSET_METADATA_TOO_LARGE]
    assert commit(c, metadata="1234") == [E.NONE]


def test_offset_delete_rules() -> None:
    c = core()
    assert c.delete_offsets(m.OffsetDeleteRequest(group_id="nope"), V9, 1000).error_code == E.GROUP_ID_NOT_FOUND
    member, gen = stable_member(c)
    commit(c, generation=gen, member=member, offsets={("t", 0): 5, ("other", 0): 7})
    req = m.OffsetDeleteRequest(
        group_id="g",
        topics=[
            m.OffsetDeleteRequest.OffsetDeleteRequestTopic(
                name=name, partitions=[m.OffsetDeleteRequest.OffsetDeleteRequestPartition(partition_index=0)]
            )
            for name in ("t", "other")
        ],
    )
    resp = c.delete_offsets(req, V9, 1000)
    assert resp.error_code == E.NONE
    codes = {t.name: t.partitions[0].error_code for t in resp.topics}
    assert codes == {"t": E.GROUP_SUBSCRIBED_TO_TOPIC, "other": E.NONE}
    assert c.offsets.get("g", "other", 0) is None and c.offsets.get("g", "t", 0) is not None


def test_offsets_of_empty_group_expire_after_retention_then_group_goes() -> None:
    c = core(offsets_retention_ms=60_000, offsets_retention_check_interval_ms=1000)
    commit(c, now=1000)
    c.take_records()
    c.tick(30_000)
    assert c.offsets.get("g", "t", 0) is not None
    c.tick(62_000)
    assert c.offsets.get("g", "t", 0) is None
    assert "g" not in c.groups
    tombstones = c.take_records()
    assert tombstones and all(r.value is None for r in tombstones)


def test_delete_groups() -> None:
    c = core()
    member, gen = stable_member(c)
    commit(c, group="idle")
    results = c.delete_groups(["g", "idle", "missing"], V9, 1000)
    assert [r.error_code for r in results] == [E.NON_EMPTY_GROUP, E.NONE, E.GROUP_ID_NOT_FOUND]
    assert "idle" not in c.groups
    _, rows = c.fetch_offsets("idle", None, V9, 1000)
    assert rows == []


def test_replay_restores_offsets_and_groups() -> None:
    c = core()
    member, gen = stable_member(c)
    commit(c, generation=gen, member=member, offsets={("t", 0): 11, ("t", 1): 12})
    commit(c, group="simple", offsets={("x", 3): 99})
    commit(c, group="gone")
    c.delete_groups(["gone"], V9, 1000)
    records = c.take_records()
    fresh = core()
    for r in records:
        fresh.replay(r.key, r.value)
    fresh.finish_loading(2000)
    assert fresh.offsets.get("g", "t", 1).offset == 12
    assert fresh.offsets.get("simple", "x", 3).offset == 99
    assert "gone" not in fresh.groups and fresh.offsets.get("gone", "t", 0) is None
    group = fresh.groups["g"]
    assert group.state_name == "Stable" and group.generation_id == gen
    assert list(group.members) == [member]
    # The loaded member must heartbeat within its session or be expired.
    assert fresh.heartbeat(m.HeartbeatRequest(group_id="g", generation_id=gen, member_id=member), V9, 3000).error_code == E.NONE
    fresh.tick(3000 + 10_001)
    assert fresh.groups["g"].state_name != "Stable"
