"""Produce (0): per-partition batch validation and append; acks 0, 1 and -1."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

import structlog

from protocol.errors import ErrorCode
from protocol.exceptions import ProtocolError
from protocol.messages import ProduceRequest, ProduceResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext
    from kpybroker.replication import ReplicationManager

REQUEST = ProduceRequest
# librdkafka picks its Produce version from the advertised minimum (KAFKA-18659), so
# Kafka advertises 0 while still refusing 0-2 when they arrive.
ADVERTISED_MIN_VERSION = 0

log = structlog.get_logger("kpybroker.produce")
ZERO_UUID = uuid.UUID(int=0)


def handle(broker: Broker, ctx: RequestContext, request: ProduceRequest) -> ProduceResponse | None:
    version = ctx.api_version
    acks = request.acks
    now_ms = broker.now_ms()
    image = broker.image
    responses: list[ProduceResponse.TopicProduceResponse] = []
    any_error = False
    appended: list[tuple[str, int]] = []
    # acks=all on replicated partitions: (result, partition, offset the HW must reach).
    replication = broker.replication
    ack_waits: list[tuple[ProduceResponse.PartitionProduceResponse, tuple[str, int], int]] = []
    for topic in request.topic_data:
        if version >= 13:
            info = image.topics_by_id.get(topic.topic_id)
            name = info.name if info is not None else None
            missing_error = ErrorCode.UNKNOWN_TOPIC_ID
        else:
            name = topic.name
            missing_error = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
        results: list[ProduceResponse.PartitionProduceResponse] = []
        for pdata in topic.partition_data:
            result = ProduceResponse.PartitionProduceResponse(index=pdata.index)
            part = broker.replicas.get(name, pdata.index) if name is not None else None
            if acks not in (-1, 0, 1):
                result.error_code = ErrorCode.INVALID_REQUIRED_ACKS
            elif part is None:
                # A partition hosted on other brokers only: the client's metadata is stale.
                hosted_elsewhere = name is not None and image.partition(name, pdata.index) is not None
                result.error_code = ErrorCode.NOT_LEADER_OR_FOLLOWER if hosted_elsewhere else missing_error
            elif name in broker.internal_topics and not broker.allow_internal_writes(ctx):
                result.error_code = ErrorCode.INVALID_TOPIC_EXCEPTION
                result.error_message = f"Cannot append to internal topic {name}"
            elif part.leader_id != broker.node_id:
                # Replication: only the partition leader takes writes.
                result.error_code = ErrorCode.NOT_LEADER_OR_FOLLOWER
            elif acks == -1 and replication is not None and (refused := replication.min_isr_error(part)):
                result.error_code = refused
                result.error_message = (
                    f"The size of the current ISR is below the minimum ISR for partition {name}-{pdata.index}"
                )
            elif pdata.records is None or len(pdata.records) == 0:
                result.error_code = ErrorCode.INVALID_RECORD
                result.error_message = (
                    f"Produce requests with version {version} must have at least one record batch per partition"
                )
            else:
                records = pdata.records if isinstance(pdata.records, memoryview) else memoryview(pdata.records)
                outcome = broker.produce_to_partition(
                    part, records, now_ms=now_ms, transactional_id=request.transactional_id, ctx=ctx
                )
                result.error_code = int(outcome.error)
                if outcome.error == ErrorCode.NONE:
                    result.base_offset = outcome.base_offset
                    result.log_append_time_ms = outcome.log_append_time_ms
                    result.log_start_offset = outcome.log_start_offset
                    appended.append(part.key)
                    if acks == -1 and replication is not None and replication.needs_ack_wait(
                        part, part.log.log_end_offset
                    ):
                        ack_waits.append((result, part.key, part.log.log_end_offset))
                else:
                    result.error_message = outcome.message
                    if outcome.record_errors and outcome.error in (
                        ErrorCode.INVALID_RECORD,
                        ErrorCode.INVALID_TIMESTAMP,
                    ):
                        result.record_errors = [
                            ProduceResponse.BatchIndexAndErrorMessage(
                                batch_index=i, batch_index_error_message=m
                            )
                            for i, m in outcome.record_errors
                        ]
            if result.error_code != ErrorCode.NONE:
                any_error = True
                log.debug(
                    "produce_error", topic=name, partition=pdata.index, error=ErrorCode(result.error_code).name,
                    client_id=ctx.client_id, message=result.error_message,
                )
            results.append(result)
        responses.append(
            ProduceResponse.TopicProduceResponse(
                name=topic.name if version < 13 else "", topic_id=topic.topic_id, partition_responses=results
            )
        )
    for key in appended:
        broker.waiters.wake(key)
    if acks == 0:
        if any_error:
            # With acks=0 the client reads no response, so Kafka closes the connection to signal failure.
            raise ProtocolError("closing connection after a failed acks=0 produce request")
        return None
    response = ProduceResponse(responses=responses)
    if ack_waits and replication is not None:
        return _after_acks(replication, ack_waits, request.timeout_ms, response)
    return response


async def _after_acks(
    replication: ReplicationManager,
    ack_waits: list[tuple[ProduceResponse.PartitionProduceResponse, tuple[str, int], int]],
    timeout_ms: int,
    response: ProduceResponse,
) -> ProduceResponse:
    await replication.wait_acks(ack_waits, timeout_ms)
    return response
