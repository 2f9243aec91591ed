"""Leader-side follower tracking: high watermark over the ISR, ISR shrink and expand."""

from __future__ import annotations

from kpybroker.replication.leader_state import LeaderState


def _state(isr: tuple[int, ...] = (1, 2, 3), leo: int = 0) -> LeaderState:
    return LeaderState.become_leader(1, (1, 2, 3), isr, leader_epoch=4, partition_epoch=7,
                                     log_end_offset=leo, now_ms=1_000, min_insync_replicas=2)


def test_high_watermark_is_min_log_end_over_the_isr() -> None:
    s = _state()
    assert s.high_watermark(10) == -1  # followers' positions unknown after becoming leader
    s.record_fetch(2, 10, 1_100, 10)
    assert s.high_watermark(10) == -1
    s.record_fetch(3, 6, 1_100, 10)
    assert s.high_watermark(10) == 6
    s.record_fetch(3, 10, 1_200, 10)
    assert s.high_watermark(12) == 10


def test_replicas_outside_the_isr_do_not_hold_the_high_watermark() -> None:
    s = _state(isr=(1, 2))
    s.record_fetch(2, 8, 1_100, 8)
    s.record_fetch(3, 0, 1_100, 8)
    assert s.high_watermark(8) == 8


def test_unknown_replica_is_refused() -> None:
    assert _state().record_fetch(9, 0, 1_000, 0) is False


def test_lagging_follower_is_dropped_after_lag_time() -> None:
    s = _state(leo=0)
    s.record_fetch(2, 0, 1_000, 0)
    s.record_fetch(3, 0, 1_000, 0)
    # Leader grows; follower 3 stops fetching, follower 2 keeps up.
    s.record_fetch(2, 50, 20_000, 50)
    assert s.isr_change(20_000, 30_000, 50, 0, {1, 2, 3}) is None
    s.record_fetch(2, 100, 40_000, 100)
    assert s.isr_change(40_000, 30_000, 100, 50, {1, 2, 3}) == (1, 2)


def test_slow_but_progressing_follower_counts_as_caught_up_at_its_previous_fetch() -> None:
    s = _state(leo=0)
    s.record_fetch(2, 0, 1_000, 100)  # leader at 100 when follower 2 fetched from 0
    s.record_fetch(2, 100, 30_000, 200)  # reached that old end: caught up as of its fetch at 1_000
    s.record_fetch(2, 200, 59_000, 300)  # reached 200, the leader's end at 30_000: caught up as of then
    s.record_fetch(3, 300, 59_000, 300)
    assert s.followers[2].last_caught_up_ms == 30_000
    assert 2 not in s.out_of_sync(59_500, 30_000, 300)
    assert s.out_of_sync(60_500, 30_000, 300) == [2]


def test_caught_up_follower_rejoins_the_isr() -> None:
    s = _state(isr=(1, 2))
    s.record_fetch(3, 5, 1_000, 10)
    assert s.isr_change(1_000, 30_000, 10, 10, {1, 2, 3}) is None  # below the high watermark
    s.record_fetch(3, 10, 1_100, 10)
    assert s.isr_change(1_100, 30_000, 10, 10, {1, 2, 3}) == (1, 2, 3)
    assert s.isr_change(1_100, 30_000, 10, 10, {1, 2}) is None  # fenced brokers never join


def test_follower_below_epoch_start_is_not_in_sync() -> None:
    s = LeaderState.become_leader(1, (1, 2), (1,), 3, 0, log_end_offset=20, now_ms=0)
    s.record_fetch(2, 15, 10, 20)
    assert not s.in_sync(2, 15)
    s.record_fetch(2, 20, 20, 20)
    assert s.in_sync(2, 20)


def test_pending_expand_counts_for_the_high_watermark_until_rejected() -> None:
    s = _state(isr=(1, 2))
    s.record_fetch(2, 10, 1_000, 10)
    s.record_fetch(3, 10, 1_000, 10)
    s.proposed_isr = (1, 2, 3)
    assert s.maximal_isr == (1, 2, 3)
    assert s.isr_change(1_000, 30_000, 10, 10, {1, 2, 3}) is None  # one proposal at a time
    s.commit_isr((1, 2, 3), 8)
    assert s.proposed_isr is None and s.isr == (1, 2, 3) and s.partition_epoch == 8
    s.proposed_isr = (1, 2)
    s.abort_proposal()
    assert s.maximal_isr == (1, 2, 3)


def test_metadata_update_with_newer_partition_epoch_replaces_isr() -> None:
    s = _state()
    s.update_from_metadata((1, 2, 3), (1, 3), 9, 5_000, 2)
    assert s.isr == (1, 3) and s.partition_epoch == 9
    s.update_from_metadata((1, 2, 3), (1, 2, 3), 8, 5_000, 2)  # older: ignored
    assert s.isr == (1, 3)
