"""DeleteRecords (21): advance a partition's log start offset."""

from __future__ import annotations

from typing import TYPE_CHECKING

from protocol.errors import ErrorCode, KafkaError
from protocol.messages import DeleteRecordsRequest, DeleteRecordsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = DeleteRecordsRequest
HIGH_WATERMARK = -1


def handle(broker: Broker, ctx: RequestContext, request: DeleteRecordsRequest) -> DeleteRecordsResponse:
    topics = []
    for topic in request.topics:
        results = []
        for p in topic.partitions:
            out = DeleteRecordsResponse.DeleteRecordsPartitionResult(partition_index=p.partition_index, low_watermark=-1)
            part = broker.replicas.get(topic.name, p.partition_index)
            if part is None:
                out.error_code = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
            else:
                offset = part.log.high_watermark if p.offset == HIGH_WATERMARK else p.offset
                if offset < 0 or offset > part.log.high_watermark:
                    out.error_code = ErrorCode.OFFSET_OUT_OF_RANGE
                else:
                    try:
                        out.low_watermark = part.log.delete_records_before(offset)
                    except KafkaError as exc:
                        out.error_code = int(exc.code)
            results.append(out)
        topics.append(DeleteRecordsResponse.DeleteRecordsTopicResult(name=topic.name, partitions=results))
    return DeleteRecordsResponse(topics=topics)
