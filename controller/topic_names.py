"""Topic name rules, as Kafka's ``org.apache.kafka.common.internals.Topic``."""

from __future__ import annotations

MAX_NAME_LENGTH = 249
CLUSTER_METADATA_TOPIC_NAME = "__cluster_metadata"
GROUP_METADATA_TOPIC_NAME = "__consumer_offsets"
TRANSACTION_STATE_TOPIC_NAME = "__transaction_state"
SHARE_GROUP_STATE_TOPIC_NAME = "__share_group_state"
INTERNAL_TOPICS = frozenset({GROUP_METADATA_TOPIC_NAME, TRANSACTION_STATE_TOPIC_NAME, SHARE_GROUP_STATE_TOPIC_NAME})

_LEGAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")


def detect_invalid_topic(name: str) -> str | None:
    """Why ``name`` is not a legal topic name, in Kafka's words, or None."""
    if not name:
        return "the empty string is not allowed"
    if name == ".":
        return "'.' is not allowed"
    if name == "..":
        return "'..' is not allowed"
    # Java's String.length() counts UTF-16 units; legal names are ASCII so this only
    # matters for the message of an over-long name with exotic characters.
    if len(name.encode("utf-16-le")) // 2 > MAX_NAME_LENGTH:
        return f"the length of '{name}' is longer than the max allowed length {MAX_NAME_LENGTH}"
    if any(c not in _LEGAL for c in name):
        return f"'{name}' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'"
    return None


def invalid_topic_message(name: str) -> str | None:
    """The InvalidTopicException message ``Topic.validate`` throws, or None if valid."""
    reason = detect_invalid_topic(name)
    return None if reason is None else f"Topic name is invalid: {reason}"


def has_collision_chars(name: str) -> bool:
    return "_" in name or "." in name


def unify_collision_chars(name: str) -> str:
    return name.replace(".", "_")


def is_internal(name: str) -> bool:
    return name in INTERNAL_TOPICS
