"""Fixed-offset peeks into v2 record batch headers, for the log's hot paths.

The log only needs a handful of header fields to walk a segment (offsets, length, max
timestamp); reading them with one precompiled struct avoids building full header objects
per batch. Full validation (CRC, record parsing) stays in `protocol.records`.
"""

from __future__ import annotations

import struct
from typing import NamedTuple

from protocol.records import (  # noqa: F401 - re-exported for the log's modules
    ATTRIBUTES_OFFSET,
    CONTROL_BIT,
    CRC_OFFSET,
    DELETE_HORIZON_BIT,
    LOG_OVERHEAD,
    MAX_TIMESTAMP_OFFSET,
    MIN_BATCH_LENGTH,
    TIMESTAMP_TYPE_BIT,
    TRANSACTIONAL_BIT,
)
from protocol.records import BATCH_HEADER_SIZE as HEADER_SIZE

_HEADER = struct.Struct(">qiibIhiqqqhii")
_PREFIX = struct.Struct(">qii")  # baseOffset, batchLength, partitionLeaderEpoch
_LENGTH = struct.Struct(">qi")


class Peek(NamedTuple):
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
        return self.batch_length + LOG_OVERHEAD

    @property
    def last_offset(self) -> int:
        return self.base_offset + self.last_offset_delta

    @property
    def is_control(self) -> bool:
        return bool(self.attributes & CONTROL_BIT)

    @property
    def is_transactional(self) -> bool:
        return bool(self.attributes & TRANSACTIONAL_BIT)


def peek(buf: object, pos: int) -> Peek:
    return Peek._make(_HEADER.unpack_from(buf, pos))  # type: ignore[arg-type]


def peek_offset_and_size(buf: object, pos: int) -> tuple[int, int]:
    base, length = _LENGTH.unpack_from(buf, pos)  # type: ignore[arg-type]
    return base, length + LOG_OVERHEAD


def pack_prefix(base_offset: int, batch_length: int, leader_epoch: int) -> bytes:
    return _PREFIX.pack(base_offset, batch_length, leader_epoch)


def complete_batch_at(buf: object, pos: int, end: int) -> Peek | None:
    """The header of a whole batch at `pos` if the bytes up to `end` hold one, else None."""
    if end - pos < HEADER_SIZE:
        return None
    header = peek(buf, pos)
    if header.batch_length < MIN_BATCH_LENGTH or pos + header.size > end or header.magic != 2:
        return None
    return header
