"""EndTxn (26): commit or abort. v5+ (transaction.version 2) bumps the epoch on every end
and returns the producer id and epoch to use next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpybroker.handlers.txn._common import fenced_error, service
from kpybroker.txn.state import TV_0, TV_2
from protocol.errors import ErrorCode
from protocol.messages import EndTxnRequest, EndTxnResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = EndTxnRequest


def handle(broker: Broker, ctx: RequestContext, request: EndTxnRequest) -> EndTxnResponse:
    svc = service(broker)
    if svc is None:
        return EndTxnResponse(error_code=ErrorCode.COORDINATOR_NOT_AVAILABLE)
    result = svc.core.end_txn(request.transactional_id, request.producer_id, request.producer_epoch,
                              request.committed, broker.now_ms(),
                              client_tv=TV_2 if ctx.api_version >= 5 else TV_0)
    response = EndTxnResponse(error_code=int(fenced_error(result.error, ctx.api_version, 2)))
    if ctx.api_version >= 5:
        response.producer_id = result.producer_id
        response.producer_epoch = result.producer_epoch
    return response
