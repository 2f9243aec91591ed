"""The handler table: one module per API key, each declaring what it serves.

A handler module defines `REQUEST` (the generated request class), optionally
`MIN_VERSION`/`MAX_VERSION` (default: the spec's valid range) and
`handle(broker, ctx, request)`. ApiVersions is computed from this table, so the
advertised ranges cannot drift from the code that serves them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

HandlerFn = Callable[["Broker", "RequestContext", Any], Any | Awaitable[Any] | None]


@dataclass(frozen=True, slots=True)
class HandlerSpec:
    api_key: int
    name: str
    min_version: int
    max_version: int
    advertised_min: int
    listeners: tuple[str, ...]
    handle: HandlerFn


def build_table(modules: Iterable[ModuleType], kind: str) -> Mapping[int, HandlerSpec]:
    """The handlers served on one kind of listener ("broker" or "controller").

    A module serves the listener kinds its spec names (`LISTENERS`), unless it narrows
    them with `LISTENER_KINDS` (Fetch on a controller listener is Raft's, not the log's).
    """
    table: dict[int, HandlerSpec] = {}
    for module in modules:
        kinds = getattr(module, "LISTENER_KINDS", None) or tuple(getattr(module.REQUEST, "LISTENERS", ("broker",)))
        if kind not in kinds:
            continue
        request_cls = module.REQUEST
        lo, hi = request_cls.VALID_VERSIONS
        if getattr(request_cls, "LATEST_VERSION_UNSTABLE", False):
            # Kafka advertises unstable versions only with unstable.api.versions.enable.
            hi -= 1
        min_version = getattr(module, "MIN_VERSION", lo)
        max_version = getattr(module, "MAX_VERSION", hi)
        spec = HandlerSpec(
            api_key=request_cls.API_KEY,
            name=request_cls.__name__.removesuffix("Request"),
            min_version=min_version,
            max_version=max_version,
            advertised_min=getattr(module, "ADVERTISED_MIN_VERSION", min_version),
            listeners=tuple(getattr(request_cls, "LISTENERS", ("broker",))),
            handle=module.handle,
        )
        if spec.api_key in table:
            raise ValueError(f"two handlers for api key {spec.api_key} on {kind} listeners")
        table[spec.api_key] = spec
    return MappingProxyType(table)
