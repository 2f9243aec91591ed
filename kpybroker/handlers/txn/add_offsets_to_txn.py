"""AddOffsetsToTxn (25): adds the group's `__consumer_offsets` partition to the transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpybroker.coordinator.hashing import partition_for
from kpybroker.handlers.txn._common import fenced_error, service
from kpybroker.txn.markers import OFFSETS_TOPIC
from protocol.errors import ErrorCode
from protocol.messages import AddOffsetsToTxnRequest, AddOffsetsToTxnResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = AddOffsetsToTxnRequest


def handle(broker: Broker, ctx: RequestContext, request: AddOffsetsToTxnRequest) -> AddOffsetsToTxnResponse:
    svc = service(broker)
    if svc is None:
        return AddOffsetsToTxnResponse(error_code=ErrorCode.COORDINATOR_NOT_AVAILABLE)
    groups = getattr(broker, "groups", None)
    core = getattr(groups, "core", None)
    if core is not None:
        partition = core.partition_for(request.group_id)
    else:
        partition = partition_for(request.group_id, broker.config.offsets_topic_num_partitions)
    code = svc.core.add_partitions(request.transactional_id, request.producer_id, request.producer_epoch,
                                   [(OFFSETS_TOPIC, partition)], broker.now_ms())
    return AddOffsetsToTxnResponse(error_code=int(fenced_error(code, ctx.api_version, 2)))
