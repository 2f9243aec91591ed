"""Replica placement for new partitions (a simplified StripedReplicaPlacer).

Kafka stripes replicas across racks starting at a random broker; we place round-robin
over unfenced brokers from a random start, and only fall back to fenced brokers for
follower slots when there are not enough unfenced ones (as Kafka's placer does).
The error texts are Kafka 4.3.1's.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from controller.api_error import ApiError, ControllerError


def place_replicas(
    *,
    start_partition: int,
    num_partitions: int,
    replication_factor: int,
    unfenced: Sequence[int],
    fenced: Sequence[int],
    rng: random.Random,
) -> list[list[int]]:
    """Replica lists for ``num_partitions`` partitions; raises ``ControllerError``.

    The error is INVALID_REPLICATION_FACTOR carrying the placer's own message; the
    caller prefixes "Unable to replicate the partition N time(s): " as Kafka does.
    """
    if replication_factor <= 0:
        raise ControllerError(
            ApiError.of(
                "INVALID_REPLICATION_FACTOR",
                f"Invalid replication factor {replication_factor}: the replication factor must be positive.",
            )
        )
    if not unfenced:
        raise ControllerError(
            ApiError.of(
                "INVALID_REPLICATION_FACTOR",
                "All brokers are currently fenced, or have all their log directories cordoned.",
            )
        )
    total = len(unfenced) + len(fenced)
    if replication_factor > total:
        raise ControllerError(
            ApiError.of(
                "INVALID_REPLICATION_FACTOR",
                f"The target replication factor of {replication_factor} cannot be reached because only "
                f"{total} broker(s) are registered or some brokers have all their log directories cordoned.",
            )
        )
    active = sorted(unfenced)
    offset = rng.randrange(len(active))
    out: list[list[int]] = []
    for i in range(num_partitions):
        leader_index = (offset + start_partition + i) % len(active)
        # Followers continue around the unfenced brokers first, then the fenced ones.
        others = [active[(leader_index + k) % len(active)] for k in range(1, len(active))]
        replicas = [active[leader_index], *others, *sorted(fenced)][:replication_factor]
        out.append(replicas)
    return out
