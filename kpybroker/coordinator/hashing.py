"""Which `__consumer_offsets` partition owns a group: Kafka's `Utils.abs(String.hashCode) % n`."""

from __future__ import annotations


def java_string_hash(text: str) -> int:
    """Java's `String.hashCode()`: 31-based over UTF-16 code units, as a signed 32-bit int."""
    data = text.encode("utf-16-be")
    h = 0
    for i in range(0, len(data), 2):
        h = (31 * h + ((data[i] << 8) | data[i + 1])) & 0xFFFFFFFF
    return h - (1 << 32) if h & 0x80000000 else h


def partition_for(key: str, num_partitions: int) -> int:
    # Kafka's Utils.abs masks the sign bit rather than negating, so MIN_VALUE maps to 0.
    return (java_string_hash(key) & 0x7FFFFFFF) % num_partitions
