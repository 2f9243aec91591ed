"""Our segment, index, time-index and snapshot files read back by Kafka's own DumpLogSegments."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from log.cleaner import clean
from log.config import LogConfig
from log.log import Log
from tests.unit.test_log_helpers import batch

REPO = Path(__file__).resolve().parents[2]


def _kafka_classpath() -> str | None:
    lib = Path(os.environ.get("KAFKA_LIB_DIR", REPO / ".kafka" / "lib"))
    if shutil.which("java") is None or not any(lib.glob("kafka-tools-*.jar")):
        return None
    return f"{lib}/*"


def _dump(classpath: str, files: list[Path], *extra: str) -> str:
    cmd = ["java", "-cp", classpath, "org.apache.kafka.tools.DumpLogSegments",
           "--files", ",".join(str(f) for f in files), *extra]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


@pytest.mark.kafka
def test_dump_log_segments_reads_our_files(tmp_path: Path) -> None:
    classpath = _kafka_classpath()
    if classpath is None:
        pytest.skip("java or the Kafka jars (.kafka/lib) are not available")
    cfg = LogConfig(segment_bytes=3000, index_interval_bytes=200, segment_index_bytes=4096,
                    cleanup_policy=("compact",))
    log = Log.open(tmp_path / "t-0", cfg, now_ms=0)
    for i in range(60):
        log.append(batch(3, keys=[b"k%d" % (i % 4), b"x", b"y"], values=[b"v", None, b"w"], ts=1000 + i,
                         compression=i % 3, producer_id=5, producer_epoch=0, base_sequence=i * 3),
                   leader_epoch=2, now_ms=0, log_append_time=(i == 59))
    log.high_watermark = log.log_end_offset
    assert clean(log, now_ms=5000, force=True).cleaned
    log.close()
    files = sorted(p for p in (tmp_path / "t-0").iterdir() if p.suffix in (".log", ".index", ".timeindex"))
    out = _dump(classpath, files, "--deep-iteration")
    batch_lines = [line for line in out.splitlines() if line.startswith("baseOffset:")]
    assert batch_lines and all("isvalid: true" in line for line in batch_lines)
    assert "deleteHorizonMs: OptionalLong[" in out  # tombstones stamped by the cleaner
    assert "LogAppendTime" in out
    assert "Exception" not in out and "Mismatches" not in out and "corrupt" not in out.lower()
    verify = _dump(classpath, [f for f in files if f.suffix != ".log"], "--verify-index-only")
    assert "Mismatches" not in verify and "Exception" not in verify
    snapshots = sorted((tmp_path / "t-0").glob("*.snapshot"))
    assert snapshots
    snap = _dump(classpath, snapshots[-1:])
    assert "producerId: 5 producerEpoch: 0" in snap and "lastSequence: 179" in snap
