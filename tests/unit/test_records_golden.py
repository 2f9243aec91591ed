"""Interop with real clients' record-batch code: aiokafka (all codecs, cramjam-based),
kafka-python (none/gzip: its other codecs need packages we do not install), and a
raw-snappy batch as librdkafka writes it."""

from __future__ import annotations

import struct

import cramjam
import crc32c
import pytest

from protocol import records as r
from protocol.records import Header, Record

aio_records = pytest.importorskip("aiokafka.record.default_records")
kp_records = pytest.importorskip("kafka.record.default_records")

CODECS = [0, 1, 2, 3, 4]
TS = 1_700_000_000_123


def _sample() -> list[tuple[int, int, bytes | None, bytes | None, list[tuple[str, bytes | None]]]]:
    return [
        (
            i,
            TS + i,
            None if i % 4 == 0 else b"key%d" % i,
            None if i % 7 == 6 else b"value-%d-" % i * (i % 9),
            [("trace", b"abc"), ("empty", None)] if i % 3 == 1 else [],
        )
        for i in range(150)
    ]


def _expected(base: int = 0) -> list[Record]:
    return [
        Record(base + off, ts, k, v, [Header(hk, hv) for hk, hv in hs]) for off, ts, k, v, hs in _sample()
    ]


def _build_with(
    module: object,
    codec: int,
    *,
    producer_id: int = -1,
    producer_epoch: int = -1,
    base_sequence: int = -1,
    transactional: bool = False,
) -> bytes:
    builder = module.DefaultRecordBatchBuilder(  # type: ignore[attr-defined]
        magic=2,
        compression_type=codec,
        is_transactional=int(transactional),
        producer_id=producer_id,
        producer_epoch=producer_epoch,
        base_sequence=base_sequence,
        batch_size=10 * 1024 * 1024,
    )
    for off, ts, k, v, hs in _sample():
        assert builder.append(off, timestamp=ts, key=k, value=v, headers=hs) is not None
    return bytes(builder.build())


@pytest.mark.parametrize("codec", CODECS)
def test_parse_aiokafka_batches(codec: int) -> None:
    batch = _build_with(
        aio_records, codec, producer_id=77, producer_epoch=2, base_sequence=10, transactional=True
    )
    ((pos, h),) = r.validate_batches(memoryview(batch))
    assert h.compression == codec
    assert (h.producer_id, h.producer_epoch, h.base_sequence, h.is_transactional) == (77, 2, 10, True)
    assert h.record_count == 150 and h.last_offset_delta == 149 and h.last_sequence == 159
    r.validate_client_batch(h)
    assert list(r.iter_records(batch, pos, h)) == _expected()


@pytest.mark.parametrize("codec", [0, 1])
def test_parse_kafka_python_batches(codec: int) -> None:
    batch = _build_with(kp_records, codec, producer_id=5, producer_epoch=0, base_sequence=0)
    ((pos, h),) = r.validate_batches(batch)
    assert h.compression == codec
    r.validate_client_batch(h)
    assert list(r.iter_records(batch, pos, h)) == _expected()


def _client_view(
    module: object, batch: bytes
) -> list[tuple[int, int, bytes | None, bytes | None, list[tuple[str, bytes | None]]]]:
    parsed = module.DefaultRecordBatch(bytearray(batch))  # type: ignore[attr-defined]
    assert parsed.validate_crc()
    return [
        (rec.offset, rec.timestamp, rec.key, rec.value, [(k, v) for k, v in rec.headers]) for rec in parsed
    ]


def _ours(codec: int, base: int = 500) -> bytes:
    return r.build_batch(
        _expected(base), base_offset=base, compression=codec, producer_id=9, producer_epoch=1, base_sequence=3
    )


@pytest.mark.parametrize("codec", CODECS)
def test_aiokafka_reads_our_batches(codec: int) -> None:
    batch = _ours(codec)
    got = _client_view(aio_records, batch)
    assert got == [(500 + off, ts, k, v, hs) for off, ts, k, v, hs in _sample()]
    parsed = aio_records.DefaultRecordBatch(bytearray(batch))
    assert (parsed.base_offset, parsed.producer_id, parsed.base_sequence) == (500, 9, 3)


@pytest.mark.parametrize("codec", [0, 1])
def test_kafka_python_reads_our_batches(codec: int) -> None:
    got = _client_view(kp_records, _ours(codec))
    assert got == [(500 + off, ts, k, v, hs) for off, ts, k, v, hs in _sample()]


def test_kafka_python_reads_our_control_batch() -> None:
    batch = r.build_control_batch(
        committed=True, producer_id=3, producer_epoch=0, coordinator_epoch=5, base_offset=10, timestamp=TS
    )
    parsed = kp_records.DefaultRecordBatch(bytearray(batch))
    assert parsed.validate_crc() and parsed.is_control_batch and parsed.is_transactional


def test_parse_raw_snappy_batch_like_librdkafka() -> None:
    # librdkafka compresses the records section as one raw snappy block (no xerial framing).
    plain = r.build_batch(_expected(), compression=0)
    body = plain[r.RECORDS_OFFSET :]
    payload = bytes(cramjam.snappy.compress_raw(body))
    after_crc = bytearray(plain[r.ATTRIBUTES_OFFSET : r.RECORDS_OFFSET])
    struct.pack_into(">h", after_crc, 0, 2)  # attributes: snappy
    crc = crc32c.crc32c(bytes(after_crc) + payload)
    head = struct.pack(">qiibI", 0, 49 + len(payload), -1, 2, crc)
    batch = head + bytes(after_crc) + payload
    ((pos, h),) = r.validate_batches(batch)
    assert h.compression == 2
    assert list(r.iter_records(batch, pos, h)) == _expected()


@pytest.mark.parametrize("codec", CODECS)
def test_header_fields_agree_with_aiokafka(codec: int) -> None:
    batch = _build_with(aio_records, codec)
    parsed = aio_records.DefaultRecordBatch(bytearray(batch))
    h = r.read_header(batch)
    assert h.base_timestamp == parsed.first_timestamp and h.max_timestamp == parsed.max_timestamp
    assert h.crc == parsed.crc and h.attributes == parsed.attributes
    assert h.next_offset == parsed.next_offset
