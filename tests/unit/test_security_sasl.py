"""SASL/PLAIN, SCRAM-SHA-256/512 server exchanges, JAAS parsing and the per-connection state."""

from __future__ import annotations

import base64
import hashlib
import hmac

import pytest

from controller.quorum_controller import scram_keys
from kpybroker.security.jaas import JaasError, jaas_config_for, parse_jaas_options, plain_users
from kpybroker.security.plain import PlainServer
from kpybroker.security.sasl_errors import SaslAuthFailed, SaslFailed
from kpybroker.security.scram import (
    MECHANISM_IDS,
    ScramCredential,
    ScramServer,
    credential_from_salted_password,
    salted_password,
)
from kpybroker.security.session import SaslSession, SaslState

JAAS = (
    'org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" '
    'password="admin-secret" user_admin="admin-secret" user_alice="alice-secret";'
)


def test_jaas_plain_users() -> None:
    module, options = parse_jaas_options(JAAS)
    assert module == "org.apache.kafka.common.security.plain.PlainLoginModule"
    assert plain_users(options) == {"admin": "admin-secret", "alice": "alice-secret"}


def test_jaas_quoted_escapes_and_missing_semicolon() -> None:
    _, options = parse_jaas_options('X required user_bob="a\\"b;c";')
    assert options == {"user_bob": 'a"b;c'}
    with pytest.raises(JaasError):
        parse_jaas_options("X required user_bob=\"x\"")


def test_jaas_listener_key_beats_global() -> None:
    originals = {"sasl.jaas.config": "global;", "listener.name.sasl_plaintext.plain.sasl.jaas.config": "scoped;"}
    assert jaas_config_for(originals, "SASL_PLAINTEXT", "PLAIN") == "scoped;"
    assert jaas_config_for(originals, "OTHER", "PLAIN") == "global;"


def test_plain_accepts_right_password() -> None:
    server = PlainServer({"alice": "alice-secret"})
    assert server.step(b"\x00alice\x00alice-secret") == b""
    assert server.complete and server.username == "alice"


@pytest.mark.parametrize(
    ("token", "message"),
    [
        (b"\x00alice\x00wrong", "Authentication failed: Invalid username or password"),
        (b"\x00nobody\x00x", "Authentication failed: Invalid username or password"),
        (b"\x00\x00x", "Authentication failed: username not specified"),
        (b"\x00alice\x00", "Authentication failed: password not specified"),
        (b"alice", "Invalid SASL/PLAIN response: expected 3 tokens, got 1"),
        (b"bob\x00alice\x00alice-secret",
         "Authentication failed: Client requested an authorization id that is different from username"),
    ],
)
def test_plain_failures_carry_kafka_messages(token: bytes, message: str) -> None:
    with pytest.raises(SaslAuthFailed, match=f"^{message}$"):
        PlainServer({"alice": "alice-secret"}).step(token)


# RFC 7677 section 3 test vector (SCRAM-SHA-256, user "user", password "pencil").
RFC7677_SALT = base64.b64decode("W22ZaJ0SNY7soEsUEjb6gQ==")
RFC7677_CLIENT_FIRST = b"n,,n=user,r=rOprNGfwEbeRWgbNEkqO"
RFC7677_SERVER_NONCE = "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0"
RFC7677_CLIENT_FINAL = (
    b"c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="
)
RFC7677_SERVER_FINAL = b"v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="


def _rfc_credential() -> ScramCredential:
    salted = salted_password("SCRAM-SHA-256", "pencil", RFC7677_SALT, 4096)
    return credential_from_salted_password("SCRAM-SHA-256", RFC7677_SALT, salted, 4096)


def test_scram_sha256_rfc7677_vector() -> None:
    cred = _rfc_credential()
    server = ScramServer("SCRAM-SHA-256", {"user": cred}.get, nonce_factory=lambda: RFC7677_SERVER_NONCE)
    first = server.step(RFC7677_CLIENT_FIRST)
    assert first == b"r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096"
    assert server.step(RFC7677_CLIENT_FINAL) == RFC7677_SERVER_FINAL
    assert server.complete and server.username == "user"


def test_controller_scram_keys_match_security_derivation() -> None:
    salted = salted_password("SCRAM-SHA-512", "pw", b"salt", 4096)
    cred = credential_from_salted_password("SCRAM-SHA-512", b"salt", salted, 4096)
    assert scram_keys(MECHANISM_IDS["SCRAM-SHA-512"], salted) == (cred.stored_key, cred.server_key)


def _client_final(mechanism: str, password: str, client_first_bare: str, server_first: str) -> bytes:
    h = {"SCRAM-SHA-256": "sha256", "SCRAM-SHA-512": "sha512"}[mechanism]
    attrs = dict(part.split("=", 1) for part in server_first.split(","))
    salted = hashlib.pbkdf2_hmac(h, password.encode(), base64.b64decode(attrs["s"]), int(attrs["i"]))
    client_key = hmac.new(salted, b"Client Key", h).digest()
    without_proof = f"c=biws,r={attrs['r']}"
    auth = f"{client_first_bare},{server_first},{without_proof}".encode()
    signature = hmac.new(hashlib.new(h, client_key).digest(), auth, h).digest()
    proof = bytes(a ^ b for a, b in zip(client_key, signature, strict=True))
    return f"{without_proof},p={base64.b64encode(proof).decode()}".encode()


@pytest.mark.parametrize("mechanism", ["SCRAM-SHA-256", "SCRAM-SHA-512"])
def test_scram_wrong_password_fails_generic(mechanism: str) -> None:
    salted = salted_password(mechanism, "right", b"NaCl", 8192)
    cred = credential_from_salted_password(mechanism, b"NaCl", salted, 8192)
    server = ScramServer(mechanism, {"bob": cred}.get, nonce_factory=lambda: "srv")
    first = server.step(b"n,,n=bob,r=cli").decode()
    with pytest.raises(SaslFailed) as info:
        server.step(_client_final(mechanism, "wrong", "n=bob,r=cli", first))
    assert not isinstance(info.value, SaslAuthFailed)  # the client gets Kafka's generic text
    ok = ScramServer(mechanism, {"bob": cred}.get, nonce_factory=lambda: "srv")
    first = ok.step(b"n,,n=bob,r=cli").decode()
    assert ok.step(_client_final(mechanism, "right", "n=bob,r=cli", first)).startswith(b"v=")


def test_scram_unknown_user_and_bad_nonce() -> None:
    with pytest.raises(SaslFailed, match="Invalid user credentials"):
        ScramServer("SCRAM-SHA-256", {}.get).step(b"n,,n=ghost,r=abc")
    cred = _rfc_credential()
    server = ScramServer("SCRAM-SHA-256", {"user": cred}.get, nonce_factory=lambda: "x")
    server.step(RFC7677_CLIENT_FIRST)
    with pytest.raises(SaslFailed, match="Invalid client nonce"):
        server.step(b"c=biws,r=other,p=AAAA")


def test_session_gates_requests_like_kafka() -> None:
    session = SaslSession()
    assert session.allows(18) and session.allows(17)
    assert not session.allows(3) and not session.allows(36)
    session.start("PLAIN", PlainServer({}))
    assert session.allows(36) and not session.allows(18) and not session.allows(0)
    session.succeed("alice")
    assert session.principal == "User:alice" and session.authenticated and session.allows(0)
    failed = SaslSession()
    failed.fail()
    assert failed.state is SaslState.FAILED and failed.close_after_response and not failed.allows(18)
