"""Per-connection SASL state on a SASL_PLAINTEXT listener (Kafka's SaslServerAuthenticator states).

The network layer asks `allows(api_key)` before dispatching a request and closes the
connection when it says no; the SaslHandshake / SaslAuthenticate handlers move it along.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Protocol

API_VERSIONS = 18
SASL_HANDSHAKE = 17
SASL_AUTHENTICATE = 36


class SaslState(Enum):
    HANDSHAKE_OR_VERSIONS = "handshake_or_versions"
    AUTHENTICATE = "authenticate"
    COMPLETE = "complete"
    FAILED = "failed"


class SaslMechanismServer(Protocol):
    username: str | None
    complete: bool

    def step(self, token: bytes) -> bytes: ...


@dataclass(slots=True)
class SaslSession:
    state: SaslState = SaslState.HANDSHAKE_OR_VERSIONS
    mechanism: str | None = None
    server: SaslMechanismServer | None = None
    principal: str | None = None
    # Set by a handler whose response must be the last one on this connection.
    close_after_response: bool = False

    @property
    def authenticated(self) -> bool:
        return self.state is SaslState.COMPLETE

    def allows(self, api_key: int) -> bool:
        """May a request with this API key be handled now (else Kafka closes the connection)."""
        if self.state is SaslState.COMPLETE:
            return True
        if self.state is SaslState.HANDSHAKE_OR_VERSIONS:
            return api_key in (API_VERSIONS, SASL_HANDSHAKE)
        if self.state is SaslState.AUTHENTICATE:
            return api_key == SASL_AUTHENTICATE
        return False

    def start(self, mechanism: str, server: SaslMechanismServer) -> None:
        self.mechanism = mechanism
        self.server = server
        self.state = SaslState.AUTHENTICATE

    def succeed(self, username: str) -> None:
        self.principal = f"User:{username}"
        self.state = SaslState.COMPLETE
        self.server = None

    def fail(self) -> None:
        self.state = SaslState.FAILED
        self.server = None
        self.close_after_response = True
