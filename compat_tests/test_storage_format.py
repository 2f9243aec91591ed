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
        # Repetitive values: librdkafka sends a batch uncompressed when compressing does not help.
        records = [{"key": b"k%d" % i, "value": b"value-%d," % i * 8, "headers": [("h", b"x")],
                    "timestamp": FIXED_TS + i, "partition": 0} for i in range(start, start + 3)]
        # One flush per codec: each codec's three records form one batch.
        produce(target.bootstrap, topic, records, {"compression.type": codec, "linger.ms": 200})
    segment = target.log_dir / f"{topic}-0" / "00000000000000000000.log"
    dumped = target.run_tool("kafka-dump-log", "--files", str(segment), "--print-data-log")
    lines = [re.sub(r"^Dumping .*", "Dumping <segment>", line) for line in dumped.lines]
    check(
        "storage.dump_log",
        {"rc": dumped.returncode, "stderr": dumped.stderr.strip().splitlines()[:3], "exists": segment.is_file(),
         "lines": lines},
        {"rc": 0, "stderr": [], "exists": True, "lines": EXPECTED_DUMP},
    )


# As Kafka 4.3.1's kafka-dump-log prints its own segment for these records.
EXPECTED_DUMP: list[str] = [
    "Dumping <segment>",
    "Log starting offset: 0",
    "baseOffset: 0 lastOffset: 2 count: 3 baseSequence: -1 lastSequence: -1 producerId: -1 producerEpoch: -1 partitionLeaderEpoch: 0 isTransactional: false isControl: false deleteHorizonMs: OptionalLong.empty"
    " position: 0 CreateTime: 1700000000002 size: 298 magic: 2 compresscodec: none crc: 2450042680 isvalid: true",
    "| offset: 0 CreateTime: 1700000000000 keySize: 2 valueSize: 64 sequence: -1 headerKeys: [h]"
    " key: k0 payload: value-0,value-0,value-0,value-0,value-0,value-0,value-0,value-0,",
    "| offset: 1 CreateTime: 1700000000001 keySize: 2 valueSize: 64 sequence: -1 headerKeys: [h]"
    " key: k1 payload: value-1,value-1,value-1,value-1,value-1,value-1,value-1,value-1,",
    "| offset: 2 CreateTime: 1700000000002 keySize: 2 valueSize: 64 sequence: -1 headerKeys: [h]"
    " key: k2 payload: value-2,value-2,value-2,value-2,value-2,value-2,value-2,value-2,",
    "baseOffset: 3 lastOffset: 5 count: 3 baseSequence: -1 lastSequence: -1 producerId: -1 producerEpoch: -1 partitionLeaderEpoch: 0 isTransactional: false isControl: false deleteHorizonMs: OptionalLong.empty"
    " position: 298 CreateTime: 1700000000005 size: 135 magic: 2 compresscodec: gzip crc: 2275405938 isvalid: true",
    "| offset: 3 CreateTime: 1700000000003 keySize: 2 valueSize: 64 sequence: -1 headerKeys: [h]"
    " key: k3 payload: value-3,value-3,value-3,value-3,value-3,value-3,value-3,value-3,",
    "| offset: 4 CreateTime: 1700000000004 keySize: 2 valueSize: 64 sequence: -1 headerKeys: [h]"
    " key: k4 payload: value-4,value-4,value-4,value-4,value-4,value-4,value-4,value-4,",
    "| offset: 5 CreateTime: 1700000000005 keySize: 2 valueSize: 64 sequence: -1 headerKeys: [h]"
    " key: k5 payload: value-5,value-5,value-5,value-5,value-5,value-5,value-5,value-5,",
]
