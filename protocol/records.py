"""Record batches, message format v2 (magic 2): the bytes clients produce, the log
stores and fetches return, unchanged.

Layout of the 61-byte batch header (big-endian)::

    0  baseOffset i64         8  batchLength i32       12 partitionLeaderEpoch i32
    16 magic i8               17 crc u32 (CRC-32C of bytes 21..end)
    21 attributes i16         23 lastOffsetDelta i32   27 baseTimestamp i64
    35 maxTimestamp i64       43 producerId i64        51 producerEpoch i16
    53 baseSequence i32       57 recordCount i32       61 records...

The CRC starts at ``attributes`` so the broker can patch ``baseOffset`` and
``partitionLeaderEpoch`` in place without recomputing it.

Validation is per batch (header + one C-level CRC pass) so the produce path never
loops over records in Python for uncompressed batches.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Final

import crc32c

from protocol import compression as codecs
from protocol.errors import CorruptRecordError, ErrorCode, InvalidRecordError, KafkaError
from protocol.exceptions import ProtocolError

Buffer = bytes | bytearray | memoryview

# --- header geometry -------------------------------------------------------------
BASE_OFFSET_OFFSET: Final = 0
BATCH_LENGTH_OFFSET: Final = 8
PARTITION_LEADER_EPOCH_OFFSET: Final = 12
MAGIC_OFFSET: Final = 16
CRC_OFFSET: Final = 17
ATTRIBUTES_OFFSET: Final = 21
LAST_OFFSET_DELTA_OFFSET: Final = 23
BASE_TIMESTAMP_OFFSET: Final = 27
MAX_TIMESTAMP_OFFSET: Final = 35
PRODUCER_ID_OFFSET: Final = 43
PRODUCER_EPOCH_OFFSET: Final = 51
BASE_SEQUENCE_OFFSET: Final = 53
RECORDS_COUNT_OFFSET: Final = 57
RECORDS_OFFSET: Final = 61

BATCH_HEADER_SIZE: Final = 61
LOG_OVERHEAD: Final = 12  # baseOffset + batchLength: the part batchLength does not count
# Smallest legal batchLength: the header after the LOG_OVERHEAD, with no records.
MIN_BATCH_LENGTH: Final = BATCH_HEADER_SIZE - LOG_OVERHEAD
# Header bytes needed to see a batch's magic (Kafka: HEADER_SIZE_UP_TO_MAGIC).
HEADER_SIZE_UP_TO_MAGIC: Final = MAGIC_OFFSET + 1

MAGIC_V2: Final = 2
CURRENT_MAGIC: Final = MAGIC_V2

# --- attributes ------------------------------------------------------------------
COMPRESSION_MASK: Final = 0x07
TIMESTAMP_TYPE_BIT: Final = 0x08
TRANSACTIONAL_BIT: Final = 0x10
CONTROL_BIT: Final = 0x20
DELETE_HORIZON_BIT: Final = 0x40

CREATE_TIME: Final = 0
LOG_APPEND_TIME: Final = 1

NO_PRODUCER_ID: Final = -1
NO_PRODUCER_EPOCH: Final = -1
NO_SEQUENCE: Final = -1
NO_PARTITION_LEADER_EPOCH: Final = -1
NO_TIMESTAMP: Final = -1

# Control record types (key: version i16 + type i16).
CONTROL_TYPE_ABORT: Final = 0
CONTROL_TYPE_COMMIT: Final = 1

DEFAULT_MAX_DECOMPRESSED: Final = 64 * 1024 * 1024

_INT32_MAX: Final = 0x7FFFFFFF

_HEADER = struct.Struct(">qiibIhiqqqhii")
_HEADER_AFTER_CRC = struct.Struct(">hiqqqhii")  # attributes .. recordCount
_INT64 = struct.Struct(">q")
_INT32 = struct.Struct(">i")
_UINT32 = struct.Struct(">I")
_CONTROL_KEY = struct.Struct(">hh")
# EndTxnMarker v0 (messages/EndTxnMarker.json): version i16, CoordinatorEpoch i32.
_END_TXN_MARKER_V0 = struct.Struct(">hi")


@dataclass(slots=True)
class BatchHeader:
    base_offset: int
    batch_length: int
    partition_leader_epoch: int
    magic: int
    crc: int
    attributes: int
    last_offset_delta: int
    base_timestamp: int
    max_timestamp: int
    producer_id: int
    producer_epoch: int
    base_sequence: int
    record_count: int

    @property
    def size(self) -> int:
        """Bytes the whole batch occupies, LOG_OVERHEAD included."""
        return self.batch_length + LOG_OVERHEAD

    @property
    def last_offset(self) -> int:
        return self.base_offset + self.last_offset_delta

    @property
    def next_offset(self) -> int:
        return self.base_offset + self.last_offset_delta + 1

    @property
    def compression(self) -> int:
        return self.attributes & COMPRESSION_MASK

    @property
    def timestamp_type(self) -> int:
        return LOG_APPEND_TIME if self.attributes & TIMESTAMP_TYPE_BIT else CREATE_TIME

    @property
    def is_transactional(self) -> bool:
        return bool(self.attributes & TRANSACTIONAL_BIT)

    @property
    def is_control(self) -> bool:
        return bool(self.attributes & CONTROL_BIT)

    @property
    def has_delete_horizon(self) -> bool:
        return bool(self.attributes & DELETE_HORIZON_BIT)

    @property
    def has_producer_id(self) -> bool:
        return self.producer_id > NO_PRODUCER_ID

    @property
    def last_sequence(self) -> int:
        if self.base_sequence == NO_SEQUENCE:
            return NO_SEQUENCE
        return increment_sequence(self.base_sequence, self.last_offset_delta)

    @property
    def delete_horizon_ms(self) -> int | None:
        """With the delete-horizon bit set, baseTimestamp holds the horizon."""
        return self.base_timestamp if self.has_delete_horizon else None


def increment_sequence(sequence: int, increment: int) -> int:
    """Producer sequence numbers wrap from INT32_MAX to 0 (not to INT32_MIN)."""
    if sequence > _INT32_MAX - increment:
        return increment - (_INT32_MAX - sequence) - 1
    return sequence + increment


def read_header(buf: Buffer, pos: int = 0) -> BatchHeader:
    """Decode the 61-byte header at ``pos``; ProtocolError if fewer bytes remain."""
    if pos < 0 or len(buf) - pos < BATCH_HEADER_SIZE:
        raise ProtocolError(
            f"record batch header needs {BATCH_HEADER_SIZE} bytes, {max(0, len(buf) - pos)} available"
        )
    return BatchHeader(*_HEADER.unpack_from(buf, pos))


def _batch_length_at(buf: Buffer, pos: int) -> int:
    length: int = _INT32.unpack_from(buf, pos + BATCH_LENGTH_OFFSET)[0]
    if length < MIN_BATCH_LENGTH:
        raise CorruptRecordError(
            f"Record batch size {length} at position {pos} is less than the minimum "
            f"batch overhead ({MIN_BATCH_LENGTH})"
        )
    return length


def iter_batches(buf: Buffer, pos: int = 0, end: int | None = None) -> Iterator[tuple[int, BatchHeader]]:
    """Yield ``(position, header)`` for each complete batch in ``buf[pos:end]``.

    A partial batch at the tail (as a fetch response may carry) ends iteration
    silently; a batchLength too small to hold a header raises CorruptRecordError.
    Headers are not validated beyond that: see ``validate_batch``.
    """
    if end is None:
        end = len(buf)
    while end - pos >= LOG_OVERHEAD:
        length = _batch_length_at(buf, pos)
        size = length + LOG_OVERHEAD
        if end - pos < size:
            return
        yield pos, BatchHeader(*_HEADER.unpack_from(buf, pos))
        pos += size


def _check_magic(magic: int, pos: int) -> None:
    if magic == MAGIC_V2:
        return
    if 0 <= magic < MAGIC_V2:
        # Well-formed legacy batches: Kafka's ProduceRequest.validateRecords refuses them
        # for produce v3+ with InvalidRecordException.
        raise InvalidRecordError(
            f"Record batch at position {pos} has magic {magic}; only magic {MAGIC_V2} is supported"
        )
    # ByteBufferLogInputStream: magic outside 0..2 is corruption.
    raise CorruptRecordError(f"Invalid magic found in record batch at position {pos}: {magic}")


def batch_crc(buf: Buffer, pos: int, header: BatchHeader) -> int:
    """CRC-32C of attributes..end of the batch at ``pos`` (no copy)."""
    view = buf if isinstance(buf, memoryview) else memoryview(buf)
    return int(crc32c.crc32c(view[pos + ATTRIBUTES_OFFSET : pos + header.size]))


def validate_batch(buf: Buffer, pos: int, header: BatchHeader) -> None:
    """Check one batch the way Kafka does before appending it (whatever its origin):
    magic 2, sane length that fits ``buf``, CRC-32C, non-negative counts.

    CorruptRecordError for corruption, InvalidRecordError for a legacy magic. Checks
    that apply only to client produce requests live in ``validate_client_batch``.
    """
    _check_magic(header.magic, pos)
    if header.batch_length < MIN_BATCH_LENGTH:
        raise CorruptRecordError(
            f"Record batch is corrupt (the size {header.size} is smaller than the minimum "
            f"allowed overhead {BATCH_HEADER_SIZE})"
        )
    if len(buf) - pos < header.size:
        raise CorruptRecordError(
            f"Record batch at position {pos} claims {header.size} bytes but only {len(buf) - pos} remain"
        )
    computed = batch_crc(buf, pos, header)
    if computed != header.crc:
        raise CorruptRecordError(f"Record is corrupt (stored crc = {header.crc}, computed crc = {computed})")
    if header.record_count < 0:
        raise CorruptRecordError(f"Record batch has a negative record count {header.record_count}")
    if header.last_offset_delta < 0:
        raise CorruptRecordError(f"Record batch has a negative lastOffsetDelta {header.last_offset_delta}")
    if header.compression > codecs.ZSTD:
        # Kafka's CompressionType.forId throws IllegalArgumentException here, which the
        # produce path reports as UNKNOWN_SERVER_ERROR; keep Kafka's code on the wire.
        raise InvalidRecordError(
            f"Unknown compression type id: {header.compression}", code=ErrorCode.UNKNOWN_SERVER_ERROR
        )


def validate_client_batch(header: BatchHeader) -> None:
    """The extra checks Kafka's LogValidator applies to batches a client produces
    (AppendOrigin.CLIENT); raises InvalidRecordError like Kafka.

    Kept apart from ``validate_batch`` because replicated and compacted batches may
    legally have fewer records than their offset range, or be control batches.
    """
    if header.base_offset != 0:
        raise InvalidRecordError(
            f"The baseOffset of the record batch should be 0, but it is {header.base_offset}"
        )
    count_from_offsets = header.last_offset_delta + 1
    if count_from_offsets <= 0:
        raise InvalidRecordError(
            f"Batch has an invalid offset range: [{header.base_offset}, {header.last_offset}]"
        )
    if header.record_count <= 0:
        raise InvalidRecordError(f"Invalid reported count for record batch: {header.record_count}")
    if count_from_offsets != header.record_count:
        raise InvalidRecordError(
            f"Inconsistent batch offset range [{header.base_offset}, {header.last_offset}] "
            f"and count of records {header.record_count}"
        )
    if header.is_control:
        raise InvalidRecordError("Clients are not allowed to write control records")
    if header.has_producer_id and header.base_sequence < 0:
        raise InvalidRecordError(
            f"Invalid sequence number {header.base_sequence} in record batch with producerId "
            f"{header.producer_id}"
        )


def validate_batches(buf: Buffer, *, exactly_one: bool = False) -> list[tuple[int, BatchHeader]]:
    """Validate a partition's whole ``records`` field from a produce request.

    Every byte must belong to a complete, valid batch and there must be at least one.
    With ``exactly_one`` also enforce Kafka's produce v3+ rule of a single batch per
    partition (InvalidRecordError otherwise).
    """
    end = len(buf)
    if end == 0:
        raise InvalidRecordError("Produce requests must have at least one record batch per partition")
    view = buf if isinstance(buf, memoryview) else memoryview(buf)
    out: list[tuple[int, BatchHeader]] = []
    pos = 0
    while pos < end:
        remaining = end - pos
        if remaining < BATCH_HEADER_SIZE:
            if remaining >= HEADER_SIZE_UP_TO_MAGIC:
                _check_magic(view[pos + MAGIC_OFFSET], pos)
            raise CorruptRecordError(
                f"Truncated record batch at position {pos}: {remaining} bytes, "
                f"less than the {BATCH_HEADER_SIZE}-byte header"
            )
        header = BatchHeader(*_HEADER.unpack_from(view, pos))
        validate_batch(view, pos, header)
        out.append((pos, header))
        pos += header.size
    if exactly_one and len(out) > 1:
        raise InvalidRecordError(
            "Produce requests are only allowed to contain exactly one record batch per partition"
        )
    return out


def validate_produce_records(buf: Buffer, api_version: int) -> tuple[int, BatchHeader]:
    """Validate one partition's ``records`` of a Produce request (v3+) and return its
    single batch, applying Kafka's ProduceRequest.validateRecords rules first
    (one batch, magic 2, no zstd before v7) and then ``validate_batches``.

    The LogValidator client checks (``validate_client_batch``) are left to the caller,
    which also knows the topic's limits.
    """
    found = list(islice(iter_batches(buf), 2))
    if not found:
        raise InvalidRecordError(
            f"Produce requests with version {api_version} must have at least one record batch per partition"
        )
    _, header = found[0]
    _check_magic(header.magic, 0)
    if api_version < 7 and header.compression == codecs.ZSTD:
        raise KafkaError(
            ErrorCode.UNSUPPORTED_COMPRESSION_TYPE,
            f"Produce requests with version {api_version} are not allowed to use ZStandard compression",
        )
    if len(found) > 1:
        raise InvalidRecordError(
            f"Produce requests with version {api_version} are only allowed to contain exactly one record "
            "batch per partition"
        )
    ((pos, validated),) = validate_batches(buf)
    return pos, validated


def set_base_offset(buf: bytearray | memoryview, pos: int, base_offset: int) -> None:
    """Patch baseOffset in place (outside the CRC, so the batch stays valid)."""
    _INT64.pack_into(buf, pos + BASE_OFFSET_OFFSET, base_offset)


def set_partition_leader_epoch(buf: bytearray | memoryview, pos: int, epoch: int) -> None:
    """Patch partitionLeaderEpoch in place (outside the CRC, so the batch stays valid)."""
    _INT32.pack_into(buf, pos + PARTITION_LEADER_EPOCH_OFFSET, epoch)


# --- records ---------------------------------------------------------------------


@dataclass(slots=True)
class Header:
    key: str
    value: bytes | None


@dataclass(slots=True)
class Record:
    offset: int
    timestamp: int
    key: bytes | None
    value: bytes | None
    headers: list[Header] = field(default_factory=list)
    attributes: int = 0


def _read_zigzag(buf: Buffer, pos: int, end: int, max_shift: int, name: str, too_long: str) -> tuple[int, int]:
    raw = 0
    shift = 0
    while True:
        if pos >= end:
            raise InvalidRecordError(f"Found invalid record structure: {name} runs past the record")
        b = buf[pos]
        pos += 1
        raw |= (b & 0x7F) << shift
        if not b & 0x80:
            break
        shift += 7
        if shift > max_shift:
            raise InvalidRecordError(too_long)
    return (raw >> 1) ^ -(raw & 1), pos


def _read_varint(buf: Buffer, pos: int, end: int) -> tuple[int, int]:
    """Zig-zag varint (at most 5 bytes, like Kafka's readVarint) -> (value, new pos)."""
    return _read_zigzag(
        buf, pos, end, 28, "varint", "Varint is too long, the most significant bit in the 5th byte is set"
    )


def _read_varlong(buf: Buffer, pos: int, end: int) -> tuple[int, int]:
    """Zig-zag varlong (at most 10 bytes, like Kafka's readVarlong) -> (value, new pos)."""
    return _read_zigzag(
        buf, pos, end, 63, "varlong", "Varlong is too long, most significant bit in the 10th byte is set"
    )


def _read_bytes(buf: Buffer, pos: int, end: int, what: str) -> tuple[bytes | None, int]:
    length, pos = _read_varint(buf, pos, end)
    if length < 0:
        return None, pos
    if end - pos < length:
        raise InvalidRecordError(
            f"Found invalid record structure: {what} of {length} bytes overruns the record"
        )
    return bytes(buf[pos : pos + length]), pos + length


def _parse_record(buf: Buffer, pos: int, end: int, header: BatchHeader) -> tuple[Record, int]:
    size, pos = _read_varint(buf, pos, end)
    if size < 0 or end - pos < size:
        raise InvalidRecordError(
            f"Invalid record size: expected {size} bytes in record payload, but instead the buffer "
            f"has only {end - pos} remaining bytes."
        )
    body_end = pos + size
    if size < 1:
        raise InvalidRecordError("Found invalid record structure: empty record")
    attributes = buf[pos]
    pos += 1
    ts_delta, pos = _read_varlong(buf, pos, body_end)
    offset_delta, pos = _read_varint(buf, pos, body_end)
    key, pos = _read_bytes(buf, pos, body_end, "key")
    value, pos = _read_bytes(buf, pos, body_end, "value")
    n_headers, pos = _read_varint(buf, pos, body_end)
    if n_headers < 0:
        raise InvalidRecordError(f"Found invalid number of record headers {n_headers}")
    headers: list[Header] = []
    for _ in range(n_headers):
        hkey, pos = _read_bytes(buf, pos, body_end, "header key")
        if hkey is None:
            raise InvalidRecordError("Invalid negative header key size")
        hvalue, pos = _read_bytes(buf, pos, body_end, "header value")
        # surrogateescape keeps non-UTF-8 keys byte-exact through a rewrite (compaction).
        headers.append(Header(hkey.decode("utf-8", "surrogateescape"), hvalue))
    if pos != body_end:
        raise InvalidRecordError(
            f"Invalid record size: expected to read {size} bytes in record payload, but instead "
            f"read {size - (body_end - pos)}"
        )
    record = Record(
        offset=header.base_offset + offset_delta,
        timestamp=_record_timestamp(header, ts_delta),
        key=key,
        value=value,
        headers=headers,
        attributes=attributes,
    )
    return record, body_end


def _record_timestamp(header: BatchHeader, ts_delta: int) -> int:
    # LogAppendTime batches report maxTimestamp for every record (DefaultRecordBatch).
    if header.timestamp_type == LOG_APPEND_TIME:
        return header.max_timestamp
    return header.base_timestamp + ts_delta


def iter_records(
    buf: Buffer,
    pos: int,
    header: BatchHeader,
    *,
    max_decompressed: int = DEFAULT_MAX_DECOMPRESSED,
) -> Iterator[Record]:
    """Decode the records of the batch at ``pos`` (decompressing if needed).

    The batch is assumed validated (CRC); a record section that does not parse into
    exactly ``record_count`` records raises InvalidRecordError, undecodable
    compressed data CorruptRecordError.
    """
    start = pos + RECORDS_OFFSET
    stop = pos + header.size
    if stop > len(buf) or header.batch_length < MIN_BATCH_LENGTH:
        raise CorruptRecordError(f"Record batch at position {pos} is truncated")
    view = buf if isinstance(buf, memoryview) else memoryview(buf)
    data: Buffer
    if header.compression:
        data = codecs.decompress(header.compression, view[start:stop], max_size=max_decompressed)
        start, stop = 0, len(data)
    else:
        data = view
    if header.record_count < 0:
        raise InvalidRecordError(f"Found invalid record count {header.record_count}")
    for _ in range(header.record_count):
        if start >= stop:
            raise InvalidRecordError(
                f"Record batch declares {header.record_count} records but the data ends early"
            )
        record, start = _parse_record(data, start, stop, header)
        yield record
    if start != stop:
        raise InvalidRecordError("Incorrect declared batch size, records still remaining in file")


# --- building --------------------------------------------------------------------


def _varint(value: int) -> bytes:
    raw = (value << 1) ^ (value >> 63)
    raw &= 0xFFFFFFFFFFFFFFFF
    out = bytearray()
    while raw >= 0x80:
        out.append((raw & 0x7F) | 0x80)
        raw >>= 7
    out.append(raw)
    return bytes(out)


def _sized(data: bytes | None) -> bytes:
    if data is None:
        return _varint(-1)
    return _varint(len(data)) + data


def _encode_record(
    attributes: int,
    ts_delta: int,
    offset_delta: int,
    rec_key: bytes | None,
    rec_value: bytes | None,
    headers: Sequence[Header],
) -> bytes:
    parts = [
        bytes((attributes & 0xFF,)),
        _varint(ts_delta),
        _varint(offset_delta),
        _sized(rec_key),
        _sized(rec_value),
        _varint(len(headers)),
    ]
    for h in headers:
        parts.append(_sized(h.key.encode("utf-8", "surrogateescape")))
        parts.append(_sized(h.value))
    body = b"".join(parts)
    return _varint(len(body)) + body


def build_batch(
    records: Sequence[Record | tuple[bytes | None, bytes | None]],
    *,
    base_offset: int = 0,
    compression: int = 0,
    timestamp_type: int = CREATE_TIME,
    producer_id: int = NO_PRODUCER_ID,
    producer_epoch: int = NO_PRODUCER_EPOCH,
    base_sequence: int = NO_SEQUENCE,
    partition_leader_epoch: int = NO_PARTITION_LEADER_EPOCH,
    is_transactional: bool = False,
    is_control: bool = False,
    base_timestamp: int | None = None,
    delete_horizon_ms: int | None = None,
) -> bytes:
    """Encode a v2 batch. ``(key, value)`` tuples get consecutive offset deltas and the
    batch's base timestamp (NO_TIMESTAMP unless ``base_timestamp`` is given); Records
    keep their own offset and timestamp. ``delete_horizon_ms`` sets the delete-horizon
    bit and stores the horizon as baseTimestamp, as the log cleaner does."""
    entries: list[tuple[int, int, bytes | None, bytes | None, Sequence[Header], int]] = []
    for i, item in enumerate(records):
        if isinstance(item, Record):
            entries.append(
                (
                    item.offset - base_offset,
                    item.timestamp,
                    item.key,
                    item.value,
                    item.headers,
                    item.attributes,
                )
            )
        else:
            key, value = item
            ts = NO_TIMESTAMP if base_timestamp is None else base_timestamp
            entries.append((i, ts, key, value, (), 0))
    last_delta = -1
    for delta, *_ in entries:
        if delta <= last_delta:
            raise ValueError(
                f"record offsets must increase from base_offset {base_offset}; got delta {delta}"
            )
        last_delta = delta

    if delete_horizon_ms is not None:
        first_ts = delete_horizon_ms
    elif base_timestamp is not None:
        first_ts = base_timestamp
    elif entries:
        first_ts = entries[0][1]
    else:
        first_ts = NO_TIMESTAMP
    max_ts = max((e[1] for e in entries), default=NO_TIMESTAMP)

    body = b"".join(
        _encode_record(attrs, ts - first_ts, delta, key, value, headers)
        for delta, ts, key, value, headers, attrs in entries
    )
    payload = body if compression == codecs.NONE else codecs.compress(compression, body)

    attributes = compression & COMPRESSION_MASK
    if compression != attributes:
        raise ValueError(f"compression id {compression} does not fit the attributes bits")
    if timestamp_type == LOG_APPEND_TIME:
        attributes |= TIMESTAMP_TYPE_BIT
    if is_transactional:
        attributes |= TRANSACTIONAL_BIT
    if is_control:
        attributes |= CONTROL_BIT
    if delete_horizon_ms is not None:
        attributes |= DELETE_HORIZON_BIT

    after_crc = _HEADER_AFTER_CRC.pack(
        attributes,
        max(last_delta, 0),
        first_ts,
        max_ts,
        producer_id,
        producer_epoch,
        base_sequence,
        len(entries),
    )
    crc = crc32c.crc32c(after_crc)
    crc = crc32c.crc32c(payload, crc)
    batch_length = MIN_BATCH_LENGTH + len(payload)
    head = struct.pack(">qiibI", base_offset, batch_length, partition_leader_epoch, MAGIC_V2, crc)
    return head + after_crc + payload


def build_control_batch(
    *,
    committed: bool,
    producer_id: int,
    producer_epoch: int,
    coordinator_epoch: int,
    base_offset: int = 0,
    timestamp: int,
    partition_leader_epoch: int = NO_PARTITION_LEADER_EPOCH,
) -> bytes:
    """A transaction marker: a transactional control batch holding one control record."""
    key = _CONTROL_KEY.pack(0, CONTROL_TYPE_COMMIT if committed else CONTROL_TYPE_ABORT)
    # Matches EndTxnMarker v0 (messages/EndTxnMarker.json): version i16 0, CoordinatorEpoch i32.
    value = _END_TXN_MARKER_V0.pack(0, coordinator_epoch)
    record = Record(offset=base_offset, timestamp=timestamp, key=key, value=value)
    return build_batch(
        [record],
        base_offset=base_offset,
        producer_id=producer_id,
        producer_epoch=producer_epoch,
        partition_leader_epoch=partition_leader_epoch,
        is_transactional=True,
        is_control=True,
    )


def read_control_type(record: Record) -> int:
    """The control record type (0 abort, 1 commit, others e.g. Raft's) from its key."""
    if record.key is None or len(record.key) < _CONTROL_KEY.size:
        raise InvalidRecordError("Invalid control record: key too short")
    version, ctype = _CONTROL_KEY.unpack_from(record.key)
    if version < 0:
        raise InvalidRecordError(f"Invalid version found for control record: {version}")
    return int(ctype)


def read_control_record(record: Record) -> tuple[bool, int]:
    """Decode a transaction marker -> (committed, coordinator_epoch)."""
    ctype = read_control_type(record)
    if ctype not in (CONTROL_TYPE_ABORT, CONTROL_TYPE_COMMIT):
        raise InvalidRecordError(f"Control record type {ctype} is not a transaction marker")
    if record.value is None or len(record.value) < _END_TXN_MARKER_V0.size:
        raise InvalidRecordError("Invalid transaction marker: value too short")
    version, coordinator_epoch = _END_TXN_MARKER_V0.unpack_from(record.value)
    if version < 0:
        raise InvalidRecordError(f"Invalid version found for end transaction marker: {version}")
    return ctype == CONTROL_TYPE_COMMIT, int(coordinator_epoch)
