"""Broker registration / heartbeat / fencing and producer-id allocation decisions."""

from __future__ import annotations

import uuid
from typing import Any

import protocol.messages as m
from controller.bootstrap import registration_request
from controller.image import MetadataImage
from protocol.errors import ErrorCode
from tests.unit.test_controller_support import (
    CLUSTER_ID,
    commit,
    creatable,
    create_request,
    make_controller,
    make_image,
)

INCARNATION = uuid.UUID(int=0x1234)
DIR = uuid.UUID(int=0xFEED << 64)


def register(image: MetadataImage, controller: Any, *, broker_id: int = 2, incarnation: uuid.UUID = INCARNATION,
             cluster_id: str = CLUSTER_ID, now_ms: int = 0, log_dirs: list[uuid.UUID] | None = None) -> Any:
    request = registration_request(node_id=broker_id, cluster_id=cluster_id, incarnation_id=incarnation,
                                   listeners=[("PLAINTEXT", "localhost", 9092, 0)],
                                   log_dirs=[DIR] if log_dirs is None else log_dirs)
    return controller.register_broker(request, image, now_ms, next_offset=image.last_offset + 1)


def heartbeat(broker_id: int, epoch: int, offset: int, *, fence: bool = False, shutdown: bool = False) -> Any:
    return m.BrokerHeartbeatRequest(broker_id=broker_id, broker_epoch=epoch, current_metadata_offset=offset,
                                    want_fence=fence, want_shut_down=shutdown)


def test_register_then_unfence_by_heartbeat() -> None:
    image = make_image([])
    controller = make_controller()
    result = register(image, controller)
    epoch = image.last_offset + 1
    assert result.response.error_code == 0
    assert result.response.broker_epoch == epoch
    [record] = result.records
    assert (record.broker_id, record.broker_epoch, record.fenced, record.log_dirs) == (2, epoch, True, [DIR])
    commit(image, result)
    assert image.brokers[2].fenced and image.brokers[2].epoch == epoch

    # Not caught up yet: stays fenced.
    behind = controller.broker_heartbeat(heartbeat(2, epoch, epoch - 1), image, 10)
    assert behind.records == []
    assert (behind.response.is_caught_up, behind.response.is_fenced) == (False, True)
    caught_up = controller.broker_heartbeat(heartbeat(2, epoch, epoch), image, 20)
    assert caught_up.records == [m.BrokerRegistrationChangeRecord(broker_id=2, broker_epoch=epoch, fenced=-1)]
    assert (caught_up.response.is_caught_up, caught_up.response.is_fenced) == (True, False)
    commit(image, caught_up)
    assert not image.brokers[2].fenced


def test_registration_errors() -> None:
    image = make_image([])
    controller = make_controller()
    assert register(image, controller, cluster_id="other").response.error_code == ErrorCode.INCONSISTENT_CLUSTER_ID
    assert register(image, controller, log_dirs=[]).response.error_code == ErrorCode.INVALID_REGISTRATION
    assert register(image, controller, log_dirs=[uuid.UUID(int=1)]).response.error_code == \
        ErrorCode.INVALID_REGISTRATION
    assert register(image, controller, log_dirs=[DIR, DIR]).response.error_code == ErrorCode.INVALID_REGISTRATION
    commit(image, register(image, controller, now_ms=0))
    # Another incarnation while the first one's session is alive.
    dup = register(image, controller, incarnation=uuid.UUID(int=99), now_ms=1000)
    assert dup.response.error_code == ErrorCode.DUPLICATE_BROKER_REGISTRATION
    # After the session timeout a new incarnation gets a new epoch.
    fresh = register(image, controller, incarnation=uuid.UUID(int=99), now_ms=60_000)
    assert fresh.response.error_code == 0
    assert fresh.response.broker_epoch == image.last_offset + 1
    # Another broker may not claim the same directory.
    clash = register(image, controller, broker_id=3, incarnation=uuid.UUID(int=5))
    assert clash.response.error_code == ErrorCode.INVALID_REGISTRATION


def test_reregistration_of_same_incarnation_keeps_epoch() -> None:
    image = make_image([])
    controller = make_controller()
    first = register(image, controller)
    commit(image, first)
    again = register(image, controller, now_ms=5)
    assert again.response.broker_epoch == first.response.broker_epoch


def test_heartbeat_stale_epoch() -> None:
    image = make_image([1])
    controller = make_controller()
    wrong = controller.broker_heartbeat(heartbeat(1, 999, 0), image, 0)
    assert wrong.response.error_code == ErrorCode.STALE_BROKER_EPOCH
    unknown = controller.broker_heartbeat(heartbeat(5, 1, 0), image, 0)
    assert unknown.response.error_code == ErrorCode.STALE_BROKER_EPOCH


def test_fence_and_controlled_shutdown_move_leadership() -> None:
    image = make_image([1, 2])
    controller = make_controller()
    commit(image, controller.create_topics(create_request(creatable("t", 2, 2)), image, 0, 7))
    b2 = image.brokers[2]
    led_by_2 = [p for p in image.topics_by_name["t"].partitions.values() if p.leader == 2]
    assert led_by_2
    first = controller.broker_heartbeat(heartbeat(2, b2.epoch, image.last_offset, shutdown=True), image, 0)
    assert first.response.should_shut_down is False
    commit(image, first)
    assert image.brokers[2].in_controlled_shutdown
    for part in image.topics_by_name["t"].partitions.values():
        assert part.leader == 1 and part.isr == (1,)
    second = controller.broker_heartbeat(heartbeat(2, b2.epoch, image.last_offset, shutdown=True), image, 1)
    assert second.response.should_shut_down is True

    fence = controller.broker_heartbeat(heartbeat(1, image.brokers[1].epoch, image.last_offset, fence=True),
                                        image, 2)
    commit(image, fence)
    assert image.brokers[1].fenced
    for part in image.topics_by_name["t"].partitions.values():
        # The ISR never shrinks to empty: the last member stays, without a leader.
        assert part.leader == -1 and part.isr == (1,)


def test_fence_stale_brokers_after_session_timeout() -> None:
    image = make_image([1, 2])
    controller = make_controller(broker_session_timeout_ms=9000)
    assert controller.fence_stale_brokers(image, 0) == []
    controller.broker_heartbeat(heartbeat(2, image.brokers[2].epoch, image.last_offset), image, 5000)
    assert controller.fence_stale_brokers(image, 9000) == []
    records = controller.fence_stale_brokers(image, 14_000)
    assert records == [m.BrokerRegistrationChangeRecord(broker_id=2, broker_epoch=image.brokers[2].epoch, fenced=1)]


def test_allocate_producer_ids_in_blocks_of_1000() -> None:
    image = make_image([1])
    controller = make_controller()
    epoch = image.brokers[1].epoch
    request = m.AllocateProducerIdsRequest(broker_id=1, broker_epoch=epoch)
    first = controller.allocate_producer_ids(request, image, 0)
    assert (first.response.error_code, first.response.producer_id_start, first.response.producer_id_len) == \
        (0, 0, 1000)
    assert first.records == [m.ProducerIdsRecord(broker_id=1, broker_epoch=epoch, next_producer_id=1000)]
    commit(image, first)
    second = controller.allocate_producer_ids(request, image, 0)
    assert (second.response.producer_id_start, second.response.producer_id_len) == (1000, 1000)
    stale = controller.allocate_producer_ids(m.AllocateProducerIdsRequest(broker_id=1, broker_epoch=epoch + 1),
                                             image, 0)
    assert stale.response.error_code == ErrorCode.STALE_BROKER_EPOCH
    assert stale.records == []


def test_new_incarnation_drops_then_regains_leadership() -> None:
    image = make_image([])
    controller = make_controller()
    commit(image, register(image, controller, broker_id=1, now_ms=0))
    epoch = image.brokers[1].epoch
    commit(image, controller.broker_heartbeat(heartbeat(1, epoch, image.last_offset), image, 0))
    commit(image, controller.create_topics(create_request(creatable("t", 1, 1)), image, 0, 7))
    assert image.partition("t", 0).leader == 1

    restarted = make_controller()  # a restarted controller has no sessions
    reg = register(image, restarted, broker_id=1, incarnation=uuid.UUID(int=77), now_ms=100)
    assert [type(r).__name__ for r in reg.records] == ["PartitionChangeRecord", "RegisterBrokerRecord"]
    commit(image, reg)
    part = image.partition("t", 0)
    assert (part.leader, part.isr, part.leader_epoch) == (-1, (1,), 1)
    new_epoch = reg.response.broker_epoch
    unfence = restarted.broker_heartbeat(heartbeat(1, new_epoch, image.last_offset), image, 200)
    commit(image, unfence)
    part = image.partition("t", 0)
    assert (part.leader, part.isr, part.leader_epoch) == (1, (1,), 2)
    assert not image.brokers[1].fenced
