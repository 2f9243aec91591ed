"""ApiVersions (18): advertised ranges come from the handler table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from protocol.errors import ErrorCode
from protocol.messages import ApiVersionsRequest, ApiVersionsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = ApiVersionsRequest


def build_response(broker: Broker, listener: str, error: int = ErrorCode.NONE) -> ApiVersionsResponse:
    table = broker.handler_tables[broker.listener_kind(listener)]
    keys = [
        ApiVersionsResponse.ApiVersion(api_key=spec.api_key, min_version=spec.advertised_min, max_version=spec.max_version)
        for spec in table.values()
    ]
    keys.sort(key=lambda k: k.api_key)
    supported, finalized, epoch = broker.features()
    return ApiVersionsResponse(
        error_code=int(error),
        api_keys=keys,
        supported_features=[
            ApiVersionsResponse.SupportedFeatureKey(name=name, min_version=lo, max_version=hi)
            for name, (lo, hi) in sorted(supported.items())
        ],
        finalized_features_epoch=epoch,
        finalized_features=[
            ApiVersionsResponse.FinalizedFeatureKey(name=name, max_version_level=level, min_version_level=level)
            for name, level in sorted(finalized.items())
        ],
    )


def handle(broker: Broker, ctx: RequestContext, request: ApiVersionsRequest) -> ApiVersionsResponse:
    if ctx.api_version >= 3 and not (
        _valid_client_name(request.client_software_name) and _valid_client_name(request.client_software_version)
    ):
        response = ApiVersionsResponse(error_code=int(ErrorCode.INVALID_REQUEST))
        return response
    return build_response(broker, ctx.listener)


def _valid_client_name(value: str) -> bool:
    # Kafka's ApiVersionsRequest.isValid: alphanumerics, '.', '-', starting and ending alphanumeric.
    if not value:
        return False
    if not (value[0].isascii() and value[0].isalnum() and value[-1].isascii() and value[-1].isalnum()):
        return False
    return all((c.isascii() and c.isalnum()) or c in ".-" for c in value)
