"""Kafka's framing of metadata records (``MetadataRecordSerde``).

A metadata record is stored as the *value* of a log record (the key is null)::

    unsigned varint  frame version   (always 1)
    unsigned varint  apiKey          (the record type: the spec's ``apiKey``)
    unsigned varint  record version
    bytes            the record encoded at that version

The same framing is used in ``__cluster_metadata`` segments, snapshots and
``bootstrap.checkpoint``, so files written here are readable by Kafka's tools.
"""

from __future__ import annotations

import functools
import inspect
from typing import Any

from protocol.exceptions import ProtocolError

FRAME_VERSION = 1

# A varint longer than this cannot be a 32-bit value; stop reading garbage early.
_MAX_VARINT_BYTES = 5


def write_unsigned_varint(value: int) -> bytes:
    if value < 0:
        raise ValueError(f"unsigned varint cannot encode {value}")
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def read_unsigned_varint(buf: bytes | bytearray | memoryview, pos: int) -> tuple[int, int]:
    value = 0
    shift = 0
    for i in range(_MAX_VARINT_BYTES):
        if pos + i >= len(buf):
            raise ProtocolError("metadata record frame: truncated unsigned varint")
        b = buf[pos + i]
        value |= (b & 0x7F) << shift
        if not b & 0x80:
            return value, pos + i + 1
        shift += 7
    raise ProtocolError("metadata record frame: unsigned varint is too long")


def _max_version(cls: type) -> int:
    valid = cls.VALID_VERSIONS  # type: ignore[attr-defined]
    if isinstance(valid, range):
        return valid[-1]
    if isinstance(valid, tuple | list):
        return int(valid[-1])
    if isinstance(valid, str):
        # "0-2" / "0" style, should the generator keep the spec's text.
        return int(valid.split("-")[-1].rstrip("+"))
    raise TypeError(f"{cls.__name__}.VALID_VERSIONS has an unexpected shape: {valid!r}")


def _min_version(cls: type) -> int:
    valid = cls.VALID_VERSIONS  # type: ignore[attr-defined]
    if isinstance(valid, range):
        return valid[0]
    if isinstance(valid, tuple | list):
        return int(valid[0])
    if isinstance(valid, str):
        return int(valid.split("-")[0].rstrip("+"))
    raise TypeError(f"{cls.__name__}.VALID_VERSIONS has an unexpected shape: {valid!r}")


def max_version(record_or_cls: Any) -> int:
    cls = record_or_cls if isinstance(record_or_cls, type) else type(record_or_cls)
    return _max_version(cls)


@functools.cache
def metadata_record_types() -> dict[int, type]:
    """apiKey -> generated class, for every spec whose type is ``metadata``.

    Built lazily (and cached, as an immutable fact of the generated codec) so that
    importing this module never depends on import order.
    """
    from protocol import messages

    types: dict[int, type] = {}
    for _, cls in inspect.getmembers(messages, inspect.isclass):
        if getattr(cls, "MESSAGE_TYPE", None) != "metadata":
            continue
        if cls.__module__ != messages.__name__:
            continue
        api_key = getattr(cls, "API_KEY", None)
        if api_key is None:
            continue
        types[int(api_key)] = cls
    return types


def api_key_of(record: Any) -> int:
    api_key = getattr(type(record), "API_KEY", None)
    if api_key is None or getattr(type(record), "MESSAGE_TYPE", None) != "metadata":
        raise ProtocolError(f"{type(record).__name__} is not a metadata record")
    return int(api_key)


def encode_metadata_record(record: Any, version: int | None = None) -> bytes:
    """Frame ``record`` as Kafka does; ``version`` defaults to the record's highest."""
    cls = type(record)
    api_key = api_key_of(record)
    if version is None:
        version = _max_version(cls)
    elif not _min_version(cls) <= version <= _max_version(cls):
        raise ProtocolError(f"{cls.__name__} has no version {version}")
    return (
        write_unsigned_varint(FRAME_VERSION)
        + write_unsigned_varint(api_key)
        + write_unsigned_varint(version)
        + record.encode(version)
    )


def decode_metadata_record_with_version(buf: bytes | bytearray | memoryview) -> tuple[Any, int]:
    """Decode one framed record; returns (record, record version)."""
    frame_version, pos = read_unsigned_varint(buf, 0)
    if frame_version != FRAME_VERSION:
        raise ProtocolError(
            f"Could not deserialize metadata record due to unknown frame version {frame_version}"
        )
    api_key, pos = read_unsigned_varint(buf, pos)
    version, pos = read_unsigned_varint(buf, pos)
    cls = metadata_record_types().get(api_key)
    if cls is None:
        raise ProtocolError(f"Could not deserialize metadata record: unknown record type {api_key}")
    if not _min_version(cls) <= version <= _max_version(cls):
        raise ProtocolError(f"Could not deserialize {cls.__name__}: unsupported version {version}")
    try:
        record, end = cls.decode_from(buf, pos, version)  # type: ignore[attr-defined]
    except ProtocolError:
        raise
    except (ValueError, IndexError, UnicodeDecodeError) as exc:
        raise ProtocolError(f"Could not deserialize {cls.__name__} v{version}: {exc}") from exc
    if end != len(buf):
        raise ProtocolError(
            f"Could not deserialize {cls.__name__} v{version}: {len(buf) - end} trailing byte(s)"
        )
    return record, version


def decode_metadata_record(buf: bytes | bytearray | memoryview) -> Any:
    """Decode one framed record (unknown type or bad frame -> ``ProtocolError``)."""
    return decode_metadata_record_with_version(buf)[0]
