"""ACLs with `authorizer.class.name=...StandardAuthorizer`: created, described and deleted
through AdminClient and stored as metadata records, then enforced for SASL principals.

Enforcement runs through `kpybroker.security.guard.dispatch`. Until `Broker.dispatch` calls it,
this module's broker is launched with it installed (see `_GUARDED_MAIN`), so the guard itself
is exercised end to end either way.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest
from confluent_kafka import Consumer, KafkaError, Producer
from confluent_kafka.admin import (
    AclBinding,
    AclBindingFilter,
    AclOperation,
    AclPermissionType,
    AdminClient,
    NewTopic,
    ResourcePatternType,
    ResourceType,
)

from tests.integration.test_security_support import STANDARD_AUTHORIZER, SaslBroker, sasl_conf

pytestmark = pytest.mark.timeout(240)

_GUARDED_MAIN = """
import dataclasses, functools, inspect, sys
from kpybroker import broker as broker_module
from kpybroker.security import guard


def guarded(real, broker, ctx, request):
    return guard.dispatch(broker, ctx, request, real)


if "guard" not in inspect.getsource(broker_module.Broker.dispatch):
    plain_init = broker_module.Broker.__init__

    def __init__(self, *args, **kwargs):
        plain_init(self, *args, **kwargs)
        self.handler_tables = {
            kind: {key: dataclasses.replace(spec, handle=functools.partial(guarded, spec.handle))
                   for key, spec in table.items()}
            for kind, table in self.handler_tables.items()
        }

    broker_module.Broker.__init__ = __init__

from kpybroker.cli import main
sys.exit(main(sys.argv[1:]))
"""


class GuardedBroker(SaslBroker):
    def args(self) -> list[str]:
        argv = super().args()
        assert argv[1:3] == ["-m", "kpybroker"]
        return [sys.executable, "-c", _GUARDED_MAIN, *argv[3:]]


@pytest.fixture(scope="module")
def acl_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SaslBroker]:
    broker = GuardedBroker(tmp_path_factory.mktemp("acl"), {
        "authorizer.class.name": STANDARD_AUTHORIZER,
        # The PLAINTEXT listener (and its admin tools) authenticate as ANONYMOUS.
        "super.users": "User:ANONYMOUS",
    })
    broker.start()
    yield broker
    broker.stop()


def binding(topic: str, principal: str, operation: Any, resource: Any = ResourceType.TOPIC) -> AclBinding:
    return AclBinding(resource, topic, ResourcePatternType.LITERAL, principal, "*", operation,
                      AclPermissionType.ALLOW)


def everything() -> AclBindingFilter:
    return AclBindingFilter(ResourceType.ANY, None, ResourcePatternType.ANY, None, None, AclOperation.ANY,
                            AclPermissionType.ANY)


def produce(conf: dict[str, Any], topic: str) -> str:
    results: list[Any] = []
    producer = Producer({**conf, "message.timeout.ms": 10000})
    producer.produce(topic, b"v", on_delivery=lambda err, _msg: results.append(err))
    producer.flush(20)
    assert results, "delivery report never came"
    return "ok" if results[0] is None else str(results[0].name())


def test_acl_admin_round_trip(acl_broker: SaslBroker, topic_name: str) -> None:
    admin = AdminClient({"bootstrap.servers": acl_broker.bootstrap})
    acls = [binding(topic_name, "User:alice", AclOperation.READ), binding(topic_name, "User:alice", AclOperation.WRITE)]
    for future in admin.create_acls(acls).values():
        assert future.result(timeout=30) is None
    described = admin.describe_acls(AclBindingFilter(
        ResourceType.TOPIC, topic_name, ResourcePatternType.MATCH, None, None, AclOperation.ANY,
        AclPermissionType.ANY)).result(timeout=30)
    assert sorted(a.operation.name for a in described) == ["READ", "WRITE"]
    gone = admin.delete_acls([AclBindingFilter(
        ResourceType.TOPIC, topic_name, ResourcePatternType.LITERAL, "User:alice", None, AclOperation.WRITE,
        AclPermissionType.ANY)])
    [deleted] = [f.result(timeout=30) for f in gone.values()]
    assert [a.operation.name for a in deleted] == ["WRITE"]
    left = admin.describe_acls(everything()).result(timeout=30)
    assert [(a.name, a.operation.name) for a in left if a.name == topic_name] == [(topic_name, "READ")]


def test_produce_needs_write_and_consume_needs_read(acl_broker: SaslBroker, topic_name: str) -> None:
    admin = AdminClient({"bootstrap.servers": acl_broker.bootstrap})
    admin.create_topics([NewTopic(topic_name, 1, 1)])[topic_name].result(timeout=30)
    bob = sasl_conf(acl_broker, "PLAIN", "bob", "bob-secret")
    assert produce(bob, topic_name) == "TOPIC_AUTHORIZATION_FAILED"
    admin.create_acls([binding(topic_name, "User:bob", AclOperation.WRITE)])
    for _ in range(3):
        outcome = produce(bob, topic_name)
        if outcome == "ok":
            break
    assert outcome == "ok"

    errors: list[str] = []
    consumer = Consumer({**bob, "group.id": f"g-{topic_name}", "auto.offset.reset": "earliest"})
    consumer.subscribe([topic_name])
    try:
        for _ in range(40):
            msg = consumer.poll(0.25)
            if msg is not None and msg.error() is not None:
                errors.append(str(msg.error().name()))
                break
    finally:
        consumer.close()
    # No READ on the group (or topic) for bob: the coordinator lookup is refused first.
    assert errors and errors[0] in ("GROUP_AUTHORIZATION_FAILED", "TOPIC_AUTHORIZATION_FAILED")


def test_metadata_hides_topics_without_describe(acl_broker: SaslBroker, topic_name: str) -> None:
    admin = AdminClient({"bootstrap.servers": acl_broker.bootstrap})
    admin.create_topics([NewTopic(topic_name, 1, 1)])[topic_name].result(timeout=30)
    alice = AdminClient({k: v for k, v in sasl_conf(acl_broker, "PLAIN", "alice", "alice-secret").items()})
    assert topic_name not in alice.list_topics(timeout=10).topics
    admin.create_acls([binding(topic_name, "User:alice", AclOperation.DESCRIBE)])[
        binding(topic_name, "User:alice", AclOperation.DESCRIBE)].result(timeout=30)
    assert topic_name in alice.list_topics(timeout=10).topics


def test_cluster_acl_apis_need_cluster_permissions(acl_broker: SaslBroker) -> None:
    alice = AdminClient(sasl_conf(acl_broker, "PLAIN", "alice", "alice-secret"))
    acl = binding("x", "User:alice", AclOperation.READ)
    with pytest.raises(Exception) as info:
        alice.create_acls([acl])[acl].result(timeout=30)
    assert info.value.args[0].code() == KafkaError.CLUSTER_AUTHORIZATION_FAILED
