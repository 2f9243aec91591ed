"""The current_leader_epoch check shared by Fetch, ListOffsets, OffsetForLeaderEpoch and follower fetches."""

from __future__ import annotations

import uuid
from typing import Any

from kpybroker.replica_manager import Partition
from protocol.errors import ErrorCode


def _partition(epoch: int) -> Partition:
    log: Any = None
    config: Any = None
    return Partition("t", 0, uuid.UUID(int=1), log, config, leader_epoch=epoch)


def test_epoch_error_matches_kafka() -> None:
    part = _partition(5)
    assert part.epoch_error(-1) is None  # not given: no check
    assert part.epoch_error(5) is None
    assert part.epoch_error(4) == ErrorCode.FENCED_LEADER_EPOCH  # the client is behind
    assert part.epoch_error(6) == ErrorCode.UNKNOWN_LEADER_EPOCH  # the client is ahead of us
