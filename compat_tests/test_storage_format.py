"""On-disk format: kafka-dump-log reads each broker's own segment files identically.

Both brokers store partitions in Kafka's layout (<log.dirs>/<topic>-<partition>/*.log), so
the official dump tool must print the same batches, offsets, positions and CRCs for the same
produced records. Fixed timestamps (with retention.ms=-1 so nothing ages out) keep the CRCs
identical from run to run.
"""

from __future__ import annotations

import re

import pytest

from compat_tests.clients import create_topic, produce
from compat_tests.conftest import Check
from compat_tests.kafka_launcher import BrokerProcess, Target

FIXED_TS = 1_700_000_000_000


def test_kafka_dump_log_of_the_brokers_own_segment(target: Target, check: Check, topic: str, tools: None) -> None:
    if not isinstance(target, BrokerProcess):
        pytest.skip("the segment files of an external cluster are not on this machine")
    create_topic(target.bootstrap, topic, config={"retention.ms": "-1"})
    for codec, start in (("none", 0), ("gzip", 3)):
        records = [{"key": b"k%d" % i, "value": b"value-%d" % i, "headers": [("h", b"x")],
                    "timestamp": FIXED_TS + i, "partition": 0} for i in range(start, start + 3)]
        # One flush per codec: each codec's three records form one batch.
        produce(target.bootstrap, topic, records, {"compression.type": codec, "linger.ms": 200})
    segment = target.log_dir / f"{topic}-0" / "00000000000000000000.log"
    dumped = target.run_tool("kafka-dump-log", "--files", str(segment), "--print-data-log")
    lines = [re.sub(r"^Dumping .*", "Dumping <segment>", line) for line in dumped.lines]
    check(
        "storage.dump_log",
        {"rc": dumped.returncode, "exists": segment.is_file(), "lines": lines},
        {"rc": 0, "exists": True, "lines": EXPECTED_DUMP},
    )


EXPECTED_DUMP: list[str] = []  # filled in from the kafka run
