"""DescribeTransactions (65): state, producer and partitions of transactional ids."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpybroker.handlers.txn._common import service
from protocol.errors import ErrorCode
from protocol.messages import DescribeTransactionsRequest, DescribeTransactionsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = DescribeTransactionsRequest
Resp = DescribeTransactionsResponse


def handle(broker: Broker, ctx: RequestContext, request: DescribeTransactionsRequest) -> DescribeTransactionsResponse:
    svc = service(broker)
    states = []
    for txn_id in request.transactional_ids:
        out = Resp.TransactionState(transactional_id=txn_id, transaction_state="", transaction_timeout_ms=0,
                                    transaction_start_time_ms=-1, producer_id=-1, producer_epoch=-1)
        if svc is None:
            out.error_code = int(ErrorCode.COORDINATOR_NOT_AVAILABLE)
        else:
            code, meta = svc.core.describe(txn_id)
            out.error_code = int(code)
            if meta is not None:
                out.transaction_state = meta.state.display
                out.transaction_timeout_ms = meta.timeout_ms
                out.transaction_start_time_ms = meta.start_ms
                out.producer_id = meta.producer_id
                out.producer_epoch = meta.producer_epoch
                by_topic: dict[str, list[int]] = {}
                for topic, index in meta.sorted_partitions():
                    by_topic.setdefault(topic, []).append(index)
                out.topics = [Resp.TopicData(topic=t, partitions=p) for t, p in by_topic.items()]
        states.append(out)
    return Resp(transaction_states=states)
