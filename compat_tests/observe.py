"""What each target's clients observed, so a mismatch shows both brokers side by side.

Every scenario records a JSON-able observation per target and asserts it equals the expected
value written in the test. The kafka run proves the expectation; the kpybroker run must match.
Observations are also written to ``.kafka/compat/<target>.json`` so a kpybroker-only run (in a
later pytest process) can still show what real Kafka answered.
"""

from __future__ import annotations

import json
import os
import pprint
from pathlib import Path
from typing import Any

from compat_tests.kafka_launcher import REPO_ROOT

DEFAULT_RESULTS_DIR = REPO_ROOT / ".kafka" / "compat"


class Observations:
    """Per-target, per-scenario observations of one test session (plus earlier sessions' files)."""

    def __init__(self, results_dir: Path = DEFAULT_RESULTS_DIR):
        self.results_dir = results_dir
        self._by_target: dict[str, dict[str, Any]] = {}

    def _path(self, target: str) -> Path:
        return self.results_dir / f"{target}.json"

    def _load(self, target: str) -> dict[str, Any]:
        if target not in self._by_target:
            try:
                self._by_target[target] = json.loads(self._path(target).read_text())
            except (OSError, ValueError):
                self._by_target[target] = {}
        return self._by_target[target]

    def record(self, target: str, scenario: str, observed: Any) -> None:
        table = self._load(target)
        table[scenario] = _jsonable(observed)
        self.results_dir.mkdir(parents=True, exist_ok=True)
        # Write-then-rename: another pytest session may be reading the same file.
        path = self._path(target)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(table, indent=1, sort_keys=True, default=str))
        os.replace(tmp, path)

    def lookup(self, target: str, scenario: str) -> tuple[bool, Any]:
        table = self._load(target)
        return (scenario in table, table.get(scenario))

    def check(self, target: str, scenario: str, observed: Any, expected: Any) -> None:
        """Record, then assert observed == expected with every target's view in the message."""
        observed = _jsonable(observed)
        expected = _jsonable(expected)
        self.record(target, scenario, observed)
        if observed == expected:
            return
        lines = [f"[{scenario}] {target} observed something else than expected", "", "expected:",
                 _fmt(expected), "", f"{target} observed:", _fmt(observed)]
        for other in ("kafka", "kpybroker"):
            if other == target:
                continue
            found, value = self.lookup(other, scenario)
            lines += ["", f"{other} observed:", _fmt(value) if found else "(not run in this session)"]
        lines += ["", "differences (expected vs observed):", *_differences(expected, observed)]
        raise AssertionError("\n".join(lines))


def _jsonable(value: Any) -> Any:
    """Tuples become lists etc., so expected constants compare equal to decoded JSON."""
    return json.loads(json.dumps(value, sort_keys=True, default=str))


def _fmt(value: Any) -> str:
    return pprint.pformat(value, width=110, sort_dicts=True)


def _differences(expected: Any, observed: Any, path: str = "") -> list[str]:
    if isinstance(expected, dict) and isinstance(observed, dict):
        out: list[str] = []
        for key in sorted(set(expected) | set(observed), key=str):
            where = f"{path}.{key}" if path else str(key)
            if key not in observed:
                out.append(f"  {where}: missing (expected {expected[key]!r})")
            elif key not in expected:
                out.append(f"  {where}: unexpected {observed[key]!r}")
            else:
                out += _differences(expected[key], observed[key], where)
        return out
    if isinstance(expected, list) and isinstance(observed, list) and len(expected) == len(observed):
        out = []
        for index, (exp, obs) in enumerate(zip(expected, observed, strict=True)):
            out += _differences(exp, obs, f"{path}[{index}]")
        return out
    if expected != observed:
        return [f"  {path or '(root)'}: expected {expected!r}, observed {observed!r}"]
    return []
