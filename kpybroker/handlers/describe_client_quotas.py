"""DescribeClientQuotas (48): quota entities matching a filter (ClientQuotasImage.describe)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpybroker.security.acl import AclOperation
from kpybroker.security.enforce import authorize_cluster
from protocol.errors import ErrorCode
from protocol.messages import DescribeClientQuotasRequest, DescribeClientQuotasResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = DescribeClientQuotasRequest
R = DescribeClientQuotasResponse

MATCH_EXACT, MATCH_DEFAULT, MATCH_SPECIFIED = 0, 1, 2
_TYPES = ("user", "client-id", "ip")


class _Invalid(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def handle(broker: Broker, ctx: RequestContext, request: DescribeClientQuotasRequest) -> R:
    if not authorize_cluster(broker, ctx, AclOperation.DESCRIBE_CONFIGS):
        return R(throttle_time_ms=0, error_code=ErrorCode.CLUSTER_AUTHORIZATION_FAILED,
                 error_message="Cluster authorization failed.", entries=None)
    try:
        exact, specified = _parse_filter(request.components)
    except _Invalid as exc:
        return R(throttle_time_ms=0, error_code=exc.code, error_message=exc.message, entries=None)
    entries = []
    for entity, values in sorted(broker.image.client_quotas.items(), key=lambda kv: str(kv[0])):
        names = dict(entity)
        if not _matches(names, exact, specified, request.strict):
            continue
        entries.append(R.EntryData(
            entity=[R.EntityData(entity_type=t, entity_name=n) for t, n in entity],
            values=[R.ValueData(key=k, value=v) for k, v in sorted(values.items())],
        ))
    return R(throttle_time_ms=0, error_code=0, error_message=None, entries=entries)


def _parse_filter(components: list[DescribeClientQuotasRequest.ComponentData]) -> tuple[dict[str, str | None], set[str]]:
    exact: dict[str, str | None] = {}
    specified: set[str] = set()
    for c in components:
        if not c.entity_type:
            raise _Invalid(ErrorCode.INVALID_REQUEST, "Invalid empty entity type.")
        if c.entity_type in exact or c.entity_type in specified:
            raise _Invalid(ErrorCode.INVALID_REQUEST, f"Entity type {c.entity_type} cannot appear more than once in the filter.")
        if c.entity_type not in _TYPES:
            raise _Invalid(ErrorCode.UNSUPPORTED_VERSION, f"Unsupported entity type {c.entity_type}")
        if c.match_type == MATCH_EXACT:
            if c.match is None:
                raise _Invalid(ErrorCode.INVALID_REQUEST, "Request specified MATCH_TYPE_EXACT, but set match string to null.")
            exact[c.entity_type] = c.match
        elif c.match_type == MATCH_DEFAULT:
            if c.match is not None:
                raise _Invalid(ErrorCode.INVALID_REQUEST,
                               "Request specified MATCH_TYPE_DEFAULT, but also specified a match string.")
            exact[c.entity_type] = None
        elif c.match_type == MATCH_SPECIFIED:
            if c.match is not None:
                raise _Invalid(ErrorCode.INVALID_REQUEST,
                               "Request specified MATCH_TYPE_SPECIFIED, but also specified a match string.")
            specified.add(c.entity_type)
        else:
            raise _Invalid(ErrorCode.INVALID_REQUEST, f"Unknown match type {c.match_type}")
    used = set(exact) | specified
    if "ip" in used and used & {"user", "client-id"}:
        raise _Invalid(ErrorCode.INVALID_REQUEST, "Invalid entity filter component combination. IP filter component "
                       "should not be used with user or clientId filter component.")
    return exact, specified


def _matches(names: dict[str, str | None], exact: dict[str, str | None], specified: set[str], strict: bool) -> bool:
    if strict and len(names) != len(exact) + len(specified):
        return False
    for entity_type, name in exact.items():
        if entity_type not in names or names[entity_type] != name:
            return False
    return all(t in names for t in specified)
