"""SASL/PLAIN (RFC 4616) against the JAAS `user_<name>` table, as Kafka's PlainSaslServer."""

from __future__ import annotations

import hmac
from collections.abc import Mapping

from kpybroker.security.sasl_errors import SaslAuthFailed


class PlainServer:
    def __init__(self, users: Mapping[str, str]) -> None:
        self._users = users
        self.username: str | None = None
        self.complete = False

    def step(self, token: bytes) -> bytes:
        parts = token.decode("utf-8").split("\x00")
        if len(parts) != 3:
            raise SaslAuthFailed(f"Invalid SASL/PLAIN response: expected 3 tokens, got {len(parts)}")
        authzid, username, password = parts
        if not username:
            raise SaslAuthFailed("Authentication failed: username not specified")
        if not password:
            raise SaslAuthFailed("Authentication failed: password not specified")
        expected = self._users.get(username)
        if expected is None or not hmac.compare_digest(expected.encode(), password.encode()):
            raise SaslAuthFailed("Authentication failed: Invalid username or password")
        if authzid and authzid != username:
            raise SaslAuthFailed(
                "Authentication failed: Client requested an authorization id that is different from username"
            )
        self.username = username
        self.complete = True
        return b""
