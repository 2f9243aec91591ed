"""Listeners and connections: Kafka framing, size limits, in-order responses.

A connection receives straight into buffers it never overwrites, so a request's
`records` field can stay a memoryview of the received bytes all the way into the
log (one copy: socket buffer -> segment). Requests on one connection are handled
strictly in order, as Kafka does (it mutes a channel until its response is sent);
a request whose handler must wait (long-poll fetch, acks=all) holds back the ones
behind it on that connection only.
"""

from __future__ import annotations

import asyncio
import inspect
import itertools
import os
import socket
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import structlog

from kpybroker.security.session import SaslSession
from protocol.exceptions import ProtocolError
from protocol.framing import UnsupportedVersion, decode_request, encode_response
from protocol.messages import RequestHeader

_RECV_CAPACITY = 256 * 1024
# Frames queued behind a waiting request before we stop reading the socket.
_MAX_QUEUED_FRAMES = 64
# Responses at least this large go out with sendmsg() straight from their parts (record
# slices of the log included) instead of being joined into one copy first.
_SENDMSG_MIN_BYTES = 64 * 1024
_IOV_MAX = 1024

log = structlog.get_logger("kpybroker.network")


@dataclass(slots=True)
class RequestContext:
    """What a handler knows about who sent a request and where."""

    connection_id: str
    listener: str
    security_protocol: str
    client_host: str
    client_port: int
    header: RequestHeader
    principal: str = "User:ANONYMOUS"
    received_ns: int = 0
    # SASL state of the connection on a SASL_* listener (None elsewhere).
    sasl: SaslSession | None = None

    @property
    def api_version(self) -> int:
        return self.header.request_api_version

    @property
    def client_id(self) -> str | None:
        return self.header.client_id


class Dispatcher(Protocol):
    """The broker side of a connection (implemented by `kpybroker.broker.Broker`)."""

    def dispatch(self, ctx: RequestContext, request: Any) -> Any | Awaitable[Any] | None:
        """Return the response object, an awaitable of it, or None for no response (acks=0)."""
        ...

    def unsupported_version(self, header: RequestHeader) -> Any | None:
        """Response for a request of an unknown version, or None to close the connection."""
        ...


@dataclass(slots=True)
class ConnectionLimits:
    socket_request_max_bytes: int = 104857600
    connections_max_idle_ms: int = 600000


@dataclass(slots=True)
class _Pending:
    ctx: RequestContext
    request: Any


@dataclass
class ListenerStats:
    connections: int = 0
    requests: int = 0
    open_connections: set[KafkaConnection] = field(default_factory=set)


class KafkaConnection(asyncio.BufferedProtocol):
    def __init__(
        self,
        dispatcher: Dispatcher,
        listener: str,
        security_protocol: str,
        limits: ConnectionLimits,
        stats: ListenerStats,
        connection_id: str,
    ) -> None:
        self._dispatcher = dispatcher
        self._listener = listener
        self._security_protocol = security_protocol
        self._limits = limits
        self._stats = stats
        self._id = connection_id
        self._transport: asyncio.Transport | None = None
        self._buf = bytearray(_RECV_CAPACITY)
        self._start = 0
        self._end = 0
        # A frame too large for the receive buffer gets a buffer of its own.
        self._big: bytearray | None = None
        self._big_have = 0
        self._queue: deque[_Pending] = deque()
        self._busy = False
        self._closed = False
        self._paused_reading = False
        self._paused_writing = False
        self._host = ""
        self._port = 0
        # Responses produced while handling one read are sent together: one syscall for all
        # the pipelined requests that arrived in it.
        self._out: list[bytes | memoryview] = []
        self._corked = False
        # A dup of the socket for sendmsg(): asyncio 3.11's transport has no vectored write.
        self._raw: socket.socket | None = None
        self._last_active = time.monotonic()
        self._idle_handle: asyncio.TimerHandle | None = None
        self._log = log
        self._sasl = SaslSession() if security_protocol.startswith("SASL_") else None

    # -- asyncio callbacks -------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        peer = transport.get_extra_info("peername") or ("", 0)
        self._host, self._port = str(peer[0]), int(peer[1])
        sock = transport.get_extra_info("socket")
        if sock is not None:
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass
            try:
                self._raw = socket.socket(sock.family, sock.type, sock.proto, fileno=os.dup(sock.fileno()))
            except OSError:
                self._raw = None
        self._log = log.bind(connection=self._id, listener=self._listener, peer=f"{self._host}:{self._port}")
        self._stats.connections += 1
        self._stats.open_connections.add(self)
        self._schedule_idle_check()

    def connection_lost(self, exc: Exception | None) -> None:
        self._closed = True
        self._stats.open_connections.discard(self)
        if self._idle_handle is not None:
            self._idle_handle.cancel()
        self._queue.clear()
        self._out.clear()
        if self._raw is not None:
            self._raw.close()
            self._raw = None

    def pause_writing(self) -> None:
        self._paused_writing = True
        self._update_reading()

    def resume_writing(self) -> None:
        self._paused_writing = False
        self._update_reading()

    def get_buffer(self, sizehint: int) -> memoryview:
        if self._big is not None:
            return memoryview(self._big)[self._big_have :]
        if self._end >= len(self._buf):
            self._new_buffer()
        return memoryview(self._buf)[self._end :]

    def buffer_updated(self, nbytes: int) -> None:
        self._last_active = time.monotonic()
        if self._big is not None:
            self._big_have += nbytes
            if self._big_have < len(self._big):
                return
            frame = memoryview(self._big)
            self._big = None
            self._big_have = 0
            self._corked = True
            try:
                self._on_frame(frame)
                self._parse_frames()
            finally:
                self._corked = False
                self._flush()
            return
        self._end += nbytes
        self._corked = True
        try:
            self._parse_frames()
        finally:
            self._corked = False
            self._flush()

    def eof_received(self) -> bool | None:
        return None

    # -- framing ---------------------------------------------------------------------------
    def _new_buffer(self) -> None:
        """Start a fresh receive buffer, carrying over the unparsed tail.

        The old buffer is never written again: frames already handed out keep
        pointing into it safely.
        """
        tail = self._buf[self._start : self._end]
        self._buf = bytearray(_RECV_CAPACITY)
        self._buf[: len(tail)] = tail
        self._start = 0
        self._end = len(tail)

    def _parse_frames(self) -> None:
        buf = self._buf
        max_bytes = self._limits.socket_request_max_bytes
        while not self._closed:
            avail = self._end - self._start
            if avail < 4:
                break
            size = int.from_bytes(buf[self._start : self._start + 4], "big", signed=True)
            if size < 0 or size > max_bytes:
                self._log.warning(
                    "request_size_rejected",
                    size=size,
                    socket_request_max_bytes=max_bytes,
                    reason="size exceeds socket.request.max.bytes or is negative",
                )
                self.close()
                return
            if avail >= 4 + size:
                begin = self._start + 4
                self._start = begin + size
                self._on_frame(memoryview(buf)[begin : begin + size])
                buf = self._buf
                continue
            if self._start + 4 + size > len(buf):
                # Does not fit in what is left of this buffer: give it one of its own.
                self._big = bytearray(size)
                have = avail - 4
                self._big[:have] = buf[self._start + 4 : self._end]
                self._big_have = have
                self._buf = bytearray(_RECV_CAPACITY)
                self._start = self._end = 0
            break
        if self._start == self._end and self._big is None and self._start > len(self._buf) // 2:
            self._buf = bytearray(_RECV_CAPACITY)
            self._start = self._end = 0

    def _on_frame(self, frame: memoryview) -> None:
        self._stats.requests += 1
        try:
            header, request = decode_request(frame)
        except UnsupportedVersion as exc:
            response = self._dispatcher.unsupported_version(exc.header)
            if response is None:
                self._log.warning(
                    "unsupported_request_version",
                    api_key=exc.header.request_api_key,
                    api_version=exc.header.request_api_version,
                    client_id=exc.header.client_id,
                    error=str(exc),
                )
                self.close()
                return
            ctx = self._context(exc.header)
            # ApiVersions answers an unknown version with a v0 body the client can always parse.
            self._queue.append(_Pending(ctx, _Ready(response, version=0)))
            self._drain()
            return
        except ProtocolError as exc:
            self._log.warning("malformed_request", error=str(exc), size=len(frame))
            self.close()
            return
        self._queue.append(_Pending(self._context(header), request))
        self._drain()

    def _context(self, header: RequestHeader) -> RequestContext:
        return RequestContext(
            connection_id=self._id,
            listener=self._listener,
            security_protocol=self._security_protocol,
            client_host=self._host,
            client_port=self._port,
            header=header,
            received_ns=time.monotonic_ns(),
            sasl=self._sasl,
        )

    # -- processing in order -----------------------------------------------------------------
    def _drain(self) -> None:
        while self._queue and not self._busy and not self._closed:
            pending = self._queue.popleft()
            request = pending.request
            if self._sasl is not None and not self._admit_sasl(pending.ctx):
                return
            if isinstance(request, _Ready):
                self._send(pending.ctx, request.response, request.version)
                continue
            try:
                result = self._dispatcher.dispatch(pending.ctx, request)
            except ProtocolError as exc:
                self._log.warning(
                    "invalid_request", error=str(exc), api_key=pending.ctx.header.request_api_key,
                    client_id=pending.ctx.client_id,
                )
                self.close()
                return
            if inspect.isawaitable(result):
                self._busy = True
                task = asyncio.ensure_future(result)
                task.add_done_callback(lambda t, ctx=pending.ctx: self._on_async_done(ctx, t))
                break
            if result is not None:
                self._send(pending.ctx, result)
        self._update_reading()

    def _on_async_done(self, ctx: RequestContext, task: asyncio.Future[Any]) -> None:
        self._busy = False
        if self._closed:
            return
        if task.cancelled():
            self.close()
            return
        exc = task.exception()
        if exc is not None:
            self._log.error(
                "request_failed", api_key=ctx.header.request_api_key, client_id=ctx.client_id,
                error=repr(exc), exc_info=exc,
            )
            self.close()
            return
        result = task.result()
        if result is not None:
            self._send(ctx, result)
        self._drain()

    def _send(self, ctx: RequestContext, response: Any, version: int | None = None) -> None:
        if self._closed or self._transport is None:
            return
        header = ctx.header
        if version is None:
            version = header.request_api_version
        try:
            parts = encode_response(header.correlation_id, header.request_api_key, version, response)
        except ProtocolError as exc:
            self._log.error(
                "response_encode_failed", api_key=header.request_api_key,
                api_version=header.request_api_version, error=str(exc),
            )
            self.close()
            return
        self._out.extend(parts)
        if not self._corked:
            self._flush()
        if self._sasl is not None and self._sasl.close_after_response:
            # A failed authentication: the response goes out, then the connection closes.
            self.close()

    def _flush(self) -> None:
        """Write the responses gathered so far, in order."""
        out = self._out
        if not out:
            return
        self._out = []
        transport = self._transport
        if transport is None or transport.is_closing():
            return
        if len(out) == 1:
            transport.write(out[0])
            return
        total = 0
        for part in out:
            total += part.nbytes if type(part) is memoryview else len(part)
        raw = self._raw
        if (raw is None or total < _SENDMSG_MIN_BYTES or len(out) > _IOV_MAX
                or transport.get_write_buffer_size()):
            transport.write(b"".join(out))
            return
        # Nothing is queued in the transport, so writing to the socket directly keeps order.
        try:
            sent = raw.sendmsg(out)
        except (BlockingIOError, InterruptedError):
            sent = 0
        except OSError:
            # Let the transport meet the error and report it through connection_lost.
            sent = 0
        if sent >= total:
            return
        rest: list[bytes | memoryview] = []
        for part in out:
            size = part.nbytes if type(part) is memoryview else len(part)
            if sent >= size:
                sent -= size
                continue
            rest.append(memoryview(part)[sent:] if sent else part)
            sent = 0
        transport.write(b"".join(rest))

    def _admit_sasl(self, ctx: RequestContext) -> bool:
        """Before authentication only ApiVersions/SaslHandshake/SaslAuthenticate pass; else close."""
        sasl = self._sasl
        assert sasl is not None
        if not sasl.allows(ctx.header.request_api_key):
            self._log.warning(
                "unexpected_request_during_sasl", api_key=ctx.header.request_api_key,
                sasl_state=sasl.state.value, client_id=ctx.client_id,
            )
            self.close()
            return False
        if sasl.principal is not None:
            ctx.principal = sasl.principal
        return True

    def _update_reading(self) -> None:
        if self._transport is None or self._closed:
            return
        should_pause = self._paused_writing or len(self._queue) >= _MAX_QUEUED_FRAMES
        if should_pause and not self._paused_reading:
            self._transport.pause_reading()
            self._paused_reading = True
        elif not should_pause and self._paused_reading:
            self._transport.resume_reading()
            self._paused_reading = False

    # -- idle connections ------------------------------------------------------------------------
    def _schedule_idle_check(self) -> None:
        idle_ms = self._limits.connections_max_idle_ms
        if idle_ms <= 0:
            return
        loop = asyncio.get_running_loop()
        self._idle_handle = loop.call_later(idle_ms / 1000.0, self._idle_check)

    def _idle_check(self) -> None:
        if self._closed:
            return
        idle_s = self._limits.connections_max_idle_ms / 1000.0
        since = time.monotonic() - self._last_active
        if since >= idle_s and not self._busy:
            self._log.info("idle_connection_closed", idle_ms=int(since * 1000))
            self.close()
            return
        loop = asyncio.get_running_loop()
        self._idle_handle = loop.call_later(max(idle_s - since, 0.05), self._idle_check)

    def close(self) -> None:
        if self._closed:
            return
        # Responses already decided go out first (e.g. a failed SASL authentication's answer).
        self._flush()
        self._closed = True
        if self._transport is not None:
            self._transport.close()


@dataclass(slots=True)
class _Ready:
    """A response decided at decode time (an unsupported ApiVersions version)."""

    response: Any
    version: int


@dataclass
class BoundListener:
    name: str
    security_protocol: str
    host: str
    port: int
    server: asyncio.base_events.Server
    stats: ListenerStats


async def start_listener(
    dispatcher_for: Callable[[str], Dispatcher],
    name: str,
    security_protocol: str,
    host: str,
    port: int,
    limits: ConnectionLimits,
    *,
    backlog: int = 512,
) -> BoundListener:
    """Bind one listener; port 0 picks a free port (reported in the result)."""
    loop = asyncio.get_running_loop()
    stats = ListenerStats()
    counter = itertools.count()
    dispatcher = dispatcher_for(name)

    def factory() -> KafkaConnection:
        return KafkaConnection(dispatcher, name, security_protocol, limits, stats, f"{name}-{next(counter)}")

    bind_host: str | None = host or None
    server = await loop.create_server(factory, bind_host, port, backlog=backlog, reuse_address=True)
    sockets = server.sockets or []
    bound_port = sockets[0].getsockname()[1] if sockets else port
    log.info("listener_started", listener=name, host=host, port=bound_port)
    return BoundListener(name, security_protocol, host, bound_port, server, stats)
