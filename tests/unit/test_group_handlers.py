"""The group handlers over a fake broker: coordinator lookup, version shapes, topic ids, appends."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest

from kpybroker.coordinator import CoordinatorConfig, GroupCoordinator
from kpybroker.handlers.groups import (
    find_coordinator,
    join_group,
    offset_commit,
    offset_fetch,
    service,
)
from kpybroker.handlers.groups.service import GroupService, load_partition
from log.log import Log
from protocol import messages as m
from protocol.errors import ErrorCode as E

TOPIC_ID = uuid.UUID(int=7)


class FakeLog:
    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.log_start_offset = 0
        self.log_end_offset = 0
        self.high_watermark = 0

    def append(self, buf: bytes, batches: Any, *, leader_epoch: int, now_ms: int) -> None:
        from protocol import records as rb

        data = bytearray(buf)
        for pos, header in rb.iter_batches(data):
            rb.set_base_offset(data, pos, self.log_end_offset)
            self.log_end_offset += header.last_offset - header.base_offset + 1
        self.chunks.append(bytes(data))

    def read(self, offset: int, max_bytes: int) -> SimpleNamespace:
        return SimpleNamespace(records=[memoryview(c) for c in self.chunks])

    # The real log's batch scanner, over this fake's read().
    scan = Log.scan


@dataclass
class FakeBroker:
    offsets_created: bool = True
    logs: dict[int, FakeLog] = field(default_factory=dict)
    groups: Any = None

    def __post_init__(self) -> None:
        self.config = SimpleNamespace(offsets_topic_num_partitions=50, transaction_state_log_num_partitions=50)
        self.image = SimpleNamespace(topics_by_name={})
        self.image.topics_by_name["t"] = SimpleNamespace(topic_id=TOPIC_ID, partitions={0: None, 1: None})
        if self.offsets_created:
            self.create_internal_topic("__consumer_offsets")
        self.replicas = SimpleNamespace(get=self._get, partitions=lambda: [])

    def _get(self, topic: str, index: int) -> Any:
        if topic != "__consumer_offsets" or "__consumer_offsets" not in self.image.topics_by_name:
            return None
        log = self.logs.setdefault(index, FakeLog())
        return SimpleNamespace(log=log, leader_epoch=0, topic=topic, index=index)

    def create_internal_topic(self, name: str) -> int:
        parts = {i: SimpleNamespace(leader=1) for i in range(50)}
        self.image.topics_by_name[name] = SimpleNamespace(topic_id=uuid.uuid4(), partitions=parts)
        return E.NONE

    def alive_brokers(self, listener: str) -> list[tuple[int, str, int, str | None]]:
        return [(1, "localhost", 9092, None)]

    def now_ms(self) -> int:
        return 1000


def ctx(version: int) -> Any:
    header = SimpleNamespace(request_api_version=version, client_id="cid")
    return SimpleNamespace(api_version=version, client_id="cid", client_host="127.0.0.1", header=header, listener="PLAINTEXT")


def make_broker(created: bool = True) -> FakeBroker:
    b = FakeBroker(offsets_created=created)
    b.groups = GroupService(b, GroupCoordinator(CoordinatorConfig(initial_rebalance_delay_ms=0)))  # type: ignore[arg-type]
    return b


@pytest.mark.parametrize("version", range(0, 7))
def test_find_coordinator_every_version(version: int) -> None:
    b = make_broker(created=False)
    req = m.FindCoordinatorRequest(key="g", key_type=0, coordinator_keys=["g", "h"])
    resp = find_coordinator.handle(b, ctx(version), req)  # type: ignore[arg-type]
    data = resp.encode(version)
    back = m.FindCoordinatorResponse.decode(data, version)
    if version >= 4:
        assert [(c.key, c.node_id, c.port, c.error_code) for c in back.coordinators] == [
            ("g", 1, 9092, E.NONE), ("h", 1, 9092, E.NONE)]
    else:
        assert (back.node_id, back.host, back.port, back.error_code) == (1, "localhost", 9092, E.NONE)
    assert "__consumer_offsets" in b.image.topics_by_name


def test_find_coordinator_bad_key_type() -> None:
    b = make_broker()
    resp = find_coordinator.handle(b, ctx(4), m.FindCoordinatorRequest(key_type=9, coordinator_keys=["x"]))  # type: ignore[arg-type]
    assert resp.coordinators[0].error_code == E.INVALID_REQUEST


@pytest.mark.parametrize("version", range(2, 11))
def test_commit_then_fetch_every_version(version: int) -> None:
    b = make_broker()
    part = m.OffsetCommitRequest.OffsetCommitRequestPartition(partition_index=1, committed_offset=77, committed_metadata="x")
    topic = m.OffsetCommitRequest.OffsetCommitRequestTopic(name="t" if version < 10 else "", topic_id=TOPIC_ID if version >= 10 else uuid.UUID(int=0), partitions=[part])
    req = m.OffsetCommitRequest(group_id="g", generation_id_or_member_epoch=-1, topics=[topic])
    resp = offset_commit.handle(b, ctx(version), req)  # type: ignore[arg-type]
    back = m.OffsetCommitResponse.decode(resp.encode(version), version)
    assert back.topics[0].partitions[0].error_code == E.NONE
    assert (back.topics[0].topic_id == TOPIC_ID) if version >= 10 else (back.topics[0].name == "t")
    assert sum(len(log.chunks) for log in b.logs.values()) == 1, "the commit is appended before the answer"
    fv = min(version, 10)
    if fv >= 8:
        g = m.OffsetFetchRequest.OffsetFetchRequestGroup(
            group_id="g",
            topics=[m.OffsetFetchRequest.OffsetFetchRequestTopics(name="t", topic_id=TOPIC_ID, partition_indexes=[1, 0])],
        )
        fresp = offset_fetch.handle(b, ctx(fv), m.OffsetFetchRequest(groups=[g]))  # type: ignore[arg-type]
        fback = m.OffsetFetchResponse.decode(fresp.encode(fv), fv)
        offsets = [p.committed_offset for p in fback.groups[0].topics[0].partitions]
    else:
        freq = m.OffsetFetchRequest(group_id="g", topics=[m.OffsetFetchRequest.OffsetFetchRequestTopic(name="t", partition_indexes=[1, 0])])
        fresp = offset_fetch.handle(b, ctx(fv), freq)  # type: ignore[arg-type]
        fback = m.OffsetFetchResponse.decode(fresp.encode(fv), fv)
        offsets = [p.committed_offset for p in fback.topics[0].partitions]
    assert offsets == [77, -1]


def test_commit_unknown_topic_id() -> None:
    b = make_broker()
    part = m.OffsetCommitRequest.OffsetCommitRequestPartition(partition_index=0, committed_offset=1)
    req = m.OffsetCommitRequest(group_id="g", generation_id_or_member_epoch=-1, topics=[
        m.OffsetCommitRequest.OffsetCommitRequestTopic(topic_id=uuid.UUID(int=99), partitions=[part])])
    resp = offset_commit.handle(b, ctx(10), req)  # type: ignore[arg-type]
    assert resp.topics[0].partitions[0].error_code == E.UNKNOWN_TOPIC_ID


def test_join_parks_and_resolves_through_future() -> None:
    b = make_broker()

    async def run() -> m.JoinGroupResponse:
        req = m.JoinGroupRequest(
            group_id="g", session_timeout_ms=10000, rebalance_timeout_ms=10000, protocol_type="consumer",
            protocols=[m.JoinGroupRequest.JoinGroupRequestProtocol(name="range", metadata=b"")],
        )
        first = join_group.handle(b, ctx(9), req)  # type: ignore[arg-type]
        first = await first
        assert first.error_code == E.MEMBER_ID_REQUIRED
        req.member_id = first.member_id
        pending = asyncio.ensure_future(join_group.handle(b, ctx(9), req))  # type: ignore[arg-type]
        await asyncio.sleep(0)
        assert not pending.done()
        b.groups.tick(2000)
        return await pending

    resp = asyncio.run(run())
    assert resp.error_code == E.NONE and resp.generation_id == 1
    assert resp.member_id.startswith("cid-")


def test_records_written_by_service_load_back() -> None:
    b = make_broker()
    part = m.OffsetCommitRequest.OffsetCommitRequestPartition(partition_index=0, committed_offset=5)
    req = m.OffsetCommitRequest(group_id="grp", generation_id_or_member_epoch=-1, topics=[
        m.OffsetCommitRequest.OffsetCommitRequestTopic(name="t", partitions=[part])])
    offset_commit.handle(b, ctx(9), req)  # type: ignore[arg-type]
    fresh = GroupCoordinator(CoordinatorConfig())
    replayed = sum(load_partition(fresh, log) for log in b.logs.values())
    assert replayed == 1
    assert fresh.offsets.get("grp", "t", 0).offset == 5


def test_service_module_is_exported() -> None:
    assert service.GroupService is GroupService
