"""The subset of JAAS configuration a broker needs: `PlainLoginModule`'s `user_<name>="pw"` options."""

from __future__ import annotations

import re
from collections.abc import Mapping

PLAIN_LOGIN_MODULE = "org.apache.kafka.common.security.plain.PlainLoginModule"
SCRAM_LOGIN_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule"

# key=value options: values are quoted strings (with \" escapes) or bare words.
_OPTION = re.compile(r'([A-Za-z0-9_.\-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s;"]+)')
_MODULE = re.compile(r"^\s*([A-Za-z0-9_.$]+)\s+(required|requisite|sufficient|optional)\b(.*)$", re.S)


class JaasError(ValueError):
    pass


def parse_jaas_options(text: str) -> tuple[str, dict[str, str]]:
    """`Module required k="v" ...;` -> (module class, options)."""
    body = text.strip()
    if not body.endswith(";"):
        raise JaasError("JAAS config entry not terminated by semi-colon")
    match = _MODULE.match(body[:-1])
    if match is None:
        raise JaasError(f"Invalid JAAS config: {text!r}")
    options: dict[str, str] = {}
    for key, raw in _OPTION.findall(match.group(3)):
        if raw.startswith('"'):
            raw = re.sub(r"\\(.)", r"\1", raw[1:-1])
        options[key] = raw
    return match.group(1), options


def plain_users(options: Mapping[str, str]) -> dict[str, str]:
    """PlainServerCallbackHandler's credential table: every `user_<name>` option."""
    return {k[len("user_"):]: v for k, v in options.items() if k.startswith("user_")}


def jaas_config_for(originals: Mapping[str, str], listener: str, mechanism: str) -> str | None:
    """`listener.name.<listener>.<mechanism>.sasl.jaas.config`, falling back to `sasl.jaas.config`."""
    key = f"listener.name.{listener.lower()}.{mechanism.lower()}.sasl.jaas.config"
    value = originals.get(key)
    if value is None:
        value = originals.get("sasl.jaas.config")
    return value
