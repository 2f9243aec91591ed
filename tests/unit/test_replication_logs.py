"""Leader and follower logs over the replication steps (no sockets): follower appends keep
the leader's offsets and epochs byte for byte, divergence truncates, acks=all waits."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

from kpybroker.fetch_sessions import SessionPartition
from kpybroker.replica_manager import Partition
from kpybroker.replication.ack_waiters import AckWaiters
from kpybroker.replication.fetcher import (
    FetcherSettings,
    FollowedPartition,
    apply_partition_response,
    fetch_request,
    truncation_offset,
    whole_batches,
)
from kpybroker.replication.follower_reads import read_for_follower
from kpybroker.replication.leader_state import LeaderState
from log.config import LogConfig
from log.log import Log
from protocol import records as rb
from protocol.errors import ErrorCode

TOPIC_ID = uuid.UUID(int=7)


def _partition(tmp: Path, name: str, epoch: int = 0, leader: int = 1) -> Partition:
    plog = Log.open(tmp / name / "t-0", LogConfig(), topic_id=TOPIC_ID, now_ms=0)
    return Partition("t", 0, TOPIC_ID, plog, LogConfig(), epoch, leader)


def _append(part: Partition, values: list[bytes]) -> None:
    batch = rb.build_batch([(None, v) for v in values])
    part.log.append(memoryview(batch), leader_epoch=part.leader_epoch, now_ms=0)


def _fetch(leader: Partition, state: LeaderState, follower: Partition, replica_id: int = 2) -> object:
    latest = follower.log.epoch_cache.latest_epoch
    sp = SessionPartition(topic="t", topic_id=TOPIC_ID, partition=0, fetch_offset=follower.log.log_end_offset,
                          max_bytes=1 << 20, current_leader_epoch=leader.leader_epoch,
                          last_fetched_epoch=latest if latest is not None else -1)
    pdata, _ = read_for_follower(leader, state, sp, replica_id, -1, 1 << 20, True, 1_000, 1)
    return pdata


def _segment_bytes(part: Partition) -> bytes:
    return b"".join(bytes(r) for r in part.log.read(part.log.log_start_offset, 1 << 30).records)


def test_follower_copy_is_byte_identical_and_moves_the_high_watermark(tmp_path: Path) -> None:
    leader = _partition(tmp_path, "leader")
    follower = _partition(tmp_path, "follower")
    state = LeaderState.become_leader(1, (1, 2), (1, 2), 0, 0, 0, 0)
    _append(leader, [b"a", b"b"])
    _append(leader, [b"c"])
    assert state.high_watermark(leader.log.log_end_offset) == -1
    assert apply_partition_response(follower, _fetch(leader, state, follower), 0) == "appended"
    assert follower.log.log_end_offset == 3
    # The follower's next fetch offset tells the leader what it holds.
    pdata = _fetch(leader, state, follower)
    assert state.high_watermark(leader.log.log_end_offset) == 3
    leader.log.high_watermark = 3
    apply_partition_response(follower, pdata, 0)
    assert _segment_bytes(follower) == _segment_bytes(leader)
    assert follower.log.epoch_cache.entries == leader.log.epoch_cache.entries


def test_diverging_follower_truncates_to_the_leaders_epoch_end(tmp_path: Path) -> None:
    # Both wrote offsets 0-1 in epoch 0; the old leader (now follower) then wrote 2-4 in epoch 1
    # that nobody got; the new leader wrote 2-3 in epoch 2.
    old = _partition(tmp_path, "old")
    new = _partition(tmp_path, "new")
    _append(old, [b"a", b"b"])
    _append(new, [b"a", b"b"])
    old.leader_epoch = 1
    _append(old, [b"x", b"y", b"z"])
    new.leader_epoch = 2
    new.log.epoch_cache.assign(2, new.log.log_end_offset)
    _append(new, [b"c", b"d"])
    state = LeaderState.become_leader(1, (1, 2), (1,), 2, 0, 2, 0)
    pdata = _fetch(new, state, old)
    assert pdata.diverging_epoch.epoch == 0 and pdata.diverging_epoch.end_offset == 2
    assert pdata.records is None
    assert apply_partition_response(old, pdata, 0) == "truncated"
    assert old.log.log_end_offset == 2
    assert apply_partition_response(old, _fetch(new, state, old), 0) == "appended"
    assert _segment_bytes(old) == _segment_bytes(new)


def test_truncation_offset_takes_the_smaller_end() -> None:
    class Cache:
        def __init__(self, entries: list[tuple[int, int]]) -> None:
            self.entries = entries

        def end_offset_for(self, epoch: int, leo: int) -> tuple[int, int]:
            from log.epoch_cache import LeaderEpochCache

            cache = LeaderEpochCache.__new__(LeaderEpochCache)
            cache.entries = self.entries
            return LeaderEpochCache.end_offset_for(cache, epoch, leo)

    assert truncation_offset(0, 2, Cache([(0, 0), (1, 2)]), 5) == 2  # type: ignore[arg-type]
    assert truncation_offset(1, 9, Cache([(0, 0), (1, 2)]), 5) == 5  # type: ignore[arg-type]
    assert truncation_offset(3, 4, Cache([]), 7) == 4  # type: ignore[arg-type]


def test_whole_batches_drops_a_partial_tail() -> None:
    one = rb.build_batch([(None, b"v")])
    two = rb.build_batch([(None, b"w")], base_offset=1)
    assert bytes(whole_batches(memoryview(one + two[:20]))) == one
    assert bytes(whole_batches(memoryview(one + two))) == one + two
    assert len(whole_batches(memoryview(one[:5]))) == 0


def test_fetch_request_carries_replica_state_and_last_fetched_epoch(tmp_path: Path) -> None:
    part = _partition(tmp_path, "f", epoch=3)
    _append(part, [b"a"])
    request = fetch_request(FetcherSettings(node_id=2), 77, [(FollowedPartition("t", 0, TOPIC_ID, 3), part)])
    assert request.replica_state.replica_id == 2 and request.replica_state.replica_epoch == 77
    fp = request.topics[0].partitions[0]
    assert (fp.fetch_offset, fp.last_fetched_epoch, fp.current_leader_epoch) == (1, 3, 3)


def test_consumer_and_stale_epoch_fetches_are_refused(tmp_path: Path) -> None:
    leader = _partition(tmp_path, "l", epoch=5)
    state = LeaderState.become_leader(1, (1, 2), (1, 2), 5, 0, 0, 0)
    sp = SessionPartition(topic="t", topic_id=TOPIC_ID, partition=0, fetch_offset=0, max_bytes=100,
                          current_leader_epoch=4, last_fetched_epoch=-1)
    pdata, recorded = read_for_follower(leader, state, sp, 2, -1, 100, True, 0, 1)
    assert pdata.error_code == ErrorCode.FENCED_LEADER_EPOCH and not recorded
    pdata, _ = read_for_follower(leader, None, sp, 2, -1, 100, True, 0, 3)
    assert pdata.error_code == ErrorCode.NOT_LEADER_OR_FOLLOWER and pdata.current_leader.leader_id == 3
    sp.current_leader_epoch = 5
    pdata, recorded = read_for_follower(leader, state, sp, 9, -1, 100, True, 0, 1)
    assert pdata.error_code == ErrorCode.NOT_LEADER_OR_FOLLOWER and not recorded


def test_ack_waiters_complete_on_high_watermark_and_check_min_isr() -> None:
    async def run() -> list[int]:
        waiters = AckWaiters()
        a = waiters.park(("t", 0), 5)
        b = waiters.park(("t", 0), 9)
        c = waiters.park(("t", 1), 1)
        waiters.complete(("t", 0), 5, isr_size=2, min_isr=2)
        assert a.done() and not b.done()
        waiters.complete(("t", 0), 9, isr_size=1, min_isr=2)
        waiters.fail(("t", 1), ErrorCode.NOT_LEADER_OR_FOLLOWER)
        assert waiters.pending(("t", 0)) == 0
        return [a.result(), b.result(), c.result()]

    assert asyncio.run(run()) == [0, ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND, ErrorCode.NOT_LEADER_OR_FOLLOWER]
