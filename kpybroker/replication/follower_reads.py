"""Leader side of a follower's Fetch: divergence check, read up to the log end, progress.

Kafka's `Partition.fetchRecords` for a replica: the leader first checks the follower's
last fetched epoch against its own epoch history (KIP-320/595 `DivergingEpoch`); only a
consistent follower gets records, read up to the log end (not the high watermark), and
its fetch offset is recorded for the high watermark and the ISR.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from protocol.errors import ErrorCode, KafkaError
from protocol.messages import FetchResponse

if TYPE_CHECKING:
    from kpybroker.fetch_sessions import SessionPartition
    from kpybroker.replica_manager import Partition
    from kpybroker.replication.leader_state import LeaderState


def diverging_epoch(state_log: object, last_fetched_epoch: int, fetch_offset: int) -> tuple[int, int] | None:
    """(epoch, end offset) to send back when the follower's log diverges from ours, else None."""
    if last_fetched_epoch < 0:
        return None
    plog = state_log
    epoch, end = plog.epoch_cache.end_offset_for(last_fetched_epoch, plog.log_end_offset)  # type: ignore[attr-defined]
    if end < fetch_offset or epoch < last_fetched_epoch:
        return epoch, end
    return None


def read_for_follower(
    part: Partition, state: LeaderState | None, sp: SessionPartition, replica_id: int, replica_epoch: int,
    max_bytes: int, min_one: bool, now_ms: int, leader_id: int,
) -> tuple[FetchResponse.PartitionData, bool]:
    """The partition's answer to a replica fetch, and whether the follower's progress was recorded."""
    plog = part.log
    out = FetchResponse.PartitionData(partition_index=sp.partition)
    if state is None:
        return _error(out, ErrorCode.NOT_LEADER_OR_FOLLOWER, leader_id, part.leader_epoch), False
    code = part.epoch_error(sp.current_leader_epoch)
    if code is not None:
        return _error(out, code, leader_id, part.leader_epoch), False
    if replica_id not in state.followers:
        return _error(out, ErrorCode.NOT_LEADER_OR_FOLLOWER, leader_id, part.leader_epoch), False
    out.high_watermark = plog.high_watermark
    out.last_stable_offset = plog.last_stable_offset
    out.log_start_offset = plog.log_start_offset
    diverged = diverging_epoch(plog, sp.last_fetched_epoch, sp.fetch_offset)
    if diverged is not None:
        out.diverging_epoch = FetchResponse.EpochEndOffset(epoch=diverged[0], end_offset=diverged[1])
        out.records = None
        return out, False
    try:
        result = plog.read(sp.fetch_offset, max_bytes, max_offset=None, min_one_batch=min_one)
    except KafkaError as exc:
        out.error_code = int(exc.code)
        out.records = None
        return out, False
    out.records = result.records
    recorded = state.record_fetch(replica_id, sp.fetch_offset, now_ms, plog.log_end_offset, replica_epoch)
    return out, recorded


def _error(out: FetchResponse.PartitionData, code: int, leader_id: int, leader_epoch: int) -> FetchResponse.PartitionData:
    out.error_code = int(code)
    out.high_watermark = -1
    out.last_stable_offset = -1
    out.log_start_offset = -1
    out.records = None
    out.current_leader = FetchResponse.LeaderIdAndEpoch(leader_id=leader_id, leader_epoch=leader_epoch)
    return out
