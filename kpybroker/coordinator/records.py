"""`__consumer_offsets` record (de)serialisation, byte-compatible with Kafka's coordinator serde.

A record key is the record type (the key schema's `apiKey`) as int16 followed by the key
encoded at version 0; a value is its schema version as int16 followed by the encoded value;
a tombstone has a null value. Versions written are the ones Kafka 4.x writes.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Any

from protocol import messages as m

OFFSET_COMMIT_VALUE_VERSION = 3
GROUP_METADATA_VALUE_VERSION = 3
CONSUMER_GROUP_VALUE_VERSION = 0

# record type -> (key class name, value class name)
RECORD_TYPES: dict[int, tuple[str, str]] = {
    0: ("LegacyOffsetCommitKey", "OffsetCommitValue"),
    1: ("OffsetCommitKey", "OffsetCommitValue"),
    2: ("GroupMetadataKey", "GroupMetadataValue"),
    3: ("ConsumerGroupMetadataKey", "ConsumerGroupMetadataValue"),
    4: ("ConsumerGroupPartitionMetadataKey", "ConsumerGroupPartitionMetadataValue"),
    5: ("ConsumerGroupMemberMetadataKey", "ConsumerGroupMemberMetadataValue"),
    6: ("ConsumerGroupTargetAssignmentMetadataKey", "ConsumerGroupTargetAssignmentMetadataValue"),
    7: ("ConsumerGroupTargetAssignmentMemberKey", "ConsumerGroupTargetAssignmentMemberValue"),
    8: ("ConsumerGroupCurrentMemberAssignmentKey", "ConsumerGroupCurrentMemberAssignmentValue"),
    16: ("ConsumerGroupRegularExpressionKey", "ConsumerGroupRegularExpressionValue"),
}
KEY_TYPE_OF = {key_cls: rtype for rtype, (key_cls, _) in RECORD_TYPES.items() if rtype != 0}

_I16 = struct.Struct(">h")


@dataclass(frozen=True, slots=True)
class CoordinatorRecord:
    """One record for `__consumer_offsets`: the partition it belongs to and its raw key/value."""

    partition: int
    key: bytes
    value: bytes | None


@dataclass(frozen=True, slots=True)
class DecodedRecord:
    record_type: int
    key: Any
    value: Any | None
    value_version: int


def encode_key(key: Any) -> bytes:
    rtype = KEY_TYPE_OF[type(key).__name__]
    return _I16.pack(rtype) + key.encode(0)


def encode_value(value: Any, version: int) -> bytes:
    return _I16.pack(version) + value.encode(version)


def make_record(partition: int, key: Any, value: Any | None, value_version: int = 0) -> CoordinatorRecord:
    return CoordinatorRecord(
        partition, encode_key(key), None if value is None else encode_value(value, value_version)
    )


class UnknownRecordType(ValueError):
    """A record type this coordinator does not understand (share/streams groups): skipped on load."""


def decode_record(key: bytes | memoryview, value: bytes | memoryview | None) -> DecodedRecord:
    kbuf = bytes(key)
    (rtype,) = _I16.unpack_from(kbuf, 0)
    names = RECORD_TYPES.get(rtype)
    if names is None:
        raise UnknownRecordType(f"unknown coordinator record type {rtype}")
    key_cls = getattr(m, names[0])
    # Legacy offset keys (type 0) carry the same fields as version-0 OffsetCommitKey.
    key_msg = key_cls.decode(kbuf[2:], 0)
    if value is None:
        return DecodedRecord(rtype, key_msg, None, -1)
    vbuf = bytes(value)
    (vversion,) = _I16.unpack_from(vbuf, 0)
    value_msg = getattr(m, names[1]).decode(vbuf[2:], vversion)
    return DecodedRecord(rtype, key_msg, value_msg, vversion)


# -- builders -----------------------------------------------------------------------------------------
def offset_commit_record(
    partition: int,
    group_id: str,
    topic: str,
    topic_partition: int,
    *,
    offset: int,
    leader_epoch: int,
    metadata: str,
    commit_timestamp_ms: int,
    expire_timestamp_ms: int | None,
) -> CoordinatorRecord:
    key = m.OffsetCommitKey(group=group_id, topic=topic, partition=topic_partition)
    value = m.OffsetCommitValue(
        offset=offset,
        leader_epoch=leader_epoch,
        metadata=metadata,
        commit_timestamp=commit_timestamp_ms,
    )
    version = OFFSET_COMMIT_VALUE_VERSION
    if expire_timestamp_ms is not None:
        # Only version 1 can carry an explicit expiry (old clients' retention time).
        value.expire_timestamp = expire_timestamp_ms
        version = 1
    return make_record(partition, key, value, version)


def offset_tombstone(partition: int, group_id: str, topic: str, topic_partition: int) -> CoordinatorRecord:
    return make_record(partition, m.OffsetCommitKey(group=group_id, topic=topic, partition=topic_partition), None)


def group_metadata_record(partition: int, group_id: str, value: Any) -> CoordinatorRecord:
    return make_record(partition, m.GroupMetadataKey(group=group_id), value, GROUP_METADATA_VALUE_VERSION)


def group_tombstone(partition: int, group_id: str) -> CoordinatorRecord:
    return make_record(partition, m.GroupMetadataKey(group=group_id), None)
