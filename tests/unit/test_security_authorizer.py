"""StandardAuthorizer rules: super users, DENY wins, implied DESCRIBE, wildcard/prefix patterns,
and `allow.everyone.if.no.acl.found` only when no ACL at all covers the resource."""

from __future__ import annotations

from kpybroker.security.acl import (
    AclBinding,
    AclFilter,
    AclOperation,
    AclPermissionType,
    PatternType,
    ResourceType,
)
from kpybroker.security.authorizer import Authorizer, parse_super_users
from kpybroker.security.broker_security import SecuritySettings

ALLOW, DENY = AclPermissionType.ALLOW, AclPermissionType.DENY
TOPIC, GROUP = ResourceType.TOPIC, ResourceType.GROUP
LIT, PRE = PatternType.LITERAL, PatternType.PREFIXED
Op = AclOperation


def acl(name: str, op: int, perm: int = ALLOW, *, principal: str = "User:alice", host: str = "*",
        pattern: int = LIT, rtype: int = TOPIC) -> AclBinding:
    return AclBinding(rtype, name, pattern, principal, host, op, perm)


def authz(*acls: AclBinding, supers: str = "", allow_if_none: bool = False) -> Authorizer:
    return Authorizer(acls, super_users=parse_super_users(supers), allow_if_no_acl=allow_if_none)


def test_super_user_passes_everything() -> None:
    a = authz(acl("t", Op.READ, DENY, principal="User:admin"), supers="User:admin; User:ops")
    assert a.allowed("User:admin", "1.2.3.4", Op.READ, TOPIC, "t")
    assert a.allowed("User:ops", "h", Op.ALTER, ResourceType.CLUSTER, "kafka-cluster")


def test_no_acls_uses_allow_everyone_setting() -> None:
    assert not authz().allowed("User:alice", "h", Op.READ, TOPIC, "t")
    assert authz(allow_if_none=True).allowed("User:alice", "h", Op.READ, TOPIC, "t")


def test_acl_on_resource_for_someone_else_denies_even_with_allow_everyone() -> None:
    a = authz(acl("t", Op.READ, principal="User:bob"), allow_if_none=True)
    assert not a.allowed("User:alice", "h", Op.READ, TOPIC, "t")
    assert a.allowed("User:alice", "h", Op.READ, TOPIC, "other")


def test_deny_wins_over_allow() -> None:
    a = authz(acl("t", Op.ALL), acl("t", Op.WRITE, DENY))
    assert a.allowed("User:alice", "h", Op.READ, TOPIC, "t")
    assert not a.allowed("User:alice", "h", Op.WRITE, TOPIC, "t")


def test_implied_describe_and_describe_configs() -> None:
    a = authz(acl("t", Op.WRITE), acl("t", Op.ALTER_CONFIGS))
    assert a.allowed("User:alice", "h", Op.DESCRIBE, TOPIC, "t")
    assert a.allowed("User:alice", "h", Op.DESCRIBE_CONFIGS, TOPIC, "t")
    assert not a.allowed("User:alice", "h", Op.READ, TOPIC, "t")
    # A DENY READ does not imply a DENY DESCRIBE.
    b = authz(acl("t", Op.DESCRIBE), acl("t", Op.READ, DENY))
    assert b.allowed("User:alice", "h", Op.DESCRIBE, TOPIC, "t")


def test_wildcards_prefixes_hosts_and_resource_types() -> None:
    a = authz(
        acl("*", Op.READ, principal="User:*"),
        acl("pay-", Op.WRITE, pattern=PRE),
        acl("g", Op.READ, rtype=GROUP, host="10.0.0.1"),
    )
    assert a.allowed("User:anyone", "h", Op.READ, TOPIC, "whatever")
    assert a.allowed("User:alice", "h", Op.WRITE, TOPIC, "pay-eu")
    assert not a.allowed("User:alice", "h", Op.WRITE, TOPIC, "pa")
    assert a.allowed("User:alice", "10.0.0.1", Op.READ, GROUP, "g")
    assert not a.allowed("User:alice", "10.0.0.2", Op.READ, GROUP, "g")
    # The group ACL is not a topic ACL; the topic wildcard READ is what applies here.
    assert a.allowed("User:alice", "10.0.0.1", Op.READ, TOPIC, "g")


def test_filter_match_semantics() -> None:
    prefixed = acl("pay-", Op.WRITE, pattern=PRE)
    literal = acl("pay-eu", Op.READ)
    wildcard = acl("*", Op.READ)
    match = AclFilter(ResourceType.ANY, "pay-eu", PatternType.MATCH, None, None, Op.ANY, AclPermissionType.ANY)
    assert [match.matches(x) for x in (prefixed, literal, wildcard)] == [True, True, True]
    exact = AclFilter(TOPIC, "pay-", PatternType.ANY, None, None, Op.ANY, AclPermissionType.ANY)
    assert [exact.matches(x) for x in (prefixed, literal, wildcard)] == [True, False, False]
    by_principal = AclFilter(ResourceType.ANY, None, PatternType.ANY, "User:bob", None, Op.ANY, AclPermissionType.ANY)
    assert not by_principal.matches(literal)


def test_settings_from_config_originals() -> None:
    class Cfg:
        originals = {
            "authorizer.class.name": "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
            "super.users": "User:admin",
            "allow.everyone.if.no.acl.found": "true",
            "listener.name.sasl_plaintext.sasl.enabled.mechanisms": "PLAIN",
        }

        def get(self, name: str) -> object:
            return {"sasl.enabled.mechanisms": ["PLAIN", "SCRAM-SHA-256"]}.get(name)

    s = SecuritySettings.from_config(Cfg())
    assert s.authorizer_enabled and s.allow_if_no_acl and s.super_users == frozenset({"User:admin"})
    assert s.mechanisms_for("SASL_PLAINTEXT") == ("PLAIN",)
    assert s.mechanisms_for("OTHER") == ("PLAIN", "SCRAM-SHA-256")
