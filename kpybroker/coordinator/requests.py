"""What the core needs to know about a request besides its body, and the deferred-answer marker."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RequestInfo:
    api_version: int
    client_id: str | None = None
    client_host: str = ""


@dataclass(frozen=True, slots=True)
class Pending:
    """The response will come later, as `(token, response)` from `GroupCoordinator.take_completions()`."""

    token: int
