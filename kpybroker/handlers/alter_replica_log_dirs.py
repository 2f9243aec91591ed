"""AlterReplicaLogDirs (34): move a replica to another log dir of this broker.

Moving to the directory a replica is already in succeeds; moving between directories
(Kafka's future-replica copy) is not implemented and answers KAFKA_STORAGE_ERROR.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from kpybroker.replica_manager import log_dir_of
from kpybroker.security.acl import AclOperation
from kpybroker.security.enforce import authorize_cluster
from protocol.errors import ErrorCode
from protocol.messages import AlterReplicaLogDirsRequest, AlterReplicaLogDirsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = AlterReplicaLogDirsRequest
R = AlterReplicaLogDirsResponse


def handle(broker: Broker, ctx: RequestContext, request: AlterReplicaLogDirsRequest) -> R:
    allowed = authorize_cluster(broker, ctx, AclOperation.ALTER)
    configured = {os.path.realpath(d) for d in broker.log_dirs}
    by_topic: dict[str, list[R.AlterReplicaLogDirPartitionResult]] = {}
    for d in request.dirs:
        dest = os.path.realpath(d.path)
        for topic in d.topics:
            for pid in topic.partitions:
                if not allowed:
                    code = ErrorCode.CLUSTER_AUTHORIZATION_FAILED
                elif dest not in configured:
                    code = ErrorCode.LOG_DIR_NOT_FOUND
                else:
                    part = broker.replicas.get(topic.name, pid)
                    if part is None:
                        code = ErrorCode.REPLICA_NOT_AVAILABLE
                    elif os.path.realpath(log_dir_of(part).parent) == dest:
                        code = ErrorCode.NONE
                    else:
                        code = ErrorCode.KAFKA_STORAGE_ERROR
                by_topic.setdefault(topic.name, []).append(
                    R.AlterReplicaLogDirPartitionResult(partition_index=pid, error_code=code)
                )
    return R(throttle_time_ms=0, results=[
        R.AlterReplicaLogDirTopicResult(topic_name=name, partitions=parts) for name, parts in by_topic.items()
    ])
