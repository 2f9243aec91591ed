"""File naming and Kafka's small text/JSON files: checkpoints, partition.metadata, clean-shutdown."""

from __future__ import annotations

import base64
import json
import os
import uuid
from pathlib import Path

LOG_SUFFIX = ".log"
INDEX_SUFFIX = ".index"
TIME_INDEX_SUFFIX = ".timeindex"
TXN_INDEX_SUFFIX = ".txnindex"
SNAPSHOT_SUFFIX = ".snapshot"
CLEANED_SUFFIX = ".cleaned"
SWAP_SUFFIX = ".swap"
DELETED_SUFFIX = ".deleted"
DELETE_DIR_SUFFIX = "-delete"
LEADER_EPOCH_CHECKPOINT = "leader-epoch-checkpoint"
PARTITION_METADATA = "partition.metadata"
CLEAN_SHUTDOWN_FILE = ".kafka_cleanshutdown"
RECOVERY_POINT_CHECKPOINT = "recovery-point-offset-checkpoint"
LOG_START_OFFSET_CHECKPOINT = "log-start-offset-checkpoint"
CLEANER_OFFSET_CHECKPOINT = "cleaner-offset-checkpoint"


def filename_prefix(offset: int) -> str:
    return f"{offset:020d}"


def segment_path(directory: Path, base_offset: int, suffix: str) -> Path:
    return directory / (filename_prefix(base_offset) + suffix)


def offset_from_filename(name: str) -> int:
    return int(name.split(".", 1)[0])


def parse_partition_dir(name: str) -> tuple[str, int] | None:
    """`<topic>-<partition>` -> (topic, partition); topics may contain dots and dashes."""
    topic, sep, part = name.rpartition("-")
    if not sep or not topic or not part.isdigit():
        return None
    return topic, int(part)


def partition_dir_name(topic: str, partition: int) -> str:
    return f"{topic}-{partition}"


def write_atomically(path: Path, data: bytes, *, sync: bool = True) -> None:
    """Write via a temp file + rename so a crash leaves either the old or the new content."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        if sync:
            os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    if sync:
        fsync_dir(path.parent)


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _read_versioned_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    if len(lines) < 2 or lines[0].strip() != "0":
        raise ValueError(f"unsupported checkpoint {path}: bad version line")
    count = int(lines[1])
    entries = [line for line in lines[2:] if line.strip()]
    if len(entries) != count:
        raise ValueError(f"checkpoint {path}: expected {count} entries, found {len(entries)}")
    return entries


def write_offset_checkpoint(path: Path, offsets: dict[tuple[str, int], int]) -> None:
    """Kafka's OffsetCheckpointFile: version 0, count, then `topic partition offset` lines."""
    lines = ["0", str(len(offsets))]
    lines += [f"{t} {p} {o}" for (t, p), o in sorted(offsets.items())]
    write_atomically(path, ("\n".join(lines) + "\n").encode())


def read_offset_checkpoint(path: Path) -> dict[tuple[str, int], int]:
    if not path.exists():
        return {}
    out: dict[tuple[str, int], int] = {}
    for line in _read_versioned_lines(path):
        topic, partition, offset = line.split()
        out[(topic, int(partition))] = int(offset)
    return out


def write_leader_epoch_checkpoint(path: Path, entries: list[tuple[int, int]]) -> None:
    """Kafka's LeaderEpochCheckpointFile: version 0, count, then `epoch startOffset` lines."""
    lines = ["0", str(len(entries))] + [f"{e} {o}" for e, o in entries]
    write_atomically(path, ("\n".join(lines) + "\n").encode())


def read_leader_epoch_checkpoint(path: Path) -> list[tuple[int, int]]:
    if not path.exists():
        return []
    out = []
    for line in _read_versioned_lines(path):
        epoch, offset = line.split()
        out.append((int(epoch), int(offset)))
    return out


def uuid_to_kafka(topic_id: uuid.UUID) -> str:
    """Kafka's Uuid.toString: URL-safe base64 of the 16 bytes, no padding."""
    return base64.urlsafe_b64encode(topic_id.bytes).decode().rstrip("=")


def uuid_from_kafka(text: str) -> uuid.UUID:
    padded = text + "=" * (-len(text) % 4)
    return uuid.UUID(bytes=base64.urlsafe_b64decode(padded))


def write_partition_metadata(directory: Path, topic_id: uuid.UUID) -> None:
    data = f"version: 0\ntopic_id: {uuid_to_kafka(topic_id)}"
    write_atomically(directory / PARTITION_METADATA, data.encode())


def read_partition_metadata(directory: Path) -> uuid.UUID | None:
    path = directory / PARTITION_METADATA
    if not path.exists():
        return None
    fields: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    if fields.get("version") != "0" or "topic_id" not in fields:
        raise ValueError(f"malformed {path}")
    return uuid_from_kafka(fields["topic_id"])


def write_clean_shutdown(log_dir: Path, broker_epoch: int = -1) -> None:
    """Kafka 3.5+ CleanShutdownFileHandler: JSON {"version":0,"brokerEpoch":N}."""
    payload = json.dumps({"version": 0, "brokerEpoch": broker_epoch}, separators=(",", ":"))
    write_atomically(log_dir / CLEAN_SHUTDOWN_FILE, payload.encode())


def has_clean_shutdown(log_dir: Path) -> bool:
    return (log_dir / CLEAN_SHUTDOWN_FILE).exists()


def remove_clean_shutdown(log_dir: Path) -> None:
    (log_dir / CLEAN_SHUTDOWN_FILE).unlink(missing_ok=True)
