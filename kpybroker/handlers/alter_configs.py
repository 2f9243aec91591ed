"""AlterConfigs (33): decided by the controller, applied to the metadata image."""

from __future__ import annotations

from typing import TYPE_CHECKING

from protocol.messages import AlterConfigsRequest, AlterConfigsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = AlterConfigsRequest


def handle(broker: Broker, ctx: RequestContext, request: AlterConfigsRequest) -> AlterConfigsResponse:
    return broker.controller_op(lambda controller, now_ms: controller.alter_configs(request, ctx.api_version, now_ms))
