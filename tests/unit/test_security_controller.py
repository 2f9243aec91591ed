"""Controller decisions for ACLs, SCRAM credentials, client quotas, reassignments, leader
elections and feature updates: records, error codes and Kafka 4.3.1 messages."""

from __future__ import annotations

from typing import Any

import protocol.messages as m
from controller.image import MetadataImage
from protocol.errors import ErrorCode
from tests.unit.test_controller_support import commit, creatable, create_request, make_controller, make_image

ACL = m.CreateAclsRequest.AclCreation
FILTER = m.DeleteAclsRequest.DeleteAclsFilter


def creation(name: str = "t", *, rtype: int = 2, pattern: int = 3, op: int = 3, perm: int = 3,
             principal: str = "User:alice") -> Any:
    return ACL(resource_type=rtype, resource_name=name, resource_pattern_type=pattern, principal=principal,
               host="*", operation=op, permission_type=perm)


def test_create_acls_writes_records_once_and_validates() -> None:
    image = make_image([1])
    qc = make_controller()
    request = m.CreateAclsRequest(creations=[
        creation(), creation(),  # the duplicate is accepted but stored once
        creation(rtype=1), creation(pattern=2), creation(op=1), creation(perm=1),
        creation(rtype=4, name="x"), creation(name=""),
    ])
    result = qc.create_acls(request, image, 0)
    assert [type(r).__name__ for r in result.records] == ["AccessControlEntryRecord"]
    assert [(r.error_code, r.error_message) for r in result.response.results] == [
        (0, None), (0, None),
        (ErrorCode.INVALID_REQUEST, "Invalid resourceType ANY"),
        (ErrorCode.INVALID_REQUEST, "Invalid patternType MATCH"),
        (ErrorCode.INVALID_REQUEST, "Invalid operation ANY"),
        (ErrorCode.INVALID_REQUEST, "Invalid permissionType ANY"),
        (ErrorCode.INVALID_REQUEST, "The only valid name for the CLUSTER resource is kafka-cluster"),
        (ErrorCode.INVALID_REQUEST, "Invalid empty resource name"),
    ]
    commit(image, result)
    assert len(image.acls) == 1
    assert qc.create_acls(m.CreateAclsRequest(creations=[creation()]), image, 0).records == []


def test_delete_acls_by_filter() -> None:
    image = make_image([1])
    qc = make_controller()
    commit(image, qc.create_acls(m.CreateAclsRequest(creations=[
        creation("a"), creation("b", op=4), creation("pre-", pattern=4)]), image, 0))
    any_filter = dict(resource_type_filter=1, resource_name_filter=None, pattern_type_filter=1, principal_filter=None,
                      host_filter=None, operation=1, permission_type=1)
    request = m.DeleteAclsRequest(filters=[
        FILTER(**{**any_filter, "operation": 4}),
        FILTER(**{**any_filter, "resource_name_filter": "pre-x", "pattern_type_filter": 2}),
        FILTER(**{**any_filter, "pattern_type_filter": 0}),
    ])
    result = qc.delete_acls(request, image, 0)
    first, second, third = result.response.filter_results
    assert [a.resource_name for a in first.matching_acls] == ["b"]
    assert [a.resource_name for a in second.matching_acls] == ["pre-"]
    assert (third.error_code, third.error_message) == (ErrorCode.INVALID_REQUEST, "Unknown patternFilter.")
    commit(image, result)
    assert sorted(a.resource_name for a in image.acls.values()) == ["a"]


def scram_upsert(name: str, mechanism: int = 1, iterations: int = 8192) -> Any:
    return m.AlterUserScramCredentialsRequest.ScramCredentialUpsertion(
        name=name, mechanism=mechanism, iterations=iterations, salt=b"salt", salted_password=b"x" * 32)


def test_alter_scram_credentials() -> None:
    image = make_image([1])
    qc = make_controller()
    deletion = m.AlterUserScramCredentialsRequest.ScramCredentialDeletion
    request = m.AlterUserScramCredentialsRequest(
        deletions=[deletion(name="ghost", mechanism=1)],
        upsertions=[scram_upsert("alice"), scram_upsert("few", iterations=10), scram_upsert("many", iterations=20000),
                    scram_upsert("weird", mechanism=9), scram_upsert(""), scram_upsert("dup"), scram_upsert("dup", 2)],
    )
    result = qc.alter_user_scram_credentials(request, image, 0)
    errors = {r.user: (r.error_code, r.error_message) for r in result.response.results}
    assert errors == {
        "alice": (0, None),
        "ghost": (ErrorCode.RESOURCE_NOT_FOUND, "Attempt to delete a user credential that does not exist"),
        "few": (ErrorCode.UNACCEPTABLE_CREDENTIAL, "Too few iterations"),
        "many": (ErrorCode.UNACCEPTABLE_CREDENTIAL, "Too many iterations"),
        "weird": (ErrorCode.UNSUPPORTED_SASL_MECHANISM, "Unknown SCRAM mechanism"),
        "": (ErrorCode.UNACCEPTABLE_CREDENTIAL, "Username must not be empty"),
        "dup": (ErrorCode.DUPLICATE_RESOURCE, "A user credential cannot be altered twice in the same request"),
    }
    [record] = result.records
    assert (record.name, record.mechanism, record.iterations, len(record.stored_key)) == ("alice", 1, 8192, 32)
    commit(image, result)
    assert ("alice", 1) in image.scram_credentials
    gone = qc.alter_user_scram_credentials(
        m.AlterUserScramCredentialsRequest(deletions=[deletion(name="alice", mechanism=1)], upsertions=[]), image, 0)
    commit(image, gone)
    assert image.scram_credentials == {}


def quota_entry(entity: list[tuple[str, str | None]], ops: list[tuple[str, float, bool]]) -> Any:
    req = m.AlterClientQuotasRequest
    return req.EntryData(
        entity=[req.EntityData(entity_type=t, entity_name=n) for t, n in entity],
        ops=[req.OpData(key=k, value=v, remove=r) for k, v, r in ops],
    )


def test_alter_client_quotas() -> None:
    image = make_image([1])
    qc = make_controller()
    request = m.AlterClientQuotasRequest(entries=[
        quota_entry([("user", "alice")], [("producer_byte_rate", 1024.0, False)]),
        quota_entry([("user", None), ("client-id", "app")], [("request_percentage", 12.5, False)]),
        quota_entry([("user", "bob")], [("bogus", 1.0, False)]),
        quota_entry([("user", "carol")], [("consumer_byte_rate", 1.5, False)]),
        quota_entry([("ip", "1.2.3.4"), ("user", "x")], [("connection_creation_rate", 1.0, False)]),
    ], validate_only=False)
    result = qc.alter_client_quotas(request, image, 0)
    assert [(e.error_code, e.error_message) for e in result.response.entries] == [
        (0, None), (0, None),
        (ErrorCode.INVALID_REQUEST, "Invalid configuration key bogus"),
        (ErrorCode.INVALID_REQUEST, "consumer_byte_rate cannot be a fractional value."),
        (ErrorCode.INVALID_REQUEST,
         "Invalid quota entity combination, IP entity should not be combined with User or ClientId entities."),
    ]
    commit(image, result)
    assert image.client_quotas[(("user", "alice"),)] == {"producer_byte_rate": 1024.0}
    removal = m.AlterClientQuotasRequest(entries=[quota_entry([("user", "alice")], [("producer_byte_rate", 0.0, True)])],
                                         validate_only=False)
    commit(image, qc.alter_client_quotas(removal, image, 0))
    assert (("user", "alice"),) not in image.client_quotas


def topic_image(brokers: list[int], replicas: int) -> tuple[MetadataImage, Any]:
    image = make_image(brokers)
    qc = make_controller()
    commit(image, qc.create_topics(create_request(creatable("t", 1, replicas)), image, now_ms=0, version=7))
    return image, qc


def reassign(qc: Any, image: MetadataImage, replicas: list[int] | None) -> Any:
    r = m.AlterPartitionReassignmentsRequest
    request = r(timeout_ms=1000, topics=[r.ReassignableTopic(
        name="t", partitions=[r.ReassignablePartition(partition_index=0, replicas=replicas)])])
    return qc.alter_partition_reassignments(request, image, 0)


def test_reassign_to_same_replicas_completes_without_records() -> None:
    image, qc = topic_image([1], 1)
    result = reassign(qc, image, [1])
    assert result.records == []
    assert result.response.responses[0].partitions[0].error_code == 0


def test_reassign_errors() -> None:
    image, qc = topic_image([1], 1)
    [err] = reassign(qc, image, [2]).response.responses[0].partitions
    assert (err.error_code, err.error_message) == (
        ErrorCode.INVALID_REPLICA_ASSIGNMENT,
        "The manual partition assignment includes broker 2, but no such broker is registered.",
    )
    [cancel] = reassign(qc, image, None).response.responses[0].partitions
    # ApiError.fromThrowable drops a message equal to the error's default text.
    assert (cancel.error_code, cancel.error_message) == (ErrorCode.NO_REASSIGNMENT_IN_PROGRESS, None)


def test_reassign_adding_a_replica_starts_then_cancel_reverts() -> None:
    image, qc = topic_image([1, 2], 1)
    original = list(image.topics_by_name["t"].partitions[0].replicas)
    other = 2 if original == [1] else 1
    result = reassign(qc, image, [other])
    commit(image, result)
    part = image.topics_by_name["t"].partitions[0]
    assert (part.adding_replicas, part.removing_replicas) == ((other,), tuple(original))
    commit(image, reassign(qc, image, None))
    part = image.topics_by_name["t"].partitions[0]
    assert (list(part.replicas), part.adding_replicas) == (original, ())


def elect(qc: Any, image: MetadataImage, partitions: list[int] | None, election_type: int = 0) -> Any:
    r = m.ElectLeadersRequest
    tps = None if partitions is None else [r.TopicPartitions(topic="t", partitions=partitions)]
    return qc.elect_leaders(r(election_type=election_type, topic_partitions=tps, timeout_ms=1000), image, 0)


def test_elect_preferred_not_needed() -> None:
    image, qc = topic_image([1], 1)
    [res] = elect(qc, image, [0, 7]).response.replica_election_results
    assert [(p.partition_id, p.error_code) for p in res.partition_result] == [
        (0, ErrorCode.ELECTION_NOT_NEEDED), (7, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)]
    assert res.partition_result[1].error_message == "No such partition as t-7"
    # Electing everything leaves out partitions that need nothing.
    [everything] = elect(qc, image, None).response.replica_election_results
    assert (everything.topic, everything.partition_result) == ("t", [])


def feature_request(name: str, level: int, upgrade_type: int = 1) -> Any:
    r = m.UpdateFeaturesRequest
    return r(timeout_ms=1000, feature_updates=[r.FeatureUpdateKey(feature=name, max_version_level=level,
                                                                    upgrade_type=upgrade_type)], validate_only=False)


def test_update_features() -> None:
    image = make_image([1])
    qc = make_controller()
    same = qc.update_features(feature_request("metadata.version", 30), image, 0, 2)
    assert (same.records, same.response.error_code) == ([], 0)
    too_new = qc.update_features(feature_request("metadata.version", 31), image, 0, 2)
    assert too_new.response.error_code == ErrorCode.INVALID_UPDATE_VERSION
    assert too_new.response.error_message == (
        "The update failed for all features since the following feature had an error: "
        "Invalid update version 31 for feature metadata.version. Local controller 1 only supports versions 7-30")
    down = qc.update_features(feature_request("metadata.version", 29), image, 0, 2)
    assert down.response.error_message.endswith(
        "Can't downgrade the version of this feature without setting the upgrade type to either safe or unsafe "
        "downgrade.")
    unknown = qc.update_features(feature_request("group.version", 0, upgrade_type=2), image, 0, 2)
    assert unknown.response.error_code == 0
    assert unknown.records == [m.FeatureLevelRecord(name="group.version", feature_level=0)]
