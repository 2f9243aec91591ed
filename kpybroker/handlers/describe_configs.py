"""DescribeConfigs (32): topic and broker configs with sources and synonyms as Kafka reports them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpybroker.config_defs import describe_broker_config, describe_topic_config
from protocol.errors import ErrorCode
from protocol.messages import DescribeConfigsRequest, DescribeConfigsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = DescribeConfigsRequest

TOPIC = 2
BROKER = 4
BROKER_LOGGER = 8


def handle(broker: Broker, ctx: RequestContext, request: DescribeConfigsRequest) -> DescribeConfigsResponse:
    version = ctx.api_version
    results = []
    for res in request.resources:
        out = DescribeConfigsResponse.DescribeConfigsResult(
            resource_type=res.resource_type, resource_name=res.resource_name, error_code=0, error_message=None
        )
        entries = None
        if res.resource_type == TOPIC:
            if res.resource_name not in broker.image.topics_by_name:
                out.error_code = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
                out.error_message = f"Topic {res.resource_name} does not exist."
            else:
                overrides = broker.image.topic_configs(res.resource_name)
                entries = describe_topic_config(overrides, broker.effective_config, request.include_synonyms)
        elif res.resource_type == BROKER:
            if res.resource_name not in ("", str(broker.node_id)):
                out.error_code = ErrorCode.INVALID_REQUEST
                out.error_message = f"Unexpected broker id, expected {broker.node_id}, but received {res.resource_name}"
            else:
                entries = describe_broker_config(broker.effective_config, request.include_synonyms)
        elif res.resource_type == BROKER_LOGGER:
            entries = []
        else:
            out.error_code = ErrorCode.INVALID_REQUEST
            out.error_message = f"Unsupported resource type {res.resource_type}"
        if entries is not None:
            keys = set(res.configuration_keys) if res.configuration_keys is not None else None
            out.configs = [
                DescribeConfigsResponse.DescribeConfigsResourceResult(
                    name=e.name,
                    value=None if e.sensitive else e.value,
                    read_only=e.read_only,
                    config_source=e.source,
                    is_sensitive=e.sensitive,
                    synonyms=[
                        DescribeConfigsResponse.DescribeConfigsSynonym(name=n, value=v, source=s)
                        for n, v, s in (e.synonyms if request.include_synonyms else [])
                    ],
                    config_type=e.config_type if version >= 3 else 0,
                    documentation=(e.documentation if request.include_documentation else None),
                )
                for e in entries
                if keys is None or e.name in keys
            ]
        results.append(out)
    return DescribeConfigsResponse(results=results)
