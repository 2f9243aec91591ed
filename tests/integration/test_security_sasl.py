"""SASL on a SASL_PLAINTEXT listener, driven by stock clients: PLAIN from the JAAS config,
SCRAM-SHA-256/512 from AlterUserScramCredentials, Kafka's error texts and connection rules."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from confluent_kafka import Consumer, KafkaError, Producer
from confluent_kafka.admin import (
    AdminClient,
    ScramCredentialInfo,
    ScramMechanism,
    UserScramCredentialUpsertion,
)

import protocol.messages as m
from protocol.errors import ErrorCode
from tests.integration.test_security_support import SaslBroker, WireClient, sasl_conf

pytestmark = pytest.mark.timeout(180)


@pytest.fixture(scope="module")
def sasl_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SaslBroker]:
    broker = SaslBroker(tmp_path_factory.mktemp("sasl"))
    broker.start()
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    upserts = [
        UserScramCredentialUpsertion("carol", ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 8192), b"carol-pw"),
        UserScramCredentialUpsertion("dave", ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), b"dave-pw"),
    ]
    for future in admin.alter_user_scram_credentials(upserts).values():
        future.result(timeout=30)
    yield broker
    broker.stop()


def produce_consume(conf: dict[str, Any], topic: str) -> list[bytes]:
    errors: list[Any] = []
    producer = Producer(conf)
    producer.produce(topic, b"secret-value", on_delivery=lambda err, _msg: errors.append(err))
    producer.flush(30)
    assert errors == [None]
    consumer = Consumer({**conf, "group.id": f"g-{topic}", "auto.offset.reset": "earliest"})
    consumer.subscribe([topic])
    got: list[bytes] = []
    try:
        for _ in range(60):
            msg = consumer.poll(0.5)
            if msg is not None and msg.error() is None:
                got.append(bytes(msg.value() or b""))
                break
    finally:
        consumer.close()
    return got


def auth_failure(conf: dict[str, Any]) -> str:
    seen: list[KafkaError] = []
    consumer = Consumer({**conf, "group.id": "probe", "error_cb": seen.append})
    try:
        for _ in range(20):
            consumer.poll(0.25)
            if any(e.code() == KafkaError._AUTHENTICATION for e in seen):
                break
    finally:
        consumer.close()
    texts = [e.str() for e in seen if e.code() == KafkaError._AUTHENTICATION]
    assert texts, f"no authentication error reported: {[e.str() for e in seen]}"
    return texts[0]


@pytest.mark.parametrize(("mechanism", "user", "password"), [
    ("PLAIN", "alice", "alice-secret"),
    ("SCRAM-SHA-256", "carol", "carol-pw"),
    ("SCRAM-SHA-512", "dave", "dave-pw"),
])
def test_confluent_kafka_authenticates(sasl_broker: SaslBroker, topic_name: str, mechanism: str, user: str,
                                       password: str) -> None:
    assert produce_consume(sasl_conf(sasl_broker, mechanism, user, password), topic_name) == [b"secret-value"]


def test_plain_wrong_password_is_refused_with_kafkas_message(sasl_broker: SaslBroker) -> None:
    text = auth_failure(sasl_conf(sasl_broker, "PLAIN", "alice", "nope"))
    assert "Authentication failed: Invalid username or password" in text


@pytest.mark.parametrize(("mechanism", "user"), [("SCRAM-SHA-256", "carol"), ("SCRAM-SHA-512", "nobody")])
def test_scram_failure_hides_the_reason(sasl_broker: SaslBroker, mechanism: str, user: str) -> None:
    text = auth_failure(sasl_conf(sasl_broker, mechanism, user, "wrong"))
    assert ("Authentication failed during authentication due to invalid credentials with SASL mechanism "
            f"{mechanism}") in text


def test_kafka_python_plain_and_scram(sasl_broker: SaslBroker, topic_name: str) -> None:
    from kafka import KafkaConsumer, KafkaProducer

    for mechanism, user, password in (("PLAIN", "bob", "bob-secret"), ("SCRAM-SHA-256", "carol", "carol-pw")):
        common = dict(bootstrap_servers=sasl_broker.sasl_bootstrap, security_protocol="SASL_PLAINTEXT",
                      sasl_mechanism=mechanism, sasl_plain_username=user, sasl_plain_password=password)
        producer = KafkaProducer(**common)
        producer.send(topic_name, f"from-{user}".encode()).get(timeout=30)
        producer.close()
    consumer = KafkaConsumer(topic_name, auto_offset_reset="earliest", consumer_timeout_ms=10000,
                             bootstrap_servers=sasl_broker.sasl_bootstrap, security_protocol="SASL_PLAINTEXT",
                             sasl_mechanism="PLAIN", sasl_plain_username="alice", sasl_plain_password="alice-secret")
    values = sorted(bytes(msg.value) for msg in consumer)
    consumer.close()
    assert values == [b"from-bob", b"from-carol"]


def test_requests_before_authentication_close_the_connection(sasl_broker: SaslBroker) -> None:
    client = WireClient(sasl_broker.sasl_port)
    try:
        versions = client.call(m.ApiVersionsRequest(client_software_name="t", client_software_version="1"), 3)
        keys = {k.api_key for k in versions.api_keys}
        assert {17, 36} <= keys
        client.send_only(m.MetadataRequest(topics=None, allow_auto_topic_creation=False), 12)
        assert client.closed_by_peer()
    finally:
        client.close()


def test_handshake_rules(sasl_broker: SaslBroker) -> None:
    unsupported = WireClient(sasl_broker.sasl_port)
    try:
        response = unsupported.call(m.SaslHandshakeRequest(mechanism="GSSAPI"), 1)
        assert response.error_code == ErrorCode.UNSUPPORTED_SASL_MECHANISM
        assert response.mechanisms == ["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]
        assert unsupported.closed_by_peer()
    finally:
        unsupported.close()
    good = WireClient(sasl_broker.sasl_port)
    try:
        assert good.call(m.SaslHandshakeRequest(mechanism="PLAIN"), 1).error_code == 0
        ok = good.call(m.SaslAuthenticateRequest(auth_bytes=b"\x00alice\x00alice-secret"), 2)
        assert (ok.error_code, ok.error_message) == (0, None)
        # Authenticated: ordinary requests now pass, a second handshake is refused.
        assert good.call(m.MetadataRequest(topics=None, allow_auto_topic_creation=False), 12).brokers
        assert good.call(m.SaslHandshakeRequest(mechanism="PLAIN"), 1).error_code == ErrorCode.ILLEGAL_SASL_STATE
    finally:
        good.close()
    bad = WireClient(sasl_broker.sasl_port)
    try:
        bad.call(m.SaslHandshakeRequest(mechanism="PLAIN"), 1)
        failed = bad.call(m.SaslAuthenticateRequest(auth_bytes=b"\x00alice\x00x"), 2)
        assert (failed.error_code, failed.error_message) == (
            ErrorCode.SASL_AUTHENTICATION_FAILED, "Authentication failed: Invalid username or password")
        assert bad.closed_by_peer()
    finally:
        bad.close()


def test_plaintext_listener_refuses_sasl_requests(sasl_broker: SaslBroker) -> None:
    client = WireClient(sasl_broker.port)
    try:
        assert client.call(m.SaslHandshakeRequest(mechanism="PLAIN"), 1).error_code == ErrorCode.ILLEGAL_SASL_STATE
        response = client.call(m.SaslAuthenticateRequest(auth_bytes=b""), 2)
        assert response.error_code == ErrorCode.ILLEGAL_SASL_STATE
    finally:
        client.close()
