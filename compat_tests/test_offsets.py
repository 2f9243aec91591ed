"""ListOffsets (earliest / latest / by timestamp / max timestamp), DeleteRecords, kafka-get-offsets."""

from __future__ import annotations

from typing import Any

from confluent_kafka import TopicPartition
from confluent_kafka.admin import OffsetSpec

from compat_tests.clients import (
    admin_client,
    base_timestamp_ms,
    create_topic,
    error_name,
    produce,
)
from compat_tests.conftest import Check
from compat_tests.kafka_launcher import Target

# Out of order on purpose: the max-timestamp record is not the last one.
TS_DELTAS = (0, 3000, 1000, 4000, 2000)


def _list_offsets(bootstrap: str, topic: str, specs: dict[str, OffsetSpec], base_ts: int) -> dict[str, Any]:
    admin = admin_client(bootstrap)
    out: dict[str, Any] = {}
    for label, spec in specs.items():
        futures = admin.list_offsets({TopicPartition(topic, 0): spec}, request_timeout=30)
        try:
            info = next(iter(futures.values())).result(timeout=30)
        except Exception as exc:  # noqa: BLE001 - the error itself is the observation
            out[label] = error_name(exc)
            continue
        out[label] = {
            "offset": info.offset,
            "timestamp_delta": info.timestamp - base_ts if info.timestamp >= 0 else info.timestamp,
            "leader_epoch": info.leader_epoch,
        }
    return out


def test_list_offsets_and_delete_records(target: Target, check: Check, topic: str) -> None:
    create_topic(target.bootstrap, topic)
    base_ts = base_timestamp_ms()
    produce(target.bootstrap, topic, [{"value": b"v%d" % i, "timestamp": base_ts + d, "partition": 0}
                                      for i, d in enumerate(TS_DELTAS)], {"linger.ms": 100})
    specs = {
        "earliest": OffsetSpec.earliest(),
        "latest": OffsetSpec.latest(),
        "max_timestamp": OffsetSpec.max_timestamp(),
        "ts_first": OffsetSpec.for_timestamp(base_ts),
        "ts_1500": OffsetSpec.for_timestamp(base_ts + 1500),
        "ts_after_all": OffsetSpec.for_timestamp(base_ts + 10_000),
    }
    before = _list_offsets(target.bootstrap, topic, specs, base_ts)

    admin = admin_client(target.bootstrap)
    deleted = admin.delete_records([TopicPartition(topic, 0, 2)], request_timeout=30)
    low_watermark = next(iter(deleted.values())).result(timeout=30).low_watermark
    beyond = admin.delete_records([TopicPartition(topic, 0, 99)], request_timeout=30)
    try:
        next(iter(beyond.values())).result(timeout=30)
        beyond_outcome = "ok"
    except Exception as exc:  # noqa: BLE001 - the error itself is the observation
        beyond_outcome = error_name(exc)
    after = _list_offsets(target.bootstrap, topic,
                          {"earliest": OffsetSpec.earliest(), "ts_first": OffsetSpec.for_timestamp(base_ts)},
                          base_ts)

    def at(offset: int, delta: int) -> dict[str, int]:
        return {"offset": offset, "timestamp_delta": delta, "leader_epoch": 0}

    check(
        "offsets.list_and_delete",
        {"before": before, "delete_low_watermark": low_watermark, "delete_beyond_hw": beyond_outcome,
         "after": after},
        {
            "before": {
                "earliest": {"offset": 0, "timestamp_delta": -1, "leader_epoch": 0},
                "latest": {"offset": 5, "timestamp_delta": -1, "leader_epoch": 0},
                "max_timestamp": at(3, 4000),
                "ts_first": at(0, 0),
                "ts_1500": at(1, 3000),
                "ts_after_all": {"offset": -1, "timestamp_delta": -1, "leader_epoch": None},
            },
            "delete_low_watermark": 2,
            "delete_beyond_hw": "OFFSET_OUT_OF_RANGE",
            "after": {
                "earliest": {"offset": 2, "timestamp_delta": -1, "leader_epoch": 0},
                "ts_first": at(2, 1000),
            },
        },
    )


def test_kafka_get_offsets(target: Target, check: Check, topic: str, tools: None) -> None:
    create_topic(target.bootstrap, topic, partitions=2)
    base_ts = base_timestamp_ms()
    produce(target.bootstrap, topic, [{"value": b"v", "timestamp": base_ts + d, "partition": 0} for d in TS_DELTAS])
    produce(target.bootstrap, topic, [{"value": b"w", "timestamp": base_ts, "partition": 1}])
    bs = ("--bootstrap-server", target.bootstrap, "--topic", topic)
    observed = {}
    for label, time_arg in (("latest", "-1"), ("earliest", "-2"), ("max_timestamp", "-3"),
                            ("ts_1500", str(base_ts + 1500))):
        result = target.run_tool("kafka-get-offsets", *bs, "--time", time_arg)
        observed[label] = [result.returncode, [line.replace(topic, "<topic>") for line in result.lines]]
    check(
        "offsets.kafka_get_offsets",
        observed,
        {
            "latest": [0, ["<topic>:0:5", "<topic>:1:1"]],
            "earliest": [0, ["<topic>:0:0", "<topic>:1:0"]],
            "max_timestamp": [0, ["<topic>:0:3", "<topic>:1:0"]],
            # Partition 1 has no record at or after the timestamp: the tool prints nothing for it.
            "ts_1500": [0, ["<topic>:0:1"]],
        },
    )
