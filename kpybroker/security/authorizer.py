"""The StandardAuthorizer's decision rule over the ACLs in the metadata image.

Sans-IO: built from the broker's settings and an iterable of ACLs; `authorize` is a pure
function of (principal, host, operation, resource). Rules follow Kafka 4.3.1's
StandardAuthorizerData: super users pass; a matching DENY wins; else a matching ALLOW
passes (READ/WRITE/DELETE/ALTER imply DESCRIBE, ALTER_CONFIGS implies DESCRIBE_CONFIGS);
with no ACL at all on the resource, `allow.everyone.if.no.acl.found` decides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kpybroker.security.acl import (
    WILDCARD,
    WILDCARD_PRINCIPAL,
    AclBinding,
    AclOperation,
    AclPermissionType,
    PatternType,
)

STANDARD_AUTHORIZER = "org.apache.kafka.metadata.authorizer.StandardAuthorizer"

_IMPLIES_DESCRIBE = frozenset(
    {AclOperation.DESCRIBE, AclOperation.READ, AclOperation.WRITE, AclOperation.DELETE, AclOperation.ALTER}
)
_IMPLIES_DESCRIBE_CONFIGS = frozenset({AclOperation.DESCRIBE_CONFIGS, AclOperation.ALTER_CONFIGS})


def parse_super_users(value: str | None) -> frozenset[str]:
    """`super.users` is a semicolon-separated list of principals (`User:admin;User:ops`)."""
    if not value:
        return frozenset()
    return frozenset(p.strip() for p in value.split(";") if p.strip())


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    # The ACL that decided, None for super user / no-ACL default / implicit deny.
    acl: AclBinding | None = None
    reason: str = ""


class Authorizer:
    """Answers "may principal P on host H do operation O on resource R?"."""

    def __init__(
        self, acls: Iterable[AclBinding], *, super_users: frozenset[str], allow_if_no_acl: bool
    ) -> None:
        self.super_users = super_users
        self.allow_if_no_acl = allow_if_no_acl
        self._by_type: dict[int, list[AclBinding]] = {}
        for acl in acls:
            self._by_type.setdefault(acl.resource_type, []).append(acl)

    def authorize(self, principal: str, host: str, operation: int, resource_type: int, resource_name: str) -> Decision:
        if principal in self.super_users:
            return Decision(True, reason="super user")
        has_resource_acls = False
        allow: AclBinding | None = None
        for acl in self._by_type.get(resource_type, ()):
            if not _pattern_applies(acl, resource_name):
                continue
            has_resource_acls = True
            result = _entry_result(acl, principal, host, operation)
            if result is AclPermissionType.DENY:
                return Decision(False, acl, "denied by ACL")
            if result is AclPermissionType.ALLOW:
                allow = acl
        if allow is not None:
            return Decision(True, allow, "allowed by ACL")
        if not has_resource_acls:
            return Decision(self.allow_if_no_acl, reason="no ACL found")
        return Decision(False, reason="no matching ALLOW ACL")

    def allowed(self, principal: str, host: str, operation: int, resource_type: int, resource_name: str) -> bool:
        return self.authorize(principal, host, operation, resource_type, resource_name).allowed


def _pattern_applies(acl: AclBinding, name: str) -> bool:
    if acl.pattern_type == PatternType.LITERAL:
        return acl.resource_name == name or acl.resource_name == WILDCARD
    if acl.pattern_type == PatternType.PREFIXED:
        return name.startswith(acl.resource_name)
    return False


def _entry_result(acl: AclBinding, principal: str, host: str, operation: int) -> AclPermissionType | None:
    if acl.principal != principal and acl.principal != WILDCARD_PRINCIPAL:
        return None
    if acl.host != WILDCARD and acl.host != host:
        return None
    if acl.operation != AclOperation.ALL:
        if acl.permission_type == AclPermissionType.ALLOW:
            if operation == AclOperation.DESCRIBE:
                if acl.operation not in _IMPLIES_DESCRIBE:
                    return None
            elif operation == AclOperation.DESCRIBE_CONFIGS:
                if acl.operation not in _IMPLIES_DESCRIBE_CONFIGS:
                    return None
            elif operation != acl.operation:
                return None
        elif operation != acl.operation:
            return None
    return AclPermissionType.ALLOW if acl.permission_type == AclPermissionType.ALLOW else AclPermissionType.DENY
