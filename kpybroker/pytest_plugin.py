"""pytest plugin: a `kafka_broker` fixture backed by an in-process kpybroker.

Imports are deferred to fixture use so merely having kpybroker installed costs a
pytest run nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from kpybroker.embedded import RunningBroker


@pytest.fixture(scope="session")
def kafka_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningBroker]:
    """A single-node broker for the test session; `.bootstrap_servers` gives "host:port"."""
    from kpybroker.embedded import serve

    with serve(data_dir=tmp_path_factory.mktemp("kpybroker")) as broker:
        yield broker


@pytest.fixture
def kafka_bootstrap(kafka_broker: RunningBroker) -> str:
    return kafka_broker.bootstrap_servers
