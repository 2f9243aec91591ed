"""docker-compose.yml's environment gives the intended single-node KRaft broker."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kpybroker.config import Listener, load_config

ROOT = Path(__file__).resolve().parents[2]


def _service_environment(text: str, service: str) -> dict[str, str]:
    """The `environment:` map of one service, for the plain YAML subset compose files use."""
    env: dict[str, str] = {}
    in_service = in_env = False
    service_indent = env_indent = -1
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        indent = len(raw) - len(raw.lstrip())
        line = raw.strip()
        if line == f"{service}:":
            in_service, service_indent = True, indent
            continue
        if in_service and indent <= service_indent:
            break
        if in_service and line == "environment:":
            in_env, env_indent = True, indent
            continue
        if in_env:
            if indent <= env_indent:
                in_env = False
                continue
            match = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*):\s*(.*)", line)
            assert match, f"unsupported environment line: {raw!r}"
            value = match.group(2)
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            env[match.group(1)] = value
    return env


@pytest.fixture(scope="module")
def compose_env() -> dict[str, str]:
    return _service_environment((ROOT / "docker-compose.yml").read_text(encoding="utf-8"), "kafka")


def test_subset_parser_agrees_with_pyyaml(compose_env: dict[str, str]) -> None:
    yaml = pytest.importorskip("yaml")
    doc = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    assert {k: str(v) for k, v in doc["services"]["kafka"]["environment"].items()} == compose_env


def test_compose_environment_loads(compose_env: dict[str, str]) -> None:
    cfg = load_config(env=compose_env)
    assert cfg.node_id == 1
    assert cfg.process_roles == ("broker", "controller")
    assert cfg.listeners == (
        Listener("PLAINTEXT", "0.0.0.0", 9092, "PLAINTEXT"),
        Listener("CONTROLLER", "0.0.0.0", 9093, "PLAINTEXT"),
    )
    assert cfg.advertised_listeners == (Listener("PLAINTEXT", "localhost", 9092, "PLAINTEXT"),)
    assert dict(cfg.controller_quorum_voters) == {1: ("localhost", 9093)}
    assert cfg.controller_listener_names == ("CONTROLLER",)
    assert cfg.inter_broker_listener_name == "PLAINTEXT"
    assert cfg.log_dirs == ("/var/lib/kafka/data",)
    assert cfg.offsets_topic_replication_factor == 1
    assert cfg.transaction_state_log_replication_factor == 1
    assert cfg.transaction_state_log_min_isr == 1
    assert cfg.group_initial_rebalance_delay_ms == 0
    assert cfg.cluster_id == "MkU3OEVBNTcwNTJENDM2Qk"


def test_dockerfile_exposes_ports_and_volume() -> None:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "FROM python:3.11-slim" in text
    assert re.search(r"^EXPOSE 9092 9093$", text, re.M)
    assert '/var/lib/kafka/data' in text
    for tool in ("kafka-topics", "kafka-console-producer", "kafka-console-consumer"):
        assert (ROOT / "docker" / "bin" / tool).is_file()
