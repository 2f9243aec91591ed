"""ACL enforcement in front of the handlers: refused topics are taken out of the request and
answered with TOPIC_AUTHORIZATION_FAILED; request-wide refusals answer without the handler."""

from __future__ import annotations

import asyncio
import uuid
from types import SimpleNamespace
from typing import Any

import pytest

import protocol.messages as m
from controller.image import MetadataImage
from kpybroker.network import RequestContext
from kpybroker.security import guard
from kpybroker.security.broker_security import BrokerSecurity, SecuritySettings
from protocol.errors import ErrorCode
from protocol.framing import encode_response

STANDARD = "org.apache.kafka.metadata.authorizer.StandardAuthorizer"
TOPIC_ID = uuid.UUID(int=42)


def make_broker(*acls: tuple[int, str, int], authorizer: str = STANDARD) -> Any:
    image = MetadataImage(cluster_id="c")
    image.apply(m.TopicRecord(name="ok", topic_id=TOPIC_ID), 0)
    image.apply(m.TopicRecord(name="secret", topic_id=uuid.UUID(int=43)), 1)
    for i, (rtype, name, op) in enumerate(acls):
        image.apply(m.AccessControlEntryRecord(
            id=uuid.UUID(int=1000 + i), resource_type=rtype, resource_name=name, pattern_type=3,
            principal="User:alice", host="*", operation=op, permission_type=3), 2 + i)
    settings = SecuritySettings(authorizer, frozenset({"User:admin"}), False, ("PLAIN",), None, {})
    return SimpleNamespace(image=image, security=BrokerSecurity(settings), config=None)


def ctx(api_key: int, version: int, principal: str = "User:alice") -> RequestContext:
    header = m.RequestHeader(request_api_key=api_key, request_api_version=version, correlation_id=1, client_id="c")
    return RequestContext("c-1", "SASL_PLAINTEXT", "SASL_PLAINTEXT", "127.0.0.1", 5000, header, principal=principal)


def produce_request(*topics: str) -> Any:
    r = m.ProduceRequest
    return r(transactional_id=None, acks=1, timeout_ms=1000, topic_data=[
        r.TopicProduceData(name=t, partition_data=[r.PartitionProduceData(index=0, records=None)]) for t in topics
    ])


def echo_produce(_broker: Any, _ctx: Any, request: Any) -> Any:
    r = m.ProduceResponse
    return r(responses=[r.TopicProduceResponse(name=t.name, partition_responses=[
        r.PartitionProduceResponse(index=0, error_code=0, base_offset=7)]) for t in request.topic_data])


def test_no_authorizer_calls_handler_untouched() -> None:
    broker = make_broker(authorizer="")
    response = guard.dispatch(broker, ctx(0, 9), produce_request("ok", "secret"), echo_produce)
    assert [t.name for t in response.responses] == ["ok", "secret"]


def test_produce_refused_topics_answered_with_topic_authorization_failed() -> None:
    broker = make_broker((2, "ok", 4))
    seen: list[list[str]] = []

    def handler(b: Any, c: Any, request: Any) -> Any:
        seen.append([t.name for t in request.topic_data])
        return echo_produce(b, c, request)

    response = guard.dispatch(broker, ctx(0, 9), produce_request("ok", "secret"), handler)
    assert seen == [["ok"]]
    codes = {t.name: t.partition_responses[0].error_code for t in response.responses}
    assert codes == {"ok": 0, "secret": ErrorCode.TOPIC_AUTHORIZATION_FAILED}
    b"".join(encode_response(1, 0, 9, response))


def test_produce_all_refused_skips_handler_and_super_user_passes() -> None:
    broker = make_broker()

    def never(*_args: Any) -> Any:
        raise AssertionError("handler must not run")

    response = guard.dispatch(broker, ctx(0, 9), produce_request("secret"), never)
    assert response.responses[0].partition_responses[0].error_code == ErrorCode.TOPIC_AUTHORIZATION_FAILED
    admin = guard.dispatch(broker, ctx(0, 9, "User:admin"), produce_request("secret"), echo_produce)
    assert admin.responses[0].partition_responses[0].error_code == 0


def test_async_handler_is_patched_after_it_completes() -> None:
    broker = make_broker((2, "ok", 4))

    async def handler(b: Any, c: Any, request: Any) -> Any:
        return echo_produce(b, c, request)

    result = guard.dispatch(broker, ctx(0, 9), produce_request("ok", "secret"), lambda b, c, r: handler(b, c, r))
    response = asyncio.run(result)
    assert sorted(t.name for t in response.responses) == ["ok", "secret"]


def test_fetch_by_topic_id_refused() -> None:
    broker = make_broker()
    r = m.FetchRequest
    request = r(replica_id=-1, max_wait_ms=0, min_bytes=1, topics=[r.FetchTopic(topic_id=TOPIC_ID, partitions=[
        r.FetchPartition(partition=0, fetch_offset=0, partition_max_bytes=1000)])], forgotten_topics_data=[])

    def handler(_b: Any, _c: Any, req: Any) -> Any:
        assert req.topics == []
        return m.FetchResponse(throttle_time_ms=0, error_code=0, session_id=0, responses=[])

    response = guard.dispatch(broker, ctx(1, 16), request, handler)
    [topic] = response.responses
    assert (topic.topic_id, topic.partitions[0].error_code) == (TOPIC_ID, ErrorCode.TOPIC_AUTHORIZATION_FAILED)
    b"".join(encode_response(1, 1, 16, response))
    b"".join(encode_response(1, 1, 11, response))


def metadata_response(names: list[str]) -> Any:
    r = m.MetadataResponse
    return r(brokers=[], cluster_id="c", controller_id=1, topics=[
        r.MetadataResponseTopic(error_code=0, name=n, topic_id=TOPIC_ID, is_internal=False, partitions=[])
        for n in names])


def test_metadata_all_topics_hides_and_named_topics_error() -> None:
    broker = make_broker((2, "ok", 8))
    listed = guard.dispatch(broker, ctx(3, 12), m.MetadataRequest(topics=None, allow_auto_topic_creation=False),
                            lambda *_: metadata_response(["ok", "secret"]))
    assert [t.name for t in listed.topics] == ["ok"]
    named = m.MetadataRequest(topics=[m.MetadataRequest.MetadataRequestTopic(name="secret")],
                              allow_auto_topic_creation=True)
    response = guard.dispatch(broker, ctx(3, 12), named, lambda _b, _c, req: metadata_response(
        [t.name for t in req.topics]))
    assert [(t.name, t.error_code) for t in response.topics] == [("secret", ErrorCode.TOPIC_AUTHORIZATION_FAILED)]
    for version in (1, 9, 12):
        b"".join(encode_response(1, 3, version, response))


def test_metadata_auto_create_needs_create() -> None:
    broker = make_broker((2, "new", 8))
    request = m.MetadataRequest(topics=[m.MetadataRequest.MetadataRequestTopic(name="new")],
                                allow_auto_topic_creation=True)
    response = guard.dispatch(broker, ctx(3, 12), request, lambda _b, _c, req: metadata_response(
        [t.name for t in req.topics]))
    assert [(t.name, t.error_code) for t in response.topics] == [("new", ErrorCode.TOPIC_AUTHORIZATION_FAILED)]


def test_create_delete_topics_and_describe_configs() -> None:
    broker = make_broker((2, "mine", 5), (2, "ok", 6), (2, "ok", 10))
    creq = m.CreateTopicsRequest(topics=[
        m.CreateTopicsRequest.CreatableTopic(name=n, num_partitions=1, replication_factor=1, assignments=[], configs=[])
        for n in ("mine", "theirs")], timeout_ms=1000, validate_only=False)
    created = guard.dispatch(broker, ctx(19, 7), creq, lambda _b, _c, req: m.CreateTopicsResponse(topics=[
        m.CreateTopicsResponse.CreatableTopicResult(name=t.name, error_code=0) for t in req.topics]))
    assert [(t.name, t.error_code) for t in created.topics] == [
        ("mine", 0), ("theirs", ErrorCode.TOPIC_AUTHORIZATION_FAILED)]
    b"".join(encode_response(1, 19, 7, created))
    dreq = m.DeleteTopicsRequest(topic_names=["ok", "secret"], timeout_ms=1000)
    deleted = guard.dispatch(broker, ctx(20, 5), dreq, lambda _b, _c, req: m.DeleteTopicsResponse(responses=[
        m.DeleteTopicsResponse.DeletableTopicResult(name=n, error_code=0) for n in req.topic_names]))
    assert [(t.name, t.error_code) for t in deleted.responses] == [
        ("ok", 0), ("secret", ErrorCode.TOPIC_AUTHORIZATION_FAILED)]
    b"".join(encode_response(1, 20, 5, deleted))
    r = m.DescribeConfigsRequest
    dcreq = r(resources=[r.DescribeConfigsResource(resource_type=2, resource_name=n, configuration_keys=None)
                         for n in ("ok", "secret")] + [r.DescribeConfigsResource(resource_type=4, resource_name="1",
                                                                                  configuration_keys=None)])
    described = guard.dispatch(broker, ctx(32, 4), dcreq, lambda _b, _c, req: m.DescribeConfigsResponse(results=[
        m.DescribeConfigsResponse.DescribeConfigsResult(error_code=0, resource_type=x.resource_type,
                                                        resource_name=x.resource_name, configs=[])
        for x in req.resources]))
    assert [(x.resource_name, x.error_code) for x in described.results] == [
        ("ok", 0), ("secret", ErrorCode.TOPIC_AUTHORIZATION_FAILED), ("1", ErrorCode.CLUSTER_AUTHORIZATION_FAILED)]
    b"".join(encode_response(1, 32, 4, described))


@pytest.mark.parametrize(("api_key", "version", "request_obj"), [
    (11, 9, m.JoinGroupRequest(group_id="g", session_timeout_ms=10000, rebalance_timeout_ms=10000, member_id="",
                               protocol_type="consumer", protocols=[])),
    (12, 4, m.HeartbeatRequest(group_id="g", generation_id=1, member_id="m")),
    (13, 5, m.LeaveGroupRequest(group_id="g", members=[])),
    (14, 5, m.SyncGroupRequest(group_id="g", generation_id=1, member_id="m", assignments=[])),
    (10, 4, m.FindCoordinatorRequest(key_type=0, coordinator_keys=["g"])),
    (10, 2, m.FindCoordinatorRequest(key="g", key_type=0)),
    (8, 9, m.OffsetCommitRequest(group_id="g", topics=[m.OffsetCommitRequest.OffsetCommitRequestTopic(
        name="ok", partitions=[m.OffsetCommitRequest.OffsetCommitRequestPartition(partition_index=0,
                                                                                  committed_offset=1)])])),
    (9, 7, m.OffsetFetchRequest(group_id="g", topics=None)),
    (9, 9, m.OffsetFetchRequest(groups=[m.OffsetFetchRequest.OffsetFetchRequestGroup(group_id="g", topics=None)])),
])
def test_group_apis_refused_without_group_acl(api_key: int, version: int, request_obj: Any) -> None:
    broker = make_broker()

    def never(*_args: Any) -> Any:
        raise AssertionError("handler must not run")

    response = guard.dispatch(broker, ctx(api_key, version), request_obj, never)
    encoded = b"".join(encode_response(1, api_key, version, response))
    assert int(ErrorCode.GROUP_AUTHORIZATION_FAILED).to_bytes(2, "big") in encoded


def test_list_offsets_delete_records_create_partitions_and_txn_ids() -> None:
    broker = make_broker((2, "ok", 8))
    lo = m.ListOffsetsRequest
    request = lo(replica_id=-1, isolation_level=0, topics=[
        lo.ListOffsetsTopic(name=n, partitions=[lo.ListOffsetsPartition(partition_index=0, timestamp=-1)])
        for n in ("ok", "secret")])
    response = guard.dispatch(broker, ctx(2, 9), request, lambda _b, _c, req: m.ListOffsetsResponse(topics=[
        m.ListOffsetsResponse.ListOffsetsTopicResponse(name=t.name, partitions=[]) for t in req.topics]))
    assert [(t.name, [p.error_code for p in t.partitions]) for t in response.topics] == [
        ("ok", []), ("secret", [ErrorCode.TOPIC_AUTHORIZATION_FAILED])]
    b"".join(encode_response(1, 2, 9, response))
    dr = m.DeleteRecordsRequest
    deleted = guard.dispatch(broker, ctx(21, 2), dr(timeout_ms=1, topics=[dr.DeleteRecordsTopic(
        name="ok", partitions=[dr.DeleteRecordsPartition(partition_index=0, offset=1)])]),
        lambda _b, _c, req: m.DeleteRecordsResponse(topics=[]))
    assert deleted.topics[0].partitions[0].error_code == ErrorCode.TOPIC_AUTHORIZATION_FAILED
    b"".join(encode_response(1, 21, 2, deleted))
    cp = m.CreatePartitionsRequest
    grown = guard.dispatch(broker, ctx(37, 3), cp(topics=[cp.CreatePartitionsTopic(name="ok", count=2,
                                                                                  assignments=None)],
                                                  timeout_ms=1, validate_only=False),
                           lambda _b, _c, req: m.CreatePartitionsResponse(results=[]))
    assert [(r.name, r.error_code) for r in grown.results] == [("ok", ErrorCode.TOPIC_AUTHORIZATION_FAILED)]
    b"".join(encode_response(1, 37, 3, grown))
    txn = guard.dispatch(broker, ctx(22, 5), m.InitProducerIdRequest(transactional_id="tx", transaction_timeout_ms=1),
                         lambda *_: None)
    assert txn.error_code == ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED
    b"".join(encode_response(1, 22, 5, txn))
