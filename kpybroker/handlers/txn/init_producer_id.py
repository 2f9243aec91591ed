"""InitProducerId (22): producer ids and epochs for idempotent and transactional producers.

Without a transactional id every request gets a fresh producer id at epoch 0 (Kafka does
the same, also for KIP-360 epoch-bump requests of idempotent producers); transactional
ids go to the transaction coordinator, which bumps epochs and fences older instances.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpybroker.handlers.txn._common import service
from kpybroker.txn.service import init_response
from protocol.errors import ErrorCode
from protocol.messages import InitProducerIdRequest, InitProducerIdResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = InitProducerIdRequest


def handle(broker: Broker, ctx: RequestContext, request: InitProducerIdRequest) -> InitProducerIdResponse:
    if request.transactional_id is None:
        return InitProducerIdResponse(producer_id=broker.producer_ids.generate(), producer_epoch=0)
    svc = service(broker)
    if svc is None:
        return init_response(ErrorCode.COORDINATOR_NOT_AVAILABLE, -1, -1, ctx.api_version)
    return svc.init_producer_id(ctx, request)
