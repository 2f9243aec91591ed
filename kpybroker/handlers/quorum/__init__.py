"""Handlers served on the CONTROLLER listener: the KRaft APIs and broker-to-controller RPCs."""

from __future__ import annotations

from kpybroker.handlers.quorum import (
    add_raft_voter,
    allocate_producer_ids,
    begin_quorum_epoch,
    broker_heartbeat,
    broker_registration,
    describe_quorum,
    end_quorum_epoch,
    fetch,
    fetch_snapshot,
    remove_raft_voter,
    update_raft_voter,
    vote,
)

MODULES = (
    vote,
    begin_quorum_epoch,
    end_quorum_epoch,
    fetch,
    fetch_snapshot,
    describe_quorum,
    broker_registration,
    broker_heartbeat,
    allocate_producer_ids,
    add_raft_voter,
    remove_raft_voter,
    update_raft_voter,
)
