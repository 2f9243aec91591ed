"""The Kafka error table and the exceptions handlers raise."""

from __future__ import annotations

import pickle

import pytest

from protocol.errors import (
    ERRORS,
    CorruptRecordError,
    ErrorCode,
    ErrorInfo,
    InvalidRecordError,
    KafkaError,
    error_code_for,
    error_info,
)


def test_table_covers_every_code_from_minus_one_to_highest() -> None:
    codes = sorted(ERRORS)
    assert codes == list(range(-1, max(codes) + 1))
    assert max(codes) == ErrorCode.SHARE_SESSION_LIMIT_REACHED == 133
    assert len(ErrorCode) == len(ERRORS)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("UNKNOWN_SERVER_ERROR", -1),
        ("NONE", 0),
        ("OFFSET_OUT_OF_RANGE", 1),
        ("CORRUPT_MESSAGE", 2),
        ("UNKNOWN_TOPIC_OR_PARTITION", 3),
        ("NOT_LEADER_OR_FOLLOWER", 6),
        ("MESSAGE_TOO_LARGE", 10),
        ("INVALID_TOPIC_EXCEPTION", 17),
        ("REBALANCE_IN_PROGRESS", 27),
        ("UNSUPPORTED_VERSION", 35),
        ("TOPIC_ALREADY_EXISTS", 36),
        ("OUT_OF_ORDER_SEQUENCE_NUMBER", 45),
        ("DUPLICATE_SEQUENCE_NUMBER", 46),
        ("INVALID_PRODUCER_EPOCH", 47),
        ("UNSUPPORTED_COMPRESSION_TYPE", 76),
        ("INVALID_RECORD", 87),
        ("POSITION_OUT_OF_RANGE", 99),
        ("UNKNOWN_TOPIC_ID", 100),
        ("INVALID_REGULAR_EXPRESSION", 128),
        ("REBOOTSTRAP_REQUIRED", 129),
    ],
)
def test_names_and_codes_match_kafka(name: str, code: int) -> None:
    assert ErrorCode[name] == code
    assert ERRORS[code].name == name
    assert ERRORS[code].code == code


@pytest.mark.parametrize(
    ("code", "retriable"),
    [
        (ErrorCode.UNKNOWN_SERVER_ERROR, False),
        (ErrorCode.NONE, False),
        (ErrorCode.CORRUPT_MESSAGE, True),
        (ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, True),
        (ErrorCode.LEADER_NOT_AVAILABLE, True),
        (ErrorCode.NOT_LEADER_OR_FOLLOWER, True),
        (ErrorCode.REQUEST_TIMED_OUT, True),
        (ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, True),
        (ErrorCode.NOT_COORDINATOR, True),
        (ErrorCode.NOT_ENOUGH_REPLICAS, True),
        (ErrorCode.CONCURRENT_TRANSACTIONS, True),
        (ErrorCode.FENCED_LEADER_EPOCH, True),
        (ErrorCode.UNKNOWN_TOPIC_ID, True),
        (ErrorCode.REBALANCE_IN_PROGRESS, False),
        (ErrorCode.INVALID_RECORD, False),
        (ErrorCode.MESSAGE_TOO_LARGE, False),
        (ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER, False),
        (ErrorCode.INVALID_PRODUCER_EPOCH, False),
        (ErrorCode.TOPIC_AUTHORIZATION_FAILED, False),
        (ErrorCode.SHARE_SESSION_LIMIT_REACHED, True),
    ],
)
def test_retriable_flags_match_kafka_exception_hierarchy(code: ErrorCode, retriable: bool) -> None:
    assert ERRORS[code].retriable is retriable


def test_default_messages_are_kafkas() -> None:
    assert ERRORS[3].message == "This server does not host this topic-partition."
    assert ERRORS[0].message == ""
    assert all(info.message for code, info in ERRORS.items() if code != 0)


def test_table_is_immutable() -> None:
    with pytest.raises(TypeError):
        ERRORS[999] = ErrorInfo(999, "X", False, "x")  # type: ignore[index]
    with pytest.raises(AttributeError):
        ERRORS[0].retriable = True  # type: ignore[misc]


def test_error_info_of_unknown_code_is_unknown_server_error() -> None:
    assert error_info(12345).code == ErrorCode.UNKNOWN_SERVER_ERROR
    assert error_info(35).name == "UNSUPPORTED_VERSION"


def test_agrees_with_kafka_python_codes() -> None:
    kafka_errors = pytest.importorskip("kafka.errors")
    # kafka-python still uses a few pre-KIP names; compare codes and retriability.
    seen = 0
    for obj in vars(kafka_errors).values():
        if not (isinstance(obj, type) and issubclass(obj, kafka_errors.BrokerResponseError)):
            continue
        errno = getattr(obj, "errno", None)
        if errno is None or errno == ErrorCode.CORRUPT_MESSAGE:
            continue  # kafka-python marks CORRUPT_MESSAGE non-retriable; Kafka's Java class is retriable
        assert errno in ERRORS
        assert ERRORS[errno].retriable == bool(obj.retriable), ERRORS[errno].name
        seen += 1
    assert seen > 100


def test_kafka_error_carries_code_and_message() -> None:
    err = KafkaError(ErrorCode.INVALID_TOPIC_EXCEPTION, "Topic name is illegal")
    assert err.code is ErrorCode.INVALID_TOPIC_EXCEPTION
    assert err.message == "Topic name is illegal"
    assert not err.retriable
    assert "INVALID_TOPIC_EXCEPTION" in str(err)
    assert error_code_for(err) == 17
    assert error_code_for(ValueError("x")) == ErrorCode.UNKNOWN_SERVER_ERROR


def test_kafka_error_defaults_message_from_table_and_accepts_int() -> None:
    err = KafkaError(3)
    assert err.code is ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
    assert err.message == ERRORS[3].message
    assert err.retriable
    with pytest.raises(ValueError):
        KafkaError(4242)


def test_record_errors_have_their_default_codes() -> None:
    corrupt = CorruptRecordError("bad crc")
    invalid = InvalidRecordError("bad count")
    assert isinstance(corrupt, KafkaError) and isinstance(invalid, KafkaError)
    assert corrupt.code == ErrorCode.CORRUPT_MESSAGE and corrupt.message == "bad crc"
    assert invalid.code == ErrorCode.INVALID_RECORD and invalid.message == "bad count"
    assert InvalidRecordError("zstd", code=ErrorCode.UNSUPPORTED_COMPRESSION_TYPE).code == 76
    assert CorruptRecordError().message == ERRORS[2].message


def test_errors_survive_pickling() -> None:
    err = pickle.loads(pickle.dumps(KafkaError(ErrorCode.NOT_CONTROLLER, "moved")))
    assert err.code is ErrorCode.NOT_CONTROLLER and err.message == "moved"
    corrupt = pickle.loads(pickle.dumps(CorruptRecordError("bad crc")))
    assert type(corrupt) is CorruptRecordError
    assert corrupt.code is ErrorCode.CORRUPT_MESSAGE and corrupt.message == "bad crc"
