"""Server-side assignors of KIP-848: `uniform` (balanced and sticky) and `range` (per-topic ranges).

Both are pure functions of (members' subscriptions, topic partition counts, current target)
-> new target. Topics are identified by id in the output, as Kafka's assignment is.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

Assignment = dict[uuid.UUID, set[int]]


@dataclass(frozen=True, slots=True)
class MemberSpec:
    member_id: str
    instance_id: str | None
    subscribed: frozenset[uuid.UUID]


def uniform_assign(
    members: list[MemberSpec],
    partitions: Mapping[uuid.UUID, int],
    current: Mapping[str, Assignment],
) -> dict[str, Assignment]:
    """Balance every partition over the members subscribed to its topic, keeping current owners where possible."""
    out: dict[str, Assignment] = {mem.member_id: {} for mem in members}
    if not members:
        return out
    counts = {mem.member_id: 0 for mem in members}
    subs = {mem.member_id: mem.subscribed for mem in members}
    all_parts = [(tid, p) for tid in sorted(partitions, key=str) for p in range(partitions[tid])]
    eligible_total = {
        mid: sum(1 for tid, _ in all_parts if tid in subs[mid]) for mid in counts
    }
    # A member's fair share: total partitions of its topics split among the members that could take them.
    n_members = len(members)
    quota = {mid: -(-len(all_parts) // n_members) if eligible_total[mid] else 0 for mid in counts}
    taken: set[tuple[uuid.UUID, int]] = set()
    # Keep existing ownership up to the member's quota (stickiness).
    for mem in sorted(members, key=lambda x: x.member_id):
        prev = current.get(mem.member_id, {})
        for tid in sorted(prev, key=str):
            if tid not in mem.subscribed or tid not in partitions:
                continue
            for p in sorted(prev[tid]):
                if p >= partitions[tid] or (tid, p) in taken or counts[mem.member_id] >= quota[mem.member_id]:
                    continue
                out[mem.member_id].setdefault(tid, set()).add(p)
                counts[mem.member_id] += 1
                taken.add((tid, p))
    for tid, p in all_parts:
        if (tid, p) in taken:
            continue
        candidates = [mid for mid in counts if tid in subs[mid]]
        if not candidates:
            continue
        best = min(candidates, key=lambda mid: (counts[mid], mid))
        out[best].setdefault(tid, set()).add(p)
        counts[best] += 1
        taken.add((tid, p))
    _rebalance_uniform(out, counts, subs)
    return out


def _rebalance_uniform(out: dict[str, Assignment], counts: dict[str, int], subs: dict[str, frozenset[uuid.UUID]]) -> None:
    # Kept partitions can leave members above the minimum; move single partitions until within one.
    for _ in range(10000):
        hi = max(counts, key=lambda mid: (counts[mid], mid))
        moved = False
        for lo in sorted(counts, key=lambda mid: (counts[mid], mid)):
            if counts[hi] - counts[lo] <= 1:
                break
            for tid in sorted(out[hi], key=str):
                if tid in subs[lo] and out[hi][tid]:
                    p = max(out[hi][tid])
                    out[hi][tid].discard(p)
                    if not out[hi][tid]:
                        del out[hi][tid]
                    out[lo].setdefault(tid, set()).add(p)
                    counts[hi] -= 1
                    counts[lo] += 1
                    moved = True
                    break
            if moved:
                break
        if not moved:
            return


def range_assign(
    members: list[MemberSpec],
    partitions: Mapping[uuid.UUID, int],
    current: Mapping[str, Assignment],
) -> dict[str, Assignment]:
    """Per topic: subscribers in (instance id or member id) order get consecutive ranges, the first ones one extra."""
    out: dict[str, Assignment] = {mem.member_id: {} for mem in members}
    for tid in sorted(partitions, key=str):
        subscribers = sorted(
            (mem for mem in members if tid in mem.subscribed),
            key=lambda mem: (mem.instance_id is None, mem.instance_id or "", mem.member_id),
        )
        if not subscribers:
            continue
        n = partitions[tid]
        per, extra = divmod(n, len(subscribers))
        start = 0
        for i, mem in enumerate(subscribers):
            size = per + (1 if i < extra else 0)
            if size:
                out[mem.member_id][tid] = set(range(start, start + size))
            start += size
    return out


ASSIGNORS = {"uniform": uniform_assign, "range": range_assign}
