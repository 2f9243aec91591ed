"""A restarted controller that fell behind the leader's snapshot catches up via FetchSnapshot."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from controller.raft.snapshot_file import list_snapshots
from controller.raft_controller import SNAPSHOT_EVERY_ENV
from tests.integration.conftest import BrokerProcess
from tests.integration.test_quorum_cluster import _create_topic, _leader, _wait_topic
from tests.integration.test_quorum_cluster import cluster as cluster  # noqa: F401 - fixture

pytestmark = pytest.mark.timeout(240)


@pytest.fixture
def frequent_snapshots(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # Every node snapshots its metadata every 10 records, so a short outage is "far behind".
    monkeypatch.setenv(SNAPSHOT_EVERY_ENV, "10")
    yield


def _snapshot_ends(node: BrokerProcess) -> list[int]:
    return [s.end_offset for s in list_snapshots(Path(node.extra["log.dirs"]) / "__cluster_metadata-0")]


def _wait(cond: object, what: str, timeout: float = 60.0) -> None:
    assert callable(cond)
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.3)


def test_restarted_node_catches_up_from_a_snapshot(frequent_snapshots: None, cluster: list[BrokerProcess]) -> None:  # noqa: F811
    leader = _leader(cluster)
    lagger = next(n for n in cluster if n is not leader)
    lagger.stop()
    stopped = time.monotonic()
    # The stopped node's log ends within one snapshot interval (plus a batch) of this.
    before = max(_snapshot_ends(leader) + _snapshot_ends(lagger), default=0)

    for i in range(25):
        _create_topic(leader.bootstrap, f"snap-{i}")
    # The leader must have moved its log start well past where the stopped node ends.
    _wait(lambda: max(_snapshot_ends(leader), default=0) > before + 30, "a leader snapshot")

    # Let the controller fence the old registration (broker.session.timeout.ms, 9 s) first:
    # re-registering inside the session is refused with DUPLICATE_BROKER_REGISTRATION.
    time.sleep(max(0.0, 12.0 - (time.monotonic() - stopped)))
    lagger.start()
    _wait_topic(lagger.bootstrap, "snap-24", timeout=60)
    # Its log ended below the leader's log start, so it must have loaded a snapshot fetched
    # from the leader (FetchSnapshot): one past anything it had on disk before the restart.
    def loaded() -> list[int]:
        pattern = r"metadata_snapshot_loaded\s+snapshot=SnapshotId\(end_offset=(\d+)"
        return [int(x) for x in re.findall(pattern, lagger.log_text())]

    # (The process's log reaches the file in blocks: wait for it rather than read it once.)
    _wait(lambda: max(loaded(), default=0) > before + 30, "the restarted node to load a fetched snapshot")
    assert max(_snapshot_ends(lagger)) > before + 30
