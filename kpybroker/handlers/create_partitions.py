"""CreatePartitions (37): decided by the controller, applied to the metadata image."""

from __future__ import annotations

from typing import TYPE_CHECKING

from protocol.messages import CreatePartitionsRequest, CreatePartitionsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = CreatePartitionsRequest


def handle(broker: Broker, ctx: RequestContext, request: CreatePartitionsRequest) -> CreatePartitionsResponse:
    return broker.controller_op(lambda controller, now_ms: controller.create_partitions(request, ctx.api_version, now_ms))
