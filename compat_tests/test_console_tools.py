"""kafka-console-producer / -consumer, consumer groups via the console consumer and
kafka-consumer-groups. Few JVM launches per scenario: their start-up is the cost here."""

from __future__ import annotations

import re

from compat_tests.clients import create_topic
from compat_tests.conftest import Check
from compat_tests.kafka_launcher import Target

LINES = ["h=1,src=console\tk1|first", "h=2\tk2|second", "h=3\tk3|third"]


def _produce_console(target: Target, topic: str) -> int:
    result = target.run_tool(
        "kafka-console-producer", "--bootstrap-server", target.bootstrap, "--topic", topic,
        "--property", "parse.key=true", "--property", "key.separator=|",
        "--property", "parse.headers=true", "--property", "headers.key.separator==",
        input_text="\n".join(LINES) + "\n", timeout=90,
    )
    return result.returncode


def test_console_producer_then_consumer(target: Target, check: Check, topic: str, tools: None) -> None:
    create_topic(target.bootstrap, topic)
    produced_rc = _produce_console(target, topic)
    consumed = target.run_tool(
        "kafka-console-consumer", "--bootstrap-server", target.bootstrap, "--topic", topic, "--from-beginning",
        "--formatter-property", "print.key=true",
        "--formatter-property", "print.headers=true", "--formatter-property", "print.partition=true",
        "--formatter-property", "print.offset=true",
        "--max-messages", "3", "--timeout-ms", "15000", timeout=90,
    )
    check(
        "console.producer_consumer",
        {"produce_rc": produced_rc, "consume_rc": consumed.returncode, "lines": consumed.lines,
         "processed": re.findall(r"Processed a total of \d+ messages", consumed.stderr)},
        {
            "produce_rc": 0,
            "consume_rc": 0,
            "lines": [
                "Partition:0\tOffset:0\th:1,src:console\tk1\tfirst",
                "Partition:0\tOffset:1\th:2\tk2\tsecond",
                "Partition:0\tOffset:2\th:3\tk3\tthird",
            ],
            "processed": ["Processed a total of 3 messages"],
        },
    )


def _table(stdout: str, topic: str, group: str) -> list[list[str]]:
    """kafka-consumer-groups --describe as rows of cells; host/client/member ids blanked."""
    rows = []
    for line in stdout.splitlines():
        cells = line.split()
        if not cells or cells[0] not in ("GROUP", group):
            continue
        cells = [c.replace(group, "<group>").replace(topic, "<topic>") for c in cells]
        rows.append(cells[:6])
    return rows


def test_console_consumer_group_and_consumer_groups_tool(
    target: Target, check: Check, topic: str, tools: None
) -> None:
    create_topic(target.bootstrap, topic, partitions=2)
    group = topic + "-group"
    produced_rc = _produce_console(target, topic)
    consumed = target.run_tool(
        "kafka-console-consumer", "--bootstrap-server", target.bootstrap, "--topic", topic, "--group", group,
        "--from-beginning", "--max-messages", "3", "--timeout-ms", "15000", timeout=90,
    )
    listed = target.run_tool("kafka-consumer-groups", "--bootstrap-server", target.bootstrap, "--list")
    described = target.run_tool("kafka-consumer-groups", "--bootstrap-server", target.bootstrap,
                                "--describe", "--group", group)
    check(
        "console.consumer_groups",
        {
            "produce_rc": produced_rc,
            "consume_rc": consumed.returncode,
            "values": sorted(consumed.lines),
            "list_rc": listed.returncode,
            "group_listed": group in listed.lines,
            "describe_rc": described.returncode,
            "notes": [line.replace(group, "<group>") for line in (described.stdout + described.stderr).splitlines()
                      if line.startswith("Consumer group")],
            "describe": _table(described.stdout, topic, group),
        },
        {
            "produce_rc": 0,
            "consume_rc": 0,
            "values": ["first", "second", "third"],
            "list_rc": 0,
            "group_listed": True,
            "describe_rc": 0,
            "notes": ["Consumer group '<group>' has no active members."],
            "describe": [
                ["GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG"],
                # murmur2(key) % 2 puts k2 and k3 on partition 1, k1 on partition 0.
                ["<group>", "<topic>", "0", "1", "1", "0"],
                ["<group>", "<topic>", "1", "2", "2", "0"],
            ],
        },
    )
