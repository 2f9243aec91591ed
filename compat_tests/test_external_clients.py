"""The subprocess plumbing behind the franz-go and kafkajs scenarios (no broker needed)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from compat_tests.external_clients import (
    FRANZGO_DIR,
    KAFKAJS_DIR,
    ScenarioFailed,
    _digest,
    _stamp_matches,
    run_scenario,
)


def test_run_scenario_returns_last_json_line() -> None:
    code = "print('warming up'); print('{\"ok\": [1, 2]}')"
    assert run_scenario([sys.executable, "-c", code]) == {"ok": [1, 2]}


def test_run_scenario_reports_failure_with_stderr() -> None:
    code = "import sys; sys.stderr.write('boom'); sys.exit(3)"
    with pytest.raises(ScenarioFailed, match="boom"):
        run_scenario([sys.executable, "-c", code])


def test_stamp_follows_file_contents(tmp_path: Path) -> None:
    source = tmp_path / "main.go"
    source.write_text("package main\n")
    stamp = tmp_path / "stamp"
    before = _digest([source])
    stamp.write_text(before + "\n")
    assert _stamp_matches(stamp, before)
    source.write_text("package main // changed\n")
    assert not _stamp_matches(stamp, _digest([source]))


def test_clients_are_pinned() -> None:
    go_mod = (FRANZGO_DIR / "go.mod").read_text()
    assert "github.com/twmb/franz-go v1.22.3" in go_mod
    assert (FRANZGO_DIR / "go.sum").read_text().count("github.com/twmb/franz-go v1.22.3") >= 1
    lock = (KAFKAJS_DIR / "package-lock.json").read_text()
    assert '"node_modules/kafkajs"' in lock and '"version": "2.2.4"' in lock
