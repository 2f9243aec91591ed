"""The broker's security settings and its authorizer, derived from config and the metadata image.

`security_of(broker)` is the one entry point handlers use; the authorizer is rebuilt only
when the metadata image changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kpybroker.security.acl import AclBinding
from kpybroker.security.authorizer import Authorizer, parse_super_users
from kpybroker.security.jaas import (
    PLAIN_LOGIN_MODULE,
    JaasError,
    jaas_config_for,
    parse_jaas_options,
    plain_users,
)
from kpybroker.security.scram import MECHANISM_IDS, ScramCredential


@dataclass(frozen=True, slots=True)
class SecuritySettings:
    authorizer_class: str
    super_users: frozenset[str]
    allow_if_no_acl: bool
    enabled_mechanisms: tuple[str, ...]
    delegation_token_secret: str | None
    originals: Mapping[str, str]

    @property
    def authorizer_enabled(self) -> bool:
        return bool(self.authorizer_class)

    @classmethod
    def from_config(cls, config: Any) -> SecuritySettings:
        originals: Mapping[str, str] = getattr(config, "originals", {}) or {}
        get = getattr(config, "get", lambda _n: None)
        mechanisms = get("sasl.enabled.mechanisms") or ("GSSAPI",)
        if isinstance(mechanisms, str):
            mechanisms = tuple(m.strip() for m in mechanisms.split(",") if m.strip())
        secret = originals.get("delegation.token.secret.key") or originals.get("delegation.token.master.key")
        return cls(
            authorizer_class=str(get("authorizer.class.name") or originals.get("authorizer.class.name", "")).strip(),
            super_users=parse_super_users(str(get("super.users") or originals.get("super.users") or "")),
            allow_if_no_acl=originals.get("allow.everyone.if.no.acl.found", "false").strip().lower() == "true",
            enabled_mechanisms=tuple(str(m).strip().upper() for m in mechanisms),
            delegation_token_secret=secret or None,
            originals=originals,
        )

    def mechanisms_for(self, listener: str) -> tuple[str, ...]:
        override = self.originals.get(f"listener.name.{listener.lower()}.sasl.enabled.mechanisms")
        if override is not None:
            return tuple(m.strip().upper() for m in override.split(",") if m.strip())
        return self.enabled_mechanisms

    def plain_users(self, listener: str) -> dict[str, str]:
        text = jaas_config_for(self.originals, listener, "PLAIN")
        if text is None:
            return {}
        try:
            module, options = parse_jaas_options(text)
        except JaasError:
            return {}
        return plain_users(options) if module == PLAIN_LOGIN_MODULE else {}


class BrokerSecurity:
    """Settings plus an authorizer cached per metadata image version."""

    def __init__(self, settings: SecuritySettings) -> None:
        self.settings = settings
        self._authorizer: Authorizer | None = None
        self._image_key: tuple[int, int] | None = None

    def authorizer(self, image: Any) -> Authorizer | None:
        """The authorizer over the image's ACLs, or None when no authorizer is configured."""
        if not self.settings.authorizer_enabled:
            return None
        key = (id(image), int(getattr(image, "version", 0)))
        if self._authorizer is None or key != self._image_key:
            self._authorizer = Authorizer(
                acl_bindings(image),
                super_users=self.settings.super_users,
                allow_if_no_acl=self.settings.allow_if_no_acl,
            )
            self._image_key = key
        return self._authorizer


def acl_bindings(image: Any) -> list[AclBinding]:
    return [
        AclBinding(a.resource_type, a.resource_name, a.pattern_type, a.principal, a.host, a.operation, a.permission_type)
        for a in getattr(image, "acls", {}).values()
    ]


def scram_lookup(image: Any, mechanism: str) -> Any:
    """A credential lookup over UserScramCredentialRecords for one SCRAM mechanism."""
    mech_id = MECHANISM_IDS[mechanism]

    def lookup(username: str) -> ScramCredential | None:
        rec = getattr(image, "scram_credentials", {}).get((username, mech_id))
        if rec is None:
            return None
        return ScramCredential(bytes(rec.salt), bytes(rec.stored_key), bytes(rec.server_key), int(rec.iterations))

    return lookup


def security_of(broker: Any) -> BrokerSecurity:
    """The broker's BrokerSecurity, created on first use from its config."""
    existing = getattr(broker, "security", None)
    if isinstance(existing, BrokerSecurity):
        return existing
    security = BrokerSecurity(SecuritySettings.from_config(broker.config))
    # Lazily attached so the broker needs no wiring; Broker may also set it in __init__.
    broker.security = security
    return security
