"""Bad input over a raw socket: the offending connection is closed, the broker keeps serving."""

from __future__ import annotations

import socket
import struct

from confluent_kafka.admin import AdminClient

from protocol.framing import decode_response, encode_request
from protocol.messages import ApiVersionsRequest, MetadataRequest
from tests.integration.conftest import BrokerProcess


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    out = b""
    while len(out) < n:
        chunk = sock.recv(n - len(out))
        if not chunk:
            break
        out += chunk
    return out


def _is_closed(sock: socket.socket) -> bool:
    sock.settimeout(5)
    try:
        return sock.recv(1) == b""
    except ConnectionResetError:
        return True


def _still_serving(bootstrap: str) -> None:
    md = AdminClient({"bootstrap.servers": bootstrap}).list_topics(timeout=10)
    assert 1 in md.brokers


def test_garbage_frame_closes_only_that_connection(broker: BrokerProcess) -> None:
    with socket.create_connection(("127.0.0.1", broker.port)) as bad:
        bad.sendall(struct.pack(">i", 12) + b"\xff" * 12)
        assert _is_closed(bad)
    _still_serving(broker.bootstrap)


def test_oversized_frame_is_refused_before_reading_body(broker: BrokerProcess) -> None:
    with socket.create_connection(("127.0.0.1", broker.port)) as bad:
        bad.sendall(struct.pack(">i", 200 * 1024 * 1024))  # above socket.request.max.bytes
        assert _is_closed(bad)
    with socket.create_connection(("127.0.0.1", broker.port)) as bad:
        bad.sendall(struct.pack(">i", -5))
        assert _is_closed(bad)
    _still_serving(broker.bootstrap)


def test_truncated_request_body_closes_connection(broker: BrokerProcess) -> None:
    frame = encode_request(3, 12, 7, "bad", MetadataRequest(topics=None))
    body = frame[4:]
    with socket.create_connection(("127.0.0.1", broker.port)) as bad:
        # A header that claims a Metadata v12 request, with its body cut short.
        cut = body[:12]
        bad.sendall(struct.pack(">i", len(cut)) + cut)
        assert _is_closed(bad)
    _still_serving(broker.bootstrap)


def test_unknown_api_versions_version_gets_v0_error_with_ranges(broker: BrokerProcess) -> None:
    # A future ApiVersions version: Kafka answers UNSUPPORTED_VERSION (35) in a v0 body.
    header = struct.pack(">hhih", 18, 99, 42, 4) + b"test" + b"\x00"
    with socket.create_connection(("127.0.0.1", broker.port)) as sock:
        sock.sendall(struct.pack(">i", len(header)) + header)
        size = struct.unpack(">i", _recv_exact(sock, 4))[0]
        frame = _recv_exact(sock, size)
        correlation_id, response = decode_response(18, 0, memoryview(frame))
        assert correlation_id == 42
        assert response.error_code == 35
        assert any(k.api_key == 18 for k in response.api_keys)
        # The connection stays usable: a valid ApiVersions v3 now succeeds.
        req = encode_request(18, 3, 43, "test", ApiVersionsRequest(client_software_name="t", client_software_version="1"))
        sock.sendall(req)
        size = struct.unpack(">i", _recv_exact(sock, 4))[0]
        correlation_id, response = decode_response(18, 3, memoryview(_recv_exact(sock, size)))
        assert correlation_id == 43 and response.error_code == 0
        produce = {k.api_key: (k.min_version, k.max_version) for k in response.api_keys}[0]
        assert produce == (0, 13)


def test_pipelined_requests_answered_in_order(broker: BrokerProcess) -> None:
    frames = b"".join(
        encode_request(3, 12, cid, "pipe", MetadataRequest(topics=None)) if cid % 2 else
        encode_request(18, 3, cid, "pipe", ApiVersionsRequest(client_software_name="p", client_software_version="1"))
        for cid in range(1, 41)
    )
    with socket.create_connection(("127.0.0.1", broker.port)) as sock:
        sock.sendall(frames)
        seen = []
        for cid in range(1, 41):
            size = struct.unpack(">i", _recv_exact(sock, 4))[0]
            frame = memoryview(_recv_exact(sock, size))
            api_key, version = (3, 12) if cid % 2 else (18, 3)
            got_cid, _ = decode_response(api_key, version, frame)
            seen.append(got_cid)
    assert seen == list(range(1, 41))
