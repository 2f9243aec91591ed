"""CreateTopics (19): decided by the controller, applied to the metadata image."""

from __future__ import annotations

from typing import TYPE_CHECKING

from protocol.messages import CreateTopicsRequest, CreateTopicsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = CreateTopicsRequest


def handle(broker: Broker, ctx: RequestContext, request: CreateTopicsRequest) -> CreateTopicsResponse:
    return broker.controller_op(lambda controller, now_ms: controller.create_topics(request, ctx.api_version, now_ms))
