"""Shared builders for the log engine tests."""

from __future__ import annotations

from protocol.records import Record, build_batch


def batch(n: int = 1, *, ts: int = 1000, key: bytes | None = None, value: bytes = b"v", compression: int = 0,
          producer_id: int = -1, producer_epoch: int = -1, base_sequence: int = -1,
          keys: list[bytes | None] | None = None, values: list[bytes | None] | None = None) -> bytes:
    ks = keys if keys is not None else [key] * n
    vs = values if values is not None else [value] * n
    recs = [Record(offset=i, timestamp=ts + i, key=k, value=v) for i, (k, v) in enumerate(zip(ks, vs, strict=True))]
    return build_batch(recs, compression=compression, producer_id=producer_id, producer_epoch=producer_epoch,
                       base_sequence=base_sequence)
