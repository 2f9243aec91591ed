"""MetadataImage.apply for every record type."""

from __future__ import annotations

import uuid

import protocol.messages as m
from controller.image import MetadataImage
from tests.unit.test_controller_support import apply_all, dir_id, make_image, register_record

T1 = uuid.UUID(int=0x11)
T2 = uuid.UUID(int=0x22)


def topic_image() -> MetadataImage:
    image = make_image([1, 2, 3])
    apply_all(
        image,
        [
            m.TopicRecord(name="foo", topic_id=T1),
            m.PartitionRecord(partition_id=0, topic_id=T1, replicas=[1, 2, 3], isr=[1, 2, 3], leader=1,
                              leader_epoch=0, partition_epoch=0, directories=[dir_id(1), dir_id(2), dir_id(3)]),
            m.PartitionRecord(partition_id=1, topic_id=T1, replicas=[2, 3, 1], isr=[2, 3, 1], leader=2,
                              leader_epoch=0, partition_epoch=0),
        ],
    )
    return image


def test_features_from_bootstrap() -> None:
    image = make_image([])
    assert image.features["metadata.version"] == 30
    assert image.metadata_version == 30
    assert image.features["transaction.version"] == 2
    apply_all(image, [m.FeatureLevelRecord(name="group.version", feature_level=0)])
    assert "group.version" not in image.features


def test_topic_and_partition_records() -> None:
    image = topic_image()
    info = image.topics_by_name["foo"]
    assert image.topics_by_id[T1] is info
    assert sorted(info.partitions) == [0, 1]
    p0 = info.partitions[0]
    assert (p0.replicas, p0.isr, p0.leader, p0.leader_epoch, p0.partition_epoch) == ((1, 2, 3), (1, 2, 3), 1, 0, 0)
    assert p0.directories == (dir_id(1), dir_id(2), dir_id(3))
    assert image.partition("foo", 1).leader == 2
    assert image.partition("foo", 7) is None
    assert image.partition("nope", 0) is None


def test_partition_change_record_merges_and_bumps_epochs() -> None:
    image = topic_image()
    apply_all(image, [m.PartitionChangeRecord(partition_id=0, topic_id=T1, isr=[1, 2])])
    p0 = image.partition("foo", 0)
    assert p0.isr == (1, 2)
    assert (p0.leader, p0.leader_epoch, p0.partition_epoch) == (1, 0, 1)
    apply_all(image, [m.PartitionChangeRecord(partition_id=0, topic_id=T1, leader=2)])
    p0 = image.partition("foo", 0)
    assert (p0.leader, p0.leader_epoch, p0.partition_epoch) == (2, 1, 2)
    apply_all(image, [m.PartitionChangeRecord(partition_id=0, topic_id=T1, replicas=[2, 1, 4], adding_replicas=[4])])
    p0 = image.partition("foo", 0)
    assert p0.replicas == (2, 1, 4)
    assert p0.adding_replicas == (4,)
    # Directories follow their replicas; a new replica's directory is unknown.
    assert p0.directories == (dir_id(2), dir_id(1), uuid.UUID(int=0))
    apply_all(image, [m.PartitionChangeRecord(partition_id=0, topic_id=T1, eligible_leader_replicas=[3],
                                              last_known_elr=[3])])
    assert image.partition("foo", 0).elr == (3,)
    apply_all(image, [m.ClearElrRecord(topic_name="foo")])
    assert image.partition("foo", 0).elr == ()
    assert image.partition("foo", 0).last_known_elr == ()


def test_change_for_unknown_partition_is_ignored() -> None:
    image = topic_image()
    before = image.summary()["topics"]
    apply_all(image, [m.PartitionChangeRecord(partition_id=9, topic_id=T1, leader=3),
                      m.PartitionRecord(partition_id=0, topic_id=T2, replicas=[1], isr=[1], leader=1)])
    assert image.summary()["topics"] == before


def test_remove_topic_drops_partitions_and_configs() -> None:
    image = topic_image()
    apply_all(image, [m.ConfigRecord(resource_type=2, resource_name="foo", name="retention.ms", value="1")])
    assert image.topic_configs("foo") == {"retention.ms": "1"}
    apply_all(image, [m.RemoveTopicRecord(topic_id=T1)])
    assert "foo" not in image.topics_by_name
    assert T1 not in image.topics_by_id
    assert image.topic_configs("foo") == {}
    assert (2, "foo") not in image.configs


def test_config_records_set_and_delete() -> None:
    image = make_image([1])
    apply_all(
        image,
        [
            m.ConfigRecord(resource_type=4, resource_name="", name="log.retention.ms", value="100"),
            m.ConfigRecord(resource_type=4, resource_name="1", name="log.cleaner.threads", value="2"),
            m.ConfigRecord(resource_type=2, resource_name="t", name="cleanup.policy", value="compact"),
            m.ConfigRecord(resource_type=2, resource_name="t", name="retention.ms", value="5"),
        ],
    )
    assert image.cluster_broker_configs() == {"log.retention.ms": "100"}
    assert image.broker_configs(1) == {"log.cleaner.threads": "2"}
    assert image.topic_configs("t") == {"cleanup.policy": "compact", "retention.ms": "5"}
    apply_all(image, [m.ConfigRecord(resource_type=2, resource_name="t", name="cleanup.policy", value=None)])
    assert image.topic_configs("t") == {"retention.ms": "5"}
    apply_all(image, [m.ConfigRecord(resource_type=2, resource_name="t", name="retention.ms", value=None)])
    assert (2, "t") not in image.configs


def test_broker_lifecycle_records() -> None:
    image = make_image([])
    apply_all(image, [register_record(1, epoch=10, fenced=True)])
    broker = image.brokers[1]
    assert broker.fenced and broker.epoch == 10
    assert broker.endpoints["PLAINTEXT"].port == 9093
    assert broker.features["metadata.version"] == (7, 30)
    assert broker.log_dirs == (dir_id(1),)
    assert image.unfenced_broker_ids() == []
    apply_all(image, [m.UnfenceBrokerRecord(id=1, epoch=10)])
    assert not image.brokers[1].fenced
    assert image.unfenced_broker_ids() == [1]
    apply_all(image, [m.FenceBrokerRecord(id=1, epoch=10)])
    assert image.brokers[1].fenced
    # A record for another epoch is stale and ignored.
    apply_all(image, [m.UnfenceBrokerRecord(id=1, epoch=9)])
    assert image.brokers[1].fenced
    apply_all(image, [m.BrokerRegistrationChangeRecord(broker_id=1, broker_epoch=10, fenced=-1)])
    assert not image.brokers[1].fenced
    apply_all(image, [m.BrokerRegistrationChangeRecord(broker_id=1, broker_epoch=10, in_controlled_shutdown=1)])
    assert image.brokers[1].in_controlled_shutdown
    assert image.active_broker_ids() == []
    apply_all(image, [m.BrokerRegistrationChangeRecord(broker_id=1, broker_epoch=10, fenced=1)])
    assert image.brokers[1].fenced and not image.brokers[1].in_controlled_shutdown
    apply_all(image, [m.UnregisterBrokerRecord(broker_id=1, broker_epoch=10)])
    assert 1 not in image.brokers


def test_producer_ids_record() -> None:
    image = make_image([1])
    apply_all(image, [m.ProducerIdsRecord(broker_id=1, broker_epoch=6, next_producer_id=1000)])
    assert image.next_producer_id == 1000
    apply_all(image, [m.ProducerIdsRecord(broker_id=1, broker_epoch=6, next_producer_id=2000)])
    assert image.next_producer_id == 2000
    # Going backwards is refused (Kafka treats it as corruption).
    apply_all(image, [m.ProducerIdsRecord(broker_id=1, broker_epoch=6, next_producer_id=1000)])
    assert image.next_producer_id == 2000


def test_controller_quota_acl_scram_token_records() -> None:
    image = make_image([])
    acl_id = uuid.UUID(int=77)
    apply_all(
        image,
        [
            m.RegisterControllerRecord(controller_id=1, incarnation_id=uuid.UUID(int=3)),
            m.ClientQuotaRecord(entity=[m.ClientQuotaRecord.EntityData(entity_type="user", entity_name="u")],
                                key="producer_byte_rate", value=1024.0, remove=False),
            m.AccessControlEntryRecord(id=acl_id, resource_type=2, resource_name="foo", pattern_type=3,
                                       principal="User:u", host="*", operation=3, permission_type=3),
            m.UserScramCredentialRecord(name="u", mechanism=1, salt=b"s", stored_key=b"k", server_key=b"v",
                                        iterations=4096),
            m.DelegationTokenRecord(owner="User:u", token_id="tok"),
            m.NoOpRecord(),
        ],
    )
    assert 1 in image.controllers
    assert image.client_quotas[(("user", "u"),)] == {"producer_byte_rate": 1024.0}
    assert image.acls[acl_id].principal == "User:u"
    assert ("u", 1) in image.scram_credentials
    assert "tok" in image.delegation_tokens
    apply_all(
        image,
        [
            m.ClientQuotaRecord(entity=[m.ClientQuotaRecord.EntityData(entity_type="user", entity_name="u")],
                                key="producer_byte_rate", value=0.0, remove=True),
            m.RemoveAccessControlEntryRecord(id=acl_id),
            m.RemoveUserScramCredentialRecord(name="u", mechanism=1),
            m.RemoveDelegationTokenRecord(token_id="tok"),
        ],
    )
    assert image.client_quotas == {}
    assert image.acls == {}
    assert image.scram_credentials == {}
    assert image.delegation_tokens == {}


def test_transactions_apply_atomically_or_not_at_all() -> None:
    image = make_image([1])
    apply_all(image, [m.BeginTransactionRecord(name="t"), m.TopicRecord(name="a", topic_id=T1)])
    assert "a" not in image.topics_by_name
    apply_all(image, [m.EndTransactionRecord()])
    assert "a" in image.topics_by_name
    apply_all(image, [m.BeginTransactionRecord(), m.TopicRecord(name="b", topic_id=T2), m.AbortTransactionRecord()])
    assert "b" not in image.topics_by_name


def test_version_and_offset_advance_and_unknown_ignored() -> None:
    image = MetadataImage()
    image.apply(m.ZkMigrationStateRecord(zk_migration_state=0), 4)
    assert image.last_offset == 4
    assert image.version == 1
    image.apply(m.NoOpRecord(), 5)
    assert (image.last_offset, image.version) == (5, 2)


def test_copy_is_independent() -> None:
    image = topic_image()
    clone = image.copy()
    apply_all(image, [m.RemoveTopicRecord(topic_id=T1)])
    assert "foo" in clone.topics_by_name
    assert clone.topics_by_id[T1] is clone.topics_by_name["foo"]
