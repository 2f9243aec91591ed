"""Small stock-client helpers shared by the compat scenarios (confluent-kafka / librdkafka).

Every helper returns plain data (lists, dicts, error names) so observations compare as JSON.
Deadlines bound every loop; nothing here asserts.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from confluent_kafka import Consumer, KafkaError, KafkaException, Message, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

T = TypeVar("T")

CODECS = ("none", "gzip", "snappy", "lz4", "zstd")

# A fixed base keeps the recorded timestamps comparable across runs (we record offsets from it)
# while staying inside Kafka's accepted window (message.timestamp.*.max.ms) around "now".
TIMESTAMP_BACK_MS = 3_600_000


def quiet_logger() -> logging.Logger:
    """librdkafka logs connection chatter to stderr by default; route it to a silent logger."""
    logger = logging.getLogger("kpybroker.compat.librdkafka")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())
    logger.propagate = False
    return logger


def admin_client(bootstrap: str) -> AdminClient:
    return AdminClient({"bootstrap.servers": bootstrap, "logger": quiet_logger()})


def error_name(error: Any) -> str | None:
    """The Kafka error name a client reports (KafkaError.name(), exception class name, ...)."""
    if error is None:
        return None
    if isinstance(error, KafkaException) and error.args and isinstance(error.args[0], KafkaError):
        return str(error.args[0].name())
    if isinstance(error, KafkaError):
        return str(error.name())
    return type(error).__name__


def future_outcome(future: Any, timeout: float = 30.0) -> str:
    """'ok' or the error name of a confluent-kafka admin future."""
    try:
        future.result(timeout=timeout)
    except KafkaException as exc:
        return error_name(exc) or "?"
    return "ok"


def create_topic(bootstrap: str, name: str, partitions: int = 1, config: dict[str, str] | None = None) -> None:
    admin = admin_client(bootstrap)
    futures = admin.create_topics([NewTopic(name, partitions, 1, config=config or {})], operation_timeout=30)
    futures[name].result(timeout=60)
    wait_until(lambda: _has_leaders(admin, name, partitions), what=f"leaders for {name}")


def _has_leaders(admin: AdminClient, name: str, partitions: int) -> bool:
    meta = admin.list_topics(topic=name, timeout=10).topics.get(name)
    if meta is None or meta.error is not None or len(meta.partitions) != partitions:
        return False
    return all(p.leader >= 0 for p in meta.partitions.values())


def wait_until(predicate: Callable[[], T], timeout_s: float = 30.0, what: str = "condition") -> T:
    deadline = time.monotonic() + timeout_s
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(0.2)


def topic_names(bootstrap: str) -> set[str]:
    return {name for name in admin_client(bootstrap).list_topics(timeout=10).topics if not name.startswith("__")}


@dataclass(frozen=True)
class Delivery:
    error: str | None
    partition: int
    offset: int


def produce(
    bootstrap: str,
    topic: str,
    records: Iterable[dict[str, Any]],
    extra_config: dict[str, Any] | None = None,
    flush_timeout_s: float = 30.0,
) -> list[Delivery]:
    """Produce records ({key, value, headers, timestamp, partition}) and return delivery reports
    in send order."""
    config: dict[str, Any] = {"bootstrap.servers": bootstrap, "logger": quiet_logger(), "linger.ms": 5}
    config.update(extra_config or {})
    producer = Producer(config)
    reports: dict[int, Delivery] = {}

    def on_delivery(index: int) -> Callable[[KafkaError | None, Message], None]:
        def callback(err: KafkaError | None, msg: Message) -> None:
            reports[index] = Delivery(error_name(err), msg.partition(), msg.offset() if err is None else -1)

        return callback

    count = 0
    for index, record in enumerate(records):
        kwargs = {k: v for k, v in record.items() if k in ("key", "value", "headers", "timestamp", "partition")}
        producer.produce(topic, on_delivery=on_delivery(index), **kwargs)
        count += 1
    producer.flush(flush_timeout_s)
    return [reports.get(i, Delivery("NO_DELIVERY_REPORT", -1, -1)) for i in range(count)]


def consume_partition(
    bootstrap: str, topic: str, partition: int, count: int, start_offset: int = 0, timeout_s: float = 30.0
) -> list[Message]:
    """Read `count` messages from one partition by assignment (no group coordinator involved)."""
    consumer = Consumer(
        {
            "bootstrap.servers": bootstrap,
            "group.id": "compat-unused",
            "enable.auto.commit": False,
            "logger": quiet_logger(),
        }
    )
    try:
        consumer.assign([TopicPartition(topic, partition, start_offset)])
        out: list[Message] = []
        deadline = time.monotonic() + timeout_s
        while len(out) < count and time.monotonic() < deadline:
            msg = consumer.poll(0.5)
            if msg is None:
                continue
            if msg.error() is not None:
                if msg.error().code() == KafkaError._PARTITION_EOF:
                    continue
                raise KafkaException(msg.error())
            out.append(msg)
        return out
    finally:
        consumer.close()


def describe_message(msg: Message, base_ts: int) -> dict[str, Any]:
    """What a consumer sees of one record, timestamps relative to base_ts."""
    ts_type, ts = msg.timestamp()
    key = msg.key()
    value = msg.value()
    return {
        "partition": msg.partition(),
        "offset": msg.offset(),
        "key": key.decode() if key is not None else None,
        "value": value.decode() if value is not None else None,
        "headers": [[k, v.decode() if v is not None else None] for k, v in (msg.headers() or [])],
        "timestamp_type": {1: "CreateTime", 2: "LogAppendTime"}.get(ts_type, str(ts_type)),
        "timestamp_delta": ts - base_ts if ts_type == 1 else "n/a",
    }


def base_timestamp_ms() -> int:
    return int(time.time() * 1000) - TIMESTAMP_BACK_MS
