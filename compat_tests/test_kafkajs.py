"""kafkajs (Node) unchanged against each target: producer with keys/headers/gzip, consumer group
run with eachMessage and explicit commits, two members sharing a group, admin topics/metadata/
configs/offsets/groups/partitions/records, transactions.

The scenarios live in compat_tests/clients/kafkajs/scenario.js; each prints one JSON observation.
kafkajs itself ships only the none and gzip codecs (the others need plug-ins), so only those run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from compat_tests.conftest import Check
from compat_tests.external_clients import (
    KAFKAJS_DIR,
    ClientBuildError,
    ClientUnavailable,
    install_kafkajs,
    run_scenario,
)
from compat_tests.kafka_launcher import Target


@pytest.fixture(scope="session")
def kafkajs() -> Path:
    try:
        return install_kafkajs()
    except ClientUnavailable as exc:
        pytest.skip(f"kafkajs unavailable: {exc}")
    except ClientBuildError as exc:
        pytest.fail(str(exc), pytrace=False)


def _run(kafkajs: Path, target: Target, scenario: str, topic: str) -> dict[str, Any]:
    return run_scenario(["node", str(kafkajs), target.bootstrap, scenario, topic], cwd=KAFKAJS_DIR)


def test_kafkajs_produce_and_group_consume(target: Target, check: Check, topic: str, kafkajs: Path) -> None:
    observed = _run(kafkajs, target, "produce_consume", topic)
    check(
        "kafkajs.produce_consume",
        observed,
        {
            "produced": {
                "none": [{"partition": 0, "error": 0, "base": 0}, {"partition": 1, "error": 0, "base": 0}],
                "gzip": [{"partition": 0, "error": 0, "base": 1}, {"partition": 1, "error": 0, "base": 1}],
            },
            "records": [
                {"partition": 0, "offset": 0, "key": "k-none", "value": "v1-none",
                 "headers": {"codec": "none", "n": "1"}},
                {"partition": 0, "offset": 1, "key": "k-gzip", "value": "v1-gzip",
                 "headers": {"codec": "gzip", "n": "1"}},
                {"partition": 1, "offset": 0, "key": None, "value": "v2-none", "headers": {}},
                {"partition": 1, "offset": 1, "key": None, "value": "v2-gzip", "headers": {}},
            ],
            "commit": "ok",
            "committed": {"0": 2, "1": 2},
            "offsets": {"0": {"low": 0, "high": 2}, "1": {"low": 0, "high": 2}},
        },
    )


def test_kafkajs_admin(target: Target, check: Check, topic: str, kafkajs: Path) -> None:
    observed = _run(kafkajs, target, "admin", topic)
    check(
        "kafkajs.admin",
        observed,
        {
            "create": True,
            # kafkajs turns TOPIC_ALREADY_EXISTS into `false` rather than an error.
            "duplicate": False,
            "partitions": [{"partition": p, "error": 0, "leader": True, "replicas": 1} for p in range(3)],
            "configs": {
                "cleanup.policy": {"value": "delete", "default": True},
                "retention.ms": {"value": "3600000", "default": False},
            },
            "offsets": {str(p): {"low": 0, "high": 0} for p in range(3)},
            "delete": "ok",
            "listed_after": False,
            "metadata_after_delete": "UNKNOWN_TOPIC_OR_PARTITION",
        },
    )


def test_kafkajs_groups(target: Target, check: Check, topic: str, kafkajs: Path) -> None:
    observed = _run(kafkajs, target, "groups", topic)
    check(
        "kafkajs.groups",
        observed,
        {
            "seen": ["m0", "m1", "m2", "m3"],
            "two_members": {"state": "Stable", "protocol_type": "consumer", "protocol": "RoundRobinAssigner",
                            "partitions_per_member": [1, 1]},
            "commits": ["ok", "ok"],
            "empty": {"state": "Empty", "protocol_type": "consumer", "protocol": "", "partitions_per_member": []},
            "listed": [{"protocol_type": "consumer"}],
            "after_consume": {"0": "2", "1": "2"},
            "set": "ok",
            # A committed -2 is stored and returned as is (it means "earliest" to kafkajs).
            "after_set": {"0": "-2", "1": "1"},
            "delete_group": [0],
            "delete_group_again": ["GROUP_ID_NOT_FOUND"],
            "after_delete": {"state": "Dead", "members": 0},
            "create_partitions": "ok",
            "shrink_partitions": "INVALID_PARTITIONS",
            "delete_records": "ok",
            "offsets": {"0": {"low": 1, "high": 2}, "1": {"low": 0, "high": 2}, "2": {"low": 0, "high": 0}},
            "brokers": 1,
            "has_cluster_id": True,
            "controller_known": True,
        },
    )


def test_kafkajs_transactions(target: Target, check: Check, topic: str, kafkajs: Path) -> None:
    observed = _run(kafkajs, target, "txn", topic)
    check(
        "kafkajs.txn",
        observed,
        {
            "steps": {f"{label}.{step}": "ok" for label in ("commit", "abort", "commit2") for step in ("send", "end")},
            # kafkajs consumers read committed by default; markers sit at offsets 2, 5 and 7.
            "read_committed": ["0:c1", "1:c2", "6:c3"],
            "commit": "ok",
            "offsets": {"0": {"low": 0, "high": 8}},
        },
    )
