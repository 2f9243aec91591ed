"""ApiError shapes: Kafka's `new ApiError(code)` vs `ApiError.fromThrowable(exception)`."""

from __future__ import annotations

from controller.api_error import DEFAULT_MESSAGES, ApiError
from protocol.errors import ErrorCode


def test_every_default_message_names_a_real_code() -> None:
    for name in DEFAULT_MESSAGES:
        assert ErrorCode[name].name == name


def test_default_vs_from_exception() -> None:
    assert ApiError.default("UNKNOWN_TOPIC_ID") == ApiError(100, "This server does not host this topic ID.")
    # An exception carrying the code's default text (or none) is sent with a null message.
    assert ApiError.from_exception("UNKNOWN_TOPIC_ID", "This server does not host this topic ID.") == ApiError(100, None)
    assert ApiError.from_exception("UNKNOWN_TOPIC_OR_PARTITION") == ApiError(3, None)
    assert ApiError.from_exception("INVALID_PARTITIONS", "x") == ApiError(37, "x")
    # UNKNOWN_SERVER_ERROR never leaks its message.
    assert ApiError.from_exception("UNKNOWN_SERVER_ERROR", "secret") == ApiError(-1, None)
    assert not ApiError.of("NONE").is_failure
    assert ApiError.of("INVALID_CONFIG", "m").is_failure
