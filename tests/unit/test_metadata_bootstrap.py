"""Bootstrap records, meta.properties and Kafka-style ids."""

from __future__ import annotations

import random
import uuid
from pathlib import Path

import pytest

import protocol.messages as m
from controller.bootstrap import (
    MetaProperties,
    bootstrap_records,
    ensure_formatted,
    generate_cluster_id,
    kafka_uuid_string,
    parse_kafka_uuid,
    read_meta_properties,
    write_meta_properties,
)


def seeded_bytes(seed: int):  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    return lambda n: bytes(rng.getrandbits(8) for _ in range(n))


def test_bootstrap_records_match_kafka_4_3_1_format() -> None:
    assert bootstrap_records() == [
        m.FeatureLevelRecord(name="metadata.version", feature_level=30),
        m.FeatureLevelRecord(name="eligible.leader.replicas.version", feature_level=1),
        m.FeatureLevelRecord(name="group.version", feature_level=1),
        m.FeatureLevelRecord(name="share.version", feature_level=1),
        m.FeatureLevelRecord(name="streams.version", feature_level=1),
        m.FeatureLevelRecord(name="transaction.version", feature_level=2),
    ]


def test_kafka_uuid_strings() -> None:
    assert kafka_uuid_string(uuid.UUID(int=0)) == "AAAAAAAAAAAAAAAAAAAAAA"
    value = uuid.UUID("01020304-0506-0708-090a-0b0c0d0e0f10")
    text = kafka_uuid_string(value)
    assert len(text) == 22 and "=" not in text
    assert text == "AQIDBAUGBwgJCgsMDQ4PEA"
    assert parse_kafka_uuid(text) == value
    cluster_id = generate_cluster_id(seeded_bytes(1))
    assert len(cluster_id) == 22 and not cluster_id.startswith("-")
    assert cluster_id == generate_cluster_id(seeded_bytes(1))


def test_meta_properties_round_trip_and_format(tmp_path: Path) -> None:
    meta = MetaProperties(cluster_id="AAAAAAAAAAAAAAAAAAAAAA", node_id=1, directory_id="yybruvsafuHuKsJvcovLfA")
    write_meta_properties(tmp_path, meta, now_ms=0)
    text = (tmp_path / "meta.properties").read_text()
    assert text.splitlines() == [
        "#", "#Thu Jan 01 00:00:00 UTC 1970", "node.id=1", "directory.id=yybruvsafuHuKsJvcovLfA", "version=1",
        "cluster.id=AAAAAAAAAAAAAAAAAAAAAA",
    ]
    assert read_meta_properties(tmp_path) == meta


def test_reads_kafka_written_file(tmp_path: Path) -> None:
    # As written by Kafka 4.3.1's `kafka-storage format`.
    (tmp_path / "meta.properties").write_text(
        "#\n#Wed Nov 25 08:40:07 UTC 2026\nnode.id=1\ndirectory.id=yybruvsafuHuKsJvcovLfA\nversion=1\n"
        "cluster.id=AAAAAAAAAAAAAAAAAAAAAA\n"
    )
    assert read_meta_properties(tmp_path) == MetaProperties("AAAAAAAAAAAAAAAAAAAAAA", 1, "yybruvsafuHuKsJvcovLfA", 1)
    assert read_meta_properties(tmp_path / "missing") is None


def test_ensure_formatted(tmp_path: Path) -> None:
    dirs = [tmp_path / "a", tmp_path / "b"]
    cluster_id, metas = ensure_formatted(dirs, node_id=3, random_bytes=seeded_bytes(2))
    assert {meta.cluster_id for meta in metas.values()} == {cluster_id}
    assert metas[dirs[0]].directory_id != metas[dirs[1]].directory_id
    again, _ = ensure_formatted(dirs, node_id=3, random_bytes=seeded_bytes(9))
    assert again == cluster_id
    with pytest.raises(ValueError):
        ensure_formatted(dirs, node_id=4)
    with pytest.raises(ValueError):
        ensure_formatted(dirs, node_id=3, cluster_id="BBBBBBBBBBBBBBBBBBBBBB")
