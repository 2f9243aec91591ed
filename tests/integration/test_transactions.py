"""Exactly-once through stock clients: transactions, read_committed, fencing, timeouts, crashes."""

from __future__ import annotations

import signal
import socket
import struct
import time
from typing import Any

import pytest
from confluent_kafka import Consumer, KafkaError, KafkaException, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

from protocol import messages as m
from protocol.errors import ErrorCode
from protocol.framing import decode_response, encode_request
from tests.integration.conftest import BrokerProcess, start_broker


# -- helpers -------------------------------------------------------------------------------------------
def create_topic(bootstrap: str, name: str, partitions: int = 1) -> None:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    admin.create_topics([NewTopic(name, num_partitions=partitions, replication_factor=1)])[name].result(timeout=30)


def txn_producer(bootstrap: str, txn_id: str, **conf: object) -> Producer:
    producer = Producer({"bootstrap.servers": bootstrap, "transactional.id": txn_id, "linger.ms": 5, **conf})
    producer.init_transactions(30)
    return producer


def run_txn(producer: Producer, topic: str, values: list[str], *, commit: bool, partition: int | None = None) -> None:
    producer.begin_transaction()
    for v in values:
        if partition is None:
            producer.produce(topic, value=v.encode())
        else:
            producer.produce(topic, value=v.encode(), partition=partition)
    assert producer.flush(30) == 0
    if commit:
        producer.commit_transaction(30)
    else:
        producer.abort_transaction(30)


def drain(bootstrap: str, topic: str, isolation: str, partitions: int = 1) -> list[str]:
    """Every record a fresh consumer of this isolation level reads up to the end of the partitions."""
    consumer = Consumer({
        "bootstrap.servers": bootstrap, "group.id": f"drain-{isolation}", "enable.auto.commit": False,
        "isolation.level": isolation, "enable.partition.eof": True, "auto.offset.reset": "earliest",
    })
    consumer.assign([TopicPartition(topic, p, 0) for p in range(partitions)])
    out: list[str] = []
    at_end: set[int] = set()
    deadline = time.monotonic() + 30
    try:
        while len(at_end) < partitions and time.monotonic() < deadline:
            msg = consumer.poll(0.5)
            if msg is None:
                continue
            if msg.error() is not None:
                assert msg.error().code() == KafkaError._PARTITION_EOF, msg.error()
                at_end.add(msg.partition())
                continue
            at_end.discard(msg.partition())
            out.append(msg.value().decode())
    finally:
        consumer.close()
    assert len(at_end) == partitions, "partitions not drained"
    return out


def end_offset(bootstrap: str, topic: str, isolation: str, partition: int = 0) -> int:
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "offsets", "isolation.level": isolation})
    try:
        return int(consumer.get_watermark_offsets(TopicPartition(topic, partition), timeout=10, cached=False)[1])
    finally:
        consumer.close()


def raw_request(bootstrap: str, api_key: int, version: int, request: Any) -> Any:
    """One request over a plain socket with the project's codec (for APIs librdkafka lacks)."""
    host, port = bootstrap.rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(encode_request(api_key, version, 1, "txn-test", request))
        size = struct.unpack(">i", _read_exact(sock, 4))[0]
        _, response = decode_response(api_key, version, memoryview(_read_exact(sock, size)))
    return response


def _read_exact(sock: socket.socket, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("connection closed")
        buf += chunk
    return bytes(buf)


def describe_txn(bootstrap: str, txn_id: str) -> Any:
    resp = raw_request(bootstrap, 65, 0, m.DescribeTransactionsRequest(transactional_ids=[txn_id]))
    return resp.transaction_states[0]


def wait_for(cond: Any, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return
        time.sleep(0.2)
    raise AssertionError("condition not reached in time")


# -- confluent-kafka (librdkafka) ------------------------------------------------------------------------
def test_commit_abort_and_isolation_levels(broker: BrokerProcess, topic_name: str) -> None:
    create_topic(broker.bootstrap, topic_name)
    producer = txn_producer(broker.bootstrap, f"{topic_name}-tx")
    run_txn(producer, topic_name, [f"a{i}" for i in range(5)], commit=True)
    run_txn(producer, topic_name, [f"b{i}" for i in range(5)], commit=False)
    run_txn(producer, topic_name, [f"c{i}" for i in range(5)], commit=True)
    committed = drain(broker.bootstrap, topic_name, "read_committed")
    assert committed == [f"a{i}" for i in range(5)] + [f"c{i}" for i in range(5)]
    everything = drain(broker.bootstrap, topic_name, "read_uncommitted")
    assert sorted(everything) == sorted(committed + [f"b{i}" for i in range(5)])
    # 15 records + 3 markers; nothing open, so the LSO is the high watermark.
    assert end_offset(broker.bootstrap, topic_name, "read_committed") == 18
    assert end_offset(broker.bootstrap, topic_name, "read_uncommitted") == 18


def test_open_transaction_holds_back_the_last_stable_offset(broker: BrokerProcess, topic_name: str) -> None:
    create_topic(broker.bootstrap, topic_name)
    plain = Producer({"bootstrap.servers": broker.bootstrap})
    plain.produce(topic_name, value=b"before")
    plain.flush(10)
    producer = txn_producer(broker.bootstrap, f"{topic_name}-tx")
    producer.begin_transaction()
    for i in range(3):
        producer.produce(topic_name, value=f"open{i}".encode())
    assert producer.flush(30) == 0
    plain.produce(topic_name, value=b"after")
    plain.flush(10)
    assert end_offset(broker.bootstrap, topic_name, "read_uncommitted") == 5
    assert end_offset(broker.bootstrap, topic_name, "read_committed") == 1
    assert drain(broker.bootstrap, topic_name, "read_committed") == ["before"]
    state = describe_txn(broker.bootstrap, f"{topic_name}-tx")
    assert state.transaction_state == "Ongoing"
    assert [(t.topic, list(t.partitions)) for t in state.topics] == [(topic_name, [0])]
    producer.commit_transaction(30)
    assert end_offset(broker.bootstrap, topic_name, "read_committed") == 6
    assert drain(broker.bootstrap, topic_name, "read_committed") == ["before", "open0", "open1", "open2", "after"]


def test_consume_transform_produce_commits_offsets_with_the_output(broker: BrokerProcess, topic_name: str) -> None:
    source, sink, group = f"{topic_name}-in", f"{topic_name}-out", f"{topic_name}-g"
    create_topic(broker.bootstrap, source)
    create_topic(broker.bootstrap, sink)
    feeder = Producer({"bootstrap.servers": broker.bootstrap})
    for i in range(10):
        feeder.produce(source, value=str(i).encode())
    feeder.flush(10)

    consumer = Consumer({
        "bootstrap.servers": broker.bootstrap, "group.id": group, "enable.auto.commit": False,
        "auto.offset.reset": "earliest", "isolation.level": "read_committed",
    })
    consumer.subscribe([source])
    producer = txn_producer(broker.bootstrap, f"{topic_name}-tx")

    def process_batch(count: int, *, commit: bool) -> None:
        msgs: list[Any] = []
        deadline = time.monotonic() + 30
        while len(msgs) < count and time.monotonic() < deadline:
            msgs += [x for x in consumer.consume(count - len(msgs), timeout=0.5) if x.error() is None]
        assert len(msgs) == count
        producer.begin_transaction()
        for msg in msgs:
            producer.produce(sink, value=str(int(msg.value()) * 10).encode())
        producer.send_offsets_to_transaction(consumer.position(consumer.assignment()),
                                             consumer.consumer_group_metadata(), 30)
        if commit:
            producer.commit_transaction(30)
        else:
            producer.abort_transaction(30)

    try:
        process_batch(4, commit=True)
        assert consumer.committed([TopicPartition(source, 0)], timeout=10)[0].offset == 4
        process_batch(3, commit=False)
        # The aborted batch's offsets never became visible.
        assert consumer.committed([TopicPartition(source, 0)], timeout=10)[0].offset == 4
        # Rewind as an application does after an abort, then redo the work.
        consumer.seek(TopicPartition(source, 0, 4))
        process_batch(6, commit=True)
        assert consumer.committed([TopicPartition(source, 0)], timeout=10)[0].offset == 10
    finally:
        consumer.close()
    assert drain(broker.bootstrap, sink, "read_committed") == [str(i * 10) for i in range(10)]


def test_zombie_producer_is_fenced(broker: BrokerProcess, topic_name: str) -> None:
    create_topic(broker.bootstrap, topic_name)
    txn_id = f"{topic_name}-tx"
    zombie = txn_producer(broker.bootstrap, txn_id)
    zombie.begin_transaction()
    zombie.produce(topic_name, value=b"zombie")
    assert zombie.flush(30) == 0

    successor = txn_producer(broker.bootstrap, txn_id)  # fences the zombie and aborts its transaction
    run_txn(successor, topic_name, ["fresh"], commit=True)

    with pytest.raises(KafkaException) as exc:
        zombie.commit_transaction(30)
    error = exc.value.args[0]
    assert error.fatal() or error.code() in (KafkaError._FENCED, KafkaError.PRODUCER_FENCED,
                                             KafkaError.INVALID_PRODUCER_EPOCH)
    assert drain(broker.bootstrap, topic_name, "read_committed") == ["fresh"]


def test_transaction_left_open_past_its_timeout_is_aborted(tmp_path: Any, topic_name: str) -> None:
    broker = start_broker(tmp_path, {"transaction.abort.timed.out.transaction.cleanup.interval.ms": "200"})
    try:
        create_topic(broker.bootstrap, topic_name)
        txn_id = f"{topic_name}-tx"
        producer = txn_producer(broker.bootstrap, txn_id, **{"transaction.timeout.ms": 1000})
        producer.begin_transaction()
        producer.produce(topic_name, value=b"abandoned")
        assert producer.flush(30) == 0
        wait_for(lambda: describe_txn(broker.bootstrap, txn_id).transaction_state == "CompleteAbort")
        assert drain(broker.bootstrap, topic_name, "read_committed") == []
        assert drain(broker.bootstrap, topic_name, "read_uncommitted") == ["abandoned"]
        assert end_offset(broker.bootstrap, topic_name, "read_committed") == 2
        with pytest.raises(KafkaException):
            producer.commit_transaction(30)
    finally:
        broker.stop()


def test_admin_apis_list_and_describe(broker: BrokerProcess, topic_name: str) -> None:
    create_topic(broker.bootstrap, topic_name)
    txn_id = f"{topic_name}-tx"
    producer = txn_producer(broker.bootstrap, txn_id)
    producer.begin_transaction()
    producer.produce(topic_name, value=b"x")
    assert producer.flush(30) == 0
    listed = raw_request(broker.bootstrap, 66, 1, m.ListTransactionsRequest(state_filters=["Ongoing"]))
    assert txn_id in {s.transactional_id for s in listed.transaction_states}
    unknown = raw_request(broker.bootstrap, 66, 0, m.ListTransactionsRequest(state_filters=["Bogus"]))
    assert unknown.unknown_state_filters == ["Bogus"] and unknown.transaction_states == []
    producers = raw_request(broker.bootstrap, 61, 0, m.DescribeProducersRequest(
        topics=[m.DescribeProducersRequest.TopicRequest(name=topic_name, partition_indexes=[0])]))
    (active,) = producers.topics[0].partitions[0].active_producers
    assert active.current_txn_start_offset == 0
    state = describe_txn(broker.bootstrap, txn_id)
    assert (state.error_code, state.producer_id) == (0, active.producer_id)
    producer.commit_transaction(30)
    state = describe_txn(broker.bootstrap, txn_id)
    assert state.transaction_state == "CompleteCommit" and state.topics == []
    assert describe_txn(broker.bootstrap, "no-such-txn").error_code == ErrorCode.TRANSACTIONAL_ID_NOT_FOUND


# -- crashes -------------------------------------------------------------------------------------------------
def test_sigkill_mid_transaction_is_all_or_nothing(fresh_broker: BrokerProcess, topic_name: str) -> None:
    create_topic(fresh_broker.bootstrap, topic_name, partitions=2)
    txn_id = f"{topic_name}-tx"
    producer = txn_producer(fresh_broker.bootstrap, txn_id)
    run_txn(producer, topic_name, [f"done{i}" for i in range(10)], commit=True)
    producer.begin_transaction()
    for i in range(50):
        producer.produce(topic_name, value=f"pending{i}".encode(), partition=i % 2)
    assert producer.flush(30) == 0

    fresh_broker.stop(signal.SIGKILL)
    fresh_broker.start()

    # The old producer's transaction is still open after the restart; its successor aborts it.
    successor = txn_producer(fresh_broker.bootstrap, txn_id)
    run_txn(successor, topic_name, ["after-restart"], commit=True, partition=0)
    committed = drain(fresh_broker.bootstrap, topic_name, "read_committed", partitions=2)
    assert sorted(committed) == sorted([f"done{i}" for i in range(10)] + ["after-restart"])
    everything = drain(fresh_broker.bootstrap, topic_name, "read_uncommitted", partitions=2)
    assert len([v for v in everything if v.startswith("pending")]) == 50


def test_sigkill_after_commit_keeps_everything(fresh_broker: BrokerProcess, topic_name: str) -> None:
    create_topic(fresh_broker.bootstrap, topic_name)
    producer = txn_producer(fresh_broker.bootstrap, f"{topic_name}-tx")
    run_txn(producer, topic_name, [f"v{i}" for i in range(20)], commit=True)
    fresh_broker.stop(signal.SIGKILL)
    fresh_broker.start()
    assert drain(fresh_broker.bootstrap, topic_name, "read_committed") == [f"v{i}" for i in range(20)]
    state = describe_txn(fresh_broker.bootstrap, f"{topic_name}-tx")
    assert state.transaction_state == "CompleteCommit"


def test_idempotent_retries_across_a_crash_are_not_duplicated(fresh_broker: BrokerProcess, topic_name: str) -> None:
    create_topic(fresh_broker.bootstrap, topic_name)
    producer = Producer({
        "bootstrap.servers": fresh_broker.bootstrap, "enable.idempotence": True, "linger.ms": 20,
        "message.timeout.ms": 60_000, "retry.backoff.ms": 100,
    })
    errors: list[Any] = []

    def on_delivery(err: Any, msg: Any) -> None:
        if err is not None:
            errors.append(err)

    for i in range(200):
        producer.produce(topic_name, value=str(i).encode(), on_delivery=on_delivery)
        if i == 100:
            producer.poll(0)
            fresh_broker.stop(signal.SIGKILL)
            fresh_broker.start()
    assert producer.flush(60) == 0
    assert not errors, errors
    values = drain(fresh_broker.bootstrap, topic_name, "read_uncommitted")
    assert sorted(values, key=int) == [str(i) for i in range(200)]
    assert values == [str(i) for i in range(200)]  # and in order


# -- kafka-python and aiokafka -----------------------------------------------------------------------------
def test_kafka_python_transactions(broker: BrokerProcess, topic_name: str) -> None:
    kafka = pytest.importorskip("kafka")
    create_topic(broker.bootstrap, topic_name)
    producer = kafka.KafkaProducer(bootstrap_servers=broker.bootstrap, transactional_id=f"{topic_name}-kp")
    try:
        producer.init_transactions()
        producer.begin_transaction()
        producer.send(topic_name, b"kept")
        producer.commit_transaction()
        producer.begin_transaction()
        producer.send(topic_name, b"dropped")
        producer.flush()
        producer.abort_transaction()
    finally:
        producer.close()
    consumer = kafka.KafkaConsumer(topic_name, bootstrap_servers=broker.bootstrap, isolation_level="read_committed",
                                   auto_offset_reset="earliest", consumer_timeout_ms=3000)
    try:
        assert [msg.value for msg in consumer] == [b"kept"]
    finally:
        consumer.close()
    assert drain(broker.bootstrap, topic_name, "read_committed") == ["kept"]


def test_aiokafka_transactions(broker: BrokerProcess, topic_name: str) -> None:
    aiokafka = pytest.importorskip("aiokafka")
    import asyncio

    create_topic(broker.bootstrap, topic_name)

    async def scenario() -> list[bytes]:
        producer = aiokafka.AIOKafkaProducer(bootstrap_servers=broker.bootstrap, transactional_id=f"{topic_name}-ak")
        await producer.start()
        try:
            async with producer.transaction():
                await producer.send_and_wait(topic_name, b"kept")
            await producer.begin_transaction()
            await producer.send_and_wait(topic_name, b"dropped")
            await producer.abort_transaction()
        finally:
            await producer.stop()
        consumer = aiokafka.AIOKafkaConsumer(topic_name, bootstrap_servers=broker.bootstrap,
                                             isolation_level="read_committed", auto_offset_reset="earliest")
        await consumer.start()
        try:
            batches = await consumer.getmany(timeout_ms=3000)
            return [msg.value for msgs in batches.values() for msg in msgs]
        finally:
            await consumer.stop()

    assert asyncio.run(scenario()) == [b"kept"]


# -- transaction.version 2 clients (KIP-890), spoken raw: no Java client on this machine ----------------------
def test_epoch_bumping_client_flow_over_the_wire(broker: BrokerProcess, topic_name: str) -> None:
    """Produce v12 adds the partition implicitly, TxnOffsetCommit v5 adds the offsets partition,
    EndTxn v5 bumps the epoch; the old epoch is then fenced."""
    from protocol.records import build_batch

    create_topic(broker.bootstrap, topic_name)
    txn_id = f"{topic_name}-tv2"
    found = raw_request(broker.bootstrap, 10, 4, m.FindCoordinatorRequest(key_type=1, coordinator_keys=[txn_id]))
    assert found.coordinators[0].error_code == 0
    init = raw_request(broker.bootstrap, 22, 5, m.InitProducerIdRequest(transactional_id=txn_id,
                                                                       transaction_timeout_ms=60_000))
    assert init.error_code == 0
    pid, epoch = init.producer_id, init.producer_epoch

    def produce(value: bytes, seq: int, use_epoch: int) -> int:
        batch = build_batch([(None, value)], producer_id=pid, producer_epoch=use_epoch, base_sequence=seq,
                            is_transactional=True, base_timestamp=int(time.time() * 1000))
        req = m.ProduceRequest(transactional_id=txn_id, acks=-1, timeout_ms=10_000, topic_data=[
            m.ProduceRequest.TopicProduceData(name=topic_name, partition_data=[
                m.ProduceRequest.PartitionProduceData(index=0, records=batch)])])
        resp = raw_request(broker.bootstrap, 0, 12, req)
        return int(resp.responses[0].partition_responses[0].error_code)

    assert produce(b"one", 0, epoch) == 0
    assert describe_txn(broker.bootstrap, txn_id).transaction_state == "Ongoing"
    commit = m.TxnOffsetCommitRequest(
        transactional_id=txn_id, group_id=f"{topic_name}-g", producer_id=pid, producer_epoch=epoch, topics=[
            m.TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic(name=topic_name, partitions=[
                m.TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition(
                    partition_index=0, committed_offset=1, committed_metadata="")])])
    offsets = raw_request(broker.bootstrap, 28, 5, commit)
    assert offsets.topics[0].partitions[0].error_code == 0
    state = describe_txn(broker.bootstrap, txn_id)
    assert {t.topic for t in state.topics} == {topic_name, "__consumer_offsets"}
    end = raw_request(broker.bootstrap, 26, 5, m.EndTxnRequest(transactional_id=txn_id, producer_id=pid,
                                                               producer_epoch=epoch, committed=True))
    assert (end.error_code, end.producer_id, end.producer_epoch) == (0, pid, epoch + 1)
    # The next transaction runs at the bumped epoch; the old epoch is fenced.
    assert produce(b"stale", 1, epoch) == ErrorCode.INVALID_PRODUCER_EPOCH
    assert produce(b"two", 0, epoch + 1) == 0
    end2 = raw_request(broker.bootstrap, 26, 5, m.EndTxnRequest(transactional_id=txn_id, producer_id=pid,
                                                                producer_epoch=epoch + 1, committed=False))
    assert (end2.error_code, end2.producer_epoch) == (0, epoch + 2)
    assert drain(broker.bootstrap, topic_name, "read_committed") == ["one"]
    consumer = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": f"{topic_name}-g"})
    try:
        assert consumer.committed([TopicPartition(topic_name, 0)], timeout=10)[0].offset == 1
    finally:
        consumer.close()
