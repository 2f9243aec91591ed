"""IncrementalAlterConfigs (44): decided by the controller, applied to the metadata image."""

from __future__ import annotations

from typing import TYPE_CHECKING

from protocol.messages import IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = IncrementalAlterConfigsRequest


def handle(broker: Broker, ctx: RequestContext, request: IncrementalAlterConfigsRequest) -> IncrementalAlterConfigsResponse:
    return broker.controller_op(lambda controller, now_ms: controller.incremental_alter_configs(request, ctx.api_version, now_ms))
