"""DescribeLogDirs (35): partition sizes per log directory."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from protocol.messages import DescribeLogDirsRequest, DescribeLogDirsResponse

if TYPE_CHECKING:
    from kpybroker.broker import Broker
    from kpybroker.network import RequestContext

REQUEST = DescribeLogDirsRequest


def handle(broker: Broker, ctx: RequestContext, request: DescribeLogDirsRequest) -> DescribeLogDirsResponse:
    wanted: dict[str, set[int]] | None = None
    if request.topics is not None:
        wanted = {t.topic: set(t.partitions) for t in request.topics}
    results = []
    for log_dir in broker.log_dirs:
        by_topic: dict[str, list[DescribeLogDirsResponse.DescribeLogDirsPartition]] = {}
        for part in broker.replicas.partitions():
            if str(part.log.dir.parent.resolve()) != str(log_dir.resolve()):
                continue
            if wanted is not None and part.index not in wanted.get(part.topic, ()):
                continue
            by_topic.setdefault(part.topic, []).append(
                DescribeLogDirsResponse.DescribeLogDirsPartition(
                    partition_index=part.index, partition_size=part.log.size_in_bytes, offset_lag=0
                )
            )
        try:
            stat = os.statvfs(log_dir)
            total, usable = stat.f_blocks * stat.f_frsize, stat.f_bavail * stat.f_frsize
        except OSError:
            total = usable = -1
        results.append(
            DescribeLogDirsResponse.DescribeLogDirsResult(
                log_dir=str(log_dir.resolve()),
                topics=[
                    DescribeLogDirsResponse.DescribeLogDirsTopic(name=name, partitions=sorted(ps, key=lambda x: x.partition_index))
                    for name, ps in sorted(by_topic.items())
                ],
                total_bytes=total,
                usable_bytes=usable,
            )
        )
    return DescribeLogDirsResponse(results=results)
