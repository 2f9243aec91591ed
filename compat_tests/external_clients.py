"""Stock clients in other languages (franz-go, kafkajs) driven as subprocesses.

Each client lives under ``compat_tests/clients/<name>/`` with its own pinned dependencies and a
program that runs one named scenario and prints one JSON object. The Go program is built once
into ``.cache/franzgo/`` and the npm packages are installed with ``npm ci`` into the client's
folder; both are redone only when their sources or lock files change (a stamp holds their hash).

``python -m compat_tests.external_clients`` prepares both ahead of the test run (used by CI);
a missing toolchain is reported, not fatal, since the tests then skip.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Final

import structlog

from compat_tests.kafka_launcher import REPO_ROOT

log = structlog.get_logger(__name__)

CLIENTS_DIR: Final = REPO_ROOT / "compat_tests" / "clients"
FRANZGO_DIR: Final = CLIENTS_DIR / "franzgo"
KAFKAJS_DIR: Final = CLIENTS_DIR / "kafkajs"
CACHE_DIR: Final = REPO_ROOT / ".cache"
FRANZGO_BIN: Final = CACHE_DIR / "franzgo" / "franzgo"

# Module download and a cold build take ~1 min on 2 cores; later builds hit Go's own cache.
BUILD_TIMEOUT_S: Final = 600.0
# The scenario programs stop themselves after 60 s; this only guards against a hung process.
SCENARIO_TIMEOUT_S: Final = 120.0


class ClientUnavailable(RuntimeError):
    """The toolchain is missing; tests skip with this text."""


class ClientBuildError(RuntimeError):
    """The toolchain is there but the build or install failed: a real failure, not a skip."""


class ScenarioFailed(RuntimeError):
    """The client program exited non-zero or printed no JSON."""


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def _stamp_matches(stamp: Path, digest: str) -> bool:
    return stamp.is_file() and stamp.read_text().strip() == digest


def _run(argv: list[str], cwd: Path, what: str) -> None:
    try:
        result = subprocess.run(
            argv, cwd=cwd, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise ClientBuildError(f"{what} timed out after {BUILD_TIMEOUT_S:.0f}s") from exc
    if result.returncode != 0:
        raise ClientBuildError(f"{what} failed (rc={result.returncode}):\n{result.stderr[-3000:]}")


def build_franzgo() -> Path:
    """The franz-go scenario binary, built if missing or stale."""
    go = shutil.which("go")
    if go is None:
        raise ClientUnavailable("go toolchain not installed")
    sources = [*FRANZGO_DIR.glob("*.go"), FRANZGO_DIR / "go.mod", FRANZGO_DIR / "go.sum"]
    digest = _digest(sources)
    stamp = FRANZGO_BIN.with_suffix(".stamp")
    if FRANZGO_BIN.is_file() and _stamp_matches(stamp, digest):
        return FRANZGO_BIN
    FRANZGO_BIN.parent.mkdir(parents=True, exist_ok=True)
    # -mod=readonly: the pinned go.sum is the source of truth, a build must never rewrite it.
    _run([go, "build", "-mod=readonly", "-buildvcs=false", "-o", str(FRANZGO_BIN), "."], FRANZGO_DIR,
         "go build (franz-go)")
    stamp.write_text(digest + "\n")
    log.info("franzgo_built", binary=str(FRANZGO_BIN))
    return FRANZGO_BIN


def install_kafkajs() -> Path:
    """The kafkajs scenario script, after `npm ci` if node_modules is missing or stale."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        raise ClientUnavailable("node/npm not installed")
    digest = _digest([KAFKAJS_DIR / "package.json", KAFKAJS_DIR / "package-lock.json"])
    stamp = KAFKAJS_DIR / "node_modules" / ".kpybroker-stamp"
    if not _stamp_matches(stamp, digest):
        _run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], KAFKAJS_DIR, "npm ci (kafkajs)")
        stamp.write_text(digest + "\n")
        log.info("kafkajs_installed", folder=str(KAFKAJS_DIR))
    return KAFKAJS_DIR / "scenario.js"


def run_scenario(argv: list[str], cwd: Path | None = None) -> dict[str, Any]:
    """Run one client scenario and return the JSON object it printed on its last stdout line."""
    env = dict(os.environ)
    env["KAFKAJS_NO_PARTITIONER_WARNING"] = "1"
    try:
        result = subprocess.run(
            argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=SCENARIO_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise ScenarioFailed(f"{argv[:3]} timed out after {SCENARIO_TIMEOUT_S:.0f}s") from exc
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        raise ScenarioFailed(f"{argv} exited {result.returncode}:\n{result.stderr[-3000:]}")
    observed: dict[str, Any] = json.loads(lines[-1])
    return observed


def main() -> int:
    """Prepare every external client: a missing toolchain is reported, a failed build fails."""
    rc = 0
    for name, prepare in (("franz-go", build_franzgo), ("kafkajs", install_kafkajs)):
        try:
            path = prepare()
        except ClientUnavailable as exc:
            sys.stderr.write(f"{name}: unavailable, its compat tests will skip: {exc}\n")
            continue
        except ClientBuildError as exc:
            sys.stderr.write(f"{name}: {exc}\n")
            rc = 1
            continue
        sys.stdout.write(f"{name}: ready ({path})\n")
    return rc


if __name__ == "__main__":
    raise SystemExit(main())
