"""The Raft controller's metadata-record decoding agrees with controller.serde, class by class."""

from __future__ import annotations

import uuid

import pytest

from controller import serde
from controller.raft_controller import decode_metadata_record
from protocol import messages as m
from protocol.exceptions import ProtocolError


@pytest.mark.parametrize(
    "record",
    [
        m.TopicRecord(name="orders", topic_id=uuid.UUID(int=7)),
        m.PartitionRecord(partition_id=3, topic_id=uuid.UUID(int=7), replicas=[1], isr=[1], leader=1),
        m.FeatureLevelRecord(name="metadata.version", feature_level=27),
        m.ConfigRecord(resource_type=2, resource_name="orders", name="retention.ms", value="1000"),
    ],
)
def test_same_record_as_serde(record: object) -> None:
    payload = serde.encode_metadata_record(record)
    assert decode_metadata_record(payload) == serde.decode_metadata_record(payload) == record
    assert decode_metadata_record(memoryview(payload)) == record


def test_bad_frames_are_protocol_errors() -> None:
    good = serde.encode_metadata_record(m.TopicRecord(name="t"))
    with pytest.raises(ProtocolError, match="frame version"):
        decode_metadata_record(b"\x02" + good[1:])
    with pytest.raises(ProtocolError, match="unknown record type"):
        decode_metadata_record(b"\x01\x7f\x00")
    with pytest.raises(ProtocolError, match="unsupported version"):
        decode_metadata_record(good[:2] + b"\x09" + good[3:])
    with pytest.raises(ProtocolError, match="trailing"):
        decode_metadata_record(good + b"\x00")
