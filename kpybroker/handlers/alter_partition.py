"""AlterPartition (56): a partition leader asks the active controller to change the ISR."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.handlers.quorum._controller_write import write
from protocol.messages import AlterPartitionRequest, AlterPartitionResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = AlterPartitionRequest
LISTENER_KINDS = ("controller",)


def handle(broker: Broker, ctx: RequestContext, request: AlterPartitionRequest) -> Any:
    version = ctx.api_version
    return write(
        broker, lambda c, now: c.alter_partition(request, now, version),
        lambda e: AlterPartitionResponse(error_code=e, topics=[]),
    )
