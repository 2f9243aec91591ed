"""CreateTopics / DeleteTopics / CreatePartitions decisions, codes and Kafka 4.3.1 messages."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

import protocol.messages as m
from controller.image import MetadataImage
from protocol.errors import ErrorCode
from tests.unit.test_controller_support import (
    commit,
    creatable,
    create_request,
    errors_by_name,
    make_controller,
    make_image,
    seeded_uuids,
)

INVALID_CHARS = "contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'"


def create(image: MetadataImage, *topics: Any, **kwargs: Any) -> Any:
    controller = make_controller(**kwargs)
    return controller.create_topics(create_request(*topics), image, now_ms=0, version=7)


def test_create_topic_records_and_response() -> None:
    image = make_image([1])
    result = create(image, creatable("foo", 2, 1, configs={"retention.ms": "1000"}))
    kinds = [type(r).__name__ for r in result.records]
    assert kinds == ["TopicRecord", "ConfigRecord", "PartitionRecord", "PartitionRecord"]
    topic_id = seeded_uuids()()
    assert result.records[0] == m.TopicRecord(name="foo", topic_id=topic_id)
    assert result.records[1] == m.ConfigRecord(resource_type=2, resource_name="foo", name="retention.ms", value="1000")
    for pid, rec in enumerate(result.records[2:]):
        assert (rec.partition_id, rec.topic_id, rec.replicas, rec.isr, rec.leader) == (pid, topic_id, [1], [1], 1)
        assert (rec.leader_epoch, rec.partition_epoch) == (0, 0)
        assert len(rec.directories) == 1
    [topic] = result.response.topics
    assert (topic.name, topic.topic_id, topic.error_code, topic.error_message) == ("foo", topic_id, 0, None)
    assert (topic.num_partitions, topic.replication_factor) == (2, 1)
    commit(image, result)
    assert image.topics_by_name["foo"].topic_id == topic_id
    assert image.topic_configs("foo") == {"retention.ms": "1000"}


def test_seeded_ids_are_deterministic() -> None:
    first = create(make_image([1]), creatable("a"), creatable("b")).response
    second = create(make_image([1]), creatable("a"), creatable("b")).response
    assert [t.topic_id for t in first.topics] == [t.topic_id for t in second.topics]
    assert first.topics[0].topic_id != first.topics[1].topic_id


def test_defaults_come_from_config() -> None:
    image = make_image([1, 2, 3])
    result = create(image, creatable("d", -1, -1), num_partitions=4, default_replication_factor=2)
    parts = [r for r in result.records if isinstance(r, m.PartitionRecord)]
    assert len(parts) == 4
    assert all(len(p.replicas) == 2 and len(set(p.replicas)) == 2 for p in parts)
    assert result.response.topics[0].num_partitions == 4
    assert result.response.topics[0].replication_factor == 2


def test_placement_spreads_leaders_round_robin() -> None:
    image = make_image([1, 2, 3])
    result = create(image, creatable("spread", 6, 3))
    parts = [r for r in result.records if isinstance(r, m.PartitionRecord)]
    assert sorted(p.leader for p in parts) == [1, 1, 2, 2, 3, 3]
    assert all(sorted(p.replicas) == [1, 2, 3] and p.leader == p.replicas[0] for p in parts)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Topic name is invalid: the empty string is not allowed"),
        (".", "Topic name is invalid: '.' is not allowed"),
        ("..", "Topic name is invalid: '..' is not allowed"),
        ("a b", f"Topic name is invalid: 'a b' {INVALID_CHARS}"),
        ("x" * 250, f"Topic name is invalid: the length of '{'x' * 250}' is longer than the max allowed length 249"),
    ],
)
def test_invalid_topic_names(name: str, message: str) -> None:
    result = create(make_image([1]), creatable(name))
    assert errors_by_name(result.response)[name] == (ErrorCode.INVALID_TOPIC_EXCEPTION, message)
    assert result.records == []


def test_max_length_name_is_valid() -> None:
    result = create(make_image([1]), creatable("y" * 249))
    assert result.response.topics[0].error_code == 0


def test_collision_and_already_exists() -> None:
    image = make_image([1])
    commit(image, create(image, creatable("a.b")))
    result = create(image, creatable("a_b"), creatable("a.b"))
    errors = errors_by_name(result.response)
    assert errors["a_b"] == (ErrorCode.INVALID_TOPIC_EXCEPTION, "Topic 'a_b' collides with existing topic: a.b")
    assert errors["a.b"] == (ErrorCode.TOPIC_ALREADY_EXISTS, "Topic 'a.b' already exists.")


def test_duplicate_names_and_cluster_metadata() -> None:
    result = create(make_image([1]), creatable("dup"), creatable("ok"), creatable("dup"), creatable("__cluster_metadata"))
    names = [t.name for t in result.response.topics]
    assert names == ["ok", "dup", "__cluster_metadata"]
    errors = errors_by_name(result.response)
    assert errors["ok"] == (0, None)
    assert errors["dup"] == (ErrorCode.INVALID_REQUEST, "Duplicate topic name.")
    assert errors["__cluster_metadata"] == (
        ErrorCode.INVALID_REQUEST, "Creation of internal topic __cluster_metadata is prohibited."
    )
    assert [type(r).__name__ for r in result.records] == ["TopicRecord", "PartitionRecord"]


@pytest.mark.parametrize(
    ("partitions", "rf", "code", "message"),
    [
        (1, 0, ErrorCode.INVALID_REPLICATION_FACTOR,
         "Replication factor must be larger than 0, or -1 to use the default value."),
        (1, -2, ErrorCode.INVALID_REPLICATION_FACTOR,
         "Replication factor must be larger than 0, or -1 to use the default value."),
        (0, 1, ErrorCode.INVALID_PARTITIONS, "Number of partitions was set to an invalid non-positive value."),
        (-5, 1, ErrorCode.INVALID_PARTITIONS, "Number of partitions was set to an invalid non-positive value."),
        (1, 3, ErrorCode.INVALID_REPLICATION_FACTOR,
         "Unable to replicate the partition 3 time(s): The target replication factor of 3 cannot be reached "
         "because only 1 broker(s) are registered or some brokers have all their log directories cordoned."),
    ],
)
def test_partition_and_replication_validation(partitions: int, rf: int, code: int, message: str) -> None:
    result = create(make_image([1]), creatable("t", partitions, rf))
    assert errors_by_name(result.response)["t"] == (code, message)
    assert result.records == []


def test_all_brokers_fenced() -> None:
    result = create(make_image([1, 2], fenced=[1, 2]), creatable("t", 1, 1))
    assert errors_by_name(result.response)["t"] == (
        ErrorCode.INVALID_REPLICATION_FACTOR,
        "Unable to replicate the partition 1 time(s): All brokers are currently fenced, or have all their log "
        "directories cordoned.",
    )


def test_fenced_broker_fills_follower_slot_but_not_isr() -> None:
    result = create(make_image([1, 2], fenced=[2]), creatable("t", 1, 2))
    [part] = [r for r in result.records if isinstance(r, m.PartitionRecord)]
    assert part.replicas == [1, 2]
    assert part.isr == [1]
    assert part.leader == 1


def test_no_brokers_registered() -> None:
    result = create(make_image([]), creatable("t", 1, 1))
    assert result.response.topics[0].error_code == ErrorCode.INVALID_REPLICATION_FACTOR


def test_manual_assignments() -> None:
    image = make_image([1, 2, 3])
    result = create(image, creatable("man", -1, -1, assignments={0: [3, 1], 1: [2, 3]}))
    parts = [r for r in result.records if isinstance(r, m.PartitionRecord)]
    assert [(p.partition_id, p.replicas, p.leader) for p in parts] == [(0, [3, 1], 3), (1, [2, 3], 2)]
    assert result.response.topics[0].replication_factor == 2


@pytest.mark.parametrize(
    ("partitions", "rf", "assignments", "code", "message"),
    [
        (-1, 2, {0: [1]}, ErrorCode.INVALID_REQUEST,
         "A manual partition assignment was specified, but replication factor was not set to -1."),
        (3, -1, {0: [1]}, ErrorCode.INVALID_REQUEST,
         "A manual partition assignment was specified, but numPartitions was not set to -1."),
        (-1, -1, {0: [1, 9]}, ErrorCode.INVALID_REPLICA_ASSIGNMENT,
         "The manual partition assignment includes broker 9, but no such broker is registered."),
        (-1, -1, {0: [2, 2]}, ErrorCode.INVALID_REPLICA_ASSIGNMENT,
         "The manual partition assignment includes the broker 2 more than once."),
        (-1, -1, {0: [1, 2], 1: [3]}, ErrorCode.INVALID_REPLICA_ASSIGNMENT,
         "The manual partition assignment includes a partition with 1 replica(s), but this is not consistent "
         "with previous partitions, which have 2 replica(s)."),
        (-1, -1, {0: [1], 2: [2]}, ErrorCode.INVALID_REPLICA_ASSIGNMENT,
         "partitions should be a consecutive 0-based integer sequence"),
        (-1, -1, {0: []}, ErrorCode.INVALID_REPLICA_ASSIGNMENT,
         "The manual partition assignment includes an empty replica list."),
        (-1, -1, {0: [4]}, ErrorCode.INVALID_REPLICA_ASSIGNMENT,
         "All brokers specified in the manual partition assignment for partition 0 are fenced or in "
         "controlled shutdown."),
    ],
)
def test_manual_assignment_errors(
    partitions: int, rf: int, assignments: dict[int, list[int]], code: int, message: str
) -> None:
    image = make_image([1, 2, 3, 4], fenced=[4])
    result = create(image, creatable("man", partitions, rf, assignments=assignments))
    assert errors_by_name(result.response)["man"] == (code, message)


def test_duplicate_manual_partition_index() -> None:
    topic = creatable("man", -1, -1, assignments={0: [1]})
    topic.assignments.append(m.CreateTopicsRequest.CreatableReplicaAssignment(partition_index=0, broker_ids=[1]))
    result = create(make_image([1]), topic)
    assert errors_by_name(result.response)["man"] == (
        ErrorCode.INVALID_REPLICA_ASSIGNMENT, "Found multiple manual partition assignments for partition 0"
    )


def test_null_config_and_validator_errors() -> None:
    image = make_image([1])
    result = create(image, creatable("n", configs={"retention.ms": None, "segment.ms": None}))
    assert errors_by_name(result.response)["n"] == (
        ErrorCode.INVALID_CONFIG, "Null value not supported for topic configs: retention.ms,segment.ms"
    )

    class BadConfig(Exception):
        def __init__(self, message: str) -> None:
            super().__init__(message)
            self.message = message

    seen: list[dict[str, str | None]] = []

    def validate(configs: dict[str, str | None]) -> None:
        seen.append(configs)
        if configs.get("retention.ms") == "x":
            raise BadConfig("Invalid value x for configuration retention.ms: Not a number of type LONG")

    result = create(image, creatable("v", configs={"retention.ms": "x"}), creatable("w"),
                    validate_topic_configs=validate)
    errors = errors_by_name(result.response)
    assert errors["v"] == (ErrorCode.INVALID_CONFIG,
                           "Invalid value x for configuration retention.ms: Not a number of type LONG")
    assert errors["w"] == (0, None)
    # Only topics that carry configs are validated, as in Kafka.
    assert seen == [{"retention.ms": "x"}]


def test_validate_only_returns_no_records() -> None:
    controller = make_controller()
    result = controller.create_topics(create_request(creatable("vo"), validate_only=True), make_image([1]), 0, 7)
    assert result.records == []
    assert result.response.topics[0].error_code == 0
    assert result.response.topics[0].num_partitions == 1


def test_response_configs_from_describer() -> None:
    calls: list[tuple[str, dict[str, str]]] = []

    def describe(name: str, overrides: dict[str, str]) -> list[tuple[str, str | None, bool, int, bool]]:
        calls.append((name, overrides))
        return [("segment.ms", "604800000", False, 5, False), ("cleanup.policy", "compact", False, 1, False),
                ("secret", "s3cr3t", False, 5, True)]

    result = create(make_image([1]), creatable("c", configs={"cleanup.policy": "compact"}),
                    describe_topic_configs=describe)
    configs = result.response.topics[0].configs
    assert [c.name for c in configs] == ["cleanup.policy", "secret", "segment.ms"]
    assert configs[0].config_source == 1
    assert configs[1].value is None and configs[1].is_sensitive
    assert calls == [("c", {"cleanup.policy": "compact"})]


# ---------------------------------------------------------------- DeleteTopics


def image_with(*names: str) -> MetadataImage:
    image = make_image([1])
    commit(image, create(image, *[creatable(n, 2) for n in names]))
    return image


def delete_request(*, names: list[str] | None = None, states: list[tuple[str | None, uuid.UUID]] | None = None) -> Any:
    return m.DeleteTopicsRequest(
        topic_names=names or [],
        topics=[m.DeleteTopicsRequest.DeleteTopicState(name=n, topic_id=i) for n, i in (states or [])],
        timeout_ms=1000,
    )


def by_key(response: Any) -> dict[Any, tuple[int, str | None]]:
    return {(r.name, r.topic_id): (r.error_code, r.error_message) for r in response.responses}


ZERO = uuid.UUID(int=0)


def test_delete_by_name_and_unknown() -> None:
    image = image_with("a", "b")
    a_id = image.topics_by_name["a"].topic_id
    result = make_controller().delete_topics(delete_request(names=["a", "zz"]), image, 0, version=5)
    assert result.records == [m.RemoveTopicRecord(topic_id=a_id)]
    answers = by_key(result.response)
    assert answers[("a", a_id)] == (0, None)
    assert answers[("zz", ZERO)] == (ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
                                     "This server does not host this topic-partition.")
    commit(image, result)
    assert "a" not in image.topics_by_name and "b" in image.topics_by_name


def test_delete_by_id_and_unknown_id() -> None:
    image = image_with("a")
    a_id = image.topics_by_name["a"].topic_id
    missing = uuid.UUID(int=12345)
    result = make_controller().delete_topics(delete_request(states=[(None, a_id), (None, missing)]), image, 0, 6)
    assert result.records == [m.RemoveTopicRecord(topic_id=a_id)]
    answers = by_key(result.response)
    assert answers[("a", a_id)] == (0, None)
    assert answers[(None, missing)] == (ErrorCode.UNKNOWN_TOPIC_ID, "This server does not host this topic ID.")


def test_delete_request_shape_errors() -> None:
    image = image_with("a", "b")
    a_id = image.topics_by_name["a"].topic_id
    b_id = image.topics_by_name["b"].topic_id
    request = delete_request(
        states=[("dup", ZERO), ("dup", ZERO), (None, ZERO), ("x", b_id), (None, a_id), ("a", ZERO),
                (None, uuid.UUID(int=5)), (None, uuid.UUID(int=5))]
    )
    result = make_controller().delete_topics(request, image, 0, 6)
    answers = by_key(result.response)
    assert answers[("dup", ZERO)] == (ErrorCode.INVALID_REQUEST, "Duplicate topic name.")
    assert answers[(None, ZERO)] == (ErrorCode.INVALID_REQUEST, "Neither topic name nor id were specified.")
    assert answers[("x", b_id)] == (ErrorCode.INVALID_REQUEST, "You may not specify both topic name and topic id.")
    assert answers[(None, uuid.UUID(int=5))] == (ErrorCode.INVALID_REQUEST, "Duplicate topic id.")
    assert answers[("a", a_id)] == (ErrorCode.INVALID_REQUEST,
                                    "The provided topic name maps to an ID that was already supplied.")
    assert result.records == []


def test_delete_disabled() -> None:
    image = image_with("a")
    old = make_controller(delete_topic_enable=False).delete_topics(delete_request(names=["a"]), image, 0, 2)
    assert by_key(old.response)[("a", ZERO)] == (ErrorCode.INVALID_REQUEST, "Topic deletion is disabled.")
    new = make_controller(delete_topic_enable=False).delete_topics(delete_request(names=["a"]), image, 0, 5)
    assert by_key(new.response)[("a", ZERO)] == (ErrorCode.TOPIC_DELETION_DISABLED, None)
    assert old.records == [] and new.records == []


def test_internal_topics_can_be_deleted_like_kafka() -> None:
    image = image_with("__consumer_offsets")
    result = make_controller().delete_topics(delete_request(names=["__consumer_offsets"]), image, 0, 6)
    assert len(result.records) == 1


# ---------------------------------------------------------------- CreatePartitions


def partitions_request(*topics: tuple[str, int, list[list[int]] | None], validate_only: bool = False) -> Any:
    return m.CreatePartitionsRequest(
        topics=[
            m.CreatePartitionsRequest.CreatePartitionsTopic(
                name=n,
                count=c,
                assignments=None if a is None else [
                    m.CreatePartitionsRequest.CreatePartitionsAssignment(broker_ids=b) for b in a
                ],
            )
            for n, c, a in topics
        ],
        timeout_ms=1000,
        validate_only=validate_only,
    )


def results(response: Any) -> dict[str, tuple[int, str | None]]:
    return {r.name: (r.error_code, r.error_message) for r in response.results}


def test_create_partitions_success() -> None:
    image = image_with("a")
    result = make_controller().create_partitions(partitions_request(("a", 4, None)), image, 0)
    assert results(result.response) == {"a": (0, None)}
    assert [r.partition_id for r in result.records] == [2, 3]
    assert all(r.topic_id == image.topics_by_name["a"].topic_id for r in result.records)
    commit(image, result)
    assert sorted(image.topics_by_name["a"].partitions) == [0, 1, 2, 3]


def test_create_partitions_errors() -> None:
    image = image_with("a", "b", "c")
    request = partitions_request(("a", 2, None), ("b", 1, None), ("zz", 3, None), ("c", 4, [[1]]),
                                 ("d", 3, None), ("d", 4, None))
    result = make_controller().create_partitions(request, image, 0)
    answers = results(result.response)
    assert answers["a"] == (ErrorCode.INVALID_PARTITIONS, "Topic already has 2 partition(s).")
    assert answers["b"] == (ErrorCode.INVALID_PARTITIONS,
                            "The topic b currently has 2 partition(s); 1 would not be an increase.")
    assert answers["zz"] == (ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, None)
    assert answers["c"] == (ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                            "Attempted to add 2 additional partition(s), but only 1 assignment(s) were specified.")
    assert answers["d"] == (ErrorCode.INVALID_REQUEST, "Duplicate topic name.")
    assert result.response.results[0].name == "d"
    assert result.records == []


def test_create_partitions_manual_and_validate_only() -> None:
    image = make_image([1, 2])
    commit(image, create(image, creatable("t", 1, 2)))
    ok = make_controller().create_partitions(partitions_request(("t", 2, [[2, 1]])), image, 0)
    assert results(ok.response) == {"t": (0, None)}
    assert [(r.partition_id, r.replicas, r.leader) for r in ok.records] == [(1, [2, 1], 2)]
    bad = make_controller().create_partitions(partitions_request(("t", 2, [[2]])), image, 0)
    assert results(bad.response)["t"] == (
        ErrorCode.INVALID_REPLICA_ASSIGNMENT,
        "The manual partition assignment includes a partition with 1 replica(s), but this is not consistent with "
        "previous partitions, which have 2 replica(s).",
    )
    dry = make_controller().create_partitions(partitions_request(("t", 3, None), validate_only=True), image, 0)
    assert results(dry.response) == {"t": (0, None)}
    assert dry.records == []


def test_excessively_many_partitions_fails_whole_request() -> None:
    result = create(make_image([1]), creatable("big", 9_000), creatable("more", 1_001))
    assert result.records == []
    assert errors_by_name(result.response) == {
        "big": (ErrorCode.POLICY_VIOLATION, "Excessively large number of partitions per request."),
        "more": (ErrorCode.POLICY_VIOLATION, "Excessively large number of partitions per request."),
    }
    ok = create(make_image([1]), creatable("big", 9_000), creatable("more", 1_000))
    assert [t.error_code for t in ok.response.topics] == [0, 0]
