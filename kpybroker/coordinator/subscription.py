"""Just enough of the embedded consumer protocol (ConsumerProtocolSubscription/Assignment)."""

from __future__ import annotations

import struct

from protocol import messages as m

_I16 = struct.Struct(">h")


def decode_subscription(metadata: bytes) -> object | None:
    """The ConsumerProtocolSubscription in a classic consumer's JoinGroup metadata, or None if unreadable."""
    if len(metadata) < 2:
        return None
    (version,) = _I16.unpack_from(metadata, 0)
    lo, hi = m.ConsumerProtocolSubscription.VALID_VERSIONS
    # Newer clients may write a higher version; Kafka reads it with the highest it knows.
    version = min(max(version, lo), hi)
    try:
        return m.ConsumerProtocolSubscription.decode(metadata[2:], version)
    except Exception:  # noqa: BLE001 - a client's opaque bytes must never break the coordinator
        return None


def subscribed_topics_of(metadata: bytes) -> set[str] | None:
    sub = decode_subscription(metadata)
    if sub is None:
        return None
    return set(sub.topics)  # type: ignore[attr-defined]


def encode_assignment(partitions: dict[str, list[int]], version: int = 0) -> bytes:
    """A ConsumerProtocolAssignment (used when a classic member joins a consumer group)."""
    topics = [
        m.ConsumerProtocolAssignment.TopicPartition(topic=topic, partitions=sorted(parts))
        for topic, parts in sorted(partitions.items())
    ]
    msg = m.ConsumerProtocolAssignment(assigned_partitions=topics)
    return _I16.pack(version) + msg.encode(version)
