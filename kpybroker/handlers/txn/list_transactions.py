"""ListTransactions (66): transactional ids on this coordinator, filtered by state, producer,
age (v1) and id pattern (v2, a Java regular expression matched whole; Python's `re`
agrees on the common subset)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kpybroker.handlers.txn._common import service
from kpybroker.txn.state import TxnState
from protocol.errors import ErrorCode
from protocol.messages import ListTransactionsRequest, ListTransactionsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = ListTransactionsRequest
Resp = ListTransactionsResponse


def handle(broker: Broker, ctx: RequestContext, request: ListTransactionsRequest) -> ListTransactionsResponse:
    svc = service(broker)
    if svc is None:
        return Resp(error_code=ErrorCode.COORDINATOR_NOT_AVAILABLE)
    states: set[TxnState] = set()
    unknown: list[str] = []
    for name in request.state_filters:
        state = TxnState.from_display(name)
        if state is None:
            unknown.append(name)
        else:
            states.add(state)
    if unknown and not states:
        # Only unknown states were asked for: nothing can match.
        return Resp(unknown_state_filters=unknown, transaction_states=[])
    matcher = None
    pattern = request.transactional_id_pattern if ctx.api_version >= 2 else None
    if pattern:
        try:
            compiled = re.compile(pattern)
        except re.error:
            return Resp(error_code=ErrorCode.INVALID_REQUEST)
        matcher = lambda txn_id: compiled.fullmatch(txn_id) is not None  # noqa: E731
    listed = svc.core.list(states or None, set(request.producer_id_filters) or None,
                           request.duration_filter if ctx.api_version >= 1 else -1, broker.now_ms(), matcher)
    return Resp(
        unknown_state_filters=unknown,
        transaction_states=[
            Resp.TransactionState(transactional_id=m.transactional_id, producer_id=m.producer_id,
                                  transaction_state=m.state.display)
            for m in listed
        ],
    )
