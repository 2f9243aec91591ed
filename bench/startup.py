"""Start-up figures for kpybroker: process spawn -> first acknowledged produce, and its phases.

    python bench/startup.py [--runs N] [--pyc]

Each run spawns ``python -m kpybroker`` on a fresh data directory (single node, broker and
controller roles), then a raw-protocol client (our own codec, imported before the spawn so
its cost is not counted) connects as soon as the port accepts, creates a topic and produces
one record with acks=all. Reported per run: spawn -> port open, -> topic created, -> first
produce acknowledged, and the broker's own ``startup_ms``.

``--pyc`` lets the broker write and use bytecode caches in a private prefix (as a pip-installed
broker would have them); without it the checkout's environment decides (PYTHONDONTWRITEBYTECODE).
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # `python bench/startup.py`: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from protocol import messages as m  # noqa: E402
from protocol.framing import decode_response, encode_request  # noqa: E402
from protocol.records import build_batch  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[1]
_SIZE = struct.Struct(">i")


def _free_ports(n: int) -> list[int]:
    socks = [socket.socket() for _ in range(n)]
    try:
        for s in socks:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def _call(sock: socket.socket, api_key: int, version: int, correlation_id: int, request: object) -> object:
    sock.sendall(encode_request(api_key, version, correlation_id, "bench-startup", request))
    head = _recv_exact(sock, 4)
    frame = _recv_exact(sock, _SIZE.unpack(head)[0])
    cid, response = decode_response(api_key, version, memoryview(frame))
    if cid != correlation_id:
        raise RuntimeError(f"correlation id {cid} != {correlation_id}")
    return response


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("broker closed the connection")
        buf += chunk
    return bytes(buf)


def _connect(port: int, deadline: float, proc: subprocess.Popen[bytes]) -> socket.socket:
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"broker exited with {proc.returncode}")
        try:
            sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.002)
            continue
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock


def _create_topic(sock: socket.socket, topic: str, deadline: float) -> None:
    req = m.CreateTopicsRequest(
        topics=[m.CreateTopicsRequest.CreatableTopic(name=topic, num_partitions=1, replication_factor=1)],
        timeout_ms=10_000,
    )
    cid = 1
    while True:
        resp = _call(sock, 19, 7, cid, req)
        code = resp.topics[0].error_code  # type: ignore[attr-defined]
        if code in (0, 36):  # created, or TOPIC_ALREADY_EXISTS
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"create topic failed with error {code}")
        cid += 1
        time.sleep(0.002)


def _produce(sock: socket.socket, topic: str, deadline: float) -> None:
    batch = build_batch([(None, b"hello")])
    part = m.ProduceRequest.PartitionProduceData(index=0, records=batch)
    req = m.ProduceRequest(acks=-1, timeout_ms=10_000,
                           topic_data=[m.ProduceRequest.TopicProduceData(name=topic, partition_data=[part])])
    cid = 100
    while True:
        resp = _call(sock, 0, 9, cid, req)
        code = resp.responses[0].partition_responses[0].error_code  # type: ignore[attr-defined]
        if code == 0:
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"produce failed with error {code}")
        cid += 1
        time.sleep(0.002)


def one_run(pyc_prefix: str | None) -> dict[str, float]:
    port, cport = _free_ports(2)
    with tempfile.TemporaryDirectory(prefix="kpy-startup-") as tmp:
        argv = [sys.executable, "-m", "kpybroker"]
        overrides = {
            "node.id": "1",
            "process.roles": "broker,controller",
            "controller.quorum.voters": f"1@127.0.0.1:{cport}",
            "listeners": f"PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{cport}",
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{port}",
            "controller.listener.names": "CONTROLLER",
            "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
            "log.dirs": f"{tmp}/data",
            "offsets.topic.replication.factor": "1",
            "transaction.state.log.replication.factor": "1",
            "transaction.state.log.min.isr": "1",
        }
        for key, value in overrides.items():
            argv += ["--override", f"{key}={value}"]
        env = dict(os.environ)
        if pyc_prefix is not None:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = pyc_prefix
        out_path = Path(tmp) / "server.out"
        with out_path.open("wb") as out:
            started = time.monotonic()
            proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, cwd=REPO_ROOT, env=env)
            try:
                deadline = started + 60
                sock = _connect(port, deadline, proc)
                t_port = time.monotonic()
                with sock:
                    _create_topic(sock, "bench-startup", deadline)
                    t_topic = time.monotonic()
                    _produce(sock, "bench-startup", deadline)
                    t_produce = time.monotonic()
            finally:
                proc.terminate()
                proc.wait(30)
        text = out_path.read_text(errors="replace")
    found = re.search(r"startup_ms=(\d+)", text)
    return {
        "port_open_s": t_port - started,
        "topic_created_s": t_topic - started,
        "first_produce_s": t_produce - started,
        "broker_startup_ms": float(found.group(1)) if found else float("nan"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pyc", action="store_true", help="let the broker use bytecode caches")
    args = parser.parse_args(argv)
    prefix = tempfile.mkdtemp(prefix="kpy-pyc-") if args.pyc else None
    if prefix is not None:
        one_run(prefix)  # fill the cache, as an installed package has it
    runs = [one_run(prefix) for _ in range(args.runs)]
    for key in runs[0]:
        values = [r[key] for r in runs]
        sys.stdout.write(f"{key:20s} median {statistics.median(values):8.3f}  min {min(values):8.3f}  "
                         f"max {max(values):8.3f}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
