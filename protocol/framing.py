"""Request/response frames: header + body, size prefixes, version checks.

A *frame* is the bytes after the 4-byte size prefix of one request or response.
"""

from __future__ import annotations

import struct
from typing import Any

from protocol import messages
from protocol.api import API_KEYS, request_header_version, response_header_version
from protocol.codec import Part
from protocol.exceptions import ProtocolError

_INT32 = struct.Struct(">i")
_KEY_VERSION = struct.Struct(">hh")
_TAGLESS = b"\x00"


class UnsupportedVersion(ProtocolError):
    """The request's API version is outside what its spec defines.

    ``header`` is the decoded request header, so the broker can answer an ApiVersions
    request with UNSUPPORTED_VERSION (in a v0 body) and close other connections.
    """

    def __init__(self, message: str, header: Any) -> None:
        super().__init__(message)
        self.header = header


def decode_request_header(frame: memoryview) -> tuple[Any, int]:
    """Decode the request header; return it and the offset where the body starts.

    The header version follows from the API version's flexibility even when that version
    is unknown (as in Kafka), so an unsupported ApiVersions request still yields a header.
    A null client id is read as "" (Kafka does the same).
    """
    mv = frame if type(frame) is memoryview else memoryview(frame)
    if len(mv) < 4:
        raise ProtocolError(f"request frame of {len(mv)} bytes is too short for a header")
    api_key, api_version = _KEY_VERSION.unpack_from(mv, 0)
    if api_key not in API_KEYS:
        raise ProtocolError(f"unknown api key {api_key}")
    hv = request_header_version(api_key, api_version)
    header, offset = messages.RequestHeader.decode_from(mv, 0, hv)
    if header.client_id is None:
        header.client_id = ""
    return header, offset


def decode_request(frame: memoryview) -> tuple[Any, Any]:
    """Decode header and body of a request frame; ``records`` stay views of ``frame``."""
    mv = frame if type(frame) is memoryview else memoryview(frame)
    header, offset = decode_request_header(mv)
    spec = API_KEYS[header.request_api_key]
    version = header.request_api_version
    if not spec.min_version <= version <= spec.max_version:
        raise UnsupportedVersion(
            f"{spec.name} version {version} is not supported "
            f"(valid {spec.min_version}-{spec.max_version})",
            header,
        )
    body, _ = spec.request_class.decode_from(mv, offset, version)
    return header, body


def encode_response(correlation_id: int, api_key: int, api_version: int, response: Any) -> list[Part]:
    """Encode a response as buffers ready for ``writelines``: size prefix, header, body parts."""
    spec = API_KEYS.get(api_key)
    if spec is None:
        raise ProtocolError(f"unknown api key {api_key}")
    if type(response) is not spec.response_class:
        raise ProtocolError(f"{type(response).__name__} is not a response for api key {api_key}")
    header = _INT32.pack(correlation_id)
    if response_header_version(api_key, api_version) == 1:
        header += _TAGLESS
    parts = response.encode_parts(api_version)
    size = len(header) + sum(p.nbytes if type(p) is memoryview else len(p) for p in parts)
    return [_INT32.pack(size), header, *parts]


def encode_request(api_key: int, api_version: int, correlation_id: int, client_id: str | None,
                   request: Any) -> bytes:
    """Encode a complete request (size prefix, header, body) as one buffer."""
    spec = API_KEYS.get(api_key)
    if spec is None:
        raise ProtocolError(f"unknown api key {api_key}")
    if type(request) is not spec.request_class:
        raise ProtocolError(f"{type(request).__name__} is not a request for api key {api_key}")
    header = messages.RequestHeader(
        request_api_key=api_key,
        request_api_version=api_version,
        correlation_id=correlation_id,
        client_id=client_id,
    ).encode(request_header_version(api_key, api_version))
    body = request.encode(api_version)
    return b"".join((_INT32.pack(len(header) + len(body)), header, body))


def decode_response(api_key: int, api_version: int, frame: memoryview) -> tuple[int, Any]:
    """Decode a response frame; return (correlation id, response)."""
    spec = API_KEYS.get(api_key)
    if spec is None:
        raise ProtocolError(f"unknown api key {api_key}")
    mv = frame if type(frame) is memoryview else memoryview(frame)
    header, offset = messages.ResponseHeader.decode_from(mv, 0, response_header_version(api_key, api_version))
    body, _ = spec.response_class.decode_from(mv, offset, api_version)
    return header.correlation_id, body
