"""Outbound request bookkeeping: at most one request in flight per peer, timeouts, backoff."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class _Peer:
    correlation_id: int = -1
    sent_ms: int = 0
    backoff_until_ms: int = 0


@dataclass
class RequestManager:
    request_timeout_ms: int
    retry_backoff_ms: int
    next_correlation_id: int = 0
    _peers: dict[int, _Peer] = field(default_factory=dict)

    def _peer(self, node: int) -> _Peer:
        peer = self._peers.get(node)
        if peer is None:
            peer = self._peers[node] = _Peer()
        return peer

    def _expire(self, peer: _Peer, now_ms: int) -> None:
        if peer.correlation_id >= 0 and now_ms >= peer.sent_ms + self.request_timeout_ms:
            peer.correlation_id = -1
            peer.backoff_until_ms = now_ms + self.retry_backoff_ms

    def is_ready(self, node: int, now_ms: int) -> bool:
        peer = self._peer(node)
        self._expire(peer, now_ms)
        return peer.correlation_id < 0 and now_ms >= peer.backoff_until_ms

    def has_in_flight(self, node: int, now_ms: int) -> bool:
        peer = self._peer(node)
        self._expire(peer, now_ms)
        return peer.correlation_id >= 0

    def on_send(self, node: int, now_ms: int) -> int:
        cid = self.next_correlation_id
        self.next_correlation_id = (cid + 1) & 0x7FFFFFFF
        peer = self._peer(node)
        peer.correlation_id = cid
        peer.sent_ms = now_ms
        return cid

    def is_expected(self, node: int, correlation_id: int) -> bool:
        peer = self._peers.get(node)
        return peer is not None and peer.correlation_id == correlation_id and correlation_id >= 0

    def on_response(self, node: int, now_ms: int, success: bool) -> None:
        peer = self._peer(node)
        peer.correlation_id = -1
        peer.backoff_until_ms = now_ms if success else now_ms + self.retry_backoff_ms

    def reset(self) -> None:
        """Forget everything in flight (a state change makes old requests moot)."""
        self._peers.clear()

    def next_deadline_ms(self, now_ms: int) -> int | None:
        deadlines = [
            p.sent_ms + self.request_timeout_ms if p.correlation_id >= 0 else p.backoff_until_ms
            for p in self._peers.values()
        ]
        future = [d for d in deadlines if d > now_ms]
        return min(future) if future else None
