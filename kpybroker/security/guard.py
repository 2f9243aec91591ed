"""ACL enforcement in front of the request handlers (Kafka's per-API AuthHelper checks).

One entry point, `dispatch(broker, ctx, request, handle)`: with no authorizer configured
it is exactly `handle(broker, ctx, request)`. Otherwise the request is checked before the
handler sees it: request-wide checks answer with the API's error response directly; per-topic
checks take the refused topics out of the request, let the handler serve the rest and put
the refused topics back into its response with TOPIC_AUTHORIZATION_FAILED, as Kafka does.

Covered: Produce, Fetch, ListOffsets, Metadata, CreateTopics, DeleteTopics, DeleteRecords,
InitProducerId (transactional ids), CreatePartitions, DescribeConfigs, AlterConfigs,
IncrementalAlterConfigs and the classic group APIs (FindCoordinator, JoinGroup, SyncGroup,
Heartbeat, LeaveGroup, OffsetCommit, OffsetFetch). The security and cluster-admin handlers
(ACLs, quotas, SCRAM, reassignments, features) check CLUSTER permissions themselves.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from kpybroker.security.acl import CLUSTER_NAME, AclOperation, ResourceType
from kpybroker.security.authorizer import Authorizer
from kpybroker.security.broker_security import security_of
from kpybroker.security.enforce import on_controller_listener
from protocol.errors import ErrorCode

if TYPE_CHECKING:
    from kpybroker.network import RequestContext

Handle = Callable[[Any, "RequestContext", Any], Any]
# A fix-up applied to the handler's response (adds back the refused topics).
Patch = Callable[[Any], Any]

TOPIC_AUTH = int(ErrorCode.TOPIC_AUTHORIZATION_FAILED)
GROUP_AUTH = int(ErrorCode.GROUP_AUTHORIZATION_FAILED)
CLUSTER_AUTH = int(ErrorCode.CLUSTER_AUTHORIZATION_FAILED)
TXN_AUTH = int(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED)


def dispatch(broker: Any, ctx: RequestContext, request: Any, handle: Handle) -> Any:
    """Authorize `request`, then run `handle`; the response (or an awaitable of it)."""
    authorizer = security_of(broker).authorizer(broker.image)
    if on_controller_listener(broker, ctx):
        authorizer = None
    check = _CHECKS.get(ctx.header.request_api_key) if authorizer is not None else None
    if check is None or authorizer is None:
        return handle(broker, ctx, request)
    decided = check(_Access(authorizer, ctx, broker), request)
    if isinstance(decided, _Answer):
        return decided.response
    result = handle(broker, ctx, request)
    if decided is None or result is None:
        return result
    if inspect.isawaitable(result):
        return _patch_later(result, decided)
    return decided(result)


async def _patch_later(result: Awaitable[Any], patch: Patch) -> Any:
    response = await result
    return patch(response) if response is not None else None


class _Answer:
    """A request refused as a whole: this response goes back without calling the handler."""

    def __init__(self, response: Any) -> None:
        self.response = response


class _Access:
    def __init__(self, authorizer: Authorizer, ctx: RequestContext, broker: Any) -> None:
        self.authorizer = authorizer
        self.ctx = ctx
        self.broker = broker

    def allowed(self, operation: int, resource_type: int, name: str) -> bool:
        return self.authorizer.allowed(self.ctx.principal, self.ctx.client_host, operation, resource_type, name)

    def topic(self, operation: int, name: str | None) -> bool:
        return name is not None and self.allowed(operation, ResourceType.TOPIC, name)

    def cluster(self, operation: int) -> bool:
        return self.allowed(operation, ResourceType.CLUSTER, CLUSTER_NAME)

    def group(self, operation: int, name: str) -> bool:
        return self.allowed(operation, ResourceType.GROUP, name)

    def topic_name(self, name: str | None, topic_id: Any) -> str | None:
        if name:
            return name
        info = self.broker.image.topics_by_id.get(topic_id)
        return info.name if info is not None else None


def _messages() -> Any:
    from protocol import messages

    return messages


# ------------------------------------------------------------------------------------- Produce


def _produce(access: _Access, request: Any) -> _Answer | Patch | None:
    m = _messages()
    txn = getattr(request, "transactional_id", None)
    if txn is not None and not access.allowed(AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, txn):
        return _Answer(_produce_response(m, request, request.topic_data, TXN_AUTH))
    refused = [t for t in request.topic_data
               if not access.topic(AclOperation.WRITE, access.topic_name(getattr(t, "name", None), _tid(t)))]
    if not refused:
        return None
    request.topic_data = [t for t in request.topic_data if t not in refused]
    if not request.topic_data:
        return _Answer(None if request.acks == 0 else _produce_response(m, request, refused, TOPIC_AUTH))

    def patch(response: Any) -> Any:
        response.responses.extend(_produce_response(m, request, refused, TOPIC_AUTH).responses)
        return response

    return patch


def _produce_response(m: Any, request: Any, topics: list[Any], code: int) -> Any:
    r = m.ProduceResponse
    return r(responses=[
        r.TopicProduceResponse(
            name=getattr(t, "name", ""), topic_id=_tid(t),
            partition_responses=[r.PartitionProduceResponse(index=p.index, error_code=code, base_offset=-1)
                                 for p in t.partition_data],
        )
        for t in topics
    ], throttle_time_ms=0)


def _tid(obj: Any) -> Any:
    return getattr(obj, "topic_id", None)


# ------------------------------------------------------------------------------------- Fetch


def _fetch(access: _Access, request: Any) -> _Answer | Patch | None:
    m = _messages()
    replica_state = getattr(request, "replica_state", None)
    replica_id = getattr(request, "replica_id", -1)
    if replica_state is not None and getattr(replica_state, "replica_id", -1) >= 0:
        replica_id = replica_state.replica_id
    if replica_id >= 0:
        # A follower fetch: Kafka requires CLUSTER_ACTION on the cluster.
        if access.cluster(AclOperation.CLUSTER_ACTION):
            return None
        return _Answer(m.FetchResponse(throttle_time_ms=0, error_code=CLUSTER_AUTH, session_id=0, responses=[]))
    refused = [t for t in request.topics
               if not access.topic(AclOperation.READ, access.topic_name(getattr(t, "topic", None), _tid(t)))]
    if not refused:
        return None
    request.topics = [t for t in request.topics if t not in refused]
    r = m.FetchResponse
    errors = [
        r.FetchableTopicResponse(topic=getattr(t, "topic", ""), topic_id=_tid(t), partitions=[
            r.PartitionData(partition_index=p.partition, error_code=TOPIC_AUTH, high_watermark=-1,
                            last_stable_offset=-1, log_start_offset=-1, aborted_transactions=None,
                            preferred_read_replica=-1, records=None)
            for p in t.partitions
        ])
        for t in refused
    ]

    def patch(response: Any) -> Any:
        response.responses.extend(errors)
        return response

    return patch


# ------------------------------------------------------------------------------------- Metadata


def _metadata(access: _Access, request: Any) -> Patch | None:
    m = _messages()
    image = access.broker.image
    refused: list[Any] = []
    if request.topics is not None:
        kept = []
        for t in request.topics:
            name = access.topic_name(t.name, _tid(t))
            if name is None:
                kept.append(t)  # unknown id: the handler answers UNKNOWN_TOPIC_ID
            elif not access.topic(AclOperation.DESCRIBE, name):
                refused.append((t, name))
            elif name not in image.topics_by_name and getattr(request, "allow_auto_topic_creation", False) and not (
                access.cluster(AclOperation.CREATE) or access.topic(AclOperation.CREATE, name)
            ):
                refused.append((t, name))
            else:
                kept.append(t)
        request.topics = kept
    listed_all = request.topics is None

    def patch(response: Any) -> Any:
        if listed_all:
            response.topics = [t for t in response.topics if access.topic(AclOperation.DESCRIBE, t.name)]
        for t, name in refused:
            # Asked for by id: Kafka does not echo the name of a topic the client may not see.
            shown = name if t.name else None
            response.topics.append(m.MetadataResponse.MetadataResponseTopic(
                error_code=TOPIC_AUTH, name=shown, topic_id=_tid(t) or _zero_uuid(), is_internal=False,
                partitions=[],
            ))
        return response

    return patch


def _zero_uuid() -> Any:
    import uuid

    return uuid.UUID(int=0)


# ------------------------------------------------------------------------------------- topic admin


def _create_topics(access: _Access, request: Any) -> Patch | None:
    m = _messages()
    if access.cluster(AclOperation.CREATE):
        return None
    refused = [t for t in request.topics if not access.topic(AclOperation.CREATE, t.name)]
    if not refused:
        return None
    request.topics = [t for t in request.topics if t not in refused]

    def patch(response: Any) -> Any:
        for t in refused:
            response.topics.append(m.CreateTopicsResponse.CreatableTopicResult(
                name=t.name, error_code=TOPIC_AUTH, error_message="Authorization failed.",
                num_partitions=-1, replication_factor=-1, configs=None,
            ))
        return response

    return patch


def _delete_topics(access: _Access, request: Any) -> Patch | None:
    m = _messages()
    names = [(n, None) for n in (getattr(request, "topic_names", None) or [])]
    states = list(getattr(request, "topics", None) or [])
    refused_names = [n for n, _ in names if not access.topic(AclOperation.DELETE, n)]
    refused_states = [s for s in states if not access.topic(AclOperation.DELETE, access.topic_name(s.name, s.topic_id))]
    if not refused_names and not refused_states:
        return None
    if names:
        request.topic_names = [n for n, _ in names if n not in refused_names]
    if states:
        request.topics = [s for s in states if s not in refused_states]

    def patch(response: Any) -> Any:
        r = m.DeleteTopicsResponse.DeletableTopicResult
        for n in refused_names:
            response.responses.append(r(name=n, topic_id=_zero_uuid(), error_code=TOPIC_AUTH, error_message=None))
        for s in refused_states:
            response.responses.append(r(name=s.name, topic_id=s.topic_id, error_code=TOPIC_AUTH, error_message=None))
        return response

    return patch


def _topic_filter(
    list_attr: str, operation: int, response_attr: str, error_entry: Callable[[Any, Any], Any]
) -> Callable[[_Access, Any], Patch | None]:
    """Per-topic check for requests shaped `topics: [{name, ...}]`: refused topics come back
    through `error_entry(messages, topic)` appended to the response's `response_attr` list."""

    def check(access: _Access, request: Any) -> Patch | None:
        topics = list(getattr(request, list_attr))
        refused = [t for t in topics if not access.topic(operation, t.name)]
        if not refused:
            return None
        setattr(request, list_attr, [t for t in topics if t not in refused])
        m = _messages()

        def patch(response: Any) -> Any:
            getattr(response, response_attr).extend(error_entry(m, t) for t in refused)
            return response

        return patch

    return check


def _list_offsets_error(m: Any, t: Any) -> Any:
    r = m.ListOffsetsResponse
    return r.ListOffsetsTopicResponse(name=t.name, partitions=[
        r.ListOffsetsPartitionResponse(partition_index=p.partition_index, error_code=TOPIC_AUTH)
        for p in t.partitions])


def _create_partitions_error(m: Any, t: Any) -> Any:
    return m.CreatePartitionsResponse.CreatePartitionsTopicResult(name=t.name, error_code=TOPIC_AUTH,
                                                                  error_message=None)


def _delete_records_error(m: Any, t: Any) -> Any:
    r = m.DeleteRecordsResponse
    return r.DeleteRecordsTopicResult(name=t.name, partitions=[
        r.DeleteRecordsPartitionResult(partition_index=p.partition_index, low_watermark=-1, error_code=TOPIC_AUTH)
        for p in t.partitions])


def _init_producer_id(access: _Access, request: Any) -> _Answer | None:
    txn = request.transactional_id
    if txn is None or access.allowed(AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, txn):
        return None
    return _Answer(_messages().InitProducerIdResponse(throttle_time_ms=0, error_code=TXN_AUTH, producer_id=-1,
                                                      producer_epoch=-1))


# ------------------------------------------------------------------------------------- configs

_TOPIC_RESOURCE, _BROKER_RESOURCE, _BROKER_LOGGER = 2, 4, 8


def _config_resource_allowed(access: _Access, rtype: int, name: str, operation: int) -> tuple[bool, int]:
    if rtype == _TOPIC_RESOURCE:
        return access.topic(operation, name), TOPIC_AUTH
    return access.cluster(operation), CLUSTER_AUTH


def _describe_configs(access: _Access, request: Any) -> Patch | None:
    m = _messages()
    refused = []
    for res in request.resources:
        ok, code = _config_resource_allowed(access, res.resource_type, res.resource_name, AclOperation.DESCRIBE_CONFIGS)
        if not ok:
            refused.append((res, code))
    if not refused:
        return None
    request.resources = [r for r in request.resources if all(r is not x for x, _ in refused)]

    def patch(response: Any) -> Any:
        for res, code in refused:
            response.results.append(m.DescribeConfigsResponse.DescribeConfigsResult(
                error_code=code, error_message=None, resource_type=res.resource_type,
                resource_name=res.resource_name, configs=[],
            ))
        return response

    return patch


def _alter_configs(access: _Access, request: Any) -> Patch | None:
    m = _messages()
    response_cls = (m.IncrementalAlterConfigsResponse if access.ctx.header.request_api_key == 44
                    else m.AlterConfigsResponse)
    refused = []
    for res in request.resources:
        ok, code = _config_resource_allowed(access, res.resource_type, res.resource_name, AclOperation.ALTER_CONFIGS)
        if not ok:
            refused.append((res, code))
    if not refused:
        return None
    request.resources = [r for r in request.resources if all(r is not x for x, _ in refused)]

    def patch(response: Any) -> Any:
        for res, code in refused:
            response.responses.append(response_cls.AlterConfigsResourceResponse(
                error_code=code, error_message=None, resource_type=res.resource_type,
                resource_name=res.resource_name,
            ))
        return response

    return patch


# ------------------------------------------------------------------------------------- groups


def _group_check(field: str, operation: int, answer: Callable[[Any, Any], Any]) -> Callable[[_Access, Any], Any]:
    def check(access: _Access, request: Any) -> _Answer | None:
        group = getattr(request, field, None)
        if group is None or access.group(operation, group):
            return None
        return _Answer(answer(_messages(), request))

    return check


def _find_coordinator(access: _Access, request: Any) -> _Answer | None:
    m = _messages()
    key_type = getattr(request, "key_type", 0)
    keys = list(getattr(request, "coordinator_keys", None) or []) or [getattr(request, "key", "")]
    rtype = ResourceType.GROUP if key_type == 0 else ResourceType.TRANSACTIONAL_ID
    code = GROUP_AUTH if key_type == 0 else TXN_AUTH
    if all(access.allowed(AclOperation.DESCRIBE, rtype, k) for k in keys):
        return None
    r = m.FindCoordinatorResponse
    if access.ctx.api_version < 4:
        return _Answer(r(throttle_time_ms=0, error_code=code, error_message=None, node_id=-1, host="", port=-1,
                         coordinators=[]))
    # Mixed batches are rare (one key per request from every client we know); refuse them whole.
    return _Answer(r(throttle_time_ms=0, coordinators=[
        r.Coordinator(key=k, node_id=-1, host="", port=-1, error_code=code, error_message=None) for k in keys
    ]))


def _offset_commit(access: _Access, request: Any) -> _Answer | None:
    if access.group(AclOperation.READ, request.group_id):
        return None
    m = _messages()
    r = m.OffsetCommitResponse
    return _Answer(r(throttle_time_ms=0, topics=[
        r.OffsetCommitResponseTopic(name=t.name, topic_id=_tid(t), partitions=[
            r.OffsetCommitResponsePartition(partition_index=p.partition_index, error_code=GROUP_AUTH)
            for p in t.partitions
        ])
        for t in request.topics
    ]))


def _offset_fetch(access: _Access, request: Any) -> _Answer | None:
    m = _messages()
    r = m.OffsetFetchResponse
    if getattr(request, "groups", None):
        if all(access.group(AclOperation.DESCRIBE, g.group_id) for g in request.groups):
            return None
        return _Answer(r(throttle_time_ms=0, groups=[
            r.OffsetFetchResponseGroup(group_id=g.group_id, topics=[], error_code=GROUP_AUTH)
            for g in request.groups
        ]))
    if access.group(AclOperation.DESCRIBE, request.group_id):
        return None
    return _Answer(r(throttle_time_ms=0, topics=[], error_code=GROUP_AUTH))


def _simple_group_error(cls_name: str, **fields: Any) -> Callable[[Any, Any], Any]:
    def build(m: Any, _request: Any) -> Any:
        return getattr(m, cls_name)(error_code=GROUP_AUTH, **fields)

    return build


_CHECKS: dict[int, Callable[[_Access, Any], Any]] = {
    0: _produce,
    1: _fetch,
    3: _metadata,
    8: _offset_commit,
    9: _offset_fetch,
    10: _find_coordinator,
    11: _group_check("group_id", AclOperation.READ, _simple_group_error(
        "JoinGroupResponse", throttle_time_ms=0, generation_id=-1, protocol_type=None, protocol_name=None,
        leader="", skip_assignment=False, member_id="", members=[])),
    12: _group_check("group_id", AclOperation.READ, _simple_group_error("HeartbeatResponse", throttle_time_ms=0)),
    13: _group_check("group_id", AclOperation.READ, _simple_group_error(
        "LeaveGroupResponse", throttle_time_ms=0, members=[])),
    14: _group_check("group_id", AclOperation.READ, _simple_group_error(
        "SyncGroupResponse", throttle_time_ms=0, protocol_type=None, protocol_name=None, assignment=b"")),
    2: _topic_filter("topics", AclOperation.DESCRIBE, "topics", _list_offsets_error),
    19: _create_topics,
    20: _delete_topics,
    21: _topic_filter("topics", AclOperation.DELETE, "topics", _delete_records_error),
    22: _init_producer_id,
    32: _describe_configs,
    33: _alter_configs,
    37: _topic_filter("topics", AclOperation.ALTER, "results", _create_partitions_error),
    44: _alter_configs,
}
