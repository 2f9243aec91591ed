"""SaslAuthenticate (36): one SASL token exchange step (SaslServerAuthenticator.handleSaslToken)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import structlog

from kpybroker.security.sasl_errors import SaslAuthFailed, SaslFailed
from kpybroker.security.session import SaslState
from protocol.errors import ErrorCode
from protocol.messages import SaslAuthenticateRequest, SaslAuthenticateResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = SaslAuthenticateRequest

log = structlog.get_logger("kpybroker.security")


def handle(broker: Broker, ctx: RequestContext, request: SaslAuthenticateRequest) -> SaslAuthenticateResponse:
    sasl = ctx.sasl
    if sasl is None or sasl.state is not SaslState.AUTHENTICATE or sasl.server is None:
        return SaslAuthenticateResponse(
            error_code=ErrorCode.ILLEGAL_SASL_STATE,
            error_message="SaslAuthenticate request received after successful authentication",
            auth_bytes=b"", session_lifetime_ms=0,
        )
    server = sasl.server
    try:
        challenge = server.step(bytes(request.auth_bytes))
    except SaslFailed as exc:
        if isinstance(exc, SaslAuthFailed):
            message = str(exc)
        else:
            # Kafka hides a SaslException's text: it could reveal whether the user exists.
            message = (
                "Authentication failed during authentication due to invalid credentials with SASL mechanism "
                f"{sasl.mechanism}"
            )
        log.info("sasl_authentication_failed", mechanism=sasl.mechanism, connection=ctx.connection_id,
                 peer=f"{ctx.client_host}:{ctx.client_port}", reason=str(exc))
        sasl.fail()
        return SaslAuthenticateResponse(
            error_code=ErrorCode.SASL_AUTHENTICATION_FAILED, error_message=message, auth_bytes=b"",
            session_lifetime_ms=0,
        )
    if server.complete and server.username is not None:
        sasl.succeed(server.username)
        log.info("sasl_authenticated", principal=sasl.principal, mechanism=sasl.mechanism,
                 connection=ctx.connection_id)
    return SaslAuthenticateResponse(error_code=0, error_message=None, auth_bytes=challenge, session_lifetime_ms=0)
