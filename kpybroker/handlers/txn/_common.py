"""Helpers shared by the transaction handlers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from protocol.errors import ErrorCode

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.txn.service import TransactionService


def service(broker: Broker) -> TransactionService | None:
    return getattr(broker, "transactions", None)


def fenced_error(code: int, api_version: int, fenced_since: int) -> int:
    """PRODUCER_FENCED is sent only to versions that know it; older ones get INVALID_PRODUCER_EPOCH."""
    if code == ErrorCode.PRODUCER_FENCED and api_version < fenced_since:
        return ErrorCode.INVALID_PRODUCER_EPOCH
    return code
