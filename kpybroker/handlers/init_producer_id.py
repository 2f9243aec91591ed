"""InitProducerId (22): producer ids and epochs for idempotent producers.

Transactional ids are served by the transaction coordinator when one is configured
(`broker.transactions`); without it they get COORDINATOR_NOT_AVAILABLE.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from protocol.errors import ErrorCode
from protocol.messages import InitProducerIdRequest, InitProducerIdResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = InitProducerIdRequest


def handle(broker: Broker, ctx: RequestContext, request: InitProducerIdRequest) -> Any:
    if request.transactional_id is not None:
        txn = getattr(broker, "transactions", None)
        if txn is None:
            return InitProducerIdResponse(error_code=ErrorCode.COORDINATOR_NOT_AVAILABLE, producer_id=-1, producer_epoch=-1)
        return txn.init_producer_id(ctx, request)
    # As Kafka: without a transactional id every request gets a fresh producer id, epoch 0.
    return InitProducerIdResponse(producer_id=broker.producer_ids.generate(), producer_epoch=0)
