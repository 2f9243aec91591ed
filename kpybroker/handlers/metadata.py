"""Metadata (3): brokers, topics and partitions, with auto-creation."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from protocol.errors import ErrorCode
from protocol.messages import MetadataRequest, MetadataResponse

if TYPE_CHECKING:
    from controller.image import TopicInfo
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = MetadataRequest

# AclOperation bits for a topic when no authorizer is configured (Kafka reports every
# supported operation): READ, WRITE, CREATE, DELETE, ALTER, DESCRIBE, DESCRIBE_CONFIGS, ALTER_CONFIGS.
TOPIC_ALL_OPERATIONS = sum(1 << op for op in (3, 4, 5, 6, 7, 8, 10, 11))
# CREATE, ALTER, DESCRIBE, CLUSTER_ACTION, DESCRIBE_CONFIGS, ALTER_CONFIGS, IDEMPOTENT_WRITE,
# CREATE_TOKENS, DESCRIBE_TOKENS.
CLUSTER_ALL_OPERATIONS = sum(1 << op for op in (5, 7, 8, 9, 10, 11, 12, 13, 14))
UNKNOWN_OPERATIONS = -2147483648
ZERO_UUID = uuid.UUID(int=0)


def handle(broker: Broker, ctx: RequestContext, request: MetadataRequest) -> MetadataResponse:
    version = ctx.api_version
    image = broker.image
    topics: list[MetadataResponse.MetadataResponseTopic] = []
    include_ops = request.include_topic_authorized_operations

    if request.topics is None:
        for info in sorted(image.topics_by_name.values(), key=lambda t: t.name):
            topics.append(_topic(broker, info, include_ops))
    else:
        allow_create = request.allow_auto_topic_creation and broker.config.auto_create_topics_enable
        for wanted in request.topics:
            if wanted.name is None:
                if wanted.topic_id == ZERO_UUID:
                    topics.append(_error_topic(None, wanted.topic_id, ErrorCode.INVALID_REQUEST))
                    continue
                info = image.topics_by_id.get(wanted.topic_id)
                if info is None:
                    topics.append(_error_topic(None, wanted.topic_id, ErrorCode.UNKNOWN_TOPIC_ID))
                else:
                    topics.append(_topic(broker, info, include_ops))
                continue
            info = image.topics_by_name.get(wanted.name)
            if info is None and allow_create:
                error = broker.auto_create_topic(wanted.name, ctx)
                if error != ErrorCode.NONE:
                    topics.append(_error_topic(wanted.name, ZERO_UUID, error))
                    continue
                info = broker.image.topics_by_name.get(wanted.name)
            if info is None:
                topics.append(_error_topic(wanted.name, ZERO_UUID, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION))
            else:
                topics.append(_topic(broker, info, include_ops))

    brokers = [
        MetadataResponse.MetadataResponseBroker(node_id=node_id, host=host, port=port, rack=rack)
        for node_id, host, port, rack in broker.alive_brokers(ctx.listener)
    ]
    response = MetadataResponse(
        brokers=brokers,
        cluster_id=broker.cluster_id,
        controller_id=broker.controller_id_for_clients(),
        topics=topics,
    )
    if version <= 10 and request.include_cluster_authorized_operations:
        response.cluster_authorized_operations = CLUSTER_ALL_OPERATIONS
    return response


def _error_topic(name: str | None, topic_id: uuid.UUID, error: int) -> MetadataResponse.MetadataResponseTopic:
    return MetadataResponse.MetadataResponseTopic(error_code=int(error), name=name, topic_id=topic_id)


def _topic(broker: Broker, info: TopicInfo, include_ops: bool) -> MetadataResponse.MetadataResponseTopic:
    partitions = []
    live = broker.live_broker_ids()
    for pid in sorted(info.partitions):
        p = info.partitions[pid]
        error = ErrorCode.NONE if p.leader >= 0 else ErrorCode.LEADER_NOT_AVAILABLE
        partitions.append(
            MetadataResponse.MetadataResponsePartition(
                error_code=int(error),
                partition_index=pid,
                leader_id=p.leader,
                leader_epoch=p.leader_epoch,
                replica_nodes=list(p.replicas),
                isr_nodes=list(p.isr),
                offline_replicas=[r for r in p.replicas if r not in live],
            )
        )
    return MetadataResponse.MetadataResponseTopic(
        error_code=0,
        name=info.name,
        topic_id=info.topic_id,
        is_internal=info.name in broker.internal_topics,
        partitions=partitions,
        topic_authorized_operations=TOPIC_ALL_OPERATIONS if include_ops else UNKNOWN_OPERATIONS,
    )
