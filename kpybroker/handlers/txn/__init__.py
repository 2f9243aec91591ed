"""Transaction handlers, one module per API key, plus the coordinator factory.

The broker adds `MODULES` to its handler table (replacing `kpybroker.handlers.init_producer_id`)
and sets `broker.transactions = make_transaction_coordinator(broker)` after its replicas and
group coordinator exist; it calls `.tick(now_ms)` from housekeeping and routes transactional
produce batches through `.check_produce(...)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpybroker.handlers.txn import (
    add_offsets_to_txn,
    add_partitions_to_txn,
    describe_producers,
    describe_transactions,
    end_txn,
    init_producer_id,
    list_transactions,
    txn_offset_commit,
    write_txn_markers,
)
from kpybroker.txn.service import TransactionService

if TYPE_CHECKING:
    from kpybroker.broker import Broker

MODULES = (
    init_producer_id,
    add_partitions_to_txn,
    add_offsets_to_txn,
    end_txn,
    write_txn_markers,
    txn_offset_commit,
    describe_producers,
    describe_transactions,
    list_transactions,
)


def make_transaction_coordinator(broker: Broker) -> TransactionService:
    """Build the coordinator and load every hosted `__transaction_state` partition into it."""
    svc = TransactionService(broker)
    svc.load()
    return svc


__all__ = ["MODULES", "TransactionService", "make_transaction_coordinator"]
