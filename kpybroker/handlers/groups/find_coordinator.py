"""FindCoordinator (10): the node hosting a group's or transactional id's coordinator partition."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpybroker.coordinator.hashing import partition_for
from protocol.errors import ErrorCode
from protocol.messages import FindCoordinatorRequest, FindCoordinatorResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = FindCoordinatorRequest

GROUP, TRANSACTION = 0, 1
_TOPICS = {GROUP: "__consumer_offsets", TRANSACTION: "__transaction_state"}


def handle(broker: Broker, ctx: RequestContext, request: FindCoordinatorRequest) -> FindCoordinatorResponse:
    keys = list(request.coordinator_keys) if ctx.api_version >= 4 else [request.key]
    found = [locate(broker, ctx.listener, key, request.key_type) for key in keys]
    if ctx.api_version >= 4:
        return FindCoordinatorResponse(coordinators=found)
    one = found[0]
    return FindCoordinatorResponse(
        error_code=one.error_code,
        error_message=one.error_message if ctx.api_version >= 1 else None,
        node_id=one.node_id,
        host=one.host,
        port=one.port,
    )


def _error(key: str, code: ErrorCode, message: str | None = None) -> FindCoordinatorResponse.Coordinator:
    return FindCoordinatorResponse.Coordinator(
        key=key, node_id=-1, host="", port=-1, error_code=code, error_message=message or code.name
    )


def locate(broker: Broker, listener: str, key: str, key_type: int) -> FindCoordinatorResponse.Coordinator:
    topic = _TOPICS.get(key_type)
    if topic is None:
        return _error(key, ErrorCode.INVALID_REQUEST, f"Invalid coordinator type {key_type}")
    if key_type == TRANSACTION and not key:
        return _error(key, ErrorCode.INVALID_REQUEST, "Transactional id cannot be empty")
    cfg = broker.config
    n = cfg.offsets_topic_num_partitions if key_type == GROUP else cfg.transaction_state_log_num_partitions
    info = broker.image.topics_by_name.get(topic)
    if info is None:
        if broker.create_internal_topic(topic) != ErrorCode.NONE:
            return _error(key, ErrorCode.COORDINATOR_NOT_AVAILABLE, "The coordinator is not available.")
        info = broker.image.topics_by_name.get(topic)
        if info is None:
            return _error(key, ErrorCode.COORDINATOR_NOT_AVAILABLE, "The coordinator is not available.")
    pinfo = info.partitions.get(partition_for(key, len(info.partitions) or n))
    if pinfo is None or pinfo.leader < 0:
        return _error(key, ErrorCode.COORDINATOR_NOT_AVAILABLE, "The coordinator is not available.")
    for node_id, host, port, _rack in broker.alive_brokers(listener):
        if node_id == pinfo.leader:
            return FindCoordinatorResponse.Coordinator(
                key=key, node_id=node_id, host=host, port=port, error_code=ErrorCode.NONE, error_message=None
            )
    return _error(key, ErrorCode.COORDINATOR_NOT_AVAILABLE, "The coordinator is not available.")
