"""SaslHandshake (17): pick the SASL mechanism of a connection on a SASL_* listener."""

from __future__ import annotations

from typing import TYPE_CHECKING

import structlog

from kpybroker.security.broker_security import scram_lookup, security_of
from kpybroker.security.plain import PlainServer
from kpybroker.security.scram import MECHANISM_IDS, ScramServer
from kpybroker.security.session import SaslMechanismServer, SaslState
from protocol.errors import ErrorCode
from protocol.messages import SaslHandshakeRequest, SaslHandshakeResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

# Served 0-1 as Kafka advertises, but a v0 client then sends raw SASL tokens (not
# SaslAuthenticate requests), which we do not speak: its connection is closed. Every
# current client (Java, librdkafka, kafka-python, aiokafka) uses v1.
REQUEST = SaslHandshakeRequest

log = structlog.get_logger("kpybroker.security")


def handle(broker: Broker, ctx: RequestContext, request: SaslHandshakeRequest) -> SaslHandshakeResponse:
    settings = security_of(broker).settings
    sasl = ctx.sasl
    if sasl is None or sasl.state is not SaslState.HANDSHAKE_OR_VERSIONS:
        # KafkaApis answers a handshake on an authenticated (or non-SASL) connection so.
        return SaslHandshakeResponse(error_code=ErrorCode.ILLEGAL_SASL_STATE, mechanisms=[])
    mechanisms = list(settings.mechanisms_for(ctx.listener))
    server = _server_for(broker, ctx, request.mechanism) if request.mechanism in mechanisms else None
    if server is None:
        log.info("sasl_mechanism_unsupported", mechanism=request.mechanism, listener=ctx.listener,
                 connection=ctx.connection_id)
        sasl.fail()
        return SaslHandshakeResponse(error_code=ErrorCode.UNSUPPORTED_SASL_MECHANISM, mechanisms=mechanisms)
    sasl.start(request.mechanism, server)
    return SaslHandshakeResponse(error_code=0, mechanisms=mechanisms)


def _server_for(broker: Broker, ctx: RequestContext, mechanism: str) -> SaslMechanismServer | None:
    if mechanism == "PLAIN":
        return PlainServer(security_of(broker).settings.plain_users(ctx.listener))
    if mechanism in MECHANISM_IDS:
        return ScramServer(mechanism, scram_lookup(broker.image, mechanism))
    return None
