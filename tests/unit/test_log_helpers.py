"""Shared batch builder for the log engine tests (imported by the other test_log* modules)."""

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


def test_batch_helper_builds_valid_batches() -> None:
    from protocol.records import iter_records, validate_batches

    data = batch(3, keys=[b"a", None, b"c"], values=[b"1", b"2", None], ts=50, producer_id=7, producer_epoch=1,
                 base_sequence=4)
    [(pos, header)] = validate_batches(data)
    assert (header.record_count, header.producer_id, header.base_sequence) == (3, 7, 4)
    assert [(r.offset, r.key, r.value, r.timestamp) for r in iter_records(data, pos, header)] == [
        (0, b"a", b"1", 50), (1, None, b"2", 51), (2, b"c", None, 52)]
