"""KafkaConnection output: pipelined responses share one write; big ones go out by sendmsg, in order."""

from __future__ import annotations

import asyncio
import socket
import struct
from typing import Any

import pytest

from kpybroker.network import ConnectionLimits, KafkaConnection, ListenerStats, RequestContext
from protocol import messages as m
from protocol.framing import decode_response, encode_request


class FakeTransport(asyncio.Transport):
    """Records writes; optionally exposes a real socket for the sendmsg path."""

    def __init__(self, sock: socket.socket | None = None) -> None:
        super().__init__()
        self.writes: list[bytes] = []
        self.sock = sock
        self.closed = False

    def write(self, data: bytes | memoryview) -> None:
        self.writes.append(bytes(data))

    def writelines(self, parts: Any) -> None:
        self.write(b"".join(parts))

    def is_closing(self) -> bool:
        return self.closed

    def get_write_buffer_size(self) -> int:
        return 0

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        if name == "socket":
            return self.sock
        return default

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True


class EchoDispatcher:
    """Answers Metadata with a response carrying the correlation id as its throttle time."""

    def __init__(self, payload_bytes: int = 0) -> None:
        self.payload_bytes = payload_bytes

    def dispatch(self, ctx: RequestContext, request: Any) -> Any:
        if isinstance(request, m.FetchRequest):
            data = memoryview(bytes(range(256)) * (self.payload_bytes // 256))
            part = m.FetchResponse.PartitionData(partition_index=0, records=data)
            return m.FetchResponse(responses=[m.FetchResponse.FetchableTopicResponse(topic="t", partitions=[part])])
        return m.MetadataResponse(throttle_time_ms=ctx.header.correlation_id)

    def unsupported_version(self, header: Any) -> Any:
        return None


def _connection(dispatcher: Any, transport: FakeTransport) -> KafkaConnection:
    # No idle timer: these tests run without an event loop.
    limits = ConnectionLimits(connections_max_idle_ms=0)
    conn = KafkaConnection(dispatcher, "PLAINTEXT", "PLAINTEXT", limits, ListenerStats(), "t-0")
    conn.connection_made(transport)
    return conn


def _feed(conn: KafkaConnection, data: bytes) -> None:
    buf = conn.get_buffer(len(data))
    buf[: len(data)] = data
    conn.buffer_updated(len(data))


def _frames(stream: bytes) -> list[bytes]:
    out = []
    pos = 0
    while pos < len(stream):
        (size,) = struct.unpack_from(">i", stream, pos)
        out.append(stream[pos + 4 : pos + 4 + size])
        pos += 4 + size
    return out


@pytest.mark.timeout(30)
def test_pipelined_requests_in_one_read_get_one_write_in_order() -> None:
    transport = FakeTransport()
    conn = _connection(EchoDispatcher(), transport)
    requests = b"".join(encode_request(3, 12, cid, "c", m.MetadataRequest(topics=[])) for cid in (7, 8, 9))
    _feed(conn, requests)
    assert len(transport.writes) == 1
    frames = _frames(transport.writes[0])
    cids = [struct.unpack_from(">i", f, 0)[0] for f in frames]
    assert cids == [7, 8, 9]
    # A later read is answered by its own write.
    _feed(conn, encode_request(3, 12, 10, "c", m.MetadataRequest(topics=[])))
    assert len(transport.writes) == 2


@pytest.mark.timeout(30)
def test_large_response_goes_out_whole_through_sendmsg() -> None:
    left, right = socket.socketpair()
    conn: KafkaConnection | None = None
    try:
        left.setblocking(False)
        right.setblocking(False)
        transport = FakeTransport(left)
        conn = _connection(EchoDispatcher(payload_bytes=256 * 1024), transport)
        _feed(conn, encode_request(1, 12, 5, "c", m.FetchRequest(max_wait_ms=0, topics=[])))
        # sendmsg() has returned: the socket holds what it took, the transport the rest, in order.
        from_socket = bytearray()
        while True:
            try:
                chunk = right.recv(1 << 20)
            except BlockingIOError:
                break
            if not chunk:
                break
            from_socket += chunk
        assert from_socket, "the large response should have used the socket directly"
        stream = bytes(from_socket) + b"".join(transport.writes)
        frames = _frames(stream)
        assert len(frames) == 1
        _, response = decode_response(1, 12, memoryview(frames[0]))
        assert struct.unpack_from(">i", frames[0], 0)[0] == 5
        assert bytes(response.responses[0].partitions[0].records) == bytes(range(256)) * 1024
    finally:
        if conn is not None:
            conn.connection_lost(None)
        left.close()
        right.close()


@pytest.mark.timeout(30)
def test_close_sends_the_responses_already_decided() -> None:
    transport = FakeTransport()
    conn = _connection(EchoDispatcher(), transport)
    # A valid request followed by garbage in the same read: the answer goes out, then close.
    data = encode_request(3, 12, 1, "c", m.MetadataRequest(topics=[])) + struct.pack(">i", 6) + b"\x7f\x7f\0\0\0\0"
    _feed(conn, data)
    assert transport.closed
    assert len(transport.writes) == 1 and _frames(transport.writes[0])
