"""Official tools not covered elsewhere: consumer-group offset reset and delete, the transactions
tool, read_committed console consumption, the transactional perf test, and the verifiable
producer/consumer pair. Each JVM start costs 1-2 s here, so each scenario keeps launches few."""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

from confluent_kafka import Consumer, Producer

from compat_tests.clients import create_topic, produce, quiet_logger
from compat_tests.conftest import Check
from compat_tests.kafka_launcher import Target


def _consume_and_commit(bootstrap: str, topic: str, group: str, count: int) -> int:
    """A confluent-kafka group member reads `count` records, commits synchronously and leaves."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group, "enable.auto.commit": False,
                         "auto.offset.reset": "earliest", "logger": quiet_logger()})
    try:
        consumer.subscribe([topic])
        seen = 0
        for _ in range(120):
            msg = consumer.poll(0.5)
            if msg is not None and msg.error() is None:
                seen += 1
            if seen >= count:
                break
        consumer.commit(asynchronous=False)
        return seen
    finally:
        consumer.close()


def _group_rows(stdout: str, topic: str, group: str) -> list[list[str]]:
    """Table rows of kafka-consumer-groups output with the generated names blanked."""
    rows = []
    for line in stdout.splitlines():
        cells = line.split()
        if cells and cells[0] in ("GROUP", group):
            rows.append([c.replace(group, "<group>").replace(topic, "<topic>") for c in cells[:6]])
    return rows


def test_consumer_groups_reset_offsets_and_delete(target: Target, check: Check, topic: str, tools: None) -> None:
    create_topic(target.bootstrap, topic)
    group = topic + "-group"
    produce(target.bootstrap, topic, [{"key": b"k", "value": f"v{i}".encode()} for i in range(3)])
    consumed = _consume_and_commit(target.bootstrap, topic, group, 3)
    bs = ("--bootstrap-server", target.bootstrap)
    reset = target.run_tool("kafka-consumer-groups", *bs, "--reset-offsets", "--to-earliest", "--execute",
                            "--group", group, "--topic", topic)
    after_reset = target.run_tool("kafka-consumer-groups", *bs, "--describe", "--group", group)
    deleted = target.run_tool("kafka-consumer-groups", *bs, "--delete", "--group", group)
    after_delete = target.run_tool("kafka-consumer-groups", *bs, "--describe", "--group", group)
    observed = {
        "consumed": consumed,
        "reset": [reset.returncode, _group_rows(reset.stdout, topic, group)],
        "after_reset": [after_reset.returncode, _group_rows(after_reset.stdout, topic, group)],
        "delete": [deleted.returncode, [line.replace(group, "<group>") for line in deleted.lines]],
        "after_delete": [after_delete.returncode,
                         [line.replace(group, "<group>") for line in (after_delete.stdout + after_delete.stderr)
                          .splitlines() if "<group>" in line.replace(group, "<group>")]],
    }
    check(
        "tools.consumer_groups_reset_delete",
        observed,
        {
            "consumed": 3,
            "reset": [0, [["GROUP", "TOPIC", "PARTITION", "NEW-OFFSET"], ["<group>", "<topic>", "0", "0"]]],
            "after_reset": [0, [["GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG"],
                                ["<group>", "<topic>", "0", "0", "3", "3"]]],
            "delete": [0, ["Deletion of requested consumer groups ('<group>') was successful."]],
            # The tool reports the missing group on stderr yet exits 0.
            "after_delete": [0, [
                "Error: Executing consumer group command failed due to "
                "org.apache.kafka.common.errors.GroupIdNotFoundException: Group <group> not found.",
                "java.util.concurrent.ExecutionException: "
                "org.apache.kafka.common.errors.GroupIdNotFoundException: Group <group> not found.",
                "Caused by: org.apache.kafka.common.errors.GroupIdNotFoundException: Group <group> not found.",
            ]],
        },
    )


def _transactional_produce(bootstrap: str, topic: str, txn_id: str) -> list[str]:
    """Commit c1 c2, abort a1 a2, commit c3 with one confluent-kafka transactional producer."""
    producer = Producer({"bootstrap.servers": bootstrap, "transactional.id": txn_id, "logger": quiet_logger()})
    producer.init_transactions(30)
    steps = []
    for values, commit in ((["c1", "c2"], True), (["a1", "a2"], False), (["c3"], True)):
        producer.begin_transaction()
        for value in values:
            producer.produce(topic, value=value.encode(), key=b"t")
        producer.flush(30)
        if commit:
            producer.commit_transaction(30)
            steps.append("commit")
        else:
            producer.abort_transaction(30)
            steps.append("abort")
    return steps


def _table(lines: list[str], replacements: dict[str, str], keep: tuple[str, ...]) -> list[dict[str, str]]:
    """A whitespace table (header row first) as dicts restricted to the `keep` columns."""
    if not lines:
        return []
    header = lines[0].split()
    rows = []
    for line in lines[1:]:
        cells = line.split()
        for old, new in replacements.items():
            cells = [c.replace(old, new) for c in cells]
        rows.append({h: c for h, c in zip(header, cells, strict=False) if h in keep})
    return rows


def test_transactions_tools_and_read_committed(target: Target, check: Check, topic: str, tools: None) -> None:
    create_topic(target.bootstrap, topic)
    txn_id = topic + "-txn"
    perf_id = topic + "-ptx"
    perf_topic = topic + "-perf"
    create_topic(target.bootstrap, perf_topic)
    steps = _transactional_produce(target.bootstrap, topic, txn_id)
    bs = ("--bootstrap-server", target.bootstrap)
    perf = target.run_tool(
        "kafka-producer-perf-test", "--topic", perf_topic, "--num-records", "50", "--record-size", "16",
        "--throughput", "-1", "--transactional-id", perf_id, "--transaction-duration-ms", "60000",
        "--producer-props", f"bootstrap.servers={target.bootstrap}", timeout=90,
    )
    listed = target.run_tool("kafka-transactions", *bs, "list")
    described = target.run_tool("kafka-transactions", *bs, "describe", "--transactional-id", txn_id)
    committed = target.run_tool(
        "kafka-console-consumer", *bs, "--topic", topic, "--from-beginning", "--isolation-level", "read_committed",
        "--formatter-property", "print.offset=true", "--max-messages", "3", "--timeout-ms", "15000", timeout=90,
    )
    latest = target.run_tool("kafka-get-offsets", *bs, "--topic-partitions", f"{topic}:0,{perf_topic}:0",
                             "--time", "-1")
    names = {txn_id: "<txn>", perf_id: "<perf>", perf_topic: "<perf-topic>", topic: "<topic>"}
    listed_rows = [row for row in _table(listed.lines, names, ("TransactionalId", "Coordinator", "TransactionState"))
                   if row.get("TransactionalId") in ("<txn>", "<perf>")]
    observed = {
        "steps": steps,
        "perf": [perf.returncode, re.findall(r"^(\d+) records sent", perf.stdout, re.MULTILINE)],
        "list": [listed.returncode, sorted(listed_rows, key=lambda r: r.get("TransactionalId", ""))],
        "describe": [described.returncode, _table(described.lines, names, (
            "CoordinatorId", "TransactionalId", "ProducerEpoch", "TransactionState", "TransactionTimeoutMs",
            "TopicPartitions"))],
        "read_committed": [committed.returncode, committed.lines],
        "latest": [latest.returncode, sorted(line.replace(perf_topic, "<perf-topic>").replace(topic, "<topic>")
                                             for line in latest.lines)],
    }
    check(
        "tools.transactions",
        observed,
        {
            "steps": ["commit", "abort", "commit"],
            "perf": [0, ["50"]],
            "list": [0, [
                {"TransactionalId": "<perf>", "Coordinator": "1", "TransactionState": "CompleteCommit"},
                {"TransactionalId": "<txn>", "Coordinator": "1", "TransactionState": "CompleteCommit"},
            ]],
            "describe": [0, [{"CoordinatorId": "1", "TransactionalId": "<txn>", "ProducerEpoch": "0",
                              "TransactionState": "CompleteCommit", "TransactionTimeoutMs": "60000"}]],
            # The aborted a1 a2 (offsets 3, 4) are skipped; 2, 5 and 7 are the markers.
            "read_committed": [0, ["Offset:0\tc1", "Offset:1\tc2", "Offset:6\tc3"]],
            # The whole perf run is one transaction (duration 60 s > run): 50 records + 1 marker.
            "latest": [0, ["<perf-topic>:0:51", "<topic>:0:8"]],
        },
    )


def _events(stdout: str) -> list[dict[str, Any]]:
    events = []
    for line in stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            events.append(json.loads(line))
    return events


def test_verifiable_producer_and_consumer(target: Target, check: Check, topic: str, tools: None) -> None:
    create_topic(target.bootstrap, topic, partitions=2)
    produced = target.run_tool("kafka-verifiable-producer", "--bootstrap-server", target.bootstrap,
                               "--topic", topic, "--max-messages", "40", "--acks", "-1", timeout=90)
    consumed = target.run_tool("kafka-verifiable-consumer", "--bootstrap-server", target.bootstrap,
                               "--topic", topic, "--group-id", topic + "-group", "--max-messages", "40",
                               "--reset-policy", "earliest", timeout=90)
    p_events = _events(produced.stdout)
    c_events = _events(consumed.stdout)
    tool_data = [e for e in p_events if e.get("name") == "tool_data"]
    observed = {
        "producer_rc": produced.returncode,
        "producer_events": dict(Counter(e.get("name") for e in p_events)),
        "producer_tool_data": {k: tool_data[-1].get(k) for k in ("sent", "acked")} if tool_data else None,
        "consumer_rc": consumed.returncode,
        "consumer_events": sorted({str(e.get("name")) for e in c_events}),
        "consumed": sum(int(e.get("count", 0)) for e in c_events if e.get("name") == "records_consumed"),
        "commits_ok": all(e.get("success") for e in c_events if e.get("name") == "offsets_committed"),
        # The sticky partitioner picks partitions at random: compare totals, not placement.
        "committed_total": sum(_last_committed(c_events).values()),
        "assigned": sorted({p["partition"] for e in c_events if e.get("name") == "partitions_assigned"
                            for p in e.get("partitions", [])}),
    }
    check(
        "tools.verifiable",
        observed,
        {
            "producer_rc": 0,
            "producer_events": {"startup_complete": 1, "producer_send_success": 40, "shutdown_complete": 1,
                                "tool_data": 1},
            "producer_tool_data": {"sent": 40, "acked": 40},
            "consumer_rc": 0,
            "consumer_events": ["offsets_committed", "partitions_assigned", "partitions_revoked",
                                "records_consumed", "shutdown_complete", "shutdown_requested",
                                "startup_complete"],
            "consumed": 40,
            "commits_ok": True,
            "committed_total": 40,
            "assigned": [0, 1],
        },
    )


def _last_committed(events: list[dict[str, Any]]) -> dict[int, int]:
    last: dict[int, int] = {}
    for event in events:
        if event.get("name") == "offsets_committed" and event.get("success"):
            for entry in event.get("offsets", []):
                last[int(entry["partition"])] = int(entry["offset"])
    return last
