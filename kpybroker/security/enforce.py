"""The one place handlers ask "is this request allowed?" (Kafka's AuthHelper).

Without `authorizer.class.name` every check passes, as in Kafka.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kpybroker.security.acl import CLUSTER_NAME, ResourceType
from kpybroker.security.broker_security import security_of

if TYPE_CHECKING:
    from kpybroker.network import RequestContext


def authorize(broker: Any, ctx: RequestContext, operation: int, resource_type: int, resource_name: str) -> bool:
    authorizer = security_of(broker).authorizer(broker.image)
    if authorizer is None or on_controller_listener(broker, ctx):
        return True
    return authorizer.allowed(ctx.principal, ctx.client_host, operation, resource_type, resource_name)


def authorize_cluster(broker: Any, ctx: RequestContext, operation: int) -> bool:
    return authorize(broker, ctx, operation, ResourceType.CLUSTER, CLUSTER_NAME)


def authorizer_configured(broker: Any) -> bool:
    return security_of(broker).settings.authorizer_enabled


def on_controller_listener(broker: Any, ctx: RequestContext) -> bool:
    """Requests forwarded to the controller were authorized by the broker that forwarded them.

    Kafka carries the client's principal in an Envelope and checks again; our forwarding
    sends the bare request, so checking it here would test the forwarding broker's identity.
    """
    kind_of = getattr(broker, "listener_kind", None)
    return kind_of is not None and kind_of(ctx.listener) == "controller"
