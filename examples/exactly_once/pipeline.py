"""Exactly-once consume-transform-produce against kpybroker, with crashes injected.

    python examples/exactly_once/pipeline.py            # starts its own broker
    python examples/exactly_once/pipeline.py --records 500

What it shows (see README.md):

1. Lost ack: the producer's connection goes through a small proxy that swallows the
   broker's answer to one Produce request and cuts the connection. The producer retries
   the batch; the broker recognises the retry (producer id + sequence) and stores it once.
2. Crash before commit: a worker process reads `eos-input`, writes doubled values to
   `eos-output` and commits its consumer offsets inside the same transaction. The first
   worker is killed (os._exit) after writing a batch but before committing. The restarted
   worker fences the dead one, resumes from the last committed offset and re-processes the
   batch; a read_committed reader of `eos-output` sees every input exactly once.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from confluent_kafka import Consumer, KafkaError, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

INPUT, OUTPUT, GROUP, TXN_ID = "eos-input", "eos-output", "eos-pipeline", "eos-pipeline-worker"
PRODUCE_API_KEY = 0
CRASH_EXIT_CODE = 17


# -- a proxy that can lose one Produce acknowledgement -------------------------------------------------------
class AckDroppingProxy:
    """Forwards Kafka traffic; when armed, swallows the next Produce response and drops the connection."""

    def __init__(self, target_port: int, listen_port: int) -> None:
        self.target_port = target_port
        self.port = listen_port
        self.armed = threading.Event()
        self.dropped = threading.Event()
        self.loop = asyncio.new_event_loop()
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", listen_port))
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self._sock.listen()
        server = self.loop.run_until_complete(asyncio.start_server(self._client, sock=self._sock))
        self.loop.run_until_complete(server.serve_forever())

    async def _client(self, c_reader: asyncio.StreamReader, c_writer: asyncio.StreamWriter) -> None:
        try:
            b_reader, b_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            c_writer.close()
            return
        produce_ids: set[int] = set()

        async def upstream() -> None:
            while frame := await _read_frame(c_reader):
                api_key, _version, correlation = struct.unpack_from(">hhi", frame, 4)
                if api_key == PRODUCE_API_KEY:
                    produce_ids.add(correlation)
                b_writer.write(frame)

        async def downstream() -> None:
            while frame := await _read_frame(b_reader):
                (correlation,) = struct.unpack_from(">i", frame, 4)
                if correlation in produce_ids and self.armed.is_set():
                    # The broker has stored the batch; the producer never hears so.
                    self.armed.clear()
                    self.dropped.set()
                    raise ConnectionResetError("ack dropped on purpose")
                c_writer.write(frame)

        tasks = [asyncio.ensure_future(upstream()), asyncio.ensure_future(downstream())]
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in tasks:
            task.cancel()
        c_writer.close()
        b_writer.close()


async def _read_frame(reader: asyncio.StreamReader) -> bytes | None:
    try:
        head = await reader.readexactly(4)
        body = await reader.readexactly(struct.unpack(">i", head)[0])
    except (asyncio.IncompleteReadError, ConnectionError):
        return None
    return head + body


# -- broker --------------------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_broker(data_dir: Path, advertised_port: int) -> tuple[subprocess.Popen[bytes], int]:
    port, controller = free_port(), free_port()
    settings = {
        "node.id": "1",
        "listeners": f"PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller}",
        "advertised.listeners": f"PLAINTEXT://127.0.0.1:{advertised_port}",
        "controller.quorum.voters": f"1@127.0.0.1:{controller}",
        "log.dirs": str(data_dir),
        "group.initial.rebalance.delay.ms": "0",
        "offsets.topic.replication.factor": "1",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
    }
    cmd = [sys.executable, "-m", "kpybroker"]
    for k, v in settings.items():
        cmd += ["--override", f"{k}={v}"]
    log = open(data_dir.parent / "broker.log", "ab")  # noqa: SIM115 - lives as long as the broker
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return proc, port
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("broker did not start")


# -- the pipeline ----------------------------------------------------------------------------------------------
def seed_input(bootstrap: str, records: int) -> None:
    """Write the inputs with an idempotent producer (the proxy loses one of its acks)."""
    admin = AdminClient({"bootstrap.servers": bootstrap})
    for topic in (INPUT, OUTPUT):
        admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])[topic].result(30)
    producer = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True, "linger.ms": 10})
    for i in range(records):
        producer.produce(INPUT, key=str(i).encode(), value=str(i).encode())
    if producer.flush(60) != 0:
        raise RuntimeError("input not delivered")


def worker(bootstrap: str, batch: int, crash_after_batches: int) -> None:
    """Consume, transform, produce, commit offsets in the transaction; optionally die before a commit."""
    consumer = Consumer({
        "bootstrap.servers": bootstrap, "group.id": GROUP, "enable.auto.commit": False,
        "auto.offset.reset": "earliest", "isolation.level": "read_committed", "enable.partition.eof": True,
    })
    producer = Producer({"bootstrap.servers": bootstrap, "transactional.id": TXN_ID, "linger.ms": 5})
    producer.init_transactions(30)  # fences any earlier incarnation and aborts its open transaction
    consumer.subscribe([INPUT])
    done_batches = 0
    try:
        while True:
            msgs = consumer.consume(batch, timeout=2.0)
            data = [m for m in msgs if m.error() is None]
            if not data:
                if any(m.error() is not None and m.error().code() == KafkaError._PARTITION_EOF for m in msgs):
                    return
                continue
            producer.begin_transaction()
            for m in data:
                producer.produce(OUTPUT, key=m.key(), value=str(int(m.value()) * 2).encode())
            producer.send_offsets_to_transaction(consumer.position(consumer.assignment()),
                                                 consumer.consumer_group_metadata(), 30)
            producer.flush(30)
            if crash_after_batches and done_batches + 1 == crash_after_batches:
                # Output written, offsets pending, nothing committed: die like a killed process.
                os._exit(CRASH_EXIT_CODE)
            producer.commit_transaction(30)
            done_batches += 1
    finally:
        consumer.close()


def read_all(bootstrap: str, topic: str, isolation: str) -> list[str]:
    consumer = Consumer({
        "bootstrap.servers": bootstrap, "group.id": f"eos-check-{isolation}", "enable.auto.commit": False,
        "isolation.level": isolation, "enable.partition.eof": True,
    })
    consumer.assign([TopicPartition(topic, 0, 0)])
    out: list[str] = []
    deadline = time.monotonic() + 60
    try:
        while True:
            msg = consumer.poll(1.0)
            if msg is None:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{topic} did not reach its end")
                continue
            if msg.error() is not None:
                if msg.error().code() == KafkaError._PARTITION_EOF:
                    return out
                raise RuntimeError(str(msg.error()))
            out.append(msg.key().decode())
    finally:
        consumer.close()


def run(records: int, batch: int) -> bool:
    with tempfile.TemporaryDirectory(prefix="kpybroker-eos-") as tmp:
        data_dir = Path(tmp) / "data"
        data_dir.mkdir()
        proxy_port = free_port()
        # The broker advertises the proxy, so every client connection passes through it.
        broker, broker_port = start_broker(data_dir, proxy_port)
        proxy = AckDroppingProxy(broker_port, proxy_port)
        proxy.start()
        bootstrap = f"127.0.0.1:{proxy.port}"
        try:
            proxy.armed.set()
            seed_input(bootstrap, records)
            inputs = read_all(bootstrap, INPUT, "read_uncommitted")
            dup_inputs = [k for k, n in Counter(inputs).items() if n > 1]
            print(f"1. lost ack: dropped={proxy.dropped.is_set()} stored={len(inputs)} of {records}, "
                  f"duplicates={len(dup_inputs)}")

            crash = subprocess.run([sys.executable, __file__, "worker", "--bootstrap", bootstrap,
                                    "--batch", str(batch), "--crash-after", "2"], check=False)
            print(f"2. worker crashed before its 2nd commit (exit code {crash.returncode})")
            subprocess.run([sys.executable, __file__, "worker", "--bootstrap", bootstrap, "--batch", str(batch)],
                           check=True)
            committed = read_all(bootstrap, OUTPUT, "read_committed")
            uncommitted = read_all(bootstrap, OUTPUT, "read_uncommitted")
            counts = Counter(committed)
            exactly_once = sorted(counts) == sorted(str(i) for i in range(records)) and set(counts.values()) == {1}
            print(f"   restarted worker finished: read_committed sees {len(committed)} outputs, "
                  f"each input once: {exactly_once}; read_uncommitted also sees the "
                  f"{len(uncommitted) - len(committed)} aborted ones")
            ok = (proxy.dropped.is_set() and len(inputs) == records and not dup_inputs
                  and crash.returncode == CRASH_EXIT_CODE and exactly_once)
            print("RESULT:", "exactly once" if ok else "FAILED")
            return ok
        finally:
            broker.send_signal(signal.SIGTERM)
            broker.wait(30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", nargs="?", default="demo", choices=["demo", "worker"])
    parser.add_argument("--records", type=int, default=100)
    parser.add_argument("--batch", type=int, default=10)
    parser.add_argument("--bootstrap")
    parser.add_argument("--crash-after", type=int, default=0)
    args = parser.parse_args()
    if args.mode == "worker":
        worker(args.bootstrap, args.batch, args.crash_after)
        return 0
    return 0 if run(args.records, args.batch) else 1


if __name__ == "__main__":
    sys.exit(main())
