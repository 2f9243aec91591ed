"""Thousands of seeded random schedules against the Raft core.

`KPY_SIM_SCHEDULES` sets how many (default 1500, split between 3- and 5-voter clusters by
seed parity). A failure reports its seed; `tests.sim.raft_sim.replay(seed)` reruns it exactly.
"""

from __future__ import annotations

import os

import pytest

from controller.raft.node import RaftNode
from tests.sim.raft_sim import InvariantViolation, Simulation, replay, run_schedule

SCHEDULES = int(os.environ.get("KPY_SIM_SCHEDULES", "1500"))
# The first seed lets CI shift the window (e.g. a nightly run with a different range).
FIRST_SEED = int(os.environ.get("KPY_SIM_FIRST_SEED", "0"))


def _run_seeds(seeds: list[int], dynamic: bool = False) -> tuple[int, int]:
    elections = committed = 0
    for seed in seeds:
        try:
            sim = run_schedule(seed, dynamic=dynamic)
        except InvariantViolation as exc:
            pytest.fail(
                f"{exc}\n(reproduce: python -c 'from tests.sim.raft_sim import replay; "
                f"replay({seed}, dynamic={dynamic})')"
            )
        elections += sim.stats.get("elections", 0)
        committed += len(sim.ledger)
    return elections, committed


@pytest.mark.parametrize("voters", [3, 5])
def test_random_schedules_keep_raft_safe_and_live(voters: int) -> None:
    parity = 0 if voters == 3 else 1
    seeds = [s for s in range(FIRST_SEED, FIRST_SEED + SCHEDULES) if s % 2 == parity]
    elections, committed = _run_seeds(seeds)
    # The schedules must actually exercise the protocol, not idle.
    assert elections >= len(seeds)
    assert committed > len(seeds)


@pytest.mark.parametrize("voters", [3, 5])
def test_random_schedules_with_voter_changes_keep_raft_safe_and_live(voters: int) -> None:
    """kraft.version 1: the same fault schedules, plus AddRaftVoter/RemoveRaftVoter on the leader."""
    parity = 0 if voters == 3 else 1
    seeds = [s for s in range(FIRST_SEED, FIRST_SEED + SCHEDULES // 5) if s % 2 == parity]
    changes = 0
    elections = committed = 0
    for seed in seeds:
        try:
            sim = run_schedule(seed, dynamic=True)
        except InvariantViolation as exc:
            pytest.fail(f"{exc}\n(reproduce: replay({seed}, dynamic=True))")
        changes += sim.stats.get("voter_changes_ok", 0)
        elections += sim.stats.get("elections", 0)
        committed += len(sim.ledger)
    assert elections >= len(seeds)
    assert committed > len(seeds)
    # Voter changes must actually commit, not just be refused.
    assert changes >= len(seeds) // 8


def test_replay_is_deterministic() -> None:
    a = replay(12, trace=False)
    b = replay(12, trace=False)
    assert a.ledger == b.ledger
    assert a.stats == b.stats and a.events == b.events and a.now == b.now


def test_failure_names_its_seed() -> None:
    sim = Simulation(3)
    err = sim.fail("example")
    assert "seed=3" in str(err) and "replay(3)" in str(err)


def test_checker_catches_a_voter_that_ignores_log_freshness(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sabotage: voters grant any vote regardless of log freshness. The invariants must notice."""
    monkeypatch.setattr(RaftNode, "_log_up_to_date", lambda self, last_epoch, last_offset: True)
    caught = None
    for seed in range(400):
        try:
            run_schedule(seed)
        except InvariantViolation as exc:
            caught = str(exc)
            break
    assert caught is not None, "400 schedules did not expose a broken vote rule"
    assert "seed=" in caught
