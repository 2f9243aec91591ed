"""The error table equals the one in the kafka-clients 4.3.1 jar (codes, names,
default messages, retriability), read with Java's single-file source launcher."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from protocol.errors import ERRORS

pytestmark = pytest.mark.kafka

_JAVA = """
import org.apache.kafka.common.protocol.Errors;
import org.apache.kafka.common.errors.RetriableException;

public class DumpErrors {
  public static void main(String[] args) {
    for (Errors e : Errors.values()) {
      boolean retriable = e.exception() instanceof RetriableException;
      String m = e == Errors.NONE ? "" : e.message();
      System.out.println(e.code() + "\\t" + e.name() + "\\t" + retriable + "\\t" + m);
    }
  }
}
"""


def _kafka_lib() -> Path:
    override = os.environ.get("KAFKA_LIB_DIR")
    return Path(override) if override else Path(__file__).resolve().parents[2] / ".kafka" / "lib"


def test_table_matches_kafka_clients_jar(tmp_path: Path) -> None:
    java = shutil.which("java")
    lib = _kafka_lib()
    if java is None or not any(lib.glob("kafka-clients-*.jar")):
        pytest.skip("needs Java and the Kafka jars in .kafka/lib (tools/kafka_jars.sh)")
    src = tmp_path / "DumpErrors.java"
    src.write_text(_JAVA)
    classpath = os.pathsep.join(str(p) for p in sorted(lib.glob("*.jar")))
    proc = subprocess.run([java, "-cp", classpath, str(src)], capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-3000:]
    theirs = {}
    for line in proc.stdout.splitlines():
        code, name, retriable, message = line.split("\t", 3)
        theirs[int(code)] = (name, retriable == "true", message)
    ours = {code: (info.name, info.retriable, info.message) for code, info in ERRORS.items()}
    assert ours == theirs
