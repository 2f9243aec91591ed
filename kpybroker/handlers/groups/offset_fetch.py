"""OffsetFetch (9): one group (v0-7) or many (v8+); v10 names topics by id."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.handlers.groups._common import info_of, service
from kpybroker.handlers.groups.service import BrokerTopics
from protocol.errors import ErrorCode
from protocol.messages import OffsetFetchRequest, OffsetFetchResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = OffsetFetchRequest
R = OffsetFetchResponse


def handle(broker: Broker, ctx: RequestContext, request: OffsetFetchRequest) -> OffsetFetchResponse:
    v = ctx.api_version
    if v >= 8:
        return R(groups=[_fetch_group(broker, ctx, g) for g in request.groups])
    topics = None if request.topics is None else [(t.name, list(t.partition_indexes)) for t in request.topics]
    error, rows = _fetch(broker, ctx, request.group_id, topics, None, -1)
    out = []
    if error != ErrorCode.NONE and v < 2:
        # v0-1 have no top-level error: report it on every requested partition.
        rows = [(name, [(p, -1, -1, "", error) for p in parts]) for name, parts in (topics or [])]
    for name, parts in rows:
        out.append(
            R.OffsetFetchResponseTopic(
                name=name,
                partitions=[
                    R.OffsetFetchResponsePartition(
                        partition_index=p, committed_offset=off, committed_leader_epoch=epoch, metadata=meta, error_code=code
                    )
                    for p, off, epoch, meta, code in parts
                ],
            )
        )
    return R(topics=out, error_code=error if v >= 2 else ErrorCode.NONE)


def _fetch(
    broker: Broker,
    ctx: RequestContext,
    group_id: str,
    topics: list[tuple[str, list[int]]] | None,
    member_id: str | None,
    member_epoch: int,
) -> tuple[ErrorCode, list[tuple[str, list[tuple[int, int, int, str | None, ErrorCode]]]]]:
    svc = service(broker)
    if not group_id:
        return ErrorCode.INVALID_GROUP_ID, []
    error = svc.coordinator_error(group_id)
    if error != ErrorCode.NONE:
        return error, []
    return svc.call(
        svc.core.fetch_offsets, group_id, topics, info_of(ctx), broker.now_ms(), member_id=member_id, member_epoch=member_epoch
    )


def _fetch_group(broker: Broker, ctx: RequestContext, group: Any) -> OffsetFetchResponse.OffsetFetchResponseGroup:
    by_id = ctx.api_version >= 10
    resolver = BrokerTopics(broker)
    topics: list[tuple[str, list[int]]] | None = None
    unknown: list[Any] = []
    ids: dict[str, Any] = {}
    if group.topics is not None:
        topics = []
        for t in group.topics:
            name = resolver.topic_name(t.topic_id) if by_id else t.name
            if name is None:
                unknown.append(t)
                continue
            ids[name] = t.topic_id
            topics.append((name, list(t.partition_indexes)))
    error, rows = _fetch(broker, ctx, group.group_id, topics, group.member_id, group.member_epoch)
    out_topics = []
    for name, parts in rows:
        topic = R.OffsetFetchResponseTopics(
            name=name,
            partitions=[
                R.OffsetFetchResponsePartitions(
                    partition_index=p, committed_offset=off, committed_leader_epoch=epoch, metadata=meta, error_code=code
                )
                for p, off, epoch, meta, code in parts
            ],
        )
        if by_id:
            tid = ids.get(name) or resolver.topic_id(name)
            if tid is None:
                continue  # offsets of a topic that no longer exists cannot be named by id
            topic.topic_id = tid
            topic.name = ""
        out_topics.append(topic)
    for t in unknown:
        out_topics.append(
            R.OffsetFetchResponseTopics(
                topic_id=t.topic_id,
                partitions=[
                    R.OffsetFetchResponsePartitions(
                        partition_index=p, committed_offset=-1, committed_leader_epoch=-1, metadata="",
                        error_code=ErrorCode.UNKNOWN_TOPIC_ID,
                    )
                    for p in t.partition_indexes
                ],
            )
        )
    return R.OffsetFetchResponseGroup(group_id=group.group_id, topics=out_topics, error_code=error)
