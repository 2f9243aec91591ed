"""What the delegation-token APIs (38-41) answer: Kafka refuses token requests on
PLAINTEXT connections, and kpybroker does not issue tokens (no `delegation.token.secret.key`
support yet), so SASL connections get DELEGATION_TOKEN_AUTH_DISABLED."""

from __future__ import annotations

from typing import TYPE_CHECKING

from protocol.errors import ErrorCode

if TYPE_CHECKING:
    from kpybroker.network import RequestContext


def token_error(ctx: RequestContext) -> int:
    """KafkaApis.allowTokenRequests, then tokenAuthEnabled."""
    if ctx.security_protocol == "PLAINTEXT" or (ctx.security_protocol == "SSL" and ctx.principal == "User:ANONYMOUS"):
        return int(ErrorCode.DELEGATION_TOKEN_REQUEST_NOT_ALLOWED)
    return int(ErrorCode.DELEGATION_TOKEN_AUTH_DISABLED)


def split_principal(principal: str) -> tuple[str, str]:
    kind, _, name = principal.partition(":")
    return kind, name
