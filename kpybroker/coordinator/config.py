"""The coordinator's tunables, taken from the broker config so the core stays IO-free."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class CoordinatorConfig:
    num_partitions: int = 50
    initial_rebalance_delay_ms: int = 3000
    min_session_timeout_ms: int = 6000
    max_session_timeout_ms: int = 1800000
    max_group_size: int = 2147483647
    # Kafka's group.classic.new.member.join.timeout: a parked JoinGroup of a new member is dropped after it.
    new_member_join_timeout_ms: int = 300000
    offsets_retention_ms: int = 7 * 24 * 3600 * 1000
    offsets_retention_check_interval_ms: int = 600000
    offset_metadata_max_bytes: int = 4096
    consumer_session_timeout_ms: int = 45000
    consumer_heartbeat_interval_ms: int = 5000
    consumer_min_session_timeout_ms: int = 45000
    consumer_max_session_timeout_ms: int = 60000
    consumer_max_size: int = 2147483647
    consumer_assignors: tuple[str, ...] = ("uniform", "range")
    rebalance_protocols: tuple[str, ...] = ("classic", "consumer")

    @classmethod
    def from_broker_config(cls, cfg: Any) -> CoordinatorConfig:
        """Read whatever of our settings the broker config has; missing ones keep Kafka's defaults."""
        defaults = cls()

        def get(name: str, default: Any) -> Any:
            value = getattr(cfg, name, None)
            return default if value is None else value

        assignors = get("group_consumer_assignors", defaults.consumer_assignors)
        if isinstance(assignors, str):
            assignors = tuple(a.strip() for a in assignors.split(",") if a.strip())
        # Kafka accepts class names too; keep only the short names our assignors answer to.
        assignors = tuple(_short_assignor_name(a) for a in assignors)
        return cls(
            num_partitions=int(get("offsets_topic_num_partitions", defaults.num_partitions)),
            initial_rebalance_delay_ms=int(get("group_initial_rebalance_delay_ms", defaults.initial_rebalance_delay_ms)),
            min_session_timeout_ms=int(get("group_min_session_timeout_ms", defaults.min_session_timeout_ms)),
            max_session_timeout_ms=int(get("group_max_session_timeout_ms", defaults.max_session_timeout_ms)),
            max_group_size=int(get("group_max_size", defaults.max_group_size)),
            new_member_join_timeout_ms=int(
                get("group_classic_new_member_join_timeout_ms", defaults.new_member_join_timeout_ms)
            ),
            offsets_retention_ms=int(get("offsets_retention_minutes", 10080)) * 60 * 1000,
            offsets_retention_check_interval_ms=int(
                get("offsets_retention_check_interval_ms", defaults.offsets_retention_check_interval_ms)
            ),
            offset_metadata_max_bytes=int(get("offset_metadata_max_bytes", defaults.offset_metadata_max_bytes)),
            consumer_session_timeout_ms=int(get("group_consumer_session_timeout_ms", defaults.consumer_session_timeout_ms)),
            consumer_heartbeat_interval_ms=int(
                get("group_consumer_heartbeat_interval_ms", defaults.consumer_heartbeat_interval_ms)
            ),
            consumer_min_session_timeout_ms=int(
                get("group_consumer_min_session_timeout_ms", defaults.consumer_min_session_timeout_ms)
            ),
            consumer_max_session_timeout_ms=int(
                get("group_consumer_max_session_timeout_ms", defaults.consumer_max_session_timeout_ms)
            ),
            consumer_max_size=int(get("group_consumer_max_size", defaults.consumer_max_size)),
            consumer_assignors=assignors or defaults.consumer_assignors,
            rebalance_protocols=tuple(get("group_coordinator_rebalance_protocols", defaults.rebalance_protocols)),
        )


def _short_assignor_name(name: str) -> str:
    lowered = name.rsplit(".", 1)[-1].lower()
    if lowered.startswith("uniform"):
        return "uniform"
    if lowered.startswith("range"):
        return "range"
    return name
