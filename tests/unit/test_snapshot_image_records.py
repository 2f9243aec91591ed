"""A metadata snapshot must rebuild the whole image: security and quota state included."""

from __future__ import annotations

import uuid

from controller.image import MetadataImage
from controller.raft.image_records import image_records
from protocol import messages as m


def test_snapshot_records_rebuild_quotas_acls_and_scram_credentials() -> None:
    image = MetadataImage(cluster_id="c")
    records = [
        m.ClientQuotaRecord(
            entity=[m.ClientQuotaRecord.EntityData(entity_type="user", entity_name="alice"),
                    m.ClientQuotaRecord.EntityData(entity_type="client-id", entity_name=None)],
            key="producer_byte_rate", value=1024.0, remove=False,
        ),
        m.AccessControlEntryRecord(
            id=uuid.UUID(int=7), resource_type=2, resource_name="orders", pattern_type=3,
            principal="User:bob", host="*", operation=3, permission_type=3,
        ),
        m.UserScramCredentialRecord(
            name="carol", mechanism=1, salt=b"salt", stored_key=b"stored", server_key=b"server", iterations=4096
        ),
    ]
    for offset, record in enumerate(records):
        image.apply(record, offset)

    rebuilt = MetadataImage(cluster_id="c")
    for offset, record in enumerate(image_records(image)):
        rebuilt.apply(record, offset)

    assert rebuilt.client_quotas == image.client_quotas
    assert rebuilt.acls == image.acls
    assert {k: (v.salt, v.stored_key, v.server_key, v.iterations) for k, v in rebuilt.scram_credentials.items()} == {
        ("carol", 1): (b"salt", b"stored", b"server", 4096)
    }
