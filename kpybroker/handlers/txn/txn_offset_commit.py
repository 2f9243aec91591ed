"""TxnOffsetCommit (28): offsets committed as part of a transaction, visible on its commit."""

from __future__ import annotations

from typing import TYPE_CHECKING

import structlog

from kpybroker.handlers.txn._common import service
from protocol.errors import ErrorCode
from protocol.messages import TxnOffsetCommitRequest, TxnOffsetCommitResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = TxnOffsetCommitRequest
log = structlog.get_logger("kpybroker.txn.handlers")
Resp = TxnOffsetCommitResponse

# Errors a version cannot carry are replaced by their older equivalents, as Kafka does.
_V3_ERRORS = frozenset({ErrorCode.ILLEGAL_GENERATION, ErrorCode.FENCED_INSTANCE_ID, ErrorCode.UNKNOWN_MEMBER_ID})


def handle(broker: Broker, ctx: RequestContext, request: TxnOffsetCommitRequest) -> TxnOffsetCommitResponse:
    svc = service(broker)
    wanted = [(t.name, p.partition_index) for t in request.topics for p in t.partitions]
    if svc is None:
        results = dict.fromkeys(wanted, ErrorCode.COORDINATOR_NOT_AVAILABLE)
    else:
        results = svc.txn_offset_commit(request, ctx.api_version)
    log.debug("txn_offset_commit", group_id=request.group_id, transactional_id=request.transactional_id,
              producer_id=request.producer_id, producer_epoch=request.producer_epoch, version=ctx.api_version,
              results={f"{t}-{p}": ErrorCode(c).name for (t, p), c in results.items()})
    topics: dict[str, list[Resp.TxnOffsetCommitResponsePartition]] = {}
    for topic, index in wanted:
        code = int(results.get((topic, index), ErrorCode.UNKNOWN_SERVER_ERROR))
        if ctx.api_version < 3 and code in _V3_ERRORS:
            code = ErrorCode.UNKNOWN_SERVER_ERROR
        if ctx.api_version < 4 and code == ErrorCode.TRANSACTION_ABORTABLE:
            code = ErrorCode.INVALID_TXN_STATE
        topics.setdefault(topic, []).append(Resp.TxnOffsetCommitResponsePartition(partition_index=index, error_code=code))
    return Resp(topics=[Resp.TxnOffsetCommitResponseTopic(name=t, partitions=p) for t, p in topics.items()])
