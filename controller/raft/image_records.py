"""The records that rebuild a `MetadataImage`: what a metadata snapshot holds.

Order follows Kafka's image writers: features first (metadata.version decides how the rest
is read), then brokers, topics with their partitions, configs, producer ids. Quotas, ACLs,
SCRAM and delegation tokens are not written yet (kpybroker does not create them).
"""

from __future__ import annotations

from typing import Any

from controller.image import MetadataImage
from protocol import messages as m


def image_records(image: MetadataImage) -> list[Any]:
    out: list[Any] = []
    features = dict(image.features)
    if "metadata.version" in features:
        out.append(m.FeatureLevelRecord(name="metadata.version", feature_level=features.pop("metadata.version")))
    out.extend(m.FeatureLevelRecord(name=n, feature_level=v) for n, v in sorted(features.items()))
    for b in sorted(image.brokers.values(), key=lambda b: b.broker_id):
        out.append(
            m.RegisterBrokerRecord(
                broker_id=b.broker_id,
                incarnation_id=b.incarnation_id,
                broker_epoch=b.epoch,
                end_points=[
                    m.RegisterBrokerRecord.BrokerEndpoint(
                        name=e.name, host=e.host, port=e.port, security_protocol=e.security_protocol
                    )
                    for e in b.endpoints.values()
                ],
                features=[
                    m.RegisterBrokerRecord.BrokerFeature(name=n, min_supported_version=lo, max_supported_version=hi)
                    for n, (lo, hi) in sorted(b.features.items())
                ],
                rack=b.rack,
                fenced=b.fenced,
                in_controlled_shutdown=b.in_controlled_shutdown,
                log_dirs=list(b.log_dirs),
            )
        )
    for t in sorted(image.topics_by_name.values(), key=lambda t: t.name):
        out.append(m.TopicRecord(name=t.name, topic_id=t.topic_id))
        for p in sorted(t.partitions.values(), key=lambda p: p.partition_id):
            out.append(
                m.PartitionRecord(
                    partition_id=p.partition_id,
                    topic_id=t.topic_id,
                    replicas=list(p.replicas),
                    isr=list(p.isr),
                    removing_replicas=list(p.removing_replicas),
                    adding_replicas=list(p.adding_replicas),
                    leader=p.leader,
                    leader_recovery_state=p.leader_recovery_state,
                    leader_epoch=p.leader_epoch,
                    partition_epoch=p.partition_epoch,
                    directories=list(p.directories),
                    eligible_leader_replicas=list(p.elr) or None,
                    last_known_elr=list(p.last_known_elr) or None,
                )
            )
    for (rtype, rname), values in sorted(image.configs.items()):
        out.extend(
            m.ConfigRecord(resource_type=rtype, resource_name=rname, name=k, value=v) for k, v in sorted(values.items())
        )
    for entity, quotas in sorted(image.client_quotas.items(), key=lambda kv: repr(kv[0])):
        out.extend(
            m.ClientQuotaRecord(
                entity=[m.ClientQuotaRecord.EntityData(entity_type=t, entity_name=n) for t, n in entity],
                key=key, value=value, remove=False,
            )
            for key, value in sorted(quotas.items())
        )
    for acl in sorted(image.acls.values(), key=lambda a: a.acl_id.int):
        out.append(
            m.AccessControlEntryRecord(
                id=acl.acl_id, resource_type=acl.resource_type, resource_name=acl.resource_name,
                pattern_type=acl.pattern_type, principal=acl.principal, host=acl.host,
                operation=acl.operation, permission_type=acl.permission_type,
            )
        )
    # The image keeps the applied UserScramCredentialRecords themselves; a snapshot replays them.
    out.extend(rec for _key, rec in sorted(image.scram_credentials.items()))
    if image.next_producer_id:
        out.append(
            m.ProducerIdsRecord(
                broker_id=0, broker_epoch=image.producer_ids_broker_epoch, next_producer_id=image.next_producer_id
            )
        )
    return out
