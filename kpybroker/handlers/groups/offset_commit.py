"""OffsetCommit (8): durable in `__consumer_offsets` before the answer; v10 names topics by id."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.handlers.groups._common import info_of, service
from kpybroker.handlers.groups.service import BrokerTopics
from protocol.errors import ErrorCode
from protocol.messages import OffsetCommitRequest, OffsetCommitResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = OffsetCommitRequest
R = OffsetCommitResponse


def _all_failed(request: OffsetCommitRequest, code: int) -> OffsetCommitResponse:
    return R(
        topics=[
            R.OffsetCommitResponseTopic(
                name=t.name,
                topic_id=t.topic_id,
                partitions=[R.OffsetCommitResponsePartition(partition_index=p.partition_index, error_code=code) for p in t.partitions],
            )
            for t in request.topics
        ]
    )


def handle(broker: Broker, ctx: RequestContext, request: OffsetCommitRequest) -> Any:
    svc = service(broker)
    if not request.group_id:
        return _all_failed(request, ErrorCode.INVALID_GROUP_ID)
    error = svc.coordinator_error(request.group_id)
    if error != ErrorCode.NONE:
        return _all_failed(request, error)
    by_id = ctx.api_version >= 10
    unknown: list[Any] = []
    if by_id:
        topics = BrokerTopics(broker)
        known = []
        for t in request.topics:
            name = topics.topic_name(t.topic_id)
            if name is None:
                unknown.append(t)
            else:
                t.name = name
                known.append(t)
        request.topics = known
    resp = svc.call(svc.core.commit_offsets, request, info_of(ctx), broker.now_ms())
    if svc.flush_error is not None:
        code = svc.flush_error
        for t in resp.topics:
            for p in t.partitions:
                if p.error_code == ErrorCode.NONE:
                    p.error_code = code
    if by_id:
        ids = {t.name: t.topic_id for t in request.topics}
        for t in resp.topics:
            t.topic_id = ids.get(t.name, t.topic_id)
            t.name = ""
        for t in unknown:
            resp.topics.append(
                R.OffsetCommitResponseTopic(
                    topic_id=t.topic_id,
                    partitions=[
                        R.OffsetCommitResponsePartition(partition_index=p.partition_index, error_code=ErrorCode.UNKNOWN_TOPIC_ID)
                        for p in t.partitions
                    ],
                )
            )
    return resp
