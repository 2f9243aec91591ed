"""API key table built from the generated spec facts, and header-version rules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from protocol import messages
from protocol.exceptions import ProtocolError

API_VERSIONS_KEY = 18


@dataclass(frozen=True, slots=True)
class ApiSpec:
    """One Kafka API: its request/response classes and the version range of its specs.

    The classes are resolved on first access (``request_class``/``response_class``) so that
    building this table does not build every generated message class.
    """

    api_key: int
    name: str
    min_version: int
    max_version: int
    flexible_from: int | None
    listeners: tuple[str, ...]
    latest_version_unstable: bool
    request_name: str
    response_name: str

    @property
    def request_class(self) -> Any:
        return getattr(messages, self.request_name)

    @property
    def response_class(self) -> Any:
        return getattr(messages, self.response_name)


def _build_api_keys() -> dict[int, ApiSpec]:
    requests = {i.api_key: i for i in messages.MESSAGE_INFO.values() if i.message_type == "request"}
    responses = {i.api_key: i for i in messages.MESSAGE_INFO.values() if i.message_type == "response"}
    table: dict[int, ApiSpec] = {}
    for key in sorted(k for k in requests if k is not None):
        req = requests[key]
        resp = responses[key]
        if req.valid_versions[0] > req.valid_versions[1]:
            continue  # removed from Kafka 4.x (e.g. LeaderAndIsr): no versions left to speak
        if req.valid_versions != resp.valid_versions:
            raise ProtocolError(f"{req.name} and {resp.name} disagree on valid versions")
        table[key] = ApiSpec(
            api_key=key,
            name=req.name.removesuffix("Request"),
            min_version=req.valid_versions[0],
            max_version=req.valid_versions[1],
            flexible_from=req.flexible_from,
            listeners=req.listeners,
            latest_version_unstable=req.latest_version_unstable,
            request_name=req.name,
            response_name=resp.name,
        )
    return table


API_KEYS: dict[int, ApiSpec] = _build_api_keys()


def _spec(api_key: int) -> ApiSpec:
    spec = API_KEYS.get(api_key)
    if spec is None:
        raise ProtocolError(f"unknown api key {api_key}")
    return spec


def request_header_version(api_key: int, api_version: int) -> int:
    """RequestHeader v2 (with tagged fields) for flexible API versions, else v1."""
    flex = _spec(api_key).flexible_from
    return 2 if flex is not None and api_version >= flex else 1


def response_header_version(api_key: int, api_version: int) -> int:
    """ResponseHeader v1 for flexible API versions, else v0.

    ApiVersionsResponse always uses v0 so a client can read it before it knows which
    versions the broker speaks.
    """
    if api_key == API_VERSIONS_KEY:
        return 0
    flex = _spec(api_key).flexible_from
    return 1 if flex is not None and api_version >= flex else 0
