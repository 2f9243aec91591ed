"""Record-batch compression codecs (attributes bits 0-2), all through cramjam.

Codec ids are Kafka's: 0 none, 1 gzip, 2 snappy, 3 lz4, 4 zstd.

Decompression is always bounded by ``max_size``: a batch of a few KB can expand to
gigabytes (zstd/gzip bombs), so output goes into a buffer that is never larger than
``max_size + 1`` bytes, and hitting that limit is reported as a corrupt batch.
"""

from __future__ import annotations

import struct
from typing import Final

import cramjam

from protocol.errors import CorruptRecordError, InvalidRecordError

NONE: Final = 0
GZIP: Final = 1
SNAPPY: Final = 2
LZ4: Final = 3
ZSTD: Final = 4

CODEC_NAMES: Final = ("none", "gzip", "snappy", "lz4", "zstd")

# Levels Kafka's producer uses by default (GzipCompression / Lz4Compression / ZstdCompression).
GZIP_LEVEL: Final = 6
LZ4_LEVEL: Final = 9
ZSTD_LEVEL: Final = 3

# xerial snappy-java stream framing, which the Java client writes (SnappyOutputStream).
XERIAL_MAGIC: Final = b"\x82SNAPPY\x00"
XERIAL_HEADER: Final = XERIAL_MAGIC + struct.pack(">ii", 1, 1)
XERIAL_BLOCK_SIZE: Final = 32 * 1024  # snappy-java's default block size
_INT32 = struct.Struct(">i")
_UINT32_LE = struct.Struct("<I")
_UINT64_LE = struct.Struct("<Q")

# First output buffer when the stream carries no size hint; grown by _GROWTH on overflow.
_MIN_GUESS: Final = 64 * 1024
_GROWTH: Final = 8
# How cramjam reports that decompress_into ran out of output space (as opposed to a
# corrupt stream, which fails at once); a test pins this so an upgrade cannot
# silently turn large batches into "corrupt" ones.
_BUFFER_FULL: Final = "failed to write whole buffer"

_ZSTD_MAGIC: Final = b"\x28\xb5\x2f\xfd"
_LZ4_MAGIC: Final = b"\x04\x22\x4d\x18"


def codec_name(codec: int) -> str:
    """Kafka's name for a codec id (``"unknown(7)"`` for ids it does not define)."""
    if 0 <= codec < len(CODEC_NAMES):
        return CODEC_NAMES[codec]
    return f"unknown({codec})"


def _unknown_codec(codec: int) -> InvalidRecordError:
    # Kafka's CompressionType.forId throws IllegalArgumentException for ids 5-7, which the
    # produce path turns into INVALID_RECORD (the batch cannot be read at all).
    return InvalidRecordError(f"Unknown compression type id: {codec}")


def compress(codec: int, data: bytes | bytearray | memoryview) -> bytes:
    """Compress ``data`` the way Kafka's Java producer does for ``codec``."""
    try:
        if codec == NONE:
            return bytes(data)
        if codec == GZIP:
            return bytes(cramjam.gzip.compress(data, level=GZIP_LEVEL))
        if codec == SNAPPY:
            return _xerial_compress(data)
        if codec == LZ4:
            return _lz4_frame_compress(data)
        if codec == ZSTD:
            return bytes(cramjam.zstd.compress(data, level=ZSTD_LEVEL))
    except (cramjam.CompressionError, ValueError, TypeError) as exc:
        raise CorruptRecordError(f"{codec_name(codec)} compression failed: {exc}") from exc
    raise _unknown_codec(codec)


def decompress(codec: int, data: bytes | bytearray | memoryview, *, max_size: int) -> bytes:
    """Decompress a batch's records section; raise CorruptRecordError if it is corrupt or
    would expand beyond ``max_size`` bytes, InvalidRecordError for an unknown codec."""
    if codec == NONE:
        if len(data) > max_size:
            raise _too_large(codec, max_size)
        return bytes(data)
    if codec == SNAPPY:
        return _snappy_decompress(data, max_size)
    if codec == GZIP:
        return _bounded(codec, cramjam.gzip.decompress_into, data, _gzip_hint(data), max_size)
    if codec == LZ4:
        return _bounded(codec, cramjam.lz4.decompress_into, data, _lz4_hint(data), max_size)
    if codec == ZSTD:
        return _bounded(codec, cramjam.zstd.decompress_into, data, _zstd_hint(data), max_size)
    raise _unknown_codec(codec)


def _too_large(codec: int, max_size: int) -> CorruptRecordError:
    return CorruptRecordError(f"{codec_name(codec)} data decompresses to more than {max_size} bytes")


def _corrupt(codec: int, exc: Exception) -> CorruptRecordError:
    return CorruptRecordError(f"Corrupt {codec_name(codec)} compressed data: {exc}")


def _bounded(
    codec: int,
    decompress_into: object,
    data: bytes | bytearray | memoryview,
    hint: int | None,
    max_size: int,
) -> bytes:
    """Decompress into a growing, capped buffer.

    The stream's own size hint (which may lie) picks the first capacity; cramjam refuses
    to write past the end of the buffer, so a bomb costs at most ``max_size + 1`` bytes.
    A corrupt stream fails on the first pass without growing the buffer.
    """
    limit = max_size + 1
    cap = min(limit, max(_MIN_GUESS, hint + 1 if hint is not None else 4 * len(data)))
    while True:
        out = bytearray(cap)
        try:
            n = decompress_into(data, out)  # type: ignore[operator]
        except (cramjam.DecompressionError, ValueError, TypeError, OSError) as exc:
            if _BUFFER_FULL not in str(exc):
                raise _corrupt(codec, exc) from exc
            if cap >= limit:
                raise _too_large(codec, max_size) from exc
            cap = min(limit, cap * _GROWTH)
            continue
        if n > max_size:
            raise _too_large(codec, max_size)
        if n == cap and cap < limit:
            # Exactly full: there may be more output than fitted.
            cap = min(limit, cap * _GROWTH)
            continue
        del out[n:]
        return bytes(out)


def _gzip_hint(data: bytes | bytearray | memoryview) -> int | None:
    # ISIZE, the last 4 bytes of a gzip member, is the uncompressed size mod 2**32.
    if len(data) < 18:
        return None
    return int(_UINT32_LE.unpack_from(data, len(data) - 4)[0])


def _lz4_hint(data: bytes | bytearray | memoryview) -> int | None:
    # Frame descriptor FLG bit 3 = content size present (8 bytes LE after FLG, BD).
    if len(data) < 15 or bytes(data[:4]) != _LZ4_MAGIC or not data[4] & 0x08:
        return None
    return int(_UINT64_LE.unpack_from(data, 6)[0])


def _zstd_hint(data: bytes | bytearray | memoryview) -> int | None:
    if len(data) < 6 or bytes(data[:4]) != _ZSTD_MAGIC:
        return None
    fhd = data[4]
    fcs_flag = fhd >> 6
    single_segment = (fhd >> 5) & 1
    dict_id_size = (0, 1, 2, 4)[fhd & 0x03]
    pos = 5 + (0 if single_segment else 1) + dict_id_size
    if fcs_flag == 0:
        if not single_segment:
            return None
        size = 1
    else:
        size = (1, 2, 4, 8)[fcs_flag]
    if len(data) < pos + size:
        return None
    value = int.from_bytes(bytes(data[pos : pos + size]), "little")
    return value + 256 if size == 2 else value


def _lz4_frame_compress(data: bytes | bytearray | memoryview) -> bytes:
    # Kafka's Lz4BlockInputStream rejects frames with linked blocks ("Dependent block
    # stream is unsupported"), which cramjam.lz4.compress writes; the streaming
    # compressor lets us ask for independent blocks.
    compressor = cramjam.lz4.Compressor(level=LZ4_LEVEL, content_checksum=False, block_linked=False)
    compressor.compress(data)
    return bytes(compressor.finish())


def _xerial_compress(data: bytes | bytearray | memoryview) -> bytes:
    view = memoryview(data).cast("B")
    parts = [XERIAL_HEADER]
    for start in range(0, len(view), XERIAL_BLOCK_SIZE):
        block = bytes(cramjam.snappy.compress_raw(view[start : start + XERIAL_BLOCK_SIZE]))
        parts.append(_INT32.pack(len(block)))
        parts.append(block)
    return b"".join(parts)


def _snappy_decompress(data: bytes | bytearray | memoryview, max_size: int) -> bytes:
    view = memoryview(data).cast("B")
    # Java producers send xerial-framed snappy; librdkafka sends a raw snappy block.
    # Like snappy-java's SnappyInputStream, fall back to raw when the magic is absent.
    if bytes(view[: len(XERIAL_MAGIC)]) != XERIAL_MAGIC:
        raw = _snappy_raw_block(view, max_size)
        if raw is None:
            raise _too_large(SNAPPY, max_size)
        return bytes(raw)
    if len(view) < len(XERIAL_HEADER):
        raise CorruptRecordError("Corrupt snappy compressed data: truncated xerial header")
    pos = len(XERIAL_HEADER)
    out = bytearray()
    while pos < len(view):
        if len(view) - pos < 4:
            raise CorruptRecordError("Corrupt snappy compressed data: truncated xerial block length")
        (block_len,) = _INT32.unpack_from(view, pos)
        pos += 4
        if block_len < 0 or block_len > len(view) - pos:
            raise CorruptRecordError(f"Corrupt snappy compressed data: xerial block length {block_len}")
        block = _snappy_raw_block(view[pos : pos + block_len], max_size - len(out))
        if block is None:
            raise _too_large(SNAPPY, max_size)
        out += block
        pos += block_len
    return bytes(out)


def _snappy_raw_block(block: memoryview, room: int) -> bytearray | None:
    """Decompress one raw snappy block, or None if it would exceed ``room`` bytes.

    A raw snappy block starts with its exact uncompressed length, so the cap is
    checked before anything is allocated."""
    try:
        size = cramjam.snappy.decompress_raw_len(block)
    except (cramjam.DecompressionError, ValueError, TypeError) as exc:
        raise _corrupt(SNAPPY, exc) from exc
    if size > room:
        return None
    out = bytearray(size)
    try:
        n = cramjam.snappy.decompress_raw_into(block, out)
    except (cramjam.DecompressionError, ValueError, TypeError) as exc:
        raise _corrupt(SNAPPY, exc) from exc
    if n != size:
        raise CorruptRecordError(f"Corrupt snappy compressed data: expected {size} bytes, got {n}")
    return out
