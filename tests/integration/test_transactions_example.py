"""The exactly-once example runs end to end: a lost ack stored once, a crashed worker's
batch re-processed without duplicated output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "exactly_once" / "pipeline.py"


def test_exactly_once_example(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLE), "--records", "60", "--batch", "10"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
    )
    assert "RESULT: exactly once" in result.stdout, result.stdout + result.stderr[-3000:]
    assert result.returncode == 0
