"""Shared builders for the controller / metadata tests (no tests here)."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterable
from typing import Any

import protocol.messages as m
from controller.bootstrap import bootstrap_records
from controller.image import MetadataImage
from controller.quorum_controller import ControllerConfig, ControllerResult, QuorumController

CLUSTER_ID = "MkU3OEVBNTcwNTJENDM2Qg"


def seeded_uuids(seed: int = 7) -> Callable[[], uuid.UUID]:
    rng = random.Random(seed)
    return lambda: uuid.UUID(int=rng.getrandbits(128), version=4)


def dir_id(broker_id: int) -> uuid.UUID:
    return uuid.UUID(int=(broker_id << 64) | 0xABCDEF)


def apply_all(image: MetadataImage, records: Iterable[Any]) -> None:
    for record in records:
        image.apply(record, image.last_offset + 1)


def commit(image: MetadataImage, result: ControllerResult[Any]) -> Any:
    apply_all(image, result.records)
    return result.response


def register_record(broker_id: int, *, epoch: int, fenced: bool = False, host: str = "localhost") -> Any:
    return m.RegisterBrokerRecord(
        broker_id=broker_id,
        incarnation_id=uuid.UUID(int=1000 + broker_id),
        broker_epoch=epoch,
        end_points=[
            m.RegisterBrokerRecord.BrokerEndpoint(name="PLAINTEXT", host=host, port=9092 + broker_id, security_protocol=0)
        ],
        features=[m.RegisterBrokerRecord.BrokerFeature(name="metadata.version", min_supported_version=7,
                                                       max_supported_version=30)],
        rack=None,
        fenced=fenced,
        in_controlled_shutdown=False,
        log_dirs=[dir_id(broker_id)],
    )


def make_image(brokers: Iterable[int] = (1,), fenced: Iterable[int] = ()) -> MetadataImage:
    image = MetadataImage(cluster_id=CLUSTER_ID)
    apply_all(image, bootstrap_records())
    fenced_set = set(fenced)
    for broker_id in brokers:
        apply_all(image, [register_record(broker_id, epoch=image.last_offset + 1, fenced=broker_id in fenced_set)])
    return image


def make_controller(**kwargs: Any) -> QuorumController:
    config_kwargs = {k: kwargs.pop(k) for k in list(kwargs) if k in ControllerConfig.__dataclass_fields__}
    config_kwargs.setdefault("node_id", 1)
    config_kwargs.setdefault("cluster_id", CLUSTER_ID)
    kwargs.setdefault("uuid_factory", seeded_uuids())
    kwargs.setdefault("rng", random.Random(3))
    return QuorumController(ControllerConfig(**config_kwargs), **kwargs)


def creatable(
    name: str,
    partitions: int = 1,
    rf: int = 1,
    *,
    configs: dict[str, str | None] | None = None,
    assignments: dict[int, list[int]] | None = None,
) -> Any:
    return m.CreateTopicsRequest.CreatableTopic(
        name=name,
        num_partitions=partitions,
        replication_factor=rf,
        assignments=[
            m.CreateTopicsRequest.CreatableReplicaAssignment(partition_index=p, broker_ids=b)
            for p, b in (assignments or {}).items()
        ],
        configs=[m.CreateTopicsRequest.CreatableTopicConfig(name=k, value=v) for k, v in (configs or {}).items()],
    )


def create_request(*topics: Any, validate_only: bool = False) -> Any:
    return m.CreateTopicsRequest(topics=list(topics), timeout_ms=30000, validate_only=validate_only)


def errors_by_name(response: Any) -> dict[str, tuple[int, str | None]]:
    return {t.name: (t.error_code, t.error_message) for t in response.topics}
