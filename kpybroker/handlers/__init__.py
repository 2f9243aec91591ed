"""Request handlers, one module per API key (see `registry`)."""

from __future__ import annotations

import importlib
from types import ModuleType

from kpybroker.handlers import (
    alter_client_quotas,
    alter_configs,
    alter_partition,
    alter_partition_reassignments,
    alter_replica_log_dirs,
    alter_user_scram_credentials,
    api_versions,
    create_acls,
    create_delegation_token,
    create_partitions,
    create_topics,
    delete_acls,
    delete_records,
    delete_topics,
    describe_acls,
    describe_client_quotas,
    describe_cluster,
    describe_configs,
    describe_delegation_token,
    describe_log_dirs,
    describe_topic_partitions,
    describe_user_scram_credentials,
    elect_leaders,
    expire_delegation_token,
    fetch,
    incremental_alter_configs,
    list_offsets,
    list_partition_reassignments,
    metadata,
    offset_for_leader_epoch,
    produce,
    renew_delegation_token,
    sasl_authenticate,
    sasl_handshake,
    update_features,
)

MODULES = (
    produce,
    fetch,
    list_offsets,
    metadata,
    api_versions,
    create_topics,
    delete_topics,
    create_partitions,
    describe_configs,
    alter_configs,
    incremental_alter_configs,
    describe_cluster,
    delete_records,
    describe_log_dirs,
    describe_topic_partitions,
    offset_for_leader_epoch,
    alter_partition,  # controller listener only (replication ISR changes)
    describe_acls,
    create_acls,
    delete_acls,
    sasl_handshake,
    sasl_authenticate,
    describe_user_scram_credentials,
    alter_user_scram_credentials,
    describe_client_quotas,
    alter_client_quotas,
    alter_partition_reassignments,
    list_partition_reassignments,
    elect_leaders,
    update_features,
    alter_replica_log_dirs,
    create_delegation_token,
    renew_delegation_token,
    expire_delegation_token,
    describe_delegation_token,
)


def _optional_package(name: str) -> ModuleType | None:
    """Coordinator handler packages that may not be present in a partial build."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None


GROUPS = _optional_package("kpybroker.handlers.groups")
TRANSACTIONS = _optional_package("kpybroker.handlers.txn")
QUORUM = _optional_package("kpybroker.handlers.quorum")
_EXTRA = tuple(getattr(GROUPS, "MODULES", ())) + tuple(getattr(TRANSACTIONS, "MODULES", ()))
_EXTRA_KEYS = {m.REQUEST.API_KEY for m in _EXTRA}
# A coordinator package's handler supersedes the basic one for the same API key.
MODULES = tuple(m for m in MODULES if m.REQUEST.API_KEY not in _EXTRA_KEYS) + _EXTRA
# Raft and controller-only APIs (Vote, BeginQuorumEpoch, Fetch of the metadata log, ...).
CONTROLLER_MODULES: tuple[ModuleType, ...] = tuple(getattr(QUORUM, "MODULES", ()))
