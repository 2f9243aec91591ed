"""franz-go (Go) unchanged against each target: produce with keys/headers/every codec, consume by
assignment and in a classic consumer group, commit, kadm topic admin and offsets, transactions.

The scenarios live in compat_tests/clients/franzgo/main.go; each prints one JSON observation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from compat_tests.conftest import Check
from compat_tests.external_clients import ClientBuildError, ClientUnavailable, build_franzgo, run_scenario
from compat_tests.kafka_launcher import Target

CODECS = ("none", "gzip", "snappy", "lz4", "zstd")


@pytest.fixture(scope="session")
def franzgo() -> Path:
    try:
        return build_franzgo()
    except ClientUnavailable as exc:
        pytest.skip(f"franz-go unavailable: {exc}")
    except ClientBuildError as exc:
        pytest.fail(str(exc), pytrace=False)


def _run(franzgo: Path, target: Target, scenario: str, topic: str) -> dict[str, Any]:
    return run_scenario([str(franzgo), target.bootstrap, scenario, topic])


def test_franzgo_produce_consume_every_codec(target: Target, check: Check, topic: str, franzgo: Path) -> None:
    observed = _run(franzgo, target, "produce_consume", topic)
    records = []
    for index, codec in enumerate(CODECS):
        records.append({"partition": 0, "offset": 2 * index, "key": f"k-{codec}", "value": f"v1-{codec}",
                        "headers": {"codec": codec, "n": "1"}})
        records.append({"partition": 0, "offset": 2 * index + 1, "key": None, "value": f"v2-{codec}",
                        "headers": {}})
    check(
        "franzgo.produce_consume",
        observed,
        {
            "produced": {codec: ["ok", "ok"] for codec in CODECS},
            "records": records,
            "fetch_errors": [],
            "start_offsets": {"0": 0},
            "end_offsets": {"0": 10},
        },
    )


def test_franzgo_consumer_group_commit(target: Target, check: Check, topic: str, franzgo: Path) -> None:
    observed = _run(franzgo, target, "group", topic)
    check(
        "franzgo.group",
        observed,
        {
            "produced": ["ok"] * 6,
            "values": [f"m{i}" for i in range(6)],
            "fetch_errors": [],
            "commit": "ok",
            "committed": {"<topic>/0": 3, "<topic>/1": 3},
            "state": "Empty",
            "members": 0,
            "lag": 0,
        },
    )


def test_franzgo_kadm_topics(target: Target, check: Check, topic: str, franzgo: Path) -> None:
    observed = _run(franzgo, target, "admin", topic)
    check(
        "franzgo.admin",
        observed,
        {
            "create": "ok",
            "create_partitions": 3,
            "create_rf": 1,
            "duplicate": "TOPIC_ALREADY_EXISTS",
            "zero_partitions": "INVALID_PARTITIONS",
            "partitions": [0, 1, 2],
            "configs": {
                "cleanup.policy": {"value": "delete", "source": "DEFAULT_CONFIG"},
                "retention.ms": {"value": "3600000", "source": "DYNAMIC_TOPIC_CONFIG"},
            },
            "end_offsets": {"0": 0, "1": 0, "2": 0},
            "delete": "ok",
            "delete_again": "UNKNOWN_TOPIC_OR_PARTITION",
            "listed_after": False,
        },
    )


def test_franzgo_transactions_commit_and_abort(target: Target, check: Check, topic: str, franzgo: Path) -> None:
    observed = _run(franzgo, target, "txn", topic)
    steps = {}
    for label, count in (("commit", 2), ("abort", 2), ("commit2", 1), ("ongoing", 1)):
        steps[f"{label}.begin"] = "ok"
        steps[f"{label}.end"] = "ok"
        steps.update({f"{label}.produce{i}": "ok" for i in range(count)})
    check(
        "franzgo.txn",
        observed,
        {
            "steps": steps,
            # c1 c2 | marker | a1 a2 | marker | c3 | marker | o1 | marker: markers at 2, 5, 7 and 9.
            "read_committed": ["0:c1", "1:c2", "6:c3"],
            "read_uncommitted": ["0:c1", "1:c2", "3:a1", "4:a2", "6:c3", "8:o1"],
            "fetch_errors": [],
            "end_offsets": {"0": 10},
            # franz-go bumps the epoch on every transaction end, so three ends give epoch 3.
            "completed": {
                "state": "CompleteCommit", "listed_state": "CompleteCommit", "error": "ok",
                "timeout_ms": 40000, "epoch": 3, "partitions": [],
                "producers": [{"epoch": 3, "last_sequence": -1, "txn_start_offset": -1, "same_producer_id": True}],
                "last_stable_offset": 8, "end_offsets": {"0": 8},
            },
            # With o1 in an open transaction the last stable offset stays at its first offset (8).
            "ongoing": {
                "state": "Ongoing", "listed_state": "Ongoing", "error": "ok",
                "timeout_ms": 40000, "epoch": 3, "partitions": ["<topic>/0"],
                "producers": [{"epoch": 3, "last_sequence": 0, "txn_start_offset": 8, "same_producer_id": True}],
                "last_stable_offset": 8, "end_offsets": {"0": 9},
            },
        },
    )


def test_franzgo_kadm_partitions_configs_records_groups(
    target: Target, check: Check, topic: str, franzgo: Path
) -> None:
    observed = _run(franzgo, target, "admin_extra", topic)
    check(
        "franzgo.admin_extra",
        observed,
        {
            "produced": ["ok"] * 5,
            "create_partitions": "ok",
            "shrink_partitions": "INVALID_PARTITIONS",
            "alter_configs": "ok",
            "configs": {
                "cleanup.policy": {"value": "delete,compact", "source": "DYNAMIC_TOPIC_CONFIG"},
                "segment.bytes": {"value": "1048576", "source": "DYNAMIC_TOPIC_CONFIG"},
            },
            "delete_records": {"error": "ok", "low_watermark": 2},
            "start_offsets": {"0": 2, "1": 0, "2": 0},
            # Record i has timestamp base + i s: the first at or after base + 2.5 s is offset 3.
            # The empty partitions have none; kadm reports offset 0 for them.
            "offsets_by_time": {
                "0": {"offset": 3, "timestamp_delta": 3000},
                "1": {"offset": 0, "timestamp_delta": -1},
                "2": {"offset": 0, "timestamp_delta": -1},
            },
            "brokers": 1,
            "has_cluster_id": True,
            "has_controller": True,
            "commit": "ok",
            "fetched": {"<topic>/0": {"at": 4, "metadata": "by-kadm", "error": "ok"}},
            # Offsets committed through the admin API make a group with no protocol type.
            "listed_group": {"state": "Empty", "protocol_type": ""},
            "delete_group": "ok",
            "delete_group_again": "GROUP_ID_NOT_FOUND",
        },
    )


def test_franzgo_cooperative_rebalance(target: Target, check: Check, topic: str, franzgo: Path) -> None:
    observed = _run(franzgo, target, "rebalance", topic)
    group = {"state": "Stable", "protocol_type": "consumer", "protocol": "cooperative-sticky"}
    check(
        "franzgo.rebalance",
        observed,
        {
            "one_member": {**group, "partitions_per_member": [4]},
            "two_members": {**group, "partitions_per_member": [2, 2]},
            "after_leave": {**group, "partitions_per_member": [4]},
        },
    )
