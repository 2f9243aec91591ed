"""protocol/messages.py is exactly what tools/gen_protocol.py produces from the specs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC_DIR = ROOT.parent / "shared" / "kafka-protocol"


@pytest.mark.skipif(not SPEC_DIR.is_dir(), reason="Kafka spec directory not available")
def test_regeneration_is_byte_identical(tmp_path: Path) -> None:
    out = tmp_path / "messages.py"
    subprocess.run([sys.executable, str(ROOT / "tools" / "gen_protocol.py"), "--spec-dir", str(SPEC_DIR),
                    "--out", str(out)], check=True, cwd=ROOT)
    assert out.read_bytes() == (ROOT / "protocol" / "messages.py").read_bytes()


def test_comment_stripping_keeps_slashes_inside_strings() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import gen_protocol
    finally:
        sys.path.pop(0)
    text = '{"a": "http://x", // comment\n "b": "q\\"//"} // tail'
    assert gen_protocol.strip_comments(text) == '{"a": "http://x", \n "b": "q\\"//"} '
    assert gen_protocol.snake_case("TransactionalId") == "transactional_id"
    assert gen_protocol.snake_case("KRaftVersionFeature") == "kraft_version_feature"
    assert gen_protocol.snake_case("leaderEpoch") == "leader_epoch"
