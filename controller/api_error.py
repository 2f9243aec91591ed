"""An error code plus the exact message Kafka's controller would put in a response.

Kafka distinguishes ``new ApiError(code)`` (message = the code's default text) from
``ApiError.fromThrowable(new XException())`` (message = null). Both shapes reach
clients, so decisions here say which one they mean.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from protocol.errors import ErrorCode

# Errors.message() for the codes the controller answers with (Kafka 4.3.1 texts).
DEFAULT_MESSAGES = MappingProxyType(
    {
        "NONE": "NONE",
        "UNKNOWN_SERVER_ERROR": "The server experienced an unexpected error when processing the request.",
        "UNKNOWN_TOPIC_OR_PARTITION": "This server does not host this topic-partition.",
        "UNKNOWN_TOPIC_ID": "This server does not host this topic ID.",
        "TOPIC_AUTHORIZATION_FAILED": "Topic authorization failed.",
        "STALE_BROKER_EPOCH": "Broker epoch has changed.",
        "INVALID_REQUEST": (
            "This most likely occurs because of a request being malformed by the client library or the "
            "message was sent to an incompatible broker. See the broker logs for more details."
        ),
        "INVALID_TOPIC_EXCEPTION": "The request attempted to perform an operation on an invalid topic.",
        "TOPIC_ALREADY_EXISTS": "Topic with this name already exists.",
        "INVALID_PARTITIONS": "Number of partitions is below 1.",
        "INVALID_REPLICATION_FACTOR": (
            "Replication factor is below 1 or larger than the number of available brokers."
        ),
        "INVALID_REPLICA_ASSIGNMENT": "Replica assignment is invalid.",
        "INVALID_CONFIG": "Configuration is invalid.",
        "BROKER_ID_NOT_REGISTERED": "The given broker ID was not registered.",
        "INCONSISTENT_CLUSTER_ID": "The clusterId in the request does not match that found on the server.",
        "DUPLICATE_BROKER_REGISTRATION": "This broker ID is already in use.",
        "UNSUPPORTED_VERSION": "The version of API is not supported.",
        "INVALID_REGISTRATION": "The controller has considered the broker registration to be invalid.",
        "TOPIC_DELETION_DISABLED": "Topic deletion is disabled.",
        "POLICY_VIOLATION": "Request parameters do not satisfy the configured policy.",
    }
)


@dataclass(frozen=True, slots=True)
class ApiError:
    code: int
    message: str | None

    @property
    def is_failure(self) -> bool:
        return self.code != 0

    @classmethod
    def of(cls, name: str, message: str | None = None) -> ApiError:
        """``new ApiError(Errors.NAME, message)``."""
        return cls(int(ErrorCode[name]), message)

    @classmethod
    def default(cls, name: str) -> ApiError:
        """``new ApiError(Errors.NAME)``: the code's default text as message."""
        return cls(int(ErrorCode[name]), DEFAULT_MESSAGES.get(name))

    @classmethod
    def from_exception(cls, name: str, message: str | None = None) -> ApiError:
        """``ApiError.fromThrowable(new XException(message))``: default texts become null."""
        if name == "UNKNOWN_SERVER_ERROR" or message == DEFAULT_MESSAGES.get(name):
            message = None
        return cls(int(ErrorCode[name]), message)


NONE = ApiError(0, None)


class ControllerError(Exception):
    """Raised inside a decision to reject one item; carries the response error."""

    def __init__(self, error: ApiError) -> None:
        super().__init__(error.message or str(error.code))
        self.error = error
