"""Cross-checks against Apache Kafka 4.3.1 itself (needs Java and the jars in .kafka/lib)."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from controller.bootstrap import bootstrap_records, read_meta_properties
from controller.image import MetadataImage
from controller.metadata_log import METADATA_PARTITION_DIR, MetadataLog
from controller.quorum_controller import ControllerConfig, QuorumController
from controller.serde import decode_metadata_record
from controller.single_node import LocalController
from protocol import records as rec
from tests.unit.test_controller_support import CLUSTER_ID, creatable, create_request, seeded_uuids

pytestmark = pytest.mark.kafka


def _kafka_lib() -> Path:
    override = os.environ.get("KAFKA_LIB_DIR")
    return Path(override) if override else Path(__file__).resolve().parents[2] / ".kafka" / "lib"


def _java(*args: str) -> str:
    java = shutil.which("java")
    lib = _kafka_lib()
    if java is None or not any(lib.glob("kafka-tools-*.jar")):
        pytest.skip("needs Java and the Kafka jars in .kafka/lib (tools/kafka_jars.sh)")
    classpath = os.pathsep.join(str(p) for p in sorted(lib.glob("*.jar")))
    proc = subprocess.run([java, "-cp", classpath, *args], capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


def test_kafka_format_bootstrap_checkpoint_matches_ours(tmp_path: Path) -> None:
    data = tmp_path / "data"
    props = tmp_path / "server.properties"
    props.write_text(
        "process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@127.0.0.1:19093\n"
        "listeners=PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093\n"
        f"controller.listener.names=CONTROLLER\nlog.dirs={data}\n"
    )
    _java("kafka.tools.StorageTool", "format", "-t", "AAAAAAAAAAAAAAAAAAAAAA", "-c", str(props))
    meta = read_meta_properties(data)
    assert meta is not None and (meta.cluster_id, meta.node_id, meta.version) == ("AAAAAAAAAAAAAAAAAAAAAA", 1, 1)
    assert meta.directory_id is not None and len(meta.directory_id) == 22
    blob = (data / "bootstrap.checkpoint").read_bytes()
    decoded = []
    for pos, header in rec.iter_batches(blob):
        if header.is_control:
            continue
        decoded.extend(decode_metadata_record(r.value) for r in rec.iter_records(blob, pos, header))
    assert decoded == bootstrap_records()


def test_kafka_dump_log_decodes_our_metadata_log(tmp_path: Path) -> None:
    image = MetadataImage(cluster_id=CLUSTER_ID)
    quorum = QuorumController(ControllerConfig(node_id=1, cluster_id=CLUSTER_ID), uuid_factory=seeded_uuids(1),
                              rng=random.Random(1))
    controller = LocalController(image, MetadataLog.open(tmp_path, now_ms=0), quorum)
    controller.start(0)
    controller.register_local_broker(node_id=1, incarnation_id=uuid.UUID(int=9),
                                     listeners=[("PLAINTEXT", "localhost", 9092, 0)],
                                     log_dirs=[uuid.UUID(int=5 << 64)], now_ms=0)
    controller.create_topics(create_request(creatable("orders", 2, 1, configs={"cleanup.policy": "compact"})), 7, 0)
    controller.metadata_log.close()
    out = _java("org.apache.kafka.tools.DumpLogSegments", "--cluster-metadata-decoder", "--files",
                str(tmp_path / METADATA_PARTITION_DIR / "00000000000000000000.log"))
    payloads = [json.loads(line.split("payload: ", 1)[1]) for line in out.splitlines() if "payload: " in line]
    types = [p["type"] for p in payloads]
    assert types == ["FEATURE_LEVEL_RECORD"] * 6 + [
        "REGISTER_BROKER_RECORD", "BROKER_REGISTRATION_CHANGE_RECORD", "TOPIC_RECORD", "CONFIG_RECORD",
        "PARTITION_RECORD", "PARTITION_RECORD",
    ]
    topic = payloads[8]["data"]
    assert topic["name"] == "orders"
    assert payloads[10]["data"]["topicId"] == topic["topicId"]
    assert payloads[9]["data"] == {"resourceType": 2, "resourceName": "orders", "name": "cleanup.policy",
                                   "value": "compact"}
