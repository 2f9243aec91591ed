"""Record batch v2: header decoding, building, round trips, in-place patches."""

from __future__ import annotations

import struct

import crc32c
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from protocol import records as r
from protocol.errors import CorruptRecordError, InvalidRecordError
from protocol.exceptions import ProtocolError
from protocol.records import BatchHeader, Header, Record

CODECS = [0, 1, 2, 3, 4]


def _records(n: int, base_offset: int = 0, ts: int = 1_700_000_000_000) -> list[Record]:
    return [
        Record(
            offset=base_offset + i,
            timestamp=ts + i * 7,
            key=None if i % 3 == 0 else f"key-{i}".encode(),
            value=None if i % 5 == 4 else (b"v" * (i % 50)),
            headers=[Header("h", b"x"), Header("null", None)] if i % 2 else [],
        )
        for i in range(n)
    ]


def test_header_geometry_constants() -> None:
    assert r.BATCH_HEADER_SIZE == r.RECORDS_OFFSET == 61
    assert r.LOG_OVERHEAD == 12
    assert r.MIN_BATCH_LENGTH == 49
    assert (r.MAGIC_OFFSET, r.CRC_OFFSET, r.ATTRIBUTES_OFFSET) == (16, 17, 21)
    assert (r.LAST_OFFSET_DELTA_OFFSET, r.BASE_TIMESTAMP_OFFSET, r.MAX_TIMESTAMP_OFFSET) == (23, 27, 35)
    assert (r.PRODUCER_ID_OFFSET, r.PRODUCER_EPOCH_OFFSET) == (43, 51)
    assert (r.BASE_SEQUENCE_OFFSET, r.RECORDS_COUNT_OFFSET) == (53, 57)
    assert (r.COMPRESSION_MASK, r.TIMESTAMP_TYPE_BIT, r.TRANSACTIONAL_BIT) == (0x07, 0x08, 0x10)
    assert (r.CONTROL_BIT, r.DELETE_HORIZON_BIT) == (0x20, 0x40)


def test_read_header_fields_and_properties() -> None:
    batch = r.build_batch(
        _records(10, base_offset=100),
        base_offset=100,
        compression=1,
        producer_id=42,
        producer_epoch=3,
        base_sequence=17,
        partition_leader_epoch=9,
        is_transactional=True,
    )
    h = r.read_header(batch)
    assert h.base_offset == 100
    assert h.size == len(batch) == h.batch_length + 12
    assert h.magic == 2
    assert h.partition_leader_epoch == 9
    assert h.last_offset_delta == 9 and h.last_offset == 109 and h.next_offset == 110
    assert h.record_count == 10
    assert h.compression == 1
    assert h.timestamp_type == r.CREATE_TIME
    assert h.is_transactional and not h.is_control and not h.has_delete_horizon
    assert (h.producer_id, h.producer_epoch, h.base_sequence) == (42, 3, 17)
    assert h.last_sequence == 26
    assert h.base_timestamp == 1_700_000_000_000
    assert h.max_timestamp == 1_700_000_000_000 + 63


def test_read_header_at_offset_and_short_buffer() -> None:
    batch = r.build_batch([(b"k", b"v")], base_timestamp=5)
    buf = b"\x00" * 7 + batch
    assert r.read_header(buf, 7).base_timestamp == 5
    assert r.read_header(memoryview(buf), 7).record_count == 1
    with pytest.raises(ProtocolError):
        r.read_header(batch[:60])
    with pytest.raises(ProtocolError):
        r.read_header(buf, len(buf) - 10)


@pytest.mark.parametrize(
    ("base", "delta", "expected"),
    [
        (r.NO_SEQUENCE, 5, r.NO_SEQUENCE),
        (0, 0, 0),
        (10, 4, 14),
        (2**31 - 1, 0, 2**31 - 1),
        (2**31 - 1, 1, 0),
        (2**31 - 3, 5, 2),
    ],
)
def test_last_sequence_wraps_like_kafka(base: int, delta: int, expected: int) -> None:
    h = BatchHeader(0, 49, -1, 2, 0, 0, delta, 0, 0, 1, 0, base, delta + 1)
    assert h.last_sequence == expected


@pytest.mark.parametrize("codec", CODECS)
def test_round_trip_every_codec(codec: int) -> None:
    recs = _records(200, base_offset=1000)
    batch = r.build_batch(recs, base_offset=1000, compression=codec)
    ((pos, h),) = r.validate_batches(memoryview(batch))
    assert pos == 0 and h.compression == codec
    assert list(r.iter_records(batch, pos, h)) == recs


@pytest.mark.parametrize("codec", CODECS)
def test_large_batch_round_trip(codec: int) -> None:
    value = bytes(range(256)) * 4096  # 1 MiB, mildly compressible
    recs = [Record(i, 1000, b"k%d" % i, value) for i in range(3)]
    batch = r.build_batch(recs, compression=codec)
    ((pos, h),) = r.validate_batches(batch)
    assert list(r.iter_records(batch, pos, h)) == recs


def test_tuples_get_consecutive_offsets_and_base_timestamp() -> None:
    batch = r.build_batch([(b"a", b"1"), (None, b"2"), (b"c", None)], base_offset=50, base_timestamp=777)
    h = r.read_header(batch)
    got = list(r.iter_records(batch, 0, h))
    assert [x.offset for x in got] == [50, 51, 52]
    assert [x.timestamp for x in got] == [777, 777, 777]
    assert [(x.key, x.value) for x in got] == [(b"a", b"1"), (None, b"2"), (b"c", None)]


def test_record_offsets_with_gaps_like_a_compacted_batch() -> None:
    recs = [Record(10, 1, b"a", b"1"), Record(13, 2, b"b", b"2"), Record(19, 3, b"c", None)]
    batch = r.build_batch(recs, base_offset=10)
    h = r.read_header(batch)
    assert h.record_count == 3 and h.last_offset_delta == 9
    assert list(r.iter_records(batch, 0, h)) == recs
    r.validate_batch(batch, 0, h)
    with pytest.raises(InvalidRecordError):
        r.validate_client_batch(h)
    with pytest.raises(ValueError):
        r.build_batch([Record(5, 1, None, None), Record(5, 1, None, None)], base_offset=5)


def test_empty_batch_is_valid() -> None:
    batch = r.build_batch([], base_offset=3)
    ((pos, h),) = r.validate_batches(batch)
    assert h.record_count == 0 and h.size == 61
    assert list(r.iter_records(batch, pos, h)) == []


def test_negative_and_large_timestamps() -> None:
    recs = [Record(0, -1, None, b"x"), Record(1, 2**62, None, b"y"), Record(2, 0, None, b"z")]
    batch = r.build_batch(recs)
    h = r.read_header(batch)
    assert h.base_timestamp == -1 and h.max_timestamp == 2**62
    assert list(r.iter_records(batch, 0, h)) == recs


def test_log_append_time_records_report_max_timestamp() -> None:
    recs = [Record(0, 5000, None, b"x"), Record(1, 5000, None, b"y")]
    batch = r.build_batch(recs, timestamp_type=r.LOG_APPEND_TIME)
    h = r.read_header(batch)
    assert h.timestamp_type == r.LOG_APPEND_TIME
    assert all(x.timestamp == 5000 for x in r.iter_records(batch, 0, h))


def test_delete_horizon_is_the_base_timestamp() -> None:
    recs = [Record(0, 1000, b"k", None), Record(1, 1500, b"j", b"v")]
    batch = r.build_batch(recs, delete_horizon_ms=900)
    h = r.read_header(batch)
    assert h.has_delete_horizon and h.delete_horizon_ms == 900 == h.base_timestamp
    assert [x.timestamp for x in r.iter_records(batch, 0, h)] == [1000, 1500]


def test_header_keys_are_utf8_and_non_utf8_survive() -> None:
    recs = [Record(0, 0, None, b"v", [Header("ключ", b"1"), Header("raw\udcff", None)])]
    batch = r.build_batch(recs)
    assert b"\xd0\xba" in batch and b"raw\xff" in batch
    assert list(r.iter_records(batch, 0, r.read_header(batch))) == recs


def test_record_attributes_are_kept() -> None:
    recs = [Record(0, 0, None, b"v", attributes=0)]
    assert list(r.iter_records(b := r.build_batch(recs), 0, r.read_header(b)))[0].attributes == 0


def test_iter_batches_over_several_and_truncated_tail() -> None:
    b1 = r.build_batch([(b"a", b"1")], base_offset=0)
    b2 = r.build_batch([(b"b", b"2"), (b"c", b"3")], base_offset=1, compression=4)
    b3 = r.build_batch([(b"d", b"4")], base_offset=3)
    buf = b1 + b2 + b3
    got = list(r.iter_batches(buf))
    assert [p for p, _ in got] == [0, len(b1), len(b1) + len(b2)]
    assert [h.base_offset for _, h in got] == [0, 1, 3]
    for cut in range(len(b1) + len(b2), len(buf)):
        assert [h.base_offset for _, h in r.iter_batches(buf[:cut])] == [0, 1]
    assert [h.base_offset for _, h in r.iter_batches(buf, len(b1), len(b1) + len(b2))] == [1]
    assert list(r.iter_batches(b"")) == []


def test_validate_batches_accepts_several_and_exactly_one_rule() -> None:
    b1 = r.build_batch([(b"a", b"1")])
    b2 = r.build_batch([(b"b", b"2")], base_offset=1)
    assert [p for p, _ in r.validate_batches(memoryview(b1 + b2))] == [0, len(b1)]
    assert len(r.validate_batches(b1, exactly_one=True)) == 1
    with pytest.raises(InvalidRecordError):
        r.validate_batches(b1 + b2, exactly_one=True)


def test_set_base_offset_and_leader_epoch_keep_crc_valid() -> None:
    buf = bytearray(b"\xff" * 5 + r.build_batch(_records(20), compression=2))
    r.set_base_offset(buf, 5, 123_456_789_012)
    r.set_partition_leader_epoch(memoryview(buf), 5, 77)
    ((pos, h),) = r.validate_batches(memoryview(buf)[5:])
    assert h.base_offset == 123_456_789_012 and h.partition_leader_epoch == 77
    assert [x.offset for x in r.iter_records(buf, 5, r.read_header(buf, 5))][:2] == [
        123_456_789_012,
        123_456_789_013,
    ]


def test_crc_covers_attributes_to_end() -> None:
    batch = r.build_batch(_records(5))
    h = r.read_header(batch)
    assert h.crc == crc32c.crc32c(batch[21:]) == r.batch_crc(batch, 0, h)


def test_validate_client_batch_rules() -> None:
    good = r.read_header(
        r.build_batch([(b"a", b"1"), (b"b", b"2")], producer_id=5, producer_epoch=0, base_sequence=0)
    )
    r.validate_client_batch(good)
    nonzero = r.read_header(r.build_batch([(b"a", b"1")], base_offset=7))
    control = r.read_header(
        r.build_control_batch(
            committed=True, producer_id=1, producer_epoch=0, coordinator_epoch=0, timestamp=0
        )
    )
    no_seq = r.read_header(r.build_batch([(b"a", b"1")], producer_id=5, producer_epoch=0))
    empty = r.read_header(r.build_batch([]))
    for bad in (nonzero, control, no_seq, empty):
        with pytest.raises(InvalidRecordError):
            r.validate_client_batch(bad)


@pytest.mark.parametrize("committed", [True, False])
def test_control_batch_round_trip(committed: bool) -> None:
    batch = r.build_control_batch(
        committed=committed,
        producer_id=4000,
        producer_epoch=7,
        coordinator_epoch=12,
        base_offset=55,
        timestamp=999,
        partition_leader_epoch=3,
    )
    ((pos, h),) = r.validate_batches(batch)
    assert h.is_control and h.is_transactional
    assert (h.producer_id, h.producer_epoch, h.base_offset, h.partition_leader_epoch) == (4000, 7, 55, 3)
    (rec,) = list(r.iter_records(batch, pos, h))
    assert rec.key == struct.pack(">hh", 0, 1 if committed else 0)
    assert rec.value == struct.pack(">hi", 0, 12)
    assert rec.timestamp == 999 and rec.offset == 55
    assert r.read_control_record(rec) == (committed, 12)


def test_read_control_record_rejects_non_markers() -> None:
    with pytest.raises(InvalidRecordError):
        r.read_control_record(Record(0, 0, b"\x00", b""))
    with pytest.raises(InvalidRecordError):
        r.read_control_record(Record(0, 0, struct.pack(">hh", 0, 2), struct.pack(">hi", 0, 1)))
    with pytest.raises(InvalidRecordError):
        r.read_control_record(Record(0, 0, struct.pack(">hh", 0, 1), b"\x00"))
    assert r.read_control_type(Record(0, 0, struct.pack(">hh", 0, 3), None)) == 3


def test_iter_records_rejects_truncated_buffer() -> None:
    batch = r.build_batch(_records(3))
    with pytest.raises(CorruptRecordError):
        list(r.iter_records(batch[:-1], 0, r.read_header(batch)))


_opt_bytes = st.one_of(st.none(), st.binary(max_size=64))
_record_st = st.tuples(
    st.integers(min_value=-(2**40), max_value=2**40),
    _opt_bytes,
    _opt_bytes,
    st.lists(st.tuples(st.text(max_size=8), _opt_bytes), max_size=3),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_record_st, max_size=20), st.sampled_from(CODECS), st.integers(0, 2**40))
def test_round_trip_property(
    items: list[tuple[int, bytes | None, bytes | None, list[tuple[str, bytes | None]]]], codec: int, base: int
) -> None:
    recs = [
        Record(base + i, ts, k, v, [Header(hk, hv) for hk, hv in hs])
        for i, (ts, k, v, hs) in enumerate(items)
    ]
    batch = r.build_batch(recs, base_offset=base, compression=codec)
    ((pos, h),) = r.validate_batches(batch)
    assert h.record_count == len(recs)
    assert list(r.iter_records(batch, pos, h)) == recs
