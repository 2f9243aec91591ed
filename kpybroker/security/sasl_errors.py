"""The two ways a SASL exchange fails, as Kafka's SaslServerAuthenticator tells them apart."""

from __future__ import annotations


class SaslFailed(Exception):
    """A SaslException: the client is told only a generic message (no user enumeration)."""


class SaslAuthFailed(SaslFailed):
    """A SaslAuthenticationException: its own message goes back to the client."""
