"""DescribeTopicPartitions (75): paginated topic description with ELR, as kafka-topics uses it."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from kpybroker.handlers.metadata import TOPIC_ALL_OPERATIONS
from protocol.errors import ErrorCode
from protocol.messages import DescribeTopicPartitionsRequest, DescribeTopicPartitionsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = DescribeTopicPartitionsRequest
# Kafka's max.request.partition.size.limit default.
MAX_PARTITIONS_PER_RESPONSE = 2000
ZERO_UUID = uuid.UUID(int=0)

Resp = DescribeTopicPartitionsResponse


def handle(
    broker: Broker, ctx: RequestContext, request: DescribeTopicPartitionsRequest
) -> DescribeTopicPartitionsResponse:
    image = broker.image
    names = sorted({t.name for t in request.topics}) if request.topics else sorted(image.topics_by_name)
    cursor = request.cursor
    if cursor is not None:
        if request.topics and cursor.topic_name not in names:
            return Resp(topics=[])
        names = [n for n in names if n >= cursor.topic_name]
    budget = max(0, min(request.response_partition_limit, MAX_PARTITIONS_PER_RESPONSE))
    live = broker.live_broker_ids()
    topics: list[Resp.DescribeTopicPartitionsResponseTopic] = []
    next_cursor = None
    for name in names:
        info = image.topics_by_name.get(name)
        if info is None:
            topics.append(Resp.DescribeTopicPartitionsResponseTopic(
                error_code=ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, name=name, topic_id=ZERO_UUID, partitions=[]))
            continue
        start = cursor.partition_index if cursor is not None and name == cursor.topic_name else 0
        pids = [p for p in sorted(info.partitions) if p >= start]
        if budget <= 0:
            next_cursor = Resp.Cursor(topic_name=name, partition_index=pids[0] if pids else 0)
            break
        taken, rest = pids[:budget], pids[budget:]
        budget -= len(taken)
        partitions = []
        for pid in taken:
            p = info.partitions[pid]
            partitions.append(Resp.DescribeTopicPartitionsResponsePartition(
                error_code=int(ErrorCode.NONE if p.leader >= 0 else ErrorCode.LEADER_NOT_AVAILABLE),
                partition_index=pid,
                leader_id=p.leader,
                leader_epoch=p.leader_epoch,
                replica_nodes=list(p.replicas),
                isr_nodes=list(p.isr),
                eligible_leader_replicas=list(p.elr),
                last_known_elr=list(p.last_known_elr),
                offline_replicas=[r for r in p.replicas if r not in live],
            ))
        topics.append(Resp.DescribeTopicPartitionsResponseTopic(
            error_code=0,
            name=name,
            topic_id=info.topic_id,
            is_internal=name in broker.internal_topics,
            partitions=partitions,
            topic_authorized_operations=TOPIC_ALL_OPERATIONS,
        ))
        if rest:
            next_cursor = Resp.Cursor(topic_name=name, partition_index=rest[0])
            break
    return Resp(topics=topics, next_cursor=next_cursor)
