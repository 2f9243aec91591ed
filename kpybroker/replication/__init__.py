"""Partition replication across brokers: follower fetchers, leader-side follower state and
ISR, the high watermark, acks=all waits, and broker liveness (heartbeats, fencing)."""

from kpybroker.replication.ack_waiters import AckWaiters
from kpybroker.replication.leader_state import FollowerProgress, LeaderState
from kpybroker.replication.liveness import BrokerLiveness
from kpybroker.replication.manager import ReplicationManager

__all__ = ["AckWaiters", "BrokerLiveness", "FollowerProgress", "LeaderState", "ReplicationManager"]
