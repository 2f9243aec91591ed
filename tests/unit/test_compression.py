"""Compression codecs: round trips, Kafka-compatible framings, bounded output."""

from __future__ import annotations

import gzip
import os
import struct

import cramjam
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from protocol import compression as c
from protocol.errors import CorruptRecordError, InvalidRecordError

CODECS = [c.NONE, c.GZIP, c.SNAPPY, c.LZ4, c.ZSTD]
SAMPLES = [b"", b"x", os.urandom(100_000), b"abc" * 100_000, os.urandom(1000) * 300]


@pytest.mark.parametrize("codec", CODECS)
@pytest.mark.parametrize("size_index", range(len(SAMPLES)))
def test_round_trip(codec: int, size_index: int) -> None:
    data = SAMPLES[size_index]
    packed = c.compress(codec, data)
    assert c.decompress(codec, packed, max_size=len(data)) == data
    assert c.decompress(codec, memoryview(packed), max_size=len(data) + 10) == data
    assert c.decompress(codec, bytearray(packed), max_size=len(data)) == data


@settings(max_examples=50, deadline=None)
@given(st.sampled_from(CODECS), st.binary(max_size=5000))
def test_round_trip_property(codec: int, data: bytes) -> None:
    assert c.decompress(codec, c.compress(codec, data), max_size=len(data)) == data


@pytest.mark.parametrize("codec", CODECS)
def test_over_max_size_is_corrupt(codec: int) -> None:
    data = b"\x00" * 300_000
    packed = c.compress(codec, data)
    with pytest.raises(CorruptRecordError, match="more than 299999"):
        c.decompress(codec, packed, max_size=len(data) - 1)


@pytest.mark.parametrize("codec", [c.GZIP, c.SNAPPY, c.LZ4, c.ZSTD])
def test_bomb_is_stopped_at_the_cap(codec: int) -> None:
    packed = c.compress(codec, bytes(32 * 1024 * 1024))
    assert len(packed) < 2 * 1024 * 1024
    with pytest.raises(CorruptRecordError):
        c.decompress(codec, packed, max_size=100_000)


def test_misleading_gzip_size_hint_still_decompresses() -> None:
    # Two gzip members: the trailing ISIZE (the hint) says 1 byte, the output is 5 MB,
    # so the buffer must grow well past the hint.
    data = bytes(5 * 1024 * 1024)
    packed = gzip.compress(data) + gzip.compress(b"x")
    assert c._gzip_hint(packed) == 1
    assert c.decompress(c.GZIP, packed, max_size=len(data) + 1) == data + b"x"
    with pytest.raises(CorruptRecordError):
        c.decompress(c.GZIP, packed, max_size=len(data))


def test_no_hint_growth_path_and_buffer_full_message() -> None:
    # lz4 frames without a content size give no hint: the buffer grows from a guess.
    data = bytes(3 * 1024 * 1024)
    packed = c.compress(c.LZ4, data)
    assert c._lz4_hint(packed) is None
    assert c.decompress(c.LZ4, packed, max_size=len(data)) == data
    # Pin cramjam's "output buffer full" wording that the growth loop relies on.
    with pytest.raises(cramjam.DecompressionError, match=c._BUFFER_FULL):
        cramjam.lz4.decompress_into(packed, bytearray(10))


@pytest.mark.parametrize("codec", [c.GZIP, c.SNAPPY, c.LZ4, c.ZSTD])
@pytest.mark.parametrize("garbage", [b"", b"\x00", b"not compressed at all" * 10, b"\xff" * 64])
def test_garbage_is_corrupt_naming_the_codec(codec: int, garbage: bytes) -> None:
    if codec == c.SNAPPY and garbage == b"":
        with pytest.raises(CorruptRecordError):
            c.decompress(codec, garbage, max_size=100)
        return
    try:
        out = c.decompress(codec, garbage, max_size=1_000_000)
    except CorruptRecordError as exc:
        assert c.codec_name(codec) in exc.message
    else:
        assert out == b""  # an empty stream may legitimately decode to nothing


@pytest.mark.parametrize("codec", [c.GZIP, c.SNAPPY, c.LZ4, c.ZSTD])
def test_truncated_streams_are_corrupt(codec: int) -> None:
    packed = c.compress(codec, os.urandom(50_000))
    for cut in (1, 5, len(packed) // 2, len(packed) - 1):
        with pytest.raises(CorruptRecordError):
            c.decompress(codec, packed[:cut], max_size=100_000)


@pytest.mark.parametrize("codec", [5, 6, 7, -1])
def test_unknown_codec_is_invalid_record(codec: int) -> None:
    with pytest.raises(InvalidRecordError):
        c.compress(codec, b"x")
    with pytest.raises(InvalidRecordError):
        c.decompress(codec, b"x", max_size=10)


def test_snappy_writes_xerial_framing_in_32k_blocks() -> None:
    data = os.urandom(70_000)
    packed = c.compress(c.SNAPPY, data)
    assert packed[:16] == b"\x82SNAPPY\x00" + struct.pack(">ii", 1, 1)
    pos, sizes = 16, []
    while pos < len(packed):
        (n,) = struct.unpack_from(">i", packed, pos)
        block = packed[pos + 4 : pos + 4 + n]
        sizes.append(len(bytes(cramjam.snappy.decompress_raw(block))))
        pos += 4 + n
    assert sizes == [32768, 32768, 70_000 - 65536]


def test_snappy_reads_raw_blocks_and_xerial_from_aiokafka() -> None:
    data = b"hello snappy " * 5000
    assert c.decompress(c.SNAPPY, bytes(cramjam.snappy.compress_raw(data)), max_size=len(data)) == data
    aio_codec = pytest.importorskip("aiokafka.codec")
    framed = aio_codec.snappy_encode(data, xerial_compatible=True)
    assert framed[:8] == c.XERIAL_MAGIC
    assert c.decompress(c.SNAPPY, framed, max_size=len(data)) == data
    assert aio_codec.snappy_decode(c.compress(c.SNAPPY, data)) == data


def test_snappy_xerial_bad_block_lengths_are_corrupt() -> None:
    packed = bytearray(c.compress(c.SNAPPY, b"y" * 1000))
    struct.pack_into(">i", packed, 16, -5)
    with pytest.raises(CorruptRecordError):
        c.decompress(c.SNAPPY, packed, max_size=10_000)
    struct.pack_into(">i", packed, 16, 10**6)
    with pytest.raises(CorruptRecordError):
        c.decompress(c.SNAPPY, packed, max_size=10_000)


def test_lz4_frames_have_independent_blocks_as_kafka_requires() -> None:
    packed = c.compress(c.LZ4, os.urandom(200_000))
    assert packed[:4] == b"\x04\x22\x4d\x18"
    flg = packed[4]
    assert flg >> 6 == 1  # frame format version 01
    assert flg & 0x20  # block independence: Kafka's Lz4BlockInputStream rejects linked blocks


@pytest.mark.parametrize("codec", [c.GZIP, c.LZ4, c.ZSTD])
def test_other_clients_can_read_ours(codec: int) -> None:
    aio_codec = pytest.importorskip("aiokafka.codec")
    data = b"interop " * 10_000
    decode = {c.GZIP: aio_codec.gzip_decode, c.LZ4: aio_codec.lz4_decode, c.ZSTD: aio_codec.zstd_decode}[
        codec
    ]
    assert decode(c.compress(codec, data)) == data
    if codec == c.GZIP:
        assert gzip.decompress(c.compress(codec, data)) == data


def _xxh32(data: bytes, seed: int = 0) -> int:
    """Reference XXH32, only to write the LZ4 frame descriptor checksum in a test."""
    p1, p2, p3, p4, p5 = 2654435761, 2246822519, 3266489917, 668265263, 374761393
    mask = 0xFFFFFFFF

    def rotl(x: int, r: int) -> int:
        return ((x << r) | (x >> (32 - r))) & mask

    n, i = len(data), 0
    if n >= 16:
        v = [(seed + p1 + p2) & mask, (seed + p2) & mask, seed & mask, (seed - p1) & mask]
        while i <= n - 16:
            for j in range(4):
                (lane,) = struct.unpack_from("<I", data, i + 4 * j)
                v[j] = (rotl((v[j] + lane * p2) & mask, 13) * p1) & mask
            i += 16
        h = (rotl(v[0], 1) + rotl(v[1], 7) + rotl(v[2], 12) + rotl(v[3], 18)) & mask
    else:
        h = (seed + p5) & mask
    h = (h + n) & mask
    while i <= n - 4:
        (lane,) = struct.unpack_from("<I", data, i)
        h = (rotl((h + lane * p3) & mask, 17) * p4) & mask
        i += 4
    while i < n:
        h = (rotl((h + data[i] * p5) & mask, 11) * p1) & mask
        i += 1
    h ^= h >> 15
    h = (h * p2) & mask
    h ^= h >> 13
    h = (h * p3) & mask
    return h ^ (h >> 16)


def _java_style_lz4_frame(data: bytes) -> bytes:
    """An LZ4 frame laid out as Kafka's Lz4BlockOutputStream writes it: FLG 0x60
    (version 1, independent blocks, no checksums), BD 64 KB, then 64 KB blocks, a
    stored (incompressible-flag) block where compression does not help, and an end mark."""
    descriptor = bytes((0x60, 0x40))
    out = bytearray(b"\x04\x22\x4d\x18" + descriptor + bytes(((_xxh32(descriptor) >> 8) & 0xFF,)))
    for start in range(0, len(data), 65536):
        chunk = data[start : start + 65536]
        block = bytes(cramjam.lz4.compress_block(chunk, store_size=False))
        if len(block) >= len(chunk):
            out += struct.pack("<I", len(chunk) | 0x80000000) + chunk
        else:
            out += struct.pack("<I", len(block)) + block
    return bytes(out + b"\x00\x00\x00\x00")


def test_reads_lz4_frames_laid_out_like_kafkas_java_writer() -> None:
    assert _xxh32(b"") == 0x02CC5D05 and _xxh32(b"abc") == 0x32D153FF
    data = b"kafka lz4 " * 20_000 + os.urandom(70_000)
    frame = _java_style_lz4_frame(data)
    assert c.decompress(c.LZ4, frame, max_size=len(data)) == data
    with pytest.raises(CorruptRecordError):
        c.decompress(c.LZ4, frame, max_size=len(data) - 1)
