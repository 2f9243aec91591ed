"""What a brand-new cluster starts from: feature levels, ids and ``meta.properties``.

The feature levels are the ones Apache Kafka 4.3.1's ``kafka-storage format`` writes to
``bootstrap.checkpoint`` (MetadataVersion.LATEST_PRODUCTION = 4.3-IV0, level 30, plus
every production feature at its default level for that version), in the same order.
``kraft.version`` is not a FeatureLevelRecord: Raft keeps it in its own control records.
"""

from __future__ import annotations

import base64
import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

from protocol import messages as m

METADATA_VERSION_FEATURE = "metadata.version"
KRAFT_VERSION_FEATURE = "kraft.version"

# MetadataVersion.IBP_4_3_IV0: LATEST_PRODUCTION in Kafka 4.3.1.
METADATA_VERSION_LATEST_PRODUCTION = 30
METADATA_VERSION_LATEST_PRODUCTION_NAME = "4.3-IV0"
# MetadataVersion.MINIMUM_VERSION (3.3-IV3): the oldest a 4.x cluster can run.
METADATA_VERSION_MINIMUM = 7

# Written by `kafka-storage format` for 4.3-IV0, in this order (checked against 4.3.1).
BOOTSTRAP_FEATURE_LEVELS = MappingProxyType(
    {
        METADATA_VERSION_FEATURE: METADATA_VERSION_LATEST_PRODUCTION,
        "eligible.leader.replicas.version": 1,
        "group.version": 1,
        "share.version": 1,
        "streams.version": 1,
        "transaction.version": 2,
    }
)

# Feature ranges this broker supports, sent in its BrokerRegistrationRequest.
SUPPORTED_FEATURES = MappingProxyType(
    {
        METADATA_VERSION_FEATURE: (METADATA_VERSION_MINIMUM, METADATA_VERSION_LATEST_PRODUCTION),
        KRAFT_VERSION_FEATURE: (0, 1),
        "eligible.leader.replicas.version": (0, 1),
        "group.version": (0, 1),
        "share.version": (0, 1),
        "streams.version": (0, 1),
        "transaction.version": (0, 2),
    }
)

META_PROPERTIES = "meta.properties"
BOOTSTRAP_CHECKPOINT = "bootstrap.checkpoint"


def bootstrap_records(features: Iterable[tuple[str, int]] | None = None) -> list[Any]:
    """The FeatureLevelRecords a new cluster's metadata log starts with."""
    levels = list(BOOTSTRAP_FEATURE_LEVELS.items()) if features is None else list(features)
    return [m.FeatureLevelRecord(name=name, feature_level=level) for name, level in levels]


def kafka_uuid_string(value: uuid.UUID) -> str:
    """Kafka's ``Uuid.toString()``: URL-safe base64 of the 16 bytes, no padding (22 chars)."""
    return base64.urlsafe_b64encode(value.bytes).decode("ascii").rstrip("=")


def parse_kafka_uuid(text: str) -> uuid.UUID:
    raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if len(raw) != 16:
        raise ValueError(f"not a Kafka Uuid: {text!r}")
    return uuid.UUID(bytes=raw)


def random_kafka_uuid(random_bytes: Callable[[int], bytes] = os.urandom) -> uuid.UUID:
    """``Uuid.randomUuid()``: never zero, never the metadata topic id (1), no leading '-'."""
    while True:
        value = uuid.UUID(bytes=random_bytes(16))
        if value.int > 1 and not kafka_uuid_string(value).startswith("-"):
            return value


def generate_cluster_id(random_bytes: Callable[[int], bytes] = os.urandom) -> str:
    return kafka_uuid_string(random_kafka_uuid(random_bytes))


@dataclass(frozen=True, slots=True)
class MetaProperties:
    cluster_id: str
    node_id: int
    directory_id: str | None = None
    version: int = 1


def _parse_properties(text: str) -> dict[str, str]:
    """java.util.Properties' simple cases: `key=value` / `key:value`, `#`/`!` comments."""
    out: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#!":
            continue
        cut = min((i for i in (line.find("="), line.find(":")) if i >= 0), default=-1)
        if cut < 0:
            out[line] = ""
        else:
            out[line[:cut].strip()] = line[cut + 1 :].strip()
    return out


def read_meta_properties(log_dir: Path) -> MetaProperties | None:
    """Read ``<log_dir>/meta.properties``; None when the directory is unformatted."""
    path = Path(log_dir) / META_PROPERTIES
    if not path.exists():
        return None
    props = _parse_properties(path.read_text(encoding="utf-8"))
    version = int(props.get("version", "0"))
    if version not in (0, 1):
        raise ValueError(f"{path}: unsupported meta.properties version {version}")
    if "cluster.id" not in props:
        raise ValueError(f"{path}: cluster.id is missing")
    node = props.get("node.id", props.get("broker.id"))
    if node is None:
        raise ValueError(f"{path}: node.id is missing")
    return MetaProperties(
        cluster_id=props["cluster.id"],
        node_id=int(node),
        directory_id=props.get("directory.id"),
        version=version,
    )


def write_meta_properties(log_dir: Path, meta: MetaProperties, now_ms: int | None = None) -> None:
    """Write ``meta.properties`` as Kafka does (atomically: temp file, fsync, rename)."""
    directory = Path(log_dir)
    directory.mkdir(parents=True, exist_ok=True)
    lines = ["#"]
    if now_ms is not None:
        # java.util.Properties.store's date comment, e.g. "#Wed Nov 25 08:40:07 UTC 2026".
        lines.append("#" + datetime.fromtimestamp(now_ms / 1000, tz=UTC).strftime("%a %b %d %H:%M:%S UTC %Y"))
    lines.append(f"node.id={meta.node_id}")
    if meta.directory_id is not None:
        lines.append(f"directory.id={meta.directory_id}")
    lines.append(f"version={meta.version}")
    lines.append(f"cluster.id={meta.cluster_id}")
    tmp = directory / (META_PROPERTIES + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, directory / META_PROPERTIES)


def ensure_formatted(
    log_dirs: Iterable[Path],
    node_id: int,
    cluster_id: str | None = None,
    *,
    random_bytes: Callable[[int], bytes] = os.urandom,
    now_ms: int | None = None,
) -> tuple[str, dict[Path, MetaProperties]]:
    """Format unformatted log dirs (like an implicit `kafka-storage format`).

    Returns the cluster id and each directory's properties. Directories that disagree on
    cluster id or node id are an error, as in Kafka.
    """
    found: dict[Path, MetaProperties] = {}
    dirs = [Path(d) for d in log_dirs]
    for d in dirs:
        meta = read_meta_properties(d)
        if meta is not None:
            found[d] = meta
    ids = {meta.cluster_id for meta in found.values()}
    if len(ids) > 1:
        raise ValueError(f"log dirs belong to different clusters: {sorted(ids)}")
    for d, meta in found.items():
        if meta.node_id != node_id:
            raise ValueError(f"{d}: stored node.id {meta.node_id} does not match configured node.id {node_id}")
    existing = next(iter(ids), None)
    if cluster_id is not None and existing is not None and cluster_id != existing:
        raise ValueError(f"configured cluster id {cluster_id} does not match stored {existing}")
    final = existing or cluster_id or generate_cluster_id(random_bytes)
    for d in dirs:
        if d not in found:
            meta = MetaProperties(
                cluster_id=final,
                node_id=node_id,
                directory_id=kafka_uuid_string(random_kafka_uuid(random_bytes)),
            )
            write_meta_properties(d, meta, now_ms)
            found[d] = meta
    return final, found


def registration_request(
    *,
    node_id: int,
    cluster_id: str,
    incarnation_id: uuid.UUID,
    listeners: Iterable[tuple[str, str, int, int]],
    log_dirs: Iterable[uuid.UUID],
    rack: str | None = None,
    previous_broker_epoch: int = -1,
) -> Any:
    """The BrokerRegistrationRequest the local broker sends (name, host, port, security protocol)."""
    return m.BrokerRegistrationRequest(
        broker_id=node_id,
        cluster_id=cluster_id,
        incarnation_id=incarnation_id,
        listeners=[
            m.BrokerRegistrationRequest.Listener(name=name, host=host, port=port, security_protocol=proto)
            for name, host, port, proto in listeners
        ],
        features=[
            m.BrokerRegistrationRequest.Feature(name=name, min_supported_version=lo, max_supported_version=hi)
            for name, (lo, hi) in SUPPORTED_FEATURES.items()
        ],
        rack=rack,
        is_migrating_zk_broker=False,
        log_dirs=list(log_dirs),
        previous_broker_epoch=previous_broker_epoch,
    )
