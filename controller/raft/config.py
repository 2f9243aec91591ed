"""Raft timing and sizing settings (Kafka's `controller.quorum.*` defaults)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RaftConfig:
    # controller.quorum.election.timeout.ms: the timeout is this plus a random extra up to it.
    election_timeout_ms: int = 1000
    # controller.quorum.fetch.timeout.ms: a follower with no successful fetch this long
    # starts an election; a leader not fetched from by a majority for 1.5x this resigns.
    fetch_timeout_ms: int = 2000
    # controller.quorum.election.backoff.max.ms
    election_backoff_max_ms: int = 1000
    # controller.quorum.request.timeout.ms
    request_timeout_ms: int = 2000
    # controller.quorum.retry.backoff.ms
    retry_backoff_ms: int = 20
    # How long the leader may hold a fetch that has nothing to return (KafkaRaftClient uses 500).
    fetch_max_wait_ms: int = 500
    # Bounds one fetch response (Kafka bounds by bytes; one entry is one record here).
    fetch_max_entries: int = 512
    # Bounds one FetchSnapshot response chunk.
    fetch_snapshot_max_bytes: int = 1 << 20

    @property
    def check_quorum_timeout_ms(self) -> int:
        return self.fetch_timeout_ms * 3 // 2
