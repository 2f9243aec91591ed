"""WriteTxnMarkers (27): a coordinator asks this partition leader to write markers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpybroker.txn.markers import write_marker
from protocol.messages import WriteTxnMarkersRequest, WriteTxnMarkersResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = WriteTxnMarkersRequest
Resp = WriteTxnMarkersResponse


def handle(broker: Broker, ctx: RequestContext, request: WriteTxnMarkersRequest) -> WriteTxnMarkersResponse:
    now = broker.now_ms()
    markers = []
    for marker in request.markers:
        topics = []
        for topic in marker.topics:
            parts = [
                Resp.WritableTxnMarkerPartitionResult(
                    partition_index=index,
                    error_code=int(write_marker(broker, topic.name, index, marker.producer_id, marker.producer_epoch,
                                                marker.transaction_result, marker.coordinator_epoch, now)),
                )
                for index in topic.partition_indexes
            ]
            topics.append(Resp.WritableTxnMarkerTopicResult(name=topic.name, partitions=parts))
        markers.append(Resp.WritableTxnMarkerResult(producer_id=marker.producer_id, topics=topics))
    return Resp(markers=markers)
