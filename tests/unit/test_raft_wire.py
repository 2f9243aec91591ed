"""The Raft wire adapter: core messages survive a round trip through the Kafka codec."""

from __future__ import annotations

import pytest

from controller.raft import messages as rm
from controller.raft import wire
from controller.raft.raft_log import Entry, LeaderChange, SnapshotId
from protocol import framing

ENTRIES = (
    Entry(0, 1, b"", LeaderChange(1, (1, 2, 3), (1, 2))),
    Entry(1, 1, b"abc"),
    Entry(2, 1, b"def"),
    Entry(3, 2, b"g"),
)

PARSERS = {
    wire.VOTE: lambda r, v: wire.vote_request_from_wire(r),
    wire.BEGIN_QUORUM_EPOCH: lambda r, v: wire.begin_quorum_epoch_request_from_wire(r),
    wire.END_QUORUM_EPOCH: wire.end_quorum_epoch_request_from_wire,
    wire.FETCH: wire.fetch_request_from_wire,
    wire.FETCH_SNAPSHOT: lambda r, v: wire.fetch_snapshot_request_from_wire(r),
}


@pytest.mark.parametrize(
    "body",
    [
        rm.VoteRequest(3, 1, 2, 10, True),
        rm.VoteRequest(4, 2, 3, 0, False, voter_id=1),
        rm.BeginQuorumEpochRequest(1, 3, 2),
        rm.EndQuorumEpochRequest(1, 3, (2, 3)),
        rm.FetchRequest(2, 3, 10, 2, 500, high_watermark=7),
        rm.FetchSnapshotRequest(2, 3, SnapshotId(10, 2), 4, 1000),
    ],
)
def test_request_round_trip(body: rm.Request) -> None:
    api_key, version, request = wire.request_to_wire(body, "cluster")
    frame = framing.encode_request(api_key, version, 7, "raft", request)
    header, decoded = framing.decode_request(memoryview(frame)[4:])
    assert header.request_api_key == api_key
    assert decoded.cluster_id == "cluster"
    assert PARSERS[api_key](decoded, version) == body


@pytest.mark.parametrize(
    ("body", "api_key"),
    [
        (rm.VoteResponse(0, 2, 3, True), wire.VOTE),
        (rm.BeginQuorumEpochResponse(0, 1, 3), wire.BEGIN_QUORUM_EPOCH),
        (rm.EndQuorumEpochResponse(74, 1, 3), wire.END_QUORUM_EPOCH),
        (rm.FetchResponse(0, rm.LeaderIdAndEpoch(1, 3), 5, 0, ENTRIES), wire.FETCH),
        (rm.FetchResponse(0, rm.LeaderIdAndEpoch(1, 3), 5, 0, diverging_epoch=rm.EpochEndOffset(1, 4)), wire.FETCH),
        (rm.FetchResponse(0, rm.LeaderIdAndEpoch(1, 3), 5, 0, snapshot_id=SnapshotId(4, 1)), wire.FETCH),
        (rm.FetchSnapshotResponse(0, rm.LeaderIdAndEpoch(1, 3), SnapshotId(4, 1), 10, 0, b"abc"), wire.FETCH_SNAPSHOT),
    ],
)
def test_response_round_trip(body: rm.Response, api_key: int) -> None:
    version = wire.SEND_VERSIONS[api_key]
    parts = framing.encode_response(9, api_key, version, wire.response_to_wire(body))
    frame = b"".join(bytes(p) for p in parts)[4:]
    correlation_id, decoded = framing.decode_response(api_key, version, memoryview(frame))
    assert correlation_id == 9
    assert wire.response_from_wire(api_key, decoded) == body


def test_entries_become_batches_split_by_epoch_and_control() -> None:
    from protocol import records as rec

    data = wire.encode_entries(list(ENTRIES), 1234)
    headers = [h for _, h in rec.iter_batches(data)]
    assert [(h.base_offset, h.last_offset, h.partition_leader_epoch, h.is_control) for h in headers] == [
        (0, 0, 1, True),
        (1, 2, 1, False),
        (3, 3, 2, False),
    ]
    assert wire.decode_entries(data) == list(ENTRIES)


def test_other_control_records_keep_their_offsets_but_carry_nothing() -> None:
    from protocol import records as rec

    # Type 7 (KRaft share-group markers etc. in later versions) is unknown to the core.
    record = rec.Record(offset=5, timestamp=0, key=wire.control_key(7), value=b"\x00\x00")
    batch = rec.build_batch([record], base_offset=5, partition_leader_epoch=2, is_control=True)
    assert wire.decode_entries(batch) == [Entry(5, 2, b"")]


def test_kraft_version_and_voters_records_round_trip() -> None:
    import uuid

    from controller.raft.voter_set import Endpoint, Voter, VoterSet

    voters = VoterSet.of(
        [
            Voter(1, uuid.UUID(int=7), (Endpoint("CONTROLLER", "localhost", 9093),)),
            Voter(2, uuid.UUID(int=8), (Endpoint("CONTROLLER", "localhost", 9095),)),
        ]
    )
    entries = [
        Entry(0, 1, b"a"),
        Entry(1, 1, b"", kraft_version=1),
        Entry(2, 1, b"", voters=voters),
        Entry(3, 1, b"b"),
    ]
    assert wire.decode_entries(wire.encode_entries(entries)) == entries


def test_kraft_version_record_bytes_match_kafka() -> None:
    # KRaftVersionRecord v0 (flexible): Version int16, KRaftVersion int16, no tagged fields.
    assert wire.kraft_version_value(1) == b"\x00\x00\x00\x01\x00"
    assert wire.decode_kraft_version(b"\x00\x00\x00\x01\x00") == 1


def test_request_for_another_partition_is_refused() -> None:
    _, _, request = wire.request_to_wire(rm.VoteRequest(3, 1, 2, 10, False), None)
    request.topics[0].topic_name = "other"
    with pytest.raises(wire.NotForMetadataPartition):
        wire.vote_request_from_wire(request)
