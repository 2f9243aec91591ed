"""Hand-checked byte layouts of a few messages and of header/tagged-field rules."""

from __future__ import annotations

import struct
import uuid

import pytest

from protocol import framing
from protocol.api import API_KEYS, request_header_version, response_header_version
from protocol.exceptions import ProtocolError
from protocol.messages import (
    ApiVersionsRequest,
    ApiVersionsResponse,
    MetadataRequest,
    ProduceRequest,
    RequestHeader,
)


def test_api_versions_request_v3_with_header_v2() -> None:
    req = ApiVersionsRequest(client_software_name="kcat", client_software_version="1.7")
    frame = framing.encode_request(18, 3, 7, "rdkafka", req)
    expected_header = b"\x00\x12" b"\x00\x03" b"\x00\x00\x00\x07" b"\x00\x07rdkafka" b"\x00"
    expected_body = b"\x05kcat" b"\x041.7" b"\x00"
    assert frame == struct.pack(">i", len(expected_header + expected_body)) + expected_header + expected_body
    header, body = framing.decode_request(memoryview(frame)[4:])
    assert (header.request_api_key, header.request_api_version, header.correlation_id) == (18, 3, 7)
    assert header.client_id == "rdkafka"
    assert body == req


def test_request_header_v2_client_id_is_not_compact() -> None:
    h = RequestHeader(request_api_key=3, request_api_version=12, correlation_id=1, client_id="ab")
    assert h.encode(2) == b"\x00\x03\x00\x0c\x00\x00\x00\x01\x00\x02ab\x00"
    assert RequestHeader(client_id=None).encode(2)[8:] == b"\xff\xff\x00"
    assert request_header_version(18, 3) == 2
    assert request_header_version(18, 2) == 1
    assert request_header_version(0, 9) == 2 and request_header_version(0, 8) == 1


def test_response_header_versions() -> None:
    assert response_header_version(18, 4) == 0  # ApiVersions: always v0
    assert response_header_version(3, 12) == 1
    assert response_header_version(3, 8) == 0


def test_metadata_request_v12() -> None:
    req = MetadataRequest(topics=[MetadataRequest.MetadataRequestTopic(name="t")],
                          allow_auto_topic_creation=True, include_topic_authorized_operations=False)
    expected = b"\x02" + bytes(16) + b"\x02t" + b"\x00" + b"\x01" + b"\x00" + b"\x00"
    assert req.encode(12) == expected
    assert MetadataRequest.decode(expected, 12) == req
    # null topic list = all topics
    assert MetadataRequest(topics=None).encode(12) == b"\x00\x01\x00\x00"
    # v12 has no IncludeClusterAuthorizedOperations, and it is not ignorable
    with pytest.raises(ProtocolError, match="IncludeClusterAuthorizedOperations"):
        MetadataRequest(include_cluster_authorized_operations=True).encode(12)


def test_produce_request_v9_header_and_body() -> None:
    records = b"R" * 10
    req = ProduceRequest(transactional_id=None, acks=-1, timeout_ms=30000, topic_data=[
        ProduceRequest.TopicProduceData(name="tp", partition_data=[
            ProduceRequest.PartitionProduceData(index=2, records=records)])])
    frame = framing.encode_request(0, 9, 42, "cli", req)
    header = b"\x00\x00\x00\x09\x00\x00\x00\x2a\x00\x03cli\x00"
    body = (b"\x00" + b"\xff\xff" + b"\x00\x00\x75\x30" + b"\x02" + b"\x03tp" + b"\x02" + b"\x00\x00\x00\x02"
            + b"\x0b" + records + b"\x00" + b"\x00" + b"\x00")
    assert frame[4:] == header + body
    h, decoded = framing.decode_request(memoryview(frame)[4:])
    assert h.client_id == "cli"
    rec = decoded.topic_data[0].partition_data[0].records
    assert isinstance(rec, memoryview) and rec == records


def test_api_versions_response_v3_uses_header_v0() -> None:
    resp = ApiVersionsResponse(error_code=0, api_keys=[
        ApiVersionsResponse.ApiVersion(api_key=18, min_version=0, max_version=4)], throttle_time_ms=0)
    parts = framing.encode_response(9, 18, 3, resp)
    data = b"".join(parts)
    body = b"\x00\x00" + b"\x02" + b"\x00\x12\x00\x00\x00\x04\x00" + b"\x00\x00\x00\x00" + b"\x00"
    assert data == struct.pack(">i", 4 + len(body)) + b"\x00\x00\x00\x09" + body
    assert parts[0] == struct.pack(">i", 4 + len(body))
    cid, decoded = framing.decode_response(18, 3, memoryview(data)[4:])
    assert cid == 9 and decoded == resp


def test_tagged_field_written_only_when_not_default() -> None:
    base = ApiVersionsResponse()
    assert base.encode(3)[-1:] == b"\x00"
    with_epoch = ApiVersionsResponse(finalized_features_epoch=5)
    encoded = with_epoch.encode(3)
    assert encoded.endswith(b"\x01" + b"\x01\x08" + struct.pack(">q", 5))
    assert ApiVersionsResponse.decode(encoded, 3).finalized_features_epoch == 5
    # tags are written in tag order
    both = ApiVersionsResponse(finalized_features_epoch=5, zk_migration_ready=True).encode(3)
    assert both.endswith(b"\x02" + b"\x01\x08" + struct.pack(">q", 5) + b"\x03\x01\x01")


def test_unknown_tagged_fields_are_skipped() -> None:
    req = ApiVersionsRequest(client_software_name="a", client_software_version="b")
    plain = req.encode(3)
    assert plain.endswith(b"\x00")
    with_unknown = plain[:-1] + b"\x02" + b"\x07\x02xy" + b"\x1f\x00"
    assert ApiVersionsRequest.decode(with_unknown, 3) == req


def test_uuid_and_absent_ignorable_fields() -> None:
    tid = uuid.UUID("12345678-1234-5678-1234-567812345678")
    req = ProduceRequest(topic_data=[ProduceRequest.TopicProduceData(name="x", topic_id=tid)])
    v13 = ProduceRequest.decode(req.encode(13), 13)
    assert v13.topic_data[0].topic_id == tid and v13.topic_data[0].name == ""  # Name is ignorable in v13
    assert ProduceRequest.decode(req.encode(12), 12).topic_data[0].name == "x"


def test_version_and_null_errors() -> None:
    with pytest.raises(ProtocolError, match="unsupported version"):
        ProduceRequest().encode(2)
    with pytest.raises(ProtocolError, match="unsupported version"):
        ProduceRequest.decode(b"", 14)
    with pytest.raises(ProtocolError, match="TopicProduceData.Name"):
        ProduceRequest(topic_data=[ProduceRequest.TopicProduceData(name=None)]).encode(9)  # type: ignore[arg-type]
    with pytest.raises(ProtocolError, match="Acks"):
        ProduceRequest(acks=None).encode(9)  # type: ignore[arg-type]
    with pytest.raises(ProtocolError, match="Acks"):
        ProduceRequest(acks=1 << 20).encode(9)


def test_unsupported_request_version_carries_header() -> None:
    frame = framing.encode_request(18, 3, 5, "c", ApiVersionsRequest())
    patched = bytearray(frame[4:])
    patched[2:4] = b"\x00\x63"  # version 99
    with pytest.raises(framing.UnsupportedVersion) as info:
        framing.decode_request(memoryview(bytes(patched)))
    assert info.value.header.request_api_version == 99 and info.value.header.correlation_id == 5
    with pytest.raises(ProtocolError, match="unknown api key"):
        framing.decode_request(memoryview(b"\x03\xe7\x00\x00\x00\x00\x00\x01\x00\x00"))


def test_api_table() -> None:
    assert API_KEYS[0].request_class is ProduceRequest
    assert (API_KEYS[0].min_version, API_KEYS[0].max_version, API_KEYS[0].flexible_from) == (3, 13, 9)
    assert API_KEYS[18].name == "ApiVersions" and API_KEYS[18].response_class is ApiVersionsResponse
    assert "zkBroker" not in API_KEYS[3].listeners
    assert 4 not in API_KEYS  # LeaderAndIsr was removed in 4.0
