"""Stock clients' first frames (ApiVersions, then Metadata) decode with our codec.

A tiny asyncio server answers ApiVersions (advertising ApiVersions 0-4 and Metadata 0-12)
and Metadata with responses built by the codec, and records every request it decodes.
"""

from __future__ import annotations

import asyncio
import struct
from typing import Any

import pytest

from protocol import framing
from protocol.messages import ApiVersionsResponse, MetadataResponse

ADVERTISED = {18: (0, 4), 3: (0, 12)}


class RecordingServer:
    def __init__(self) -> None:
        self.requests: list[tuple[Any, Any]] = []
        self.port = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                size = struct.unpack(">i", await reader.readexactly(4))[0]
                frame = memoryview(await reader.readexactly(size))
                try:
                    header, body = framing.decode_request(frame)
                except framing.UnsupportedVersion as e:
                    header, body = e.header, None
                self.requests.append((header, body))
                key, version = header.request_api_key, header.request_api_version
                if key == 18:
                    supported = ADVERTISED[18][0] <= version <= ADVERTISED[18][1] and body is not None
                    resp = ApiVersionsResponse(
                        error_code=0 if supported else 35,
                        api_keys=[ApiVersionsResponse.ApiVersion(api_key=k, min_version=lo, max_version=hi)
                                  for k, (lo, hi) in sorted(ADVERTISED.items())])
                    out = framing.encode_response(header.correlation_id, 18, version if supported else 0, resp)
                elif key == 3:
                    resp = MetadataResponse(
                        brokers=[MetadataResponse.MetadataResponseBroker(node_id=1, host="127.0.0.1",
                                                                         port=self.port)],
                        cluster_id="kpy-test", controller_id=1, topics=[])
                    out = framing.encode_response(header.correlation_id, 3, version, resp)
                else:
                    break
                writer.writelines(out)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass  # client went away or the test is over
        finally:
            writer.close()


async def _serve(client: Any) -> RecordingServer:
    rec = RecordingServer()
    server = await asyncio.start_server(rec.handle, "127.0.0.1", 0)
    rec.port = server.sockets[0].getsockname()[1]
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(loop.run_in_executor(None, client, rec.port), timeout=60)
    finally:
        server.close()
    return rec


def _check(rec: RecordingServer, client_id: str) -> None:
    keys = [h.request_api_key for h, _ in rec.requests]
    assert keys[0] == 18, keys
    assert 3 in keys, keys
    for header, body in rec.requests:
        assert header.client_id == client_id
        if header.request_api_key == 3:
            assert body is not None
            assert body.topics is None or all(t.name for t in body.topics)
    meta = [(h, b) for h, b in rec.requests if h.request_api_key == 3]
    assert all(0 <= h.request_api_version <= 12 for h, _ in meta)


@pytest.mark.timeout(120)
async def test_confluent_kafka_list_topics() -> None:
    admin_mod = pytest.importorskip("confluent_kafka.admin")

    def client(port: int) -> None:
        admin = admin_mod.AdminClient({"bootstrap.servers": f"127.0.0.1:{port}", "client.id": "ck-probe"})
        md = admin.list_topics(timeout=10)
        assert md.cluster_id == "kpy-test"

    rec = await _serve(client)
    _check(rec, "ck-probe")
    api_versions = rec.requests[0]
    assert api_versions[1] is not None and api_versions[1].client_software_name == "confluent-kafka-python"


@pytest.mark.timeout(120)
async def test_kafka_python_admin_client() -> None:
    kafka = pytest.importorskip("kafka")

    def client(port: int) -> None:
        admin = kafka.KafkaAdminClient(bootstrap_servers=f"127.0.0.1:{port}", client_id="kp-probe",
                                       api_version=None, request_timeout_ms=10000)
        try:
            assert admin.list_topics() == []
        finally:
            admin.close()

    rec = await _serve(client)
    _check(rec, "kp-probe")
