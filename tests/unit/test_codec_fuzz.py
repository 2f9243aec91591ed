"""Malformed input only ever raises ProtocolError (never IndexError, struct.error, ...)."""

from __future__ import annotations

import random
from typing import Any

from protocol import framing
from protocol.api import API_KEYS
from protocol.exceptions import ProtocolError
from protocol.messages import FetchResponse, MetadataRequest, ProduceRequest
from tests.unit.test_codec_strategies import all_message_classes


def _try_decode_request(frame: bytes) -> None:
    try:
        framing.decode_request(memoryview(frame))
    except ProtocolError:
        pass


def _try_decode(cls: Any, buf: bytes, version: int) -> None:
    try:
        cls.decode(buf, version)
    except ProtocolError:
        pass


def _sample_frames() -> list[bytes]:
    frames = []
    produce = ProduceRequest(transactional_id="tx", acks=1, timeout_ms=5, topic_data=[
        ProduceRequest.TopicProduceData(name="topic", partition_data=[
            ProduceRequest.PartitionProduceData(index=i, records=bytes(range(30))) for i in range(2)])])
    for v in (3, 8, 9, 12, 13):
        frames.append(framing.encode_request(0, v, 1, "c", produce)[4:])
    meta = MetadataRequest(topics=[MetadataRequest.MetadataRequestTopic(name="a")])
    for v in (0, 4, 9, 10, 12, 13):
        frames.append(framing.encode_request(3, v, 2, None, meta)[4:])
    for key, spec in sorted(API_KEYS.items()):
        frames.append(framing.encode_request(key, spec.max_version, 3, "x", spec.request_class())[4:])
    return frames


def test_truncations_and_byte_flips_raise_only_protocol_error() -> None:
    rng = random.Random(1234)
    for frame in _sample_frames():
        for cut in range(len(frame)):
            _try_decode_request(frame[:cut])
        for _ in range(30):
            mutated = bytearray(frame)
            for _ in range(rng.randint(1, 3)):
                mutated[rng.randrange(len(mutated))] = rng.randrange(256)
            _try_decode_request(bytes(mutated))


def test_huge_and_negative_lengths() -> None:
    header = b"\x00\x00\x00\x09\x00\x00\x00\x01\x00\x00\x00"  # Produce v9, client id "", no tags
    for body in (b"\x00" + b"\x00\x01" + b"\x00\x00\x00\x00" + b"\xff\xff\xff\xff\x0f",
                 b"\x00" + b"\x00\x01" + b"\x00\x00\x00\x00" + b"\xff\xff\xff\xff\xff\xff\x01",  # overlong varint
                 b"\x00" + b"\x00\x01" + b"\x00\x00\x00\x00" + b"\x02\x7f"):
        _try_decode_request(header + body)
    v8 = b"\x00\x00\x00\x08\x00\x00\x00\x01\x00\x00"
    _try_decode_request(v8 + b"\xff\xfe" + b"\x00\x01\x00\x00\x00\x00" + b"\x7f\xff\xff\xff")
    _try_decode_request(v8 + b"\xff\xff" + b"\x00\x01\x00\x00\x00\x00" + b"\x80\x00\x00\x00")
    _try_decode(FetchResponse, b"\x00\x00\x00\x00\x00\x00" + b"\x7f\xff\xff\xff", 11)
    try:
        FetchResponse.decode(b"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\x0f", 12)
    except ProtocolError as e:
        assert "FetchResponse v12" in str(e)


def test_invalid_utf8_and_non_nullable_null() -> None:
    good = MetadataRequest(topics=[MetadataRequest.MetadataRequestTopic(name="ab")]).encode(9)
    bad = good.replace(b"ab", b"\xff\xfe")
    try:
        MetadataRequest.decode(bad, 9)
        raise AssertionError("invalid UTF-8 accepted")
    except ProtocolError as e:
        assert "Name" in str(e)
    null_name = MetadataRequest(topics=[MetadataRequest.MetadataRequestTopic(name="")]).encode(9)
    null_name = null_name[:1] + b"\x00" + null_name[2:]  # compact null in non-nullable (v9) name
    try:
        MetadataRequest.decode(null_name, 9)
        raise AssertionError("null accepted in non-nullable field")
    except ProtocolError as e:
        assert "null" in str(e)


def test_random_bytes_into_every_class() -> None:
    rng = random.Random(99)
    for cls in all_message_classes():
        lo, hi = cls.VALID_VERSIONS
        for version in {lo, hi}:
            for _ in range(15):
                _try_decode(cls, rng.randbytes(rng.randrange(0, 40)), version)
            _try_decode(cls, b"\xff" * 64, version)
            _try_decode(cls, b"\x7f" * 64, version)


def test_random_frames() -> None:
    rng = random.Random(7)
    keys = sorted(API_KEYS)
    for _ in range(2000):
        key = rng.choice(keys)
        spec = API_KEYS[key]
        version = rng.randint(spec.min_version, spec.max_version)
        frame = key.to_bytes(2, "big") + version.to_bytes(2, "big") + rng.randbytes(rng.randrange(0, 60))
        _try_decode_request(frame)
