"""The cluster-admin APIs beyond topics and configs, over TCP against a real broker process:
ACL APIs without an authorizer, client quotas, SCRAM credentials, reassignments, leader
election, feature updates, replica log dirs and delegation tokens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from confluent_kafka import KafkaException
from confluent_kafka.admin import (
    AclBinding,
    AclOperation,
    AclPermissionType,
    AdminClient,
    NewTopic,
    ResourcePatternType,
    ResourceType,
    ScramCredentialInfo,
    ScramMechanism,
    UserScramCredentialDeletion,
    UserScramCredentialUpsertion,
)

import protocol.messages as m
from protocol.errors import ErrorCode
from tests.integration.conftest import BrokerProcess, start_broker
from tests.integration.test_security_support import WireClient

pytestmark = pytest.mark.timeout(180)


@pytest.fixture(scope="module")
def admin_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrokerProcess]:
    broker = start_broker(tmp_path_factory.mktemp("admin-more"))
    yield broker
    if broker.proc is not None and broker.proc.poll() is None:
        broker.stop()


@pytest.fixture
def wire(admin_broker: BrokerProcess) -> Iterator[WireClient]:
    client = WireClient(admin_broker.port)
    yield client
    client.close()


def make_topic(broker: BrokerProcess, name: str, partitions: int = 1) -> None:
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    admin.create_topics([NewTopic(name, partitions, 1)])[name].result(timeout=30)


def test_acl_apis_answer_security_disabled(admin_broker: BrokerProcess, wire: WireClient) -> None:
    admin = AdminClient({"bootstrap.servers": admin_broker.bootstrap})
    acl = AclBinding(ResourceType.TOPIC, "t", ResourcePatternType.LITERAL, "User:a", "*", AclOperation.READ,
                     AclPermissionType.ALLOW)
    with pytest.raises(KafkaException) as info:
        admin.create_acls([acl])[acl].result(timeout=30)
    assert info.value.args[0].code() == ErrorCode.SECURITY_DISABLED
    described = wire.call(m.DescribeAclsRequest(resource_type_filter=1, resource_name_filter=None,
                                                pattern_type_filter=1, principal_filter=None, host_filter=None,
                                                operation=1, permission_type=1), 3)
    assert (described.error_code, described.error_message) == (
        ErrorCode.SECURITY_DISABLED, "No Authorizer is configured on the broker")
    deleted = wire.call(m.DeleteAclsRequest(filters=[m.DeleteAclsRequest.DeleteAclsFilter(
        resource_type_filter=1, resource_name_filter=None, pattern_type_filter=1, principal_filter=None,
        host_filter=None, operation=1, permission_type=1)]), 3)
    assert [(r.error_code, r.error_message) for r in deleted.filter_results] == [
        (ErrorCode.SECURITY_DISABLED, "No Authorizer is configured.")]


def quota_alter(entity: str, key: str, value: float, remove: bool = False) -> m.AlterClientQuotasRequest:
    r = m.AlterClientQuotasRequest
    return r(entries=[r.EntryData(entity=[r.EntityData(entity_type="user", entity_name=entity)],
                                  ops=[r.OpData(key=key, value=value, remove=remove)])], validate_only=False)


def quota_describe(wire: WireClient, user: str) -> dict[str, float]:
    r = m.DescribeClientQuotasRequest
    response = wire.call(r(components=[r.ComponentData(entity_type="user", match_type=0, match=user)],
                           strict=False), 1)
    assert response.error_code == 0
    return {v.key: v.value for e in response.entries for v in e.values}


def test_client_quotas_are_stored_and_survive_restart(tmp_path: Path) -> None:
    broker = start_broker(tmp_path)
    try:
        with_client = WireClient(broker.port)
        result = with_client.call(quota_alter("alice", "producer_byte_rate", 1024.0), 1)
        assert [e.error_code for e in result.entries] == [0]
        bad = with_client.call(quota_alter("alice", "not_a_quota", 1.0), 1)
        assert [(e.error_code, e.error_message) for e in bad.entries] == [
            (ErrorCode.INVALID_REQUEST, "Invalid configuration key not_a_quota")]
        assert quota_describe(with_client, "alice") == {"producer_byte_rate": 1024.0}
        with_client.close()
        broker.restart()
        again = WireClient(broker.port)
        assert quota_describe(again, "alice") == {"producer_byte_rate": 1024.0}
        again.call(quota_alter("alice", "producer_byte_rate", 0.0, remove=True), 1)
        assert quota_describe(again, "alice") == {}
        again.close()
    finally:
        broker.stop()


def test_scram_credentials_describe_and_delete(admin_broker: BrokerProcess) -> None:
    admin = AdminClient({"bootstrap.servers": admin_broker.bootstrap})
    upsert = UserScramCredentialUpsertion("erin", ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 5000), b"pw")
    admin.alter_user_scram_credentials([upsert])["erin"].result(timeout=30)
    described = admin.describe_user_scram_credentials(["erin"])["erin"].result(timeout=30)
    assert [(c.mechanism, c.iterations) for c in described.scram_credential_infos] == [
        (ScramMechanism.SCRAM_SHA_512, 5000)]
    with pytest.raises(KafkaException) as info:
        admin.describe_user_scram_credentials(["nobody"])["nobody"].result(timeout=30)
    assert info.value.args[0].code() == ErrorCode.RESOURCE_NOT_FOUND
    deletion = UserScramCredentialDeletion("erin", ScramMechanism.SCRAM_SHA_512)
    admin.alter_user_scram_credentials([deletion])["erin"].result(timeout=30)
    with pytest.raises(KafkaException):
        admin.describe_user_scram_credentials(["erin"])["erin"].result(timeout=30)


def test_reassignments_and_preferred_election(admin_broker: BrokerProcess, wire: WireClient,
                                              topic_name: str) -> None:
    make_topic(admin_broker, topic_name, partitions=2)
    r = m.AlterPartitionReassignmentsRequest
    same = wire.call(r(timeout_ms=10000, topics=[r.ReassignableTopic(name=topic_name, partitions=[
        r.ReassignablePartition(partition_index=0, replicas=[1])])]), 0)
    assert [(p.partition_index, p.error_code) for t in same.responses for p in t.partitions] == [(0, 0)]
    unknown = wire.call(r(timeout_ms=10000, topics=[r.ReassignableTopic(name=topic_name, partitions=[
        r.ReassignablePartition(partition_index=1, replicas=[7])])]), 0)
    [part] = unknown.responses[0].partitions
    assert (part.error_code, part.error_message) == (
        ErrorCode.INVALID_REPLICA_ASSIGNMENT,
        "The manual partition assignment includes broker 7, but no such broker is registered.")
    listed = wire.call(m.ListPartitionReassignmentsRequest(timeout_ms=10000, topics=None), 0)
    assert (listed.error_code, listed.topics) == (0, [])

    e = m.ElectLeadersRequest
    one = wire.call(e(election_type=0, timeout_ms=10000, topic_partitions=[
        e.TopicPartitions(topic=topic_name, partitions=[0])]), 2)
    [result] = one.replica_election_results[0].partition_result
    assert (result.error_code, result.error_message) == (
        ErrorCode.ELECTION_NOT_NEEDED, "Leader election not needed for topic partition.")
    everything = wire.call(e(election_type=0, timeout_ms=10000, topic_partitions=None), 2)
    mine = [r for r in everything.replica_election_results if r.topic == topic_name]
    assert [r.partition_result for r in mine] == [[]]


def test_update_features(wire: WireClient) -> None:
    versions = wire.call(m.ApiVersionsRequest(client_software_name="t", client_software_version="1"), 3)
    finalized = {f.name: f.max_version_level for f in versions.finalized_features}
    u = m.UpdateFeaturesRequest
    same = wire.call(u(timeout_ms=10000, validate_only=False, feature_updates=[
        u.FeatureUpdateKey(feature="group.version", max_version_level=finalized["group.version"], upgrade_type=1)]), 1)
    assert (same.error_code, [(r.feature, r.error_code) for r in same.results]) == (0, [("group.version", 0)])
    too_new = wire.call(u(timeout_ms=10000, validate_only=False, feature_updates=[
        u.FeatureUpdateKey(feature="group.version", max_version_level=99, upgrade_type=1)]), 2)
    assert too_new.error_code == ErrorCode.INVALID_UPDATE_VERSION
    assert "Invalid update version 99 for feature group.version." in (too_new.error_message or "")


def test_alter_replica_log_dirs(admin_broker: BrokerProcess, wire: WireClient, topic_name: str) -> None:
    make_topic(admin_broker, topic_name)
    a = m.AlterReplicaLogDirsRequest

    def move(path: str, partition: int = 0) -> int:
        response = wire.call(a(dirs=[a.AlterReplicaLogDir(path=path, topics=[
            a.AlterReplicaLogDirTopic(name=topic_name, partitions=[partition])])]), 2)
        return int(response.results[0].partitions[0].error_code)

    log_dir = str(admin_broker.data_dir / "data")
    assert move(log_dir) == 0
    assert move(str(admin_broker.data_dir / "elsewhere")) == ErrorCode.LOG_DIR_NOT_FOUND
    assert move(log_dir, partition=5) == ErrorCode.REPLICA_NOT_AVAILABLE


def test_delegation_tokens_not_allowed_on_plaintext(wire: WireClient) -> None:
    created = wire.call(m.CreateDelegationTokenRequest(renewers=[], max_lifetime_ms=-1), 3)
    assert created.error_code == ErrorCode.DELEGATION_TOKEN_REQUEST_NOT_ALLOWED
    described = wire.call(m.DescribeDelegationTokenRequest(owners=None), 3)
    assert described.error_code == ErrorCode.DELEGATION_TOKEN_REQUEST_NOT_ALLOWED
    renewed = wire.call(m.RenewDelegationTokenRequest(hmac=b"x", renew_period_ms=-1), 2)
    expired = wire.call(m.ExpireDelegationTokenRequest(hmac=b"x", expiry_time_period_ms=-1), 2)
    assert {renewed.error_code, expired.error_code} == {ErrorCode.DELEGATION_TOKEN_REQUEST_NOT_ALLOWED}
