"""DeleteTopics (20): decided by the controller, applied to the metadata image."""

from __future__ import annotations

from typing import TYPE_CHECKING

from protocol.messages import DeleteTopicsRequest, DeleteTopicsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = DeleteTopicsRequest


def handle(broker: Broker, ctx: RequestContext, request: DeleteTopicsRequest) -> DeleteTopicsResponse:
    return broker.controller_op(lambda controller, now_ms: controller.delete_topics(request, ctx.api_version, now_ms))
