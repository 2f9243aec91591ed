"""The single-voter metadata log and the LocalController facade: persistence across restarts."""

from __future__ import annotations

import random
import uuid
from pathlib import Path

import protocol.messages as m
from controller.bootstrap import BOOTSTRAP_FEATURE_LEVELS
from controller.image import MetadataImage
from controller.metadata_log import METADATA_PARTITION_DIR, MetadataLog
from controller.quorum_controller import ControllerConfig, QuorumController
from controller.serde import decode_metadata_record
from controller.single_node import LocalController
from protocol import records as rec
from tests.unit.test_controller_support import CLUSTER_ID, creatable, create_request, seeded_uuids

NODE = 1
INCARNATION = uuid.UUID(int=0xC0FFEE)
LOG_DIR_ID = uuid.UUID(int=0xD1D1 << 64)


def open_controller(path: Path, now_ms: int = 1_000) -> LocalController:
    image = MetadataImage(cluster_id=CLUSTER_ID)
    metadata_log = MetadataLog.open(path, now_ms=now_ms)
    quorum = QuorumController(ControllerConfig(node_id=NODE, cluster_id=CLUSTER_ID),
                              uuid_factory=seeded_uuids(11), rng=random.Random(5))
    controller = LocalController(image, metadata_log, quorum)
    controller.start(now_ms)
    return controller


def test_append_and_read_back(tmp_path: Path) -> None:
    log = MetadataLog.open(tmp_path, now_ms=0)
    assert log.end_offset == 0
    records = [m.TopicRecord(name="a", topic_id=uuid.UUID(int=1)), m.NoOpRecord()]
    assert log.append(records, now_ms=5) == 1
    assert log.append([m.FeatureLevelRecord(name="metadata.version", feature_level=30)], now_ms=6) == 2
    assert log.append([], now_ms=7) == 2
    assert list(log.read_committed()) == [
        (0, records[0]), (1, records[1]), (2, m.FeatureLevelRecord(name="metadata.version", feature_level=30))
    ]
    assert [o for o, _ in log.read_committed(2)] == [2]
    assert (tmp_path / METADATA_PARTITION_DIR).is_dir()
    log.close()


def test_stored_batches_are_kafka_framed(tmp_path: Path) -> None:
    log = MetadataLog.open(tmp_path, now_ms=0)
    log.append([m.TopicRecord(name="a", topic_id=uuid.UUID(int=1)), m.NoOpRecord()], now_ms=0)
    log.close()
    data = (tmp_path / METADATA_PARTITION_DIR / "00000000000000000000.log").read_bytes()
    batches = list(rec.iter_batches(data))
    assert len(batches) == 1  # one batch per append
    pos, header = batches[0]
    values = [(r.key, r.value) for r in rec.iter_records(data, pos, header)]
    assert [k for k, _ in values] == [None, None]
    assert values[0][1][:3] == bytes([1, 2, 0])  # frame version, TopicRecord apiKey, version
    assert decode_metadata_record(values[1][1]) == m.NoOpRecord()


def test_bootstrap_then_state_survives_restart(tmp_path: Path) -> None:
    controller = open_controller(tmp_path)
    assert controller.image.features == dict(BOOTSTRAP_FEATURE_LEVELS)
    epoch = controller.register_local_broker(node_id=NODE, incarnation_id=INCARNATION,
                                             listeners=[("PLAINTEXT", "localhost", 9092, 0)],
                                             log_dirs=[LOG_DIR_ID], now_ms=1_000)
    assert epoch == len(BOOTSTRAP_FEATURE_LEVELS)  # the offset of the RegisterBrokerRecord
    assert not controller.image.brokers[NODE].fenced

    response = controller.create_topics(
        create_request(creatable("orders", 3, 1, configs={"cleanup.policy": "compact"}), creatable("bad name")),
        7, 2_000)
    assert [t.error_code for t in response.topics] == [0, 17]
    offsets = controller.ensure_internal_topic("__consumer_offsets", now_ms=2_500)
    assert offsets is not None and len(offsets.partitions) == 50
    assert controller.image.topic_configs("__consumer_offsets")["cleanup.policy"] == "compact"
    created = controller.create_topics_internal("auto", 1, 1, now_ms=2_600)
    assert created.error_code == 0
    assert controller.create_topics_internal("auto", 1, 1, now_ms=2_700).error_code == 36
    first, count = controller.allocate_producer_ids(NODE, epoch, now_ms=3_000)
    assert (first, count) == (0, 1000)
    SET = 0
    Res = m.IncrementalAlterConfigsRequest.AlterConfigsResource
    Cfg = m.IncrementalAlterConfigsRequest.AlterableConfig
    controller.incremental_alter_configs(
        m.IncrementalAlterConfigsRequest(resources=[Res(resource_type=2, resource_name="orders",
                                                        configs=[Cfg(name="retention.ms", config_operation=SET,
                                                                     value="60000")])]),
        1, 3_500)
    delete = m.DeleteTopicsRequest(topic_names=["auto"], timeout_ms=100)
    assert controller.delete_topics(delete, 5, 4_000).responses[0].error_code == 0

    before = controller.image.summary()
    assert before["last_offset"] == controller.metadata_log.end_offset - 1
    controller.metadata_log.close()

    reopened = open_controller(tmp_path, now_ms=9_000)
    assert reopened.image.summary() == before
    assert reopened.image.topics_by_name["orders"].topic_id == controller.image.topics_by_name["orders"].topic_id
    assert reopened.image.topic_configs("orders") == {"cleanup.policy": "compact", "retention.ms": "60000"}
    assert "auto" not in reopened.image.topics_by_name
    assert reopened.image.next_producer_id == 1000
    # The bootstrap is not written twice.
    assert reopened.metadata_log.end_offset == controller.metadata_log.end_offset
    # A restart registers a new incarnation at a new epoch, and pids continue.
    new_epoch = reopened.register_local_broker(node_id=NODE, incarnation_id=uuid.UUID(int=7),
                                               listeners=[("PLAINTEXT", "localhost", 9092, 0)],
                                               log_dirs=[LOG_DIR_ID], now_ms=9_000)
    assert new_epoch > epoch
    assert reopened.allocate_producer_ids(NODE, new_epoch, now_ms=9_100) == (1000, 1000)
    reopened.metadata_log.close()


def test_replay_is_incremental(tmp_path: Path) -> None:
    log = MetadataLog.open(tmp_path, now_ms=0)
    log.append([m.TopicRecord(name="a", topic_id=uuid.UUID(int=1))], now_ms=0)
    image = MetadataImage()
    assert log.replay(image) == 1
    log.append([m.TopicRecord(name="b", topic_id=uuid.UUID(int=2))], now_ms=0)
    assert log.replay(image) == 1
    assert sorted(image.topics_by_name) == ["a", "b"]
    assert log.replay(image) == 0
    log.close()


def test_open_accepts_partition_directory(tmp_path: Path) -> None:
    log = MetadataLog.open(tmp_path / METADATA_PARTITION_DIR, now_ms=0)
    log.append([m.NoOpRecord()], now_ms=0)
    log.close()
    assert log.directory == tmp_path / METADATA_PARTITION_DIR
    reopened = MetadataLog.open(tmp_path, now_ms=0)
    assert reopened.end_offset == 1
    reopened.close()
