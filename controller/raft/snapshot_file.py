"""Metadata snapshots as Kafka stores them: `<endOffset:020d>-<epoch:010d>.checkpoint`.

A snapshot file is a sequence of record batches: a control batch holding a
`SnapshotHeaderRecord`, data batches whose values are framed metadata records, and a control
batch holding a `SnapshotFooterRecord`. Offsets inside the file start at 0 and every batch
carries the snapshot's epoch as its partition leader epoch (Kafka's RecordsSnapshotWriter).
The bytes of the file are also what FetchSnapshot ships, unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from controller.raft.quorum_state_file import write_atomically
from controller.raft.raft_log import Snapshot, SnapshotId
from controller.raft.voter_set import VoterSet
from controller.raft.wire import (
    CONTROL_KRAFT_VERSION,
    CONTROL_KRAFT_VOTERS,
    CONTROL_SNAPSHOT_FOOTER,
    CONTROL_SNAPSHOT_HEADER,
    control_key,
    decode_voters,
    kraft_version_value,
    voters_value,
)
from protocol import messages as wm
from protocol import records as rec

SUFFIX = ".checkpoint"
_NAME = re.compile(r"^(\d{20})-(\d{10})\.checkpoint$")
# Records per data batch (Kafka bounds batches by bytes; this keeps them well under 1 MiB).
_RECORDS_PER_BATCH = 1000


def snapshot_file_name(sid: SnapshotId) -> str:
    return f"{sid.end_offset:020d}-{sid.epoch:010d}{SUFFIX}"


def parse_snapshot_file_name(name: str) -> SnapshotId | None:
    m = _NAME.match(name)
    return SnapshotId(int(m.group(1)), int(m.group(2))) if m else None


def list_snapshots(directory: Path) -> list[SnapshotId]:
    """Complete snapshot files in `directory`, oldest first."""
    found = [parse_snapshot_file_name(p.name) for p in directory.glob(f"*{SUFFIX}")]
    return sorted((s for s in found if s is not None), key=lambda s: (s.end_offset, s.epoch))


def encode_snapshot(
    payloads: Sequence[bytes], sid: SnapshotId, last_timestamp_ms: int, voters: VoterSet | None = None
) -> bytes:
    """Snapshot file bytes for framed metadata records `payloads`.

    With kraft.version 1 the header batch also holds a `KRaftVersionRecord` and the
    `VotersRecord` in force, as Kafka's RecordsSnapshotWriter writes them.
    """
    epoch = sid.epoch
    header = wm.SnapshotHeaderRecord(version=0, last_contained_log_timestamp=last_timestamp_ms).encode(0)
    control = [
        rec.Record(offset=0, timestamp=last_timestamp_ms, key=control_key(CONTROL_SNAPSHOT_HEADER), value=bytes(header))
    ]
    if voters is not None:
        control.append(rec.Record(offset=1, timestamp=last_timestamp_ms, key=control_key(CONTROL_KRAFT_VERSION),
                                  value=kraft_version_value(1)))
        control.append(rec.Record(offset=2, timestamp=last_timestamp_ms, key=control_key(CONTROL_KRAFT_VOTERS),
                                  value=voters_value(voters)))
    parts = [rec.build_batch(control, base_offset=0, partition_leader_epoch=epoch, is_control=True)]
    offset = len(control)
    for i in range(0, len(payloads), _RECORDS_PER_BATCH):
        chunk = payloads[i : i + _RECORDS_PER_BATCH]
        parts.append(
            rec.build_batch(
                [(None, p) for p in chunk], base_offset=offset, base_timestamp=last_timestamp_ms,
                partition_leader_epoch=epoch,
            )
        )
        offset += len(chunk)
    footer = wm.SnapshotFooterRecord(version=0).encode(0)
    parts.append(
        rec.build_batch(
            [rec.Record(offset=offset, timestamp=last_timestamp_ms, key=control_key(CONTROL_SNAPSHOT_FOOTER),
                        value=bytes(footer))],
            base_offset=offset, partition_leader_epoch=epoch, is_control=True,
        )
    )
    return b"".join(parts)


def decode_snapshot(data: bytes) -> list[bytes]:
    """The framed metadata records of a snapshot, in order; raises if the footer is missing."""
    payloads: list[bytes] = []
    footer = False
    for pos, header in rec.iter_batches(data):
        rec.validate_batch(data, pos, header)
        for record in rec.iter_records(data, pos, header):
            if header.is_control:
                if rec.read_control_type(record) == CONTROL_SNAPSHOT_FOOTER:
                    footer = True
            elif record.value is not None:
                payloads.append(bytes(record.value))
    if not footer:
        raise ValueError("snapshot has no footer: it is incomplete")
    return payloads


def decode_snapshot_voters(data: bytes) -> VoterSet | None:
    """The `VotersRecord` in a snapshot's leading control batch; None under static voters."""
    for pos, header in rec.iter_batches(data):
        if not header.is_control:
            return None
        for record in rec.iter_records(data, pos, header):
            if rec.read_control_type(record) == CONTROL_KRAFT_VOTERS:
                return decode_voters(record.value)
    return None


def write_snapshot(directory: Path, snapshot: Snapshot) -> Path:
    # Kafka writes `<name>.checkpoint.part` then renames; a crash leaves no half snapshot.
    path = directory / snapshot_file_name(snapshot.snapshot_id)
    write_atomically(path, snapshot.data)
    return path


def read_snapshot(directory: Path, sid: SnapshotId) -> Snapshot:
    data = (directory / snapshot_file_name(sid)).read_bytes()
    return Snapshot(sid, data, decode_snapshot_voters(data))


def delete_snapshots_before(directory: Path, sid: SnapshotId) -> None:
    for old in list_snapshots(directory):
        if old.end_offset < sid.end_offset:
            (directory / snapshot_file_name(old)).unlink(missing_ok=True)
