"""The `quorum-state` file next to the metadata log, written atomically.

A vote must survive a crash before it is sent, so the file is written to a temporary name,
fsynced, renamed over the old one, and the directory fsynced (Kafka's FileQuorumStateStore
does the same with `quorum-state.tmp`).
"""

from __future__ import annotations

import os
from pathlib import Path

import structlog

from controller.raft.quorum_state import (
    PersistedState,
    QuorumStateRecord,
    decode_quorum_state,
    encode_quorum_state,
)

_log = structlog.get_logger(__name__)

QUORUM_STATE_FILE = "quorum-state"


def write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_quorum_state(directory: Path) -> PersistedState:
    """The persisted election state; an absent or unreadable file means a fresh replica."""
    path = directory / QUORUM_STATE_FILE
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return PersistedState()
    try:
        return PersistedState(decode_quorum_state(data))
    except (ValueError, KeyError, IndexError) as exc:
        # Kafka refuses to start on a corrupt file; we do too rather than vote twice.
        raise ValueError(f"cannot parse {path}: {exc}") from exc


def write_quorum_state(directory: Path, record: QuorumStateRecord, voters: frozenset[int]) -> None:
    write_atomically(directory / QUORUM_STATE_FILE, encode_quorum_state(record, voters) + b"\n")
    _log.debug("quorum_state_written", epoch=record.leader_epoch, leader=record.leader_id, voted=record.voted_id)
