"""kpybroker: a Kafka-compatible broker speaking the real Kafka wire protocol."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kpybroker.embedded import serve

__all__ = ["serve"]


def __getattr__(name: str) -> Any:
    # Lazy so `import kpybroker` (and the pytest plugin) stays cheap.
    if name == "serve":
        from kpybroker.embedded import serve

        return serve
    raise AttributeError(name)
