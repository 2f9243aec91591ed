"""IncrementalAlterConfigs / AlterConfigs decisions (ConfigurationControlManager semantics)."""

from __future__ import annotations

from typing import Any

import protocol.messages as m
from controller.image import MetadataImage
from protocol.errors import ErrorCode
from tests.unit.test_controller_support import commit, creatable, create_request, make_controller, make_image

SET, DELETE, APPEND, SUBTRACT = 0, 1, 2, 3


def image_with_topic() -> MetadataImage:
    image = make_image([1, 2])
    commit(image, make_controller().create_topics(
        create_request(creatable("t", configs={"retention.ms": "100"})), image, 0, 7))
    return image


def incremental(*resources: tuple[int, str, list[tuple[str, int, str | None]]], validate_only: bool = False) -> Any:
    Res = m.IncrementalAlterConfigsRequest.AlterConfigsResource
    Cfg = m.IncrementalAlterConfigsRequest.AlterableConfig
    return m.IncrementalAlterConfigsRequest(
        resources=[Res(resource_type=t, resource_name=n, configs=[Cfg(name=k, config_operation=o, value=v)
                                                               for k, o, v in cfgs])
                   for t, n, cfgs in resources],
        validate_only=validate_only,
    )


def legacy(*resources: tuple[int, str, dict[str, str | None]], validate_only: bool = False) -> Any:
    Res = m.AlterConfigsRequest.AlterConfigsResource
    Cfg = m.AlterConfigsRequest.AlterableConfig
    return m.AlterConfigsRequest(
        resources=[Res(resource_type=t, resource_name=n, configs=[Cfg(name=k, value=v) for k, v in cfgs.items()])
                   for t, n, cfgs in resources],
        validate_only=validate_only,
    )


def answers(response: Any) -> dict[tuple[int, str], tuple[int, str | None]]:
    return {(r.resource_type, r.resource_name): (r.error_code, r.error_message) for r in response.responses}


def test_set_delete_append_subtract_on_topic() -> None:
    image = image_with_topic()
    result = make_controller().incremental_alter_configs(
        incremental((2, "t", [("retention.ms", DELETE, None), ("segment.ms", SET, "10"),
                              ("cleanup.policy", APPEND, "compact")])),
        image, 0,
    )
    assert answers(result.response) == {(2, "t"): (0, None)}
    assert result.records == [
        m.ConfigRecord(resource_type=2, resource_name="t", name="retention.ms", value=None),
        m.ConfigRecord(resource_type=2, resource_name="t", name="segment.ms", value="10"),
        # APPEND starts from the default ("delete") when the topic has no value yet.
        m.ConfigRecord(resource_type=2, resource_name="t", name="cleanup.policy", value="delete,compact"),
    ]
    commit(image, result)
    assert image.topic_configs("t") == {"segment.ms": "10", "cleanup.policy": "delete,compact"}
    result = make_controller().incremental_alter_configs(
        incremental((2, "t", [("cleanup.policy", SUBTRACT, "delete"), ("segment.ms", SET, "10")])), image, 0)
    # An unchanged topic value produces no record.
    assert result.records == [m.ConfigRecord(resource_type=2, resource_name="t", name="cleanup.policy",
                                             value="compact")]


def test_append_to_non_list_is_invalid_config() -> None:
    result = make_controller().incremental_alter_configs(
        incremental((2, "t", [("retention.ms", APPEND, "5")])), image_with_topic(), 0)
    assert answers(result.response)[(2, "t")] == (
        ErrorCode.INVALID_CONFIG, "Can't APPEND to key retention.ms because its type is not LIST.")
    assert result.records == []


def test_unknown_topic_and_bad_names() -> None:
    result = make_controller().incremental_alter_configs(
        incremental((2, "nope", [("retention.ms", SET, "1")]), (2, "", [("retention.ms", SET, "1")]),
                    (2, "bad name", [("retention.ms", SET, "1")])),
        image_with_topic(), 0)
    got = answers(result.response)
    assert got[(2, "nope")] == (ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, "The topic 'nope' does not exist.")
    assert got[(2, "")] == (ErrorCode.INVALID_REQUEST, "Default topic resources are not allowed.")
    assert got[(2, "bad name")][0] == ErrorCode.INVALID_TOPIC_EXCEPTION
    assert result.records == []


def test_validator_sees_merged_topic_configs() -> None:
    seen: list[dict[str, str | None]] = []

    class Invalid(Exception):
        message = "Invalid value -2 for configuration segment.ms"

    def validate(configs: dict[str, str | None]) -> None:
        seen.append(configs)
        if configs.get("segment.ms") == "-2":
            raise Invalid()

    controller = make_controller(validate_topic_configs=validate)
    result = controller.incremental_alter_configs(incremental((2, "t", [("segment.ms", SET, "-2")])),
                                                  image_with_topic(), 0)
    assert answers(result.response)[(2, "t")] == (ErrorCode.INVALID_CONFIG,
                                                  "Invalid value -2 for configuration segment.ms")
    assert seen[-1] == {"retention.ms": "100", "segment.ms": "-2"}
    assert result.records == []


def test_broker_resources() -> None:
    image = image_with_topic()
    result = make_controller().incremental_alter_configs(
        incremental((4, "", [("log.retention.ms", SET, "5")]), (4, "1", [("log.cleaner.threads", SET, "2")]),
                    (4, "7", [("x", SET, "1")]), (4, "abc", [("x", SET, "1")]), (4, "-1", [("x", SET, "1")])),
        image, 0)
    got = answers(result.response)
    assert got[(4, "")] == (0, None)
    assert got[(4, "1")] == (0, None)
    assert got[(4, "7")] == (ErrorCode.BROKER_ID_NOT_REGISTERED, "No node with id 7 found.")
    assert got[(4, "abc")] == (ErrorCode.INVALID_REQUEST, "Unable to parse broker name as a base 10 number.")
    assert got[(4, "-1")] == (ErrorCode.INVALID_REQUEST, "Invalid negative broker ID.")
    commit(image, result)
    assert image.cluster_broker_configs() == {"log.retention.ms": "5"}
    # Broker configs always produce a record, even when unchanged (KAFKA-14136).
    again = make_controller().incremental_alter_configs(incremental((4, "", [("log.retention.ms", SET, "5")])),
                                                        image, 0)
    assert len(again.records) == 1


def test_duplicate_and_unknown_resource_types_and_validate_only() -> None:
    image = image_with_topic()
    result = make_controller().incremental_alter_configs(
        incremental((2, "t", [("segment.ms", SET, "1")]), (2, "t", [("segment.ms", SET, "2")]),
                    (99, "x", [])),
        image, 0)
    got = answers(result.response)
    assert got[(2, "t")] == (ErrorCode.INVALID_REQUEST, "Duplicate resource.")
    assert got[(99, "x")] == (ErrorCode.UNSUPPORTED_VERSION, "Unknown resource type 99.")
    assert result.records == []
    dry = make_controller().incremental_alter_configs(
        incremental((2, "t", [("segment.ms", SET, "1")]), validate_only=True), image, 0)
    assert answers(dry.response) == {(2, "t"): (0, None)}
    assert dry.records == []


def test_legacy_alter_configs_replaces_whole_set() -> None:
    image = image_with_topic()
    result = make_controller().alter_configs(legacy((2, "t", {"segment.ms": "7"})), image, 0)
    assert answers(result.response) == {(2, "t"): (0, None)}
    assert result.records == [
        m.ConfigRecord(resource_type=2, resource_name="t", name="segment.ms", value="7"),
        m.ConfigRecord(resource_type=2, resource_name="t", name="retention.ms", value=None),
    ]
    commit(image, result)
    assert image.topic_configs("t") == {"segment.ms": "7"}


def test_legacy_alter_configs_errors() -> None:
    image = image_with_topic()
    result = make_controller().alter_configs(
        legacy((2, "t", {"segment.ms": None}), (2, "gone", {"a": "b"}), (4, "1", {"a": "b"}),
               (4, "1", {"a": "c"})),
        image, 0)
    got = answers(result.response)
    assert got[(2, "t")] == (ErrorCode.INVALID_CONFIG, "Null value not supported for topic configs: segment.ms")
    assert got[(2, "gone")] == (ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, "The topic 'gone' does not exist.")
    assert got[(4, "1")] == (ErrorCode.INVALID_REQUEST, "Duplicate resource.")
    assert result.records == []
