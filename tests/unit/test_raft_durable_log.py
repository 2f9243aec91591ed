"""The durable Raft log: segments, quorum-state and snapshot files survive restarts."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from controller.image import MetadataImage
from controller.quorum_controller import ControllerConfig, QuorumController
from controller.raft.durable_log import DurableRaftLog
from controller.raft.quorum_state import QuorumStateRecord
from controller.raft.quorum_state_file import read_quorum_state, write_quorum_state
from controller.raft.raft_log import Entry, LeaderChange, Snapshot, SnapshotId
from controller.raft.ready import Ready
from controller.raft.snapshot_file import decode_snapshot, encode_snapshot, list_snapshots, snapshot_file_name
from controller.raft_controller import RaftController, create_topic_request, local_registration_request
from protocol import messages as m

VOTERS = frozenset({1, 2, 3})


def _open(tmp_path: Path) -> DurableRaftLog:
    return DurableRaftLog.open(tmp_path, VOTERS, now_ms=0)


def test_append_truncate_mid_batch_and_reload(tmp_path: Path) -> None:
    log = _open(tmp_path)
    log.apply(
        Ready(
            persist_state=QuorumStateRecord(1, 1, 1),
            append_entries=[Entry(0, 1, b"", LeaderChange(1, (1, 2, 3), (1, 2))), Entry(1, 1, b"a"), Entry(2, 1, b"b")],
        ),
        now_ms=1,
    )
    # Offset 2 sits inside the batch [1, 2]: the head of that batch must survive.
    log.apply(Ready(truncate_to=2, append_entries=[Entry(2, 2, b"c"), Entry(3, 2, b"d")]), now_ms=2)
    log.close()
    again = _open(tmp_path)
    loaded = again.load()
    assert [(e.offset, e.epoch, e.payload) for e in loaded.entries()] == [
        (0, 1, b""), (1, 1, b"a"), (2, 2, b"c"), (3, 2, b"d"),
    ]
    assert loaded.entry(0).leader_change == LeaderChange(1, (1, 2, 3), (1, 2))
    assert again.read_quorum_state().quorum_state == QuorumStateRecord(1, 1, 1)
    again.close()


def test_snapshot_replaces_prefix_and_restart_starts_from_it(tmp_path: Path) -> None:
    log = _open(tmp_path)
    log.apply(Ready(append_entries=[Entry(i, 1, b"x%d" % i) for i in range(5)]), now_ms=1)
    raft_log = log.load()
    data = encode_snapshot([b"s1", b"s2"], SnapshotId(4, 1), 99)
    raft_log.take_snapshot(Snapshot(SnapshotId(4, 1), data))
    log.apply(Ready(new_snapshot=raft_log.snapshot), now_ms=2)
    log.close()
    again = _open(tmp_path)
    loaded = again.load()
    assert loaded.snapshot is not None and loaded.snapshot.snapshot_id == SnapshotId(4, 1)
    assert [e.offset for e in loaded.entries()] == [4]
    assert decode_snapshot(loaded.snapshot.data) == [b"s1", b"s2"]
    assert list_snapshots(again.directory) == [SnapshotId(4, 1)]
    again.close()


def test_installed_snapshot_resets_the_log(tmp_path: Path) -> None:
    log = _open(tmp_path)
    log.apply(Ready(append_entries=[Entry(0, 1, b"old")]), now_ms=1)
    snap = Snapshot(SnapshotId(10, 3), encode_snapshot([b"r"], SnapshotId(10, 3), 0))
    log.apply(Ready(snapshot_to_load=snap, install_snapshot=True), now_ms=2)
    log.apply(Ready(append_entries=[Entry(10, 3, b"new")]), now_ms=3)
    log.close()
    loaded = _open(tmp_path).load()
    assert loaded.start_offset == 10
    assert [(e.offset, e.payload) for e in loaded.entries()] == [(10, b"new")]


def test_quorum_state_file_is_kafkas_json(tmp_path: Path) -> None:
    write_quorum_state(tmp_path, QuorumStateRecord(5, 2, 3), VOTERS)
    text = (tmp_path / "quorum-state").read_text()
    assert text.startswith('{"clusterId":"","leaderId":2,"leaderEpoch":5,"votedId":3,')
    assert '"data_version":0' in text
    assert read_quorum_state(tmp_path).quorum_state == QuorumStateRecord(5, 2, 3)
    assert not (tmp_path / "quorum-state.tmp").exists()


def test_snapshot_file_name_and_footer() -> None:
    assert snapshot_file_name(SnapshotId(42, 7)) == "00000000000000000042-0000000007.checkpoint"
    data = encode_snapshot([b"a"], SnapshotId(42, 7), 0)
    with pytest.raises(ValueError, match="footer"):
        decode_snapshot(data[: len(data) // 2 + 10][:61])


def _controller(tmp_path: Path, snapshot_every: int) -> RaftController:
    image = MetadataImage(cluster_id="c1")
    qc = QuorumController(
        ControllerConfig(node_id=1, num_partitions=1, default_replication_factor=1, delete_topic_enable=True,
                         cluster_id="c1")
    )
    rc = RaftController.open(tmp_path, node_id=1, voters=frozenset({1}), image=image, quorum_controller=qc,
                             now_ms=1000, snapshot_every=snapshot_every)
    rc.start(1000)
    return rc


def test_single_voter_commits_synchronously_snapshots_and_restarts(tmp_path: Path) -> None:
    rc = _controller(tmp_path, snapshot_every=15)
    assert rc.is_active and rc.image.features  # elected itself and bootstrapped
    reg = rc.broker_registration(
        local_registration_request(node_id=1, cluster_id="c1", listeners=[("PLAINTEXT", "h", 1, 0)], log_dirs=[uuid.uuid4()],
                                   rack=None),
        1001,
    )
    assert reg.done and reg.value.error_code == 0
    beat = rc.broker_heartbeat(
        m.BrokerHeartbeatRequest(broker_id=1, broker_epoch=reg.value.broker_epoch,
                                 current_metadata_offset=rc.image.last_offset, want_fence=False, want_shut_down=False),
        1002,
    )
    assert beat.done and beat.value.error_code == 0
    for i in range(6):
        out = rc.create_topics(create_topic_request(f"t{i}", 2, 1), 7, 1003)
        assert out.done and out.value.topics[0].error_code == 0
    before = rc.image.summary()
    assert list_snapshots(rc.durable.directory), "a snapshot was taken"
    rc.durable.close()
    again = _controller(tmp_path, snapshot_every=15)
    after = again.image.summary()
    assert after["topics"] == before["topics"]
    assert after["brokers"].keys() == before["brokers"].keys()
    assert after["features"] == before["features"]
    again.durable.close()
