"""TxnOffsetCommit's write: transactional offset records in `__consumer_offsets`.

The offsets are written as a transactional batch under the producer's id and epoch, in
Kafka's OffsetCommitKey/Value format, so the group coordinator's loader (which applies
transactional records only on their commit marker) and Kafka's tools read them as they
read Kafka's. They become visible to the group when the commit marker is written
(`kpybroker.txn.markers.materialise_txn_offsets`); an abort leaves them unapplied.

The group checks here operate on the group coordinator's public state; they belong in
the group coordinator (see the report), and are kept apart so they can move there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import structlog

from kpybroker.coordinator.records import offset_commit_record
from kpybroker.txn.state import TopicPartition
from protocol import records as rb
from protocol.errors import ErrorCode, KafkaError

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.replica_manager import Partition
    from protocol.messages import TxnOffsetCommitRequest

log = structlog.get_logger("kpybroker.txn.offsets")


def validate_group(groups: Any, request: TxnOffsetCommitRequest) -> int:
    """Member and generation checks for a classic group (Kafka's validateOffsetCommit, transactional)."""
    if not request.group_id:
        return ErrorCode.INVALID_GROUP_ID
    core = getattr(groups, "core", None)
    group = getattr(core, "groups", {}).get(request.group_id) if core is not None else None
    if group is None or not hasattr(group, "generation_id"):
        # Unknown groups and consumer-protocol groups (member epochs) are accepted, as a standalone commit.
        return ErrorCode.NONE
    member_id = request.member_id or ""
    if request.generation_id < 0 and not member_id:
        return ErrorCode.NONE
    members = getattr(group, "members", {})
    if member_id and member_id not in members:
        return ErrorCode.UNKNOWN_MEMBER_ID
    if request.generation_id >= 0 and request.generation_id != group.generation_id:
        return ErrorCode.ILLEGAL_GENERATION
    return ErrorCode.NONE


def append_txn_offsets(
    broker: Broker, groups: Any, part: Partition, request: TxnOffsetCommitRequest, api_version: int,
) -> dict[TopicPartition, int]:
    wanted = [(t.name, p) for t in request.topics for p in t.partitions]
    result: dict[TopicPartition, int] = {}
    error = validate_group(groups, request)
    if error != ErrorCode.NONE:
        return {(name, p.partition_index): error for name, p in wanted}
    now = broker.now_ms()
    max_metadata = int(getattr(getattr(groups.core, "config", None), "offset_metadata_max_bytes", 4096))
    recs = []
    for name, p in wanted:
        tp = (name, p.partition_index)
        meta = p.committed_metadata or ""
        if len(meta.encode()) > max_metadata:
            result[tp] = ErrorCode.OFFSET_METADATA_TOO_LARGE
            continue
        rec = offset_commit_record(
            part.index, request.group_id, name, p.partition_index, offset=p.committed_offset,
            leader_epoch=p.committed_leader_epoch, metadata=meta, commit_timestamp_ms=now, expire_timestamp_ms=None,
        )
        recs.append((tp, rec))
    if not recs:
        return result
    batch = rb.build_batch(
        [(rec.key, rec.value) for _, rec in recs], base_timestamp=now, producer_id=request.producer_id,
        producer_epoch=request.producer_epoch, is_transactional=True,
    )
    code = _append(part, batch, now)
    if code != ErrorCode.NONE:
        log.warning("txn_offsets_append_failed", group_id=request.group_id, error=ErrorCode(code).name)
        code = _commit_error(code)
    for tp, _ in recs:
        result[tp] = code
    return result


def _append(part: Partition, batch: bytes, now_ms: int) -> int:
    """Append as the coordinator does: no client sequence or duplicate checks (the batches carry
    no sequence numbers; the transaction coordinator has already checked the producer epoch)."""
    try:
        part.log.append(batch, None, leader_epoch=part.leader_epoch, now_ms=now_ms, check_producer_state=False)
    except KafkaError as exc:
        return int(exc.code)
    # A single node is the whole ISR: what is appended is committed.
    part.log.high_watermark = part.log.log_end_offset
    return ErrorCode.NONE


def _commit_error(code: int) -> int:
    if code == ErrorCode.INVALID_PRODUCER_EPOCH:
        return code
    if code in (ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.NOT_ENOUGH_REPLICAS, ErrorCode.REQUEST_TIMED_OUT):
        return ErrorCode.COORDINATOR_NOT_AVAILABLE
    if code in (ErrorCode.NOT_LEADER_OR_FOLLOWER, ErrorCode.KAFKA_STORAGE_ERROR):
        return ErrorCode.NOT_COORDINATOR
    return ErrorCode.UNKNOWN_SERVER_ERROR


def pending_txn_offsets(plog: Any, group_id: str) -> set[tuple[str, int]]:
    """Partitions of `group_id` with transactional offsets not yet committed or aborted.

    For OffsetFetch with RequireStable (KIP-447): Kafka answers UNSTABLE_OFFSET_COMMIT for
    these, so a read_committed consumer does not start from an offset about to change.
    `plog` is the group's `__consumer_offsets` partition log.
    """
    from kpybroker.coordinator.records import UnknownRecordType, decode_record
    from kpybroker.txn.markers import txn_records

    out: set[tuple[str, int]] = set()
    for pid, entry in list(plog.producer_state.producers.items()):
        first = entry.current_txn_first_offset
        if first is None:
            continue
        for key, value in txn_records(plog, pid, first, plog.log_end_offset):
            try:
                rec = decode_record(key, value)
            except (UnknownRecordType, ValueError):
                continue
            if rec.record_type in (0, 1) and rec.key.group == group_id:
                out.add((rec.key.topic, rec.key.partition))
    return out
