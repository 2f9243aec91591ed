"""The broker-facing pieces of the transaction service that need no broker: error mappings."""

from __future__ import annotations

import pytest

from kpybroker.txn.coordinator import map_append_error
from kpybroker.txn.service import init_response, produce_error
from protocol.errors import ErrorCode as E


@pytest.mark.parametrize(("coordinator", "version", "produce"), [
    (E.PRODUCER_FENCED, 11, E.INVALID_PRODUCER_EPOCH),
    (E.TRANSACTION_ABORTABLE, 11, E.INVALID_TXN_STATE),  # verification for older clients
    (E.TRANSACTION_ABORTABLE, 12, E.TRANSACTION_ABORTABLE),
    (E.NOT_COORDINATOR, 9, E.NOT_ENOUGH_REPLICAS),
    (E.CONCURRENT_TRANSACTIONS, 12, E.NOT_ENOUGH_REPLICAS),
    (E.INVALID_PRODUCER_ID_MAPPING, 12, E.INVALID_PRODUCER_ID_MAPPING),
])
def test_produce_error_mapping(coordinator: E, version: int, produce: E) -> None:
    assert produce_error(coordinator, version) == produce


def test_init_response_hides_producer_fenced_from_old_versions() -> None:
    assert init_response(E.PRODUCER_FENCED, -1, -1, 3).error_code == E.INVALID_PRODUCER_EPOCH
    assert init_response(E.PRODUCER_FENCED, -1, -1, 4).error_code == E.PRODUCER_FENCED
    ok = init_response(E.NONE, 5, 2, 4)
    assert (ok.error_code, ok.producer_id, ok.producer_epoch) == (0, 5, 2)


@pytest.mark.parametrize(("append", "client"), [
    (E.NONE, E.NONE),
    (E.NOT_ENOUGH_REPLICAS, E.COORDINATOR_NOT_AVAILABLE),
    (E.NOT_LEADER_OR_FOLLOWER, E.NOT_COORDINATOR),
    (E.KAFKA_STORAGE_ERROR, E.NOT_COORDINATOR),
    (E.MESSAGE_TOO_LARGE, E.UNKNOWN_SERVER_ERROR),
])
def test_txn_log_append_error_mapping(append: E, client: E) -> None:
    assert map_append_error(append) == client
