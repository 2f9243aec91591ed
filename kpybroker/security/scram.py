"""SCRAM-SHA-256/512 (RFC 5802, RFC 7677) as Kafka's ScramSaslServer runs it, sans-IO.

Credentials are what UserScramCredentialRecord stores: salt, StoredKey, ServerKey,
iterations. `ScramServer.step` consumes the client's messages and returns the server's.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass

from kpybroker.security.sasl_errors import SaslAuthFailed, SaslFailed

# Kafka's org.apache.kafka.clients.admin.ScramMechanism type ids.
MECHANISM_IDS = {"SCRAM-SHA-256": 1, "SCRAM-SHA-512": 2}
MECHANISM_NAMES = {v: k for k, v in MECHANISM_IDS.items()}
_HASHES = {"SCRAM-SHA-256": "sha256", "SCRAM-SHA-512": "sha512"}
MIN_ITERATIONS = 4096
MAX_ITERATIONS = 16384


@dataclass(frozen=True, slots=True)
class ScramCredential:
    salt: bytes
    stored_key: bytes
    server_key: bytes
    iterations: int


def _hmac(hash_name: str, key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hash_name).digest()


def credential_from_salted_password(mechanism: str, salt: bytes, salted_password: bytes, iterations: int) -> ScramCredential:
    """What the controller stores for an AlterUserScramCredentials upsertion."""
    h = _HASHES[mechanism]
    client_key = _hmac(h, salted_password, b"Client Key")
    return ScramCredential(
        salt=salt,
        stored_key=hashlib.new(h, client_key).digest(),
        server_key=_hmac(h, salted_password, b"Server Key"),
        iterations=iterations,
    )


def salted_password(mechanism: str, password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(_HASHES[mechanism], password.encode("utf-8"), salt, iterations)


def _parse_attrs(message: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in message.split(","):
        if len(part) < 2 or part[1] != "=":
            raise SaslFailed(f"Invalid SCRAM message: {message!r}")
        out.setdefault(part[0], part[2:])
    return out


def _decode_saslname(name: str) -> str:
    return name.replace("=2C", ",").replace("=3D", "=")


class ScramServer:
    """One SCRAM exchange: client-first -> server-first -> client-final -> server-final."""

    def __init__(
        self,
        mechanism: str,
        lookup: Callable[[str], ScramCredential | None],
        nonce_factory: Callable[[], str] | None = None,
    ) -> None:
        self.mechanism = mechanism
        self._hash = _HASHES[mechanism]
        self._lookup = lookup
        self._nonce_factory = nonce_factory or (lambda: base64.b64encode(os.urandom(24)).decode("ascii"))
        self._state = 0
        self.username: str | None = None
        self._credential: ScramCredential | None = None
        self._nonce = ""
        self._client_first_bare = ""
        self._server_first = ""
        self.complete = False

    def step(self, token: bytes) -> bytes:
        if self._state == 0:
            return self._client_first(token.decode("utf-8"))
        if self._state == 1:
            return self._client_final(token.decode("utf-8"))
        raise SaslFailed("Unexpected challenge in Sasl server state COMPLETE")

    def _client_first(self, message: str) -> bytes:
        # gs2-header: "n,," or "n,a=authzid," then the bare message.
        parts = message.split(",", 2)
        if len(parts) != 3 or parts[0] not in ("n", "y"):
            raise SaslFailed("Invalid SCRAM client first message")
        authzid = parts[1][2:] if parts[1].startswith("a=") else ""
        self._client_first_bare = parts[2]
        attrs = _parse_attrs(parts[2])
        if "n" not in attrs or "r" not in attrs:
            raise SaslFailed("Invalid SCRAM client first message")
        username = _decode_saslname(attrs["n"])
        credential = self._lookup(username)
        if credential is None:
            raise SaslFailed("Authentication failed: Invalid user credentials")
        if authzid and _decode_saslname(authzid) != username:
            raise SaslAuthFailed(
                "Authentication failed: Client requested an authorization id that is different from username"
            )
        if credential.iterations < MIN_ITERATIONS:
            raise SaslFailed(f"Iterations {credential.iterations} is less than the minimum {MIN_ITERATIONS}")
        self.username = username
        self._credential = credential
        self._nonce = attrs["r"] + self._nonce_factory()
        salt = base64.b64encode(credential.salt).decode("ascii")
        self._server_first = f"r={self._nonce},s={salt},i={credential.iterations}"
        self._state = 1
        return self._server_first.encode("utf-8")

    def _client_final(self, message: str) -> bytes:
        attrs = _parse_attrs(message)
        if attrs.get("r") != self._nonce:
            raise SaslFailed("Invalid client nonce in the final client message.")
        if "p" not in attrs or "c" not in attrs:
            raise SaslFailed("Authentication failed: Invalid client final message")
        without_proof = message[: message.rindex(",p=")]
        auth_message = f"{self._client_first_bare},{self._server_first},{without_proof}".encode()
        cred = self._credential
        assert cred is not None
        signature = _hmac(self._hash, cred.stored_key, auth_message)
        try:
            proof = base64.b64decode(attrs["p"], validate=True)
        except ValueError as exc:
            raise SaslFailed("Authentication failed: Invalid client final message") from exc
        if len(proof) != len(signature):
            raise SaslFailed("Invalid client credentials")
        client_key = bytes(a ^ b for a, b in zip(proof, signature, strict=True))
        if not hmac.compare_digest(hashlib.new(self._hash, client_key).digest(), cred.stored_key):
            raise SaslFailed("Invalid client credentials")
        server_signature = _hmac(self._hash, cred.server_key, auth_message)
        self._state = 2
        self.complete = True
        return b"v=" + base64.b64encode(server_signature)
