"""Malformed batches fail with the documented errors only (never IndexError,
struct.error, MemoryError...)."""

from __future__ import annotations

import struct

import crc32c
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from protocol import compression
from protocol import records as r
from protocol.errors import CorruptRecordError, ErrorCode, InvalidRecordError, KafkaError
from protocol.records import Record

RECORD_ERRORS = (CorruptRecordError, InvalidRecordError)


def _batch(codec: int = 0, n: int = 5) -> bytes:
    return r.build_batch([Record(i, 1000 + i, b"k%d" % i, b"v" * i) for i in range(n)], compression=codec)


def _recrc(batch: bytearray, pos: int = 0) -> bytearray:
    struct.pack_into(
        ">I", batch, pos + r.CRC_OFFSET, crc32c.crc32c(bytes(batch[pos + r.ATTRIBUTES_OFFSET :]))
    )
    return batch


def _with_payload(
    template: bytes, payload: bytes, *, count: int | None = None, codec: int | None = None
) -> bytes:
    """A batch with ``template``'s header but ``payload`` as its records section (CRC fixed)."""
    batch = bytearray(template[: r.RECORDS_OFFSET] + payload)
    struct.pack_into(">i", batch, r.BATCH_LENGTH_OFFSET, len(batch) - r.LOG_OVERHEAD)
    if count is not None:
        struct.pack_into(">i", batch, r.RECORDS_COUNT_OFFSET, count)
    if codec is not None:
        struct.pack_into(">h", batch, r.ATTRIBUTES_OFFSET, codec)
    return bytes(_recrc(batch))


def test_wrong_crc_is_corrupt_message() -> None:
    batch = bytearray(_batch())
    batch[-1] ^= 0x01
    with pytest.raises(CorruptRecordError) as exc:
        r.validate_batches(batch)
    assert exc.value.code == ErrorCode.CORRUPT_MESSAGE


@pytest.mark.parametrize("codec", [0, 4])
def test_every_single_byte_flip_is_caught_or_harmless(codec: int) -> None:
    batch = _batch(codec)
    for i in range(len(batch)):
        bad = bytearray(batch)
        bad[i] ^= 0x5A
        if i < r.BATCH_LENGTH_OFFSET or r.PARTITION_LEADER_EPOCH_OFFSET <= i < r.MAGIC_OFFSET:
            r.validate_batches(bad)  # outside the CRC by design
            continue
        with pytest.raises(RECORD_ERRORS):
            r.validate_batches(bad)


@pytest.mark.parametrize(
    ("magic", "error"),
    [(0, InvalidRecordError), (1, InvalidRecordError), (3, CorruptRecordError), (-1, CorruptRecordError)],
)
def test_wrong_magic(magic: int, error: type[KafkaError]) -> None:
    batch = bytearray(_batch())
    struct.pack_into(">b", batch, r.MAGIC_OFFSET, magic)
    with pytest.raises(error):
        r.validate_batches(batch)
    with pytest.raises(error):
        r.validate_batch(batch, 0, r.read_header(batch))


@pytest.mark.parametrize("codec", [0, 1, 2, 3, 4])
def test_truncated_at_every_position(codec: int) -> None:
    batch = _batch(codec) + _batch(codec)
    one = len(batch) // 2
    for cut in range(len(batch)):
        if cut == one:
            assert len(r.validate_batches(batch[:cut])) == 1
            continue
        with pytest.raises(RECORD_ERRORS):
            r.validate_batches(batch[:cut])
        assert len(list(r.iter_batches(batch[:cut]))) == (1 if cut >= one else 0)
    assert len(r.validate_batches(batch)) == 2


def test_empty_records_field_is_invalid_record() -> None:
    with pytest.raises(InvalidRecordError):
        r.validate_batches(b"")


@pytest.mark.parametrize("length", [-(2**31), -1, 0, 13, 48, 2**31 - 1, 10**9])
def test_absurd_batch_lengths(length: int) -> None:
    batch = bytearray(_batch())
    struct.pack_into(">i", batch, r.BATCH_LENGTH_OFFSET, length)
    with pytest.raises(CorruptRecordError):
        r.validate_batches(batch)
    with pytest.raises(CorruptRecordError):
        r.validate_batch(batch, 0, r.read_header(batch))
    if length < r.MIN_BATCH_LENGTH:
        with pytest.raises(CorruptRecordError):
            list(r.iter_batches(batch))
    else:
        assert list(r.iter_batches(batch)) == []  # looks like a truncated tail
    with pytest.raises(CorruptRecordError):
        list(r.iter_records(batch, 0, r.read_header(batch)))


def test_negative_record_count_and_offset_delta() -> None:
    template = _batch()
    payload = template[r.RECORDS_OFFSET :]
    with pytest.raises(CorruptRecordError):
        r.validate_batches(_with_payload(template, payload, count=-1))
    bad = bytearray(template)
    struct.pack_into(">i", bad, r.LAST_OFFSET_DELTA_OFFSET, -3)
    with pytest.raises(CorruptRecordError):
        r.validate_batches(_recrc(bad))


@pytest.mark.parametrize("count", [0, 4, 6, 1000])
def test_record_count_mismatch_is_invalid_record(count: int) -> None:
    template = _batch()
    batch = _with_payload(template, template[r.RECORDS_OFFSET :], count=count)
    ((pos, h),) = r.validate_batches(batch)  # header-level checks cannot see this
    with pytest.raises(InvalidRecordError):
        list(r.iter_records(batch, pos, h))
    with pytest.raises(InvalidRecordError):
        r.validate_client_batch(h)


@pytest.mark.parametrize(
    "payload",
    [
        b"\x80\x80\x80\x80\x80\x01",  # varint longer than 5 bytes
        b"\x02\x00",  # record length 1 but body truncated past attributes
        b"\x7f",  # record length -64
        b"\x0c\x00\x00\x00\x20\x01\x00",  # key length 16 overruns the record
        b"\x0a\x00\x00\x00\x01\x01\x01\x00\x00\x00",  # body longer than the fields it holds
        b"\x0c\x00\x00\x00\x01\x01\x02\x01\x00\x00\x00\x00",  # header with null key
    ],
)
def test_malformed_records_are_invalid_record(payload: bytes) -> None:
    batch = _with_payload(_batch(), payload, count=1)
    ((pos, h),) = r.validate_batches(batch)
    with pytest.raises(InvalidRecordError):
        list(r.iter_records(batch, pos, h))


@pytest.mark.parametrize("codec", [1, 2, 3, 4])
def test_garbage_compressed_payload_is_corrupt(codec: int) -> None:
    batch = _with_payload(_batch(codec), b"\x00garbage-that-is-not-compressed" * 3)
    ((pos, h),) = r.validate_batches(batch)
    with pytest.raises(CorruptRecordError):
        list(r.iter_records(batch, pos, h))


@pytest.mark.parametrize("codec", [5, 6, 7])
def test_unknown_codec_id_answers_like_kafka(codec: int) -> None:
    # Kafka: CompressionType.forId -> IllegalArgumentException -> UNKNOWN_SERVER_ERROR.
    template = _batch()
    batch = _with_payload(template, template[r.RECORDS_OFFSET :], codec=codec)
    with pytest.raises(InvalidRecordError) as exc:
        r.validate_batches(batch)
    assert exc.value.code == ErrorCode.UNKNOWN_SERVER_ERROR
    with pytest.raises(InvalidRecordError):
        list(r.iter_records(batch, 0, r.read_header(batch)))


@pytest.mark.parametrize("codec", [1, 2, 3, 4])
def test_decompression_bomb_is_refused(codec: int) -> None:
    body = r.build_batch([Record(0, 0, None, b"\x00" * (8 * 1024 * 1024))])[r.RECORDS_OFFSET :]
    batch = _with_payload(_batch(), compression.compress(codec, body), count=1, codec=codec)
    assert len(batch) < 1024 * 1024
    ((pos, h),) = r.validate_batches(batch)
    with pytest.raises(CorruptRecordError):
        list(r.iter_records(batch, pos, h, max_decompressed=1024 * 1024))
    assert len(list(r.iter_records(batch, pos, h, max_decompressed=len(body)))) == 1


@settings(max_examples=150, deadline=None)
@given(st.sampled_from([0, 1, 2, 3, 4]), st.data())
def test_fuzzed_records_section_fails_cleanly(codec: int, data: st.DataObject) -> None:
    template = _batch(codec, n=8)
    payload = bytearray(template[r.RECORDS_OFFSET :])
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(payload) - 1))
        payload[i] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(payload)))
    batch = _with_payload(template, bytes(payload[:cut]))
    ((pos, h),) = r.validate_batches(batch)
    try:
        got = list(r.iter_records(batch, pos, h, max_decompressed=1024 * 1024))
    except RECORD_ERRORS:
        return
    assert len(got) == h.record_count


class TestValidateProduceRecords:
    def test_single_valid_batch(self) -> None:
        batch = _batch(4)
        pos, h = r.validate_produce_records(memoryview(batch), 9)
        assert pos == 0 and h.record_count == 5

    def test_no_batch_is_invalid_record(self) -> None:
        for buf in (b"", _batch()[:30]):
            with pytest.raises(InvalidRecordError):
                r.validate_produce_records(buf, 9)

    def test_two_batches_are_invalid_record(self) -> None:
        with pytest.raises(InvalidRecordError, match="exactly one"):
            r.validate_produce_records(_batch() + _batch(), 9)

    def test_zstd_before_v7_is_unsupported_compression_type(self) -> None:
        with pytest.raises(KafkaError) as exc:
            r.validate_produce_records(_batch(4), 6)
        assert exc.value.code == ErrorCode.UNSUPPORTED_COMPRESSION_TYPE
        r.validate_produce_records(_batch(4), 7)

    def test_legacy_magic_is_invalid_record(self) -> None:
        batch = bytearray(_batch())
        batch[r.MAGIC_OFFSET] = 1
        with pytest.raises(InvalidRecordError):
            r.validate_produce_records(batch, 9)

    def test_bad_crc_and_partial_tail_are_corrupt(self) -> None:
        bad = bytearray(_batch())
        bad[-1] ^= 1
        with pytest.raises(CorruptRecordError):
            r.validate_produce_records(bad, 9)
        with pytest.raises(CorruptRecordError):
            r.validate_produce_records(_batch() + _batch()[:40], 9)
