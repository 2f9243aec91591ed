"""The ``__cluster_metadata-0`` log for a quorum of one voter.

Each :meth:`MetadataLog.append` writes one record batch (key null, value = the framed
metadata record, see :mod:`controller.serde`) through the partition-log engine and
flushes it: with one voter, a record is committed once it is durable locally, so the
high watermark is the log end offset. The Raft core will replace the commit path (an
append becomes committed when a majority has it); the interface stays:

* ``append(records, now_ms) -> last_offset``
* ``read_committed(from_offset) -> Iterator[(offset, record)]``
* ``replay(image)`` (apply everything the image has not seen)

Control batches (LeaderChangeMessage, KRaftVersionRecord, VotersRecord written by Raft)
are skipped: they are not metadata.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import structlog

from controller.image import MetadataImage
from controller.serde import decode_metadata_record, encode_metadata_record
from log.config import LogConfig
from log.log import Log
from protocol import records as rec

_log = structlog.get_logger(__name__)

METADATA_TOPIC = "__cluster_metadata"
METADATA_PARTITION_DIR = f"{METADATA_TOPIC}-0"
# KafkaRaftClient's MAX_BATCH_SIZE_BYTES: a single controller batch may be this large.
MAX_BATCH_BYTES = 8 * 1024 * 1024
_READ_CHUNK = 1024 * 1024


def metadata_log_config() -> LogConfig:
    # The metadata log is never trimmed by retention here: without snapshots it is the only
    # copy of cluster state.
    return LogConfig(max_message_bytes=MAX_BATCH_BYTES, cleanup_policy=("delete",), retention_ms=-1)


class MetadataLog:
    def __init__(self, log: Log, *, leader_epoch: int = 1) -> None:
        self._log = log
        self.leader_epoch = leader_epoch

    @classmethod
    def open(cls, log_dir: Path, *, now_ms: int, leader_epoch: int = 1) -> MetadataLog:
        """Open (or create) ``<log_dir>/__cluster_metadata-0``.

        ``log_dir`` may also be the partition directory itself (its name ends the path).
        """
        path = Path(log_dir)
        if path.name != METADATA_PARTITION_DIR:
            path = path / METADATA_PARTITION_DIR
        log = Log.open(path, metadata_log_config(), now_ms=now_ms)
        return cls(log, leader_epoch=leader_epoch)

    @property
    def end_offset(self) -> int:
        """The offset the next appended record will get."""
        return self._log.log_end_offset

    @property
    def high_watermark(self) -> int:
        # One voter: everything flushed is committed.
        return self._log.log_end_offset

    @property
    def directory(self) -> Path:
        return self._log.dir

    def append(self, records: Sequence[Any], now_ms: int = 0) -> int:
        """Append ``records`` as one batch, flush, and return the last offset (-1 if none ever)."""
        if not records:
            return self._log.log_end_offset - 1
        values = [(None, encode_metadata_record(r)) for r in records]
        batch = rec.build_batch(
            values,
            base_offset=self._log.log_end_offset,
            base_timestamp=now_ms,
            partition_leader_epoch=self.leader_epoch,
        )
        result = self._log.append(batch, leader_epoch=self.leader_epoch, now_ms=now_ms)
        self._log.flush()
        self._log.high_watermark = self._log.log_end_offset
        return result.last_offset

    def read_committed(self, from_offset: int = 0) -> Iterator[tuple[int, Any]]:
        """Every committed metadata record at or after ``from_offset``, in order."""
        offset = max(from_offset, self._log.log_start_offset)
        end = self.high_watermark
        while offset < end:
            result = self._log.read(offset, _READ_CHUNK, max_offset=end)
            if not result.records:
                break
            next_offset = offset
            for chunk in result.records:
                for pos, header in rec.iter_batches(chunk):
                    next_offset = max(next_offset, header.last_offset + 1)
                    if header.is_control:
                        continue
                    for record in rec.iter_records(chunk, pos, header):
                        if record.offset < from_offset or record.value is None:
                            continue
                        yield record.offset, decode_metadata_record(record.value)
            if next_offset <= offset:
                break
            offset = next_offset

    def replay(self, image: MetadataImage) -> int:
        """Apply every committed record after ``image.last_offset``; returns how many."""
        count = 0
        for offset, record in self.read_committed(image.last_offset + 1):
            image.apply(record, offset)
            count += 1
        if count:
            _log.info("metadata_replayed", records=count, last_offset=image.last_offset)
        return count

    def close(self) -> None:
        self._log.close()
