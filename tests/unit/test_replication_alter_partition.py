"""AlterPartition decisions (Kafka's ReplicationControlManager.alterPartition), sans-IO."""

from __future__ import annotations

import uuid
from typing import Any

import protocol.messages as m
from controller.image import MetadataImage
from protocol.errors import ErrorCode
from tests.unit.test_controller_support import commit, creatable, create_request, make_controller, make_image


def _setup(fenced: tuple[int, ...] = ()) -> tuple[Any, MetadataImage, Any]:
    qc = make_controller()
    image = make_image((1, 2, 3), fenced=fenced)
    commit(image, qc.create_topics(
        create_request(creatable("t", partitions=-1, rf=-1, assignments={0: [1, 2, 3]})), image, 0, 7,
    ))
    info = image.topics_by_name["t"]
    return qc, image, info


def _request(image: MetadataImage, info: Any, isr: list[int], *, broker: int = 1, leader_epoch: int | None = None,
             partition_epoch: int | None = None, epochs: dict[int, int] | None = None) -> Any:
    part = info.partitions[0]
    return m.AlterPartitionRequest(
        broker_id=broker,
        broker_epoch=image.brokers[broker].epoch,
        topics=[m.AlterPartitionRequest.TopicData(topic_id=info.topic_id, partitions=[
            m.AlterPartitionRequest.PartitionData(
                partition_index=0,
                leader_epoch=part.leader_epoch if leader_epoch is None else leader_epoch,
                new_isr_with_epochs=[
                    m.AlterPartitionRequest.BrokerState(broker_id=b, broker_epoch=(epochs or {}).get(b, -1))
                    for b in isr
                ],
                leader_recovery_state=0,
                partition_epoch=part.partition_epoch if partition_epoch is None else partition_epoch,
            )
        ])],
    )


def _only(response: Any) -> Any:
    return response.topics[0].partitions[0]


def test_shrink_commits_a_partition_change_and_answers_the_new_state() -> None:
    qc, image, info = _setup()
    before = info.partitions[0]
    result = qc.alter_partition(_request(image, info, [1, 2]), image, 0)
    assert len(result.records) == 1 and list(result.records[0].isr) == [1, 2]
    answer = _only(result.response)
    assert answer.error_code == 0 and list(answer.isr) == [1, 2]
    assert answer.partition_epoch == before.partition_epoch + 1
    assert answer.leader_id == 1 and answer.leader_epoch == before.leader_epoch
    commit(image, result)
    after = image.topics_by_name["t"].partitions[0]
    assert after.isr == (1, 2) and after.partition_epoch == answer.partition_epoch
    assert after.leader_epoch == before.leader_epoch  # ISR changes keep the leader epoch


def test_unchanged_isr_writes_nothing() -> None:
    qc, image, info = _setup()
    result = qc.alter_partition(_request(image, info, [1, 2, 3]), image, 0)
    assert result.records == [] and _only(result.response).error_code == 0


def test_stale_partition_epoch_is_invalid_update_version() -> None:
    qc, image, info = _setup()
    commit(image, qc.alter_partition(_request(image, info, [1, 2]), image, 0))
    stale = _request(image, info, [1], partition_epoch=0)
    assert _only(qc.alter_partition(stale, image, 0).response).error_code == ErrorCode.INVALID_UPDATE_VERSION


def test_old_leader_epoch_is_fenced_and_a_newer_one_means_not_controller() -> None:
    qc, image, info = _setup()
    # A leader change bumps the leader epoch to 1.
    image.apply(m.PartitionChangeRecord(partition_id=0, topic_id=info.topic_id, leader=1), image.last_offset + 1)
    old = _request(image, info, [1, 2], leader_epoch=0)
    assert _only(qc.alter_partition(old, image, 0).response).error_code == ErrorCode.FENCED_LEADER_EPOCH
    ahead = _request(image, info, [1, 2], leader_epoch=5)
    assert _only(qc.alter_partition(ahead, image, 0).response).error_code == ErrorCode.NOT_CONTROLLER


def test_only_the_leader_may_alter_and_must_stay_in_the_isr() -> None:
    qc, image, info = _setup()
    assert _only(qc.alter_partition(_request(image, info, [2, 3], broker=2), image, 0).response).error_code == (
        ErrorCode.INVALID_REQUEST
    )
    assert _only(qc.alter_partition(_request(image, info, [2, 3]), image, 0).response).error_code == (
        ErrorCode.INVALID_REQUEST
    )
    assert _only(qc.alter_partition(_request(image, info, [1, 4]), image, 0).response).error_code == (
        ErrorCode.INVALID_REQUEST
    )


def test_fenced_or_wrong_epoch_replicas_are_ineligible() -> None:
    qc, image, info = _setup()
    image.apply(m.BrokerRegistrationChangeRecord(broker_id=3, broker_epoch=image.brokers[3].epoch, fenced=1),
                image.last_offset + 1)
    commit(image, qc.alter_partition(_request(image, info, [1, 2]), image, 0))
    fenced = _request(image, info, [1, 2, 3])
    assert _only(qc.alter_partition(fenced, image, 0).response).error_code == ErrorCode.INELIGIBLE_REPLICA
    wrong_epoch = _request(image, info, [1, 2], epochs={2: 12345})
    # Same ISR as committed, but the broker epoch check runs first.
    assert _only(qc.alter_partition(wrong_epoch, image, 0).response).error_code == ErrorCode.INELIGIBLE_REPLICA
    # v2 carries plain broker ids (no epochs): the fenced replica is still refused.
    fenced.topics[0].partitions[0].new_isr = [1, 2, 3]
    assert _only(qc.alter_partition(fenced, image, 0, version=2).response).error_code == ErrorCode.INELIGIBLE_REPLICA


def test_stale_broker_epoch_is_a_top_level_error() -> None:
    qc, image, info = _setup()
    request = _request(image, info, [1, 2])
    request.broker_epoch = 999_999
    result = qc.alter_partition(request, image, 0)
    assert result.records == [] and result.response.error_code == ErrorCode.STALE_BROKER_EPOCH


def test_unknown_topic_id() -> None:
    qc, image, info = _setup()
    request = _request(image, info, [1, 2])
    request.topics[0].topic_id = uuid.UUID(int=42)
    assert _only(qc.alter_partition(request, image, 0).response).error_code == ErrorCode.UNKNOWN_TOPIC_ID


def test_fencing_a_stale_leader_elects_the_next_isr_member() -> None:
    qc, image, info = _setup()
    qc.fence_stale_brokers(image, 0)  # starts every session clock
    beat = m.BrokerHeartbeatRequest(broker_id=3, broker_epoch=image.brokers[3].epoch,
                                    current_metadata_offset=image.last_offset, want_fence=False, want_shut_down=False)
    qc.broker_heartbeat(beat, image, 8000)
    beat.broker_id, beat.broker_epoch = 2, image.brokers[2].epoch
    qc.broker_heartbeat(beat, image, 8000)
    records = qc.fence_stale_brokers(image, 9500)
    for r in records:
        image.apply(r, image.last_offset + 1)
    part = image.topics_by_name["t"].partitions[0]
    assert image.brokers[1].fenced is False  # the controller's own broker is never fenced by itself
    assert part.leader == 1


def test_two_stale_brokers_are_fenced_one_pass_at_a_time() -> None:
    qc, image, info = _setup()
    qc.fence_stale_brokers(image, 0)
    beat = m.BrokerHeartbeatRequest(broker_id=1, broker_epoch=image.brokers[1].epoch,
                                    current_metadata_offset=image.last_offset, want_fence=False, want_shut_down=False)
    qc.broker_heartbeat(beat, image, 9_000)
    for _ in range(2):
        for r in qc.fence_stale_brokers(image, 9_500):
            image.apply(r, image.last_offset + 1)
    part = image.topics_by_name["t"].partitions[0]
    assert image.brokers[2].fenced and image.brokers[3].fenced
    assert part.isr == (1,) and part.leader == 1
