"""The side-by-side assertion: a mismatch message shows every target's observation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compat_tests.observe import Observations


def test_match_records_the_observation_for_later_sessions(tmp_path: Path) -> None:
    Observations(tmp_path).check("kafka", "s1", {"offsets": (0, 1)}, {"offsets": [0, 1]})
    assert json.loads((tmp_path / "kafka.json").read_text()) == {"s1": {"offsets": [0, 1]}}
    assert Observations(tmp_path).lookup("kafka", "s1") == (True, {"offsets": [0, 1]})


def test_mismatch_shows_expected_both_targets_and_the_differing_path(tmp_path: Path) -> None:
    observations = Observations(tmp_path)
    observations.check("kafka", "errors", {"code": "MSG_SIZE_TOO_LARGE"}, {"code": "MSG_SIZE_TOO_LARGE"})
    with pytest.raises(AssertionError) as failure:
        observations.check("kpybroker", "errors", {"code": "UNKNOWN"}, {"code": "MSG_SIZE_TOO_LARGE"})
    message = str(failure.value)
    assert "kpybroker observed:\n{'code': 'UNKNOWN'}" in message
    assert "kafka observed:\n{'code': 'MSG_SIZE_TOO_LARGE'}" in message
    assert "code: expected 'MSG_SIZE_TOO_LARGE', observed 'UNKNOWN'" in message


def test_mismatch_without_the_other_target_says_it_did_not_run(tmp_path: Path) -> None:
    with pytest.raises(AssertionError, match=r"kafka observed:\n\(not run in this session\)"):
        Observations(tmp_path).check("kpybroker", "s", [1, 2], [1, 3])
