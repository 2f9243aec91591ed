"""Helpers shared by the security integration tests (no tests here): a broker with a SASL_PLAINTEXT
listener, and a tiny blocking client that speaks the wire protocol through our own codec."""

from __future__ import annotations

import itertools
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from protocol.framing import decode_response, encode_request
from tests.integration.conftest import BrokerProcess, free_port

PLAIN_JAAS = (
    "org.apache.kafka.common.security.plain.PlainLoginModule required "
    'user_alice="alice-secret" user_bob="bob-secret";'
)
STANDARD_AUTHORIZER = "org.apache.kafka.metadata.authorizer.StandardAuthorizer"


class SaslBroker(BrokerProcess):
    """A broker with PLAINTEXT (admin) and SASL_PLAINTEXT listeners."""

    def __init__(self, tmp: Path, extra: dict[str, str] | None = None) -> None:
        super().__init__(tmp, free_port(), free_port())
        self.sasl_port = free_port()
        self.extra = {
            "listeners": f"PLAINTEXT://127.0.0.1:{self.port},SASL_PLAINTEXT://127.0.0.1:{self.sasl_port},"
                         f"CONTROLLER://127.0.0.1:{self.controller_port}",
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{self.port},SASL_PLAINTEXT://127.0.0.1:{self.sasl_port}",
            "sasl.enabled.mechanisms": "PLAIN,SCRAM-SHA-256,SCRAM-SHA-512",
            "listener.name.sasl_plaintext.plain.sasl.jaas.config": PLAIN_JAAS,
            **(extra or {}),
        }

    @property
    def sasl_bootstrap(self) -> str:
        return f"127.0.0.1:{self.sasl_port}"


def sasl_conf(broker: SaslBroker, mechanism: str, user: str, password: str) -> dict[str, Any]:
    return {
        "bootstrap.servers": broker.sasl_bootstrap, "security.protocol": "SASL_PLAINTEXT",
        "sasl.mechanism": mechanism, "sasl.username": user, "sasl.password": password, "log_level": 0,
    }


class WireClient:
    """One blocking connection; `call` sends a request object and returns the decoded response."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self._ids: Iterator[int] = itertools.count(1)

    def call(self, request: Any, version: int) -> Any:
        cid = next(self._ids)
        self.sock.sendall(encode_request(request.API_KEY, version, cid, "wire-test", request))
        frame = self.read_frame()
        got, response = decode_response(request.API_KEY, version, memoryview(frame))
        assert got == cid
        return response

    def send_only(self, request: Any, version: int) -> None:
        self.sock.sendall(encode_request(request.API_KEY, version, next(self._ids), "wire-test", request))

    def read_frame(self) -> bytes:
        size = int.from_bytes(self._exactly(4), "big")
        return self._exactly(size)

    def closed_by_peer(self) -> bool:
        try:
            return self.sock.recv(1) == b""
        except ConnectionResetError:
            return True

    def _exactly(self, n: int) -> bytes:
        buf = b""
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("closed by peer")
            buf += chunk
        return buf

    def close(self) -> None:
        self.sock.close()
