"""Golden interop with Apache Kafka 4.3.1's own record code (kafka-clients jar, run
with Java's single-file source launcher): batches built by Kafka's MemoryRecordsBuilder
for every codec parse with ours, and Kafka's DefaultRecordBatch reads ours."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from protocol import records as r
from protocol.records import Header, Record

pytestmark = pytest.mark.kafka

CODEC_NAMES = ["none", "gzip", "snappy", "lz4", "zstd"]
TS = 1_700_000_000_123
N = 150

_JAVA = r"""
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.*;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.record.internal.*;

public class RecordsGolden {
  static final long TS = %(ts)dL;
  static String hex(byte[] b) { StringBuilder s = new StringBuilder(); for (byte x : b) s.append(String.format("%%02x", x)); return s.toString(); }
  static String hex(ByteBuffer b) { if (b == null) return "null"; byte[] a = new byte[b.remaining()]; b.duplicate().get(a); return hex(a); }
  static byte[] unhex(String s) { byte[] b = new byte[s.length() / 2]; for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16); return b; }

  public static void main(String[] args) throws Exception {
    if (args[0].equals("write")) {
      for (String codec : new String[] {"none", "gzip", "snappy", "lz4", "zstd"}) {
        ByteBuffer buf = ByteBuffer.allocate(1 << 20);
        MemoryRecordsBuilder b = MemoryRecords.builder(buf, RecordBatch.MAGIC_VALUE_V2,
            Compression.of(codec).build(), TimestampType.CREATE_TIME, 0L, -1L, 77L, (short) 2, 10, true, 5);
        for (int i = 0; i < %(n)d; i++) {
          byte[] key = i %% 4 == 0 ? null : ("key" + i).getBytes(StandardCharsets.UTF_8);
          byte[] value = i %% 7 == 6 ? null : ("value-" + i + "-").repeat(i %% 9).getBytes(StandardCharsets.UTF_8);
          Header[] headers = i %% 3 == 1
              ? new Header[] {new RecordHeader("trace", "abc".getBytes(StandardCharsets.UTF_8)), new RecordHeader("empty", (byte[]) null)}
              : new Header[0];
          b.append(TS + i, key, value, headers);
        }
        System.out.println(codec + " " + hex(b.build().buffer()));
      }
      MemoryRecords marker = MemoryRecords.withEndTransactionMarker(42L, TS, 3, 4000L, (short) 7,
          new EndTransactionMarker(ControlRecordType.COMMIT, 12));
      System.out.println("marker " + hex(marker.buffer()));
    } else {
      Scanner in = new Scanner(System.in);
      while (in.hasNextLine()) {
        String line = in.nextLine().trim();
        if (line.isEmpty()) continue;
        MemoryRecords records = MemoryRecords.readableRecords(ByteBuffer.wrap(unhex(line)));
        for (MutableRecordBatch batch : records.batches()) {
          batch.ensureValid();
          StringBuilder out = new StringBuilder("batch " + batch.baseOffset() + " " + batch.lastOffset() + " "
              + batch.compressionType().name + " " + batch.producerId() + " " + batch.isControlBatch());
          System.out.println(out);
          for (org.apache.kafka.common.record.internal.Record rec : batch) {
            rec.ensureValid();
            StringBuilder s = new StringBuilder("rec " + rec.offset() + " " + rec.timestamp() + " "
                + (rec.hasKey() ? hex(rec.key()) : "null") + " " + (rec.hasValue() ? hex(rec.value()) : "null"));
            for (Header h : rec.headers()) s.append(" ").append(h.key()).append("=").append(h.value() == null ? "null" : hex(h.value()));
            System.out.println(s);
          }
        }
      }
    }
  }
}
"""


def _kafka_lib() -> Path:
    override = os.environ.get("KAFKA_LIB_DIR")
    return Path(override) if override else Path(__file__).resolve().parents[2] / ".kafka" / "lib"


def _run_java(tmp_path: Path, mode: str, stdin: str = "") -> list[str]:
    java = shutil.which("java")
    lib = _kafka_lib()
    if java is None or not any(lib.glob("kafka-clients-*.jar")):
        pytest.skip("needs Java and the Kafka jars in .kafka/lib (tools/kafka_jars.sh)")
    src = tmp_path / "RecordsGolden.java"
    src.write_text(_JAVA % {"ts": TS, "n": N})
    classpath = os.pathsep.join(str(p) for p in sorted(lib.glob("*.jar")))
    proc = subprocess.run(
        [java, "-cp", classpath, str(src), mode], input=stdin, capture_output=True, text=True, timeout=180
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout.splitlines()


def _expected(base: int = 0) -> list[Record]:
    out = []
    for i in range(N):
        key = None if i % 4 == 0 else f"key{i}".encode()
        value = None if i % 7 == 6 else (f"value-{i}-" * (i % 9)).encode()
        headers = [Header("trace", b"abc"), Header("empty", None)] if i % 3 == 1 else []
        out.append(Record(base + i, TS + i, key, value, headers))
    return out


@pytest.fixture(scope="module")
def kafka_written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    lines = _run_java(tmp_path_factory.mktemp("golden"), "write")
    return {name: bytes.fromhex(data) for name, data in (line.split(" ", 1) for line in lines)}


@pytest.mark.parametrize("codec", range(5))
def test_parse_batches_built_by_kafka(kafka_written: dict[str, bytes], codec: int) -> None:
    batch = kafka_written[CODEC_NAMES[codec]]
    pos, h = r.validate_produce_records(memoryview(batch), 11)
    r.validate_client_batch(h)
    assert h.compression == codec
    assert (h.producer_id, h.producer_epoch, h.base_sequence, h.partition_leader_epoch) == (77, 2, 10, 5)
    assert h.is_transactional and h.record_count == N
    assert list(r.iter_records(batch, pos, h)) == _expected()


def test_parse_kafka_transaction_marker(kafka_written: dict[str, bytes]) -> None:
    batch = kafka_written["marker"]
    ((pos, h),) = r.validate_batches(batch)
    assert h.is_control and h.is_transactional and h.base_offset == 42 and h.partition_leader_epoch == 3
    (rec,) = r.iter_records(batch, pos, h)
    assert r.read_control_record(rec) == (True, 12)
    ours = r.build_control_batch(
        committed=True,
        producer_id=4000,
        producer_epoch=7,
        coordinator_epoch=12,
        base_offset=42,
        timestamp=TS,
        partition_leader_epoch=3,
    )
    assert ours == batch


def test_kafka_reads_our_batches(tmp_path: Path) -> None:
    batches = [
        r.build_batch(
            _expected(500),
            base_offset=500,
            compression=codec,
            producer_id=9,
            producer_epoch=1,
            base_sequence=3,
        )
        for codec in range(5)
    ]
    marker = r.build_control_batch(
        committed=False, producer_id=9, producer_epoch=1, coordinator_epoch=4, base_offset=650, timestamp=TS
    )
    lines = _run_java(tmp_path, "read", "\n".join(b.hex() for b in [*batches, marker]) + "\n")
    want_records = []
    for rec in _expected(500):
        line = f"rec {rec.offset} {rec.timestamp} {rec.key.hex() if rec.key is not None else 'null'} "
        line += rec.value.hex() if rec.value is not None else "null"
        for h in rec.headers:
            line += f" {h.key}={h.value.hex() if h.value is not None else 'null'}"
        want_records.append(line)
    expected: list[str] = []
    for name in CODEC_NAMES:
        expected.append(f"batch 500 649 {name} 9 false")
        expected.extend(want_records)
    expected.append("batch 650 650 none 9 true")
    assert lines[:-1] == expected
    assert lines[-1].startswith(f"rec 650 {TS} ")
