"""Varint helpers shared by the generated codec (and usable by anyone who needs them).

Kafka uses unsigned varints (LEB128, at most 5 bytes for 32-bit values) for compact
lengths and tagged fields, and zig-zag varints/varlongs (at most 5/10 bytes) inside
record batches.  Longer encodings are rejected rather than silently accepted, like Java's
ByteUtils does.
"""

from __future__ import annotations

from protocol.exceptions import ProtocolError

Buffer = bytes | bytearray | memoryview


def read_uvarint(buf: Buffer, pos: int) -> tuple[int, int]:
    """Decode an unsigned 32-bit varint at ``pos``; return (value, new position)."""
    b = buf[pos]
    if b < 0x80:
        return b, pos + 1
    value = b & 0x7F
    shift = 7
    pos += 1
    while True:
        b = buf[pos]
        pos += 1
        value |= (b & 0x7F) << shift
        if b < 0x80:
            return value, pos
        shift += 7
        if shift >= 35:
            raise ProtocolError("unsigned varint is longer than 5 bytes")


def read_uvarlong(buf: Buffer, pos: int) -> tuple[int, int]:
    """Decode an unsigned 64-bit varint (at most 10 bytes)."""
    value = 0
    shift = 0
    while True:
        b = buf[pos]
        pos += 1
        value |= (b & 0x7F) << shift
        if b < 0x80:
            return value, pos
        shift += 7
        if shift >= 70:
            raise ProtocolError("unsigned varlong is longer than 10 bytes")


def read_varint(buf: Buffer, pos: int) -> tuple[int, int]:
    """Decode a zig-zag signed 32-bit varint."""
    v, pos = read_uvarint(buf, pos)
    return (v >> 1) ^ -(v & 1), pos


def read_varlong(buf: Buffer, pos: int) -> tuple[int, int]:
    """Decode a zig-zag signed 64-bit varint."""
    v, pos = read_uvarlong(buf, pos)
    return (v >> 1) ^ -(v & 1), pos


def write_uvarint(out: bytearray, value: int) -> None:
    """Append ``value`` (>= 0) as an unsigned varint."""
    if value < 0:
        raise ProtocolError(f"cannot encode negative value {value} as an unsigned varint")
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)


def write_varint(out: bytearray, value: int) -> None:
    """Append a zig-zag signed 32-bit varint."""
    write_uvarint(out, ((value << 1) ^ (value >> 31)) & 0xFFFFFFFF)


def write_varlong(out: bytearray, value: int) -> None:
    """Append a zig-zag signed 64-bit varint."""
    write_uvarint(out, ((value << 1) ^ (value >> 63)) & 0xFFFFFFFFFFFFFFFF)


def uvarint_size(value: int) -> int:
    """Number of bytes ``value`` takes as an unsigned varint."""
    n = 1
    while value >= 0x80:
        value >>= 7
        n += 1
    return n
