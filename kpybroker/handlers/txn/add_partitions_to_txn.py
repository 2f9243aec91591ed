"""AddPartitionsToTxn (24): v0-3 from clients (one transaction), v4+ from brokers (batched,
optionally VerifyOnly, KIP-890)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kpybroker.handlers.txn._common import fenced_error, service
from kpybroker.txn.state import TV_2, TopicPartition
from protocol.errors import ErrorCode
from protocol.messages import AddPartitionsToTxnRequest, AddPartitionsToTxnResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = AddPartitionsToTxnRequest
Resp = AddPartitionsToTxnResponse


def handle(broker: Broker, ctx: RequestContext, request: AddPartitionsToTxnRequest) -> AddPartitionsToTxnResponse:
    version = ctx.api_version
    if version < 4:
        results = _one(broker, request.v3_and_below_transactional_id, request.v3_and_below_producer_id,
                       request.v3_and_below_producer_epoch, _partitions(request.v3_and_below_topics),
                       verify_only=False, client_tv=0)
        return Resp(results_by_topic_v3_and_below=_by_topic(
            {tp: fenced_error(code, version, 2) for tp, code in results.items()}))
    out = []
    for txn in request.transactions:
        results = _one(broker, txn.transactional_id, txn.producer_id, txn.producer_epoch,
                       _partitions(txn.topics), verify_only=txn.verify_only, client_tv=TV_2)
        out.append(Resp.AddPartitionsToTxnResult(transactional_id=txn.transactional_id,
                                                 topic_results=_by_topic(results)))
    return Resp(error_code=0, results_by_transaction=out)


def _partitions(topics: Iterable[AddPartitionsToTxnRequest.AddPartitionsToTxnTopic]) -> list[TopicPartition]:
    return [(t.name, int(p)) for t in topics for p in t.partitions]


def _one(
    broker: Broker, transactional_id: str, producer_id: int, producer_epoch: int, partitions: list[TopicPartition],
    *, verify_only: bool, client_tv: int,
) -> dict[TopicPartition, int]:
    svc = service(broker)
    if svc is None:
        return dict.fromkeys(partitions, ErrorCode.COORDINATOR_NOT_AVAILABLE)
    if verify_only:
        return svc.core.verify_partitions(transactional_id, producer_id, producer_epoch, partitions)
    topics = broker.image.topics_by_name
    unknown = {tp for tp in partitions if tp[0] not in topics or tp[1] not in topics[tp[0]].partitions}
    if unknown:
        # As Kafka: nothing is added when any partition is unknown.
        return {tp: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION if tp in unknown else ErrorCode.OPERATION_NOT_ATTEMPTED
                for tp in partitions}
    # Only epoch-bumping (v4+ broker) adds change the transaction's client version; a client's
    # explicit add keeps whatever EndTxn last recorded.
    code = svc.core.add_partitions(transactional_id, producer_id, producer_epoch, partitions, broker.now_ms(),
                                   client_tv=client_tv if client_tv >= TV_2 else None)
    return dict.fromkeys(partitions, code)


def _by_topic(results: dict[TopicPartition, int]) -> list[AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult]:
    grouped: dict[str, list[Resp.AddPartitionsToTxnPartitionResult]] = {}
    for (topic, index), code in results.items():
        grouped.setdefault(topic, []).append(
            Resp.AddPartitionsToTxnPartitionResult(partition_index=index, partition_error_code=int(code)))
    return [Resp.AddPartitionsToTxnTopicResult(name=t, results_by_partition=r) for t, r in grouped.items()]
