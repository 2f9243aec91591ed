"""DescribeCluster (60): cluster id, controller and brokers on the caller's listener."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpybroker.handlers.metadata import CLUSTER_ALL_OPERATIONS, UNKNOWN_OPERATIONS
from protocol.errors import ErrorCode
from protocol.messages import DescribeClusterRequest, DescribeClusterResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = DescribeClusterRequest
ENDPOINT_BROKERS = 1
ENDPOINT_CONTROLLERS = 2


def handle(broker: Broker, ctx: RequestContext, request: DescribeClusterRequest) -> DescribeClusterResponse:
    kind = broker.listener_kind(ctx.listener)
    endpoint_type = request.endpoint_type
    if (endpoint_type == ENDPOINT_BROKERS and kind != "broker") or (
        endpoint_type == ENDPOINT_CONTROLLERS and kind != "controller"
    ):
        return DescribeClusterResponse(
            error_code=ErrorCode.UNSUPPORTED_ENDPOINT_TYPE,
            error_message="The request was sent to an endpoint of type "
            + ("BROKER" if kind == "broker" else "CONTROLLER")
            + ", but we wanted an endpoint of type "
            + ("BROKER" if endpoint_type == ENDPOINT_BROKERS else "CONTROLLER"),
            endpoint_type=endpoint_type,
            cluster_id=broker.cluster_id,
        )
    if endpoint_type == ENDPOINT_CONTROLLERS:
        nodes = broker.controller_endpoints()
        controller_id = broker.active_controller_id()
    else:
        nodes = broker.alive_brokers(ctx.listener, include_fenced=request.include_fenced_brokers)
        controller_id = broker.controller_id_for_clients()
    return DescribeClusterResponse(
        endpoint_type=endpoint_type,
        cluster_id=broker.cluster_id,
        controller_id=controller_id,
        brokers=[
            DescribeClusterResponse.DescribeClusterBroker(broker_id=n, host=h, port=p, rack=r)
            for n, h, p, r in nodes
        ],
        cluster_authorized_operations=(
            CLUSTER_ALL_OPERATIONS if request.include_cluster_authorized_operations else UNKNOWN_OPERATIONS
        ),
    )
