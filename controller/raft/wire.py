"""Adapter between the Raft core's messages and the Kafka wire classes.

The core flattens `Topics[0].Partitions[0]` (the metadata quorum has one partition) and
deals in `Entry` objects; the wire carries record batches. Entries of one epoch that sit
next to each other travel as one batch (their framed metadata records as values, keys
null); a `LeaderChange` entry is a control batch of its own holding a
`LeaderChangeMessage`, as Kafka writes it at the start of every epoch.
"""

from __future__ import annotations

import struct
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from controller.raft import messages as rm
from controller.raft.raft_log import Entry, LeaderChange, SnapshotId
from controller.raft.voter_set import Endpoint, Voter, VoterSet
from protocol import messages as wm
from protocol import records as rec

METADATA_TOPIC = "__cluster_metadata"
# Kafka's Uuid.METADATA_TOPIC_ID: new Uuid(0L, 1L).
METADATA_TOPIC_ID = uuid.UUID(int=1)
METADATA_PARTITION = 0

# Control record types (Kafka's ControlRecordType ids).
CONTROL_LEADER_CHANGE = 2
CONTROL_SNAPSHOT_HEADER = 3
CONTROL_SNAPSHOT_FOOTER = 4
CONTROL_KRAFT_VERSION = 5
CONTROL_KRAFT_VOTERS = 6
_CONTROL_KEY = struct.Struct(">hh")
_LEADER_CHANGE_VERSION = 0

# API keys and the versions we send (each a version every 4.x controller serves).
VOTE = 52
BEGIN_QUORUM_EPOCH = 53
END_QUORUM_EPOCH = 54
FETCH = 1
FETCH_SNAPSHOT = 59
SEND_VERSIONS = {VOTE: 2, BEGIN_QUORUM_EPOCH: 1, END_QUORUM_EPOCH: 1, FETCH: 18, FETCH_SNAPSHOT: 1}
_NO_HIGH_WATERMARK = 0x7FFFFFFFFFFFFFFF


# ---------------------------------------------------------------------- records <-> entries


def control_key(control_type: int) -> bytes:
    return _CONTROL_KEY.pack(0, control_type)


def leader_change_value(change: LeaderChange) -> bytes:
    msg = wm.LeaderChangeMessage(
        version=_LEADER_CHANGE_VERSION,
        leader_id=change.leader_id,
        voters=[wm.LeaderChangeMessage.Voter(voter_id=v) for v in change.voters],
        granting_voters=[wm.LeaderChangeMessage.Voter(voter_id=v) for v in change.granting_voters],
    )
    return bytes(msg.encode(_LEADER_CHANGE_VERSION))


def voters_value(voters: VoterSet) -> bytes:
    """A `VotersRecord` (version 0) control record value."""
    V = wm.VotersRecord
    msg = V(
        version=0,
        voters=[
            V.Voter(
                voter_id=v.voter_id,
                voter_directory_id=v.directory_id,
                endpoints=[V.Endpoint(name=e.name, host=e.host, port=e.port) for e in v.endpoints],
                kraft_version_feature=V.KRaftVersionFeature(
                    min_supported_version=v.min_kraft_version, max_supported_version=v.max_kraft_version
                ),
            )
            for v in voters.voters
        ],
    )
    return bytes(msg.encode(0))


def decode_voters(value: bytes | memoryview | None) -> VoterSet:
    if value is None:
        raise ValueError("VotersRecord control record without a value")
    msg, _ = wm.VotersRecord.decode_from(memoryview(bytes(value)), 0, 0)
    return VoterSet.of(
        Voter(
            voter_id=int(v.voter_id),
            directory_id=v.voter_directory_id,
            endpoints=tuple(Endpoint(e.name, e.host, int(e.port)) for e in v.endpoints),
            min_kraft_version=int(v.kraft_version_feature.min_supported_version),
            max_kraft_version=int(v.kraft_version_feature.max_supported_version),
        )
        for v in msg.voters
    )


def kraft_version_value(version: int) -> bytes:
    return bytes(wm.KRaftVersionRecord(version=0, kraft_version=version).encode(0))


def decode_kraft_version(value: bytes | memoryview | None) -> int:
    if value is None:
        raise ValueError("KRaftVersionRecord control record without a value")
    msg, _ = wm.KRaftVersionRecord.decode_from(memoryview(bytes(value)), 0, 0)
    return int(msg.kraft_version)


def _control_record(entry: Entry, timestamp_ms: int) -> rec.Record:
    if entry.leader_change is not None:
        key, value = control_key(CONTROL_LEADER_CHANGE), leader_change_value(entry.leader_change)
    elif entry.voters is not None:
        key, value = control_key(CONTROL_KRAFT_VOTERS), voters_value(entry.voters)
    else:
        assert entry.kraft_version is not None
        key, value = control_key(CONTROL_KRAFT_VERSION), kraft_version_value(entry.kraft_version)
    return rec.Record(offset=entry.offset, timestamp=timestamp_ms, key=key, value=value)


def _group(entries: Sequence[Entry]) -> Iterable[list[Entry]]:
    run: list[Entry] = []
    for e in entries:
        if e.is_control or (run and (run[0].epoch != e.epoch or run[0].is_control)):
            if run:
                yield run
            run = []
        run.append(e)
        if e.is_control:
            yield run
            run = []
    if run:
        yield run


def encode_entries(entries: Sequence[Entry], timestamp_ms: int = 0) -> bytes:
    """Record batches for `entries` (consecutive offsets)."""
    out: list[bytes] = []
    for run in _group(entries):
        first = run[0]
        if first.is_control:
            record = _control_record(first, timestamp_ms)
            out.append(
                rec.build_batch(
                    [record], base_offset=first.offset, partition_leader_epoch=first.epoch, is_control=True
                )
            )
        else:
            out.append(
                rec.build_batch(
                    [(None, e.payload) for e in run],
                    base_offset=first.offset,
                    base_timestamp=timestamp_ms,
                    partition_leader_epoch=first.epoch,
                )
            )
    return b"".join(out)


def _decode_leader_change(value: bytes | None) -> LeaderChange:
    if value is None:
        raise ValueError("LeaderChangeMessage control record without a value")
    msg, _ = wm.LeaderChangeMessage.decode_from(memoryview(value), 0, _LEADER_CHANGE_VERSION)
    return LeaderChange(
        leader_id=int(msg.leader_id),
        voters=tuple(int(v.voter_id) for v in msg.voters),
        granting_voters=tuple(int(v.voter_id) for v in msg.granting_voters),
    )


def decode_entries(buf: bytes | bytearray | memoryview | Sequence[Any] | None) -> list[Entry]:
    """Entries from record batches; a trailing partial batch is ignored (as clients do).

    Other control records become empty entries:
    they keep their offsets but carry nothing for the state machine.
    """
    if buf is None:
        return []
    if isinstance(buf, list | tuple):
        data = b"".join(bytes(p) for p in buf)
    else:
        data = bytes(buf)
    out: list[Entry] = []
    for pos, header in rec.iter_batches(data):
        epoch = header.partition_leader_epoch
        for record in rec.iter_records(data, pos, header):
            if header.is_control:
                ctype = rec.read_control_type(record)
                if ctype == CONTROL_LEADER_CHANGE:
                    out.append(Entry(record.offset, epoch, b"", _decode_leader_change(record.value)))
                elif ctype == CONTROL_KRAFT_VOTERS:
                    out.append(Entry(record.offset, epoch, b"", voters=decode_voters(record.value)))
                elif ctype == CONTROL_KRAFT_VERSION:
                    out.append(Entry(record.offset, epoch, b"", kraft_version=decode_kraft_version(record.value)))
                else:
                    out.append(Entry(record.offset, epoch, b""))
            else:
                out.append(Entry(record.offset, epoch, bytes(record.value or b"")))
    return out


# ---------------------------------------------------------------------- requests


def request_to_wire(body: rm.Request, cluster_id: str | None) -> tuple[int, int, Any]:
    """(api key, version, wire request) for a core request."""
    if isinstance(body, rm.VoteRequest):
        vote = wm.VoteRequest(
            cluster_id=cluster_id,
            voter_id=body.voter_id,
            topics=[
                wm.VoteRequest.TopicData(
                    topic_name=METADATA_TOPIC,
                    partitions=[
                        wm.VoteRequest.PartitionData(
                            partition_index=METADATA_PARTITION,
                            replica_epoch=body.replica_epoch,
                            replica_id=body.replica_id,
                            last_offset_epoch=body.last_offset_epoch,
                            last_offset=body.last_offset,
                            pre_vote=body.pre_vote,
                        )
                    ],
                )
            ],
        )
        return VOTE, SEND_VERSIONS[VOTE], vote
    if isinstance(body, rm.BeginQuorumEpochRequest):
        begin = wm.BeginQuorumEpochRequest(
            cluster_id=cluster_id,
            voter_id=body.voter_id,
            topics=[
                wm.BeginQuorumEpochRequest.TopicData(
                    topic_name=METADATA_TOPIC,
                    partitions=[
                        wm.BeginQuorumEpochRequest.PartitionData(
                            partition_index=METADATA_PARTITION,
                            leader_id=body.leader_id,
                            leader_epoch=body.leader_epoch,
                        )
                    ],
                )
            ],
        )
        return BEGIN_QUORUM_EPOCH, SEND_VERSIONS[BEGIN_QUORUM_EPOCH], begin
    if isinstance(body, rm.EndQuorumEpochRequest):
        end = wm.EndQuorumEpochRequest(
            cluster_id=cluster_id,
            topics=[
                wm.EndQuorumEpochRequest.TopicData(
                    topic_name=METADATA_TOPIC,
                    partitions=[
                        wm.EndQuorumEpochRequest.PartitionData(
                            partition_index=METADATA_PARTITION,
                            leader_id=body.leader_id,
                            leader_epoch=body.leader_epoch,
                            preferred_candidates=[
                                wm.EndQuorumEpochRequest.ReplicaInfo(candidate_id=c)
                                for c in body.preferred_candidates
                            ],
                        )
                    ],
                )
            ],
        )
        return END_QUORUM_EPOCH, SEND_VERSIONS[END_QUORUM_EPOCH], end
    if isinstance(body, rm.FetchRequest):
        version = SEND_VERSIONS[FETCH]
        fetch = wm.FetchRequest(
            cluster_id=cluster_id,
            replica_state=wm.FetchRequest.ReplicaState(replica_id=body.replica_id, replica_epoch=-1),
            max_wait_ms=body.max_wait_ms,
            min_bytes=0,
            topics=[
                wm.FetchRequest.FetchTopic(
                    topic=METADATA_TOPIC,
                    topic_id=METADATA_TOPIC_ID,
                    partitions=[
                        wm.FetchRequest.FetchPartition(
                            partition=METADATA_PARTITION,
                            current_leader_epoch=body.current_leader_epoch,
                            fetch_offset=body.fetch_offset,
                            last_fetched_epoch=body.last_fetched_epoch,
                            log_start_offset=-1,
                            partition_max_bytes=1 << 20,
                            high_watermark=body.high_watermark if version >= 18 else _NO_HIGH_WATERMARK,
                        )
                    ],
                )
            ],
        )
        return FETCH, version, fetch
    if isinstance(body, rm.FetchSnapshotRequest):
        snap = wm.FetchSnapshotRequest(
            cluster_id=cluster_id,
            replica_id=body.replica_id,
            max_bytes=body.max_bytes,
            topics=[
                wm.FetchSnapshotRequest.TopicSnapshot(
                    name=METADATA_TOPIC,
                    partitions=[
                        wm.FetchSnapshotRequest.PartitionSnapshot(
                            partition=METADATA_PARTITION,
                            current_leader_epoch=body.current_leader_epoch,
                            snapshot_id=wm.FetchSnapshotRequest.SnapshotId(
                                end_offset=body.snapshot_id.end_offset, epoch=body.snapshot_id.epoch
                            ),
                            position=body.position,
                        )
                    ],
                )
            ],
        )
        return FETCH_SNAPSHOT, SEND_VERSIONS[FETCH_SNAPSHOT], snap
    raise TypeError(f"not a Raft request: {type(body).__name__}")


class NotForMetadataPartition(ValueError):
    """A Raft request that does not name exactly `__cluster_metadata-0`."""


def _one_partition(topics: Sequence[Any], name_attr: str, parts_attr: str = "partitions") -> Any:
    if len(topics) != 1:
        raise NotForMetadataPartition("expected exactly one topic")
    topic = topics[0]
    name = getattr(topic, name_attr, None)
    topic_id = getattr(topic, "topic_id", None)
    if name != METADATA_TOPIC and topic_id != METADATA_TOPIC_ID:
        raise NotForMetadataPartition(f"topic {name!r} is not {METADATA_TOPIC}")
    parts = getattr(topic, parts_attr)
    if len(parts) != 1:
        raise NotForMetadataPartition("expected exactly one partition")
    return parts[0]


def vote_request_from_wire(req: Any) -> rm.VoteRequest:
    p = _one_partition(req.topics, "topic_name")
    return rm.VoteRequest(
        replica_epoch=p.replica_epoch,
        replica_id=p.replica_id,
        last_offset_epoch=p.last_offset_epoch,
        last_offset=p.last_offset,
        pre_vote=bool(p.pre_vote),
        voter_id=req.voter_id,
    )


def begin_quorum_epoch_request_from_wire(req: Any) -> rm.BeginQuorumEpochRequest:
    p = _one_partition(req.topics, "topic_name")
    return rm.BeginQuorumEpochRequest(leader_id=p.leader_id, leader_epoch=p.leader_epoch, voter_id=req.voter_id)


def end_quorum_epoch_request_from_wire(req: Any, version: int) -> rm.EndQuorumEpochRequest:
    p = _one_partition(req.topics, "topic_name")
    if version >= 1:
        preferred = tuple(int(c.candidate_id) for c in p.preferred_candidates)
    else:
        preferred = tuple(int(c) for c in p.preferred_successors)
    return rm.EndQuorumEpochRequest(
        leader_id=p.leader_id, leader_epoch=p.leader_epoch, preferred_candidates=preferred
    )


def fetch_request_from_wire(req: Any, version: int) -> rm.FetchRequest:
    p = _one_partition(req.topics, "topic")
    replica_id = req.replica_state.replica_id if version >= 15 else req.replica_id
    return rm.FetchRequest(
        replica_id=replica_id,
        current_leader_epoch=p.current_leader_epoch,
        fetch_offset=p.fetch_offset,
        last_fetched_epoch=p.last_fetched_epoch,
        max_wait_ms=req.max_wait_ms,
        high_watermark=p.high_watermark if version >= 18 else _NO_HIGH_WATERMARK,
    )


def fetch_snapshot_request_from_wire(req: Any) -> rm.FetchSnapshotRequest:
    p = _one_partition(req.topics, "name")
    return rm.FetchSnapshotRequest(
        replica_id=req.replica_id,
        current_leader_epoch=p.current_leader_epoch,
        snapshot_id=SnapshotId(p.snapshot_id.end_offset, p.snapshot_id.epoch),
        position=p.position,
        max_bytes=req.max_bytes,
    )


# ---------------------------------------------------------------------- responses


def response_to_wire(body: rm.Response, timestamp_ms: int = 0) -> Any:
    """The wire response for a core response (the caller encodes it at the request's version)."""
    if isinstance(body, rm.VoteResponse):
        return wm.VoteResponse(
            error_code=0,
            topics=[
                wm.VoteResponse.TopicData(
                    topic_name=METADATA_TOPIC,
                    partitions=[
                        wm.VoteResponse.PartitionData(
                            partition_index=METADATA_PARTITION,
                            error_code=body.error_code,
                            leader_id=body.leader_id,
                            leader_epoch=body.leader_epoch,
                            vote_granted=body.vote_granted,
                        )
                    ],
                )
            ],
        )
    if isinstance(body, rm.BeginQuorumEpochResponse | rm.EndQuorumEpochResponse):
        cls: Any = (
            wm.BeginQuorumEpochResponse if isinstance(body, rm.BeginQuorumEpochResponse) else wm.EndQuorumEpochResponse
        )
        return cls(
            error_code=0,
            topics=[
                cls.TopicData(
                    topic_name=METADATA_TOPIC,
                    partitions=[
                        cls.PartitionData(
                            partition_index=METADATA_PARTITION,
                            error_code=body.error_code,
                            leader_id=body.leader_id,
                            leader_epoch=body.leader_epoch,
                        )
                    ],
                )
            ],
        )
    if isinstance(body, rm.FetchResponse):
        F = wm.FetchResponse
        part = F.PartitionData(
            partition_index=METADATA_PARTITION,
            error_code=body.error_code,
            high_watermark=body.high_watermark,
            last_stable_offset=body.high_watermark,
            log_start_offset=body.log_start_offset,
            current_leader=F.LeaderIdAndEpoch(
                leader_id=body.current_leader.leader_id, leader_epoch=body.current_leader.leader_epoch
            ),
            records=encode_entries(body.records, timestamp_ms) if body.records else None,
        )
        if body.diverging_epoch is not None:
            part.diverging_epoch = F.EpochEndOffset(
                epoch=body.diverging_epoch.epoch, end_offset=body.diverging_epoch.end_offset
            )
        if body.snapshot_id is not None:
            part.snapshot_id = F.SnapshotId(end_offset=body.snapshot_id.end_offset, epoch=body.snapshot_id.epoch)
        return F(
            error_code=0,
            responses=[F.FetchableTopicResponse(topic=METADATA_TOPIC, topic_id=METADATA_TOPIC_ID, partitions=[part])],
        )
    if isinstance(body, rm.FetchSnapshotResponse):
        S = wm.FetchSnapshotResponse
        sid = body.snapshot_id or SnapshotId(-1, -1)
        return S(
            error_code=0,
            topics=[
                S.TopicSnapshot(
                    name=METADATA_TOPIC,
                    partitions=[
                        S.PartitionSnapshot(
                            index=METADATA_PARTITION,
                            error_code=body.error_code,
                            snapshot_id=S.SnapshotId(end_offset=sid.end_offset, epoch=sid.epoch),
                            current_leader=S.LeaderIdAndEpoch(
                                leader_id=body.current_leader.leader_id,
                                leader_epoch=body.current_leader.leader_epoch,
                            ),
                            size=body.size,
                            position=body.position,
                            unaligned_records=body.unaligned_records,
                        )
                    ],
                )
            ],
        )
    raise TypeError(f"not a Raft response: {type(body).__name__}")


def response_from_wire(api_key: int, resp: Any) -> rm.Response:
    """The core response for a wire response; a top-level error fills the partition fields."""
    top = int(resp.error_code)
    if api_key == VOTE:
        if top or not resp.topics:
            return rm.VoteResponse(top or rm.Errors.INVALID_REQUEST, rm.NO_LEADER, -1, False)
        p = _one_partition(resp.topics, "topic_name")
        return rm.VoteResponse(p.error_code, p.leader_id, p.leader_epoch, bool(p.vote_granted))
    if api_key in (BEGIN_QUORUM_EPOCH, END_QUORUM_EPOCH):
        cls: Any = rm.BeginQuorumEpochResponse if api_key == BEGIN_QUORUM_EPOCH else rm.EndQuorumEpochResponse
        if top or not resp.topics:
            return cls(top or rm.Errors.INVALID_REQUEST, rm.NO_LEADER, -1)
        p = _one_partition(resp.topics, "topic_name")
        return cls(p.error_code, p.leader_id, p.leader_epoch)
    if api_key == FETCH:
        if top or not resp.responses:
            return rm.FetchResponse(top or rm.Errors.INVALID_REQUEST, rm.LeaderIdAndEpoch(rm.NO_LEADER, -1))
        p = _one_partition(resp.responses, "topic")
        diverging = None
        if p.diverging_epoch is not None and p.diverging_epoch.epoch >= 0:
            diverging = rm.EpochEndOffset(p.diverging_epoch.epoch, p.diverging_epoch.end_offset)
        snapshot = None
        if p.snapshot_id is not None and p.snapshot_id.end_offset >= 0:
            snapshot = SnapshotId(p.snapshot_id.end_offset, p.snapshot_id.epoch)
        return rm.FetchResponse(
            error_code=p.error_code,
            current_leader=rm.LeaderIdAndEpoch(p.current_leader.leader_id, p.current_leader.leader_epoch),
            high_watermark=p.high_watermark,
            log_start_offset=p.log_start_offset,
            records=tuple(decode_entries(p.records)),
            diverging_epoch=diverging,
            snapshot_id=snapshot,
        )
    if api_key == FETCH_SNAPSHOT:
        if top or not resp.topics:
            return rm.FetchSnapshotResponse(top or rm.Errors.INVALID_REQUEST, rm.LeaderIdAndEpoch(rm.NO_LEADER, -1))
        p = _one_partition(resp.topics, "name")
        return rm.FetchSnapshotResponse(
            error_code=p.error_code,
            current_leader=rm.LeaderIdAndEpoch(p.current_leader.leader_id, p.current_leader.leader_epoch),
            snapshot_id=SnapshotId(p.snapshot_id.end_offset, p.snapshot_id.epoch),
            size=p.size,
            position=p.position,
            unaligned_records=bytes(p.unaligned_records or b""),
        )
    raise ValueError(f"api key {api_key} is not a Raft API")
