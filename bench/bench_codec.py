"""Codec hot paths: decode a ProduceRequest, encode a FetchResponse (100 partitions x 16 KB).

Run: python bench/bench_codec.py  (figures are printed, never asserted).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from protocol import framing
from protocol.messages import FetchResponse, ProduceRequest

PARTITIONS = 100
RECORD_BYTES = 16 * 1024


def _timeit(fn: Callable[[], object], min_seconds: float = 1.0) -> float:
    fn()  # compile + warm up
    n = 0
    start = time.perf_counter()
    while True:
        fn()
        n += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return elapsed / n


def main() -> int:
    payload = bytes(RECORD_BYTES)
    produce = ProduceRequest(acks=-1, timeout_ms=30000, topic_data=[
        ProduceRequest.TopicProduceData(name="bench", partition_data=[
            ProduceRequest.PartitionProduceData(index=i, records=payload) for i in range(PARTITIONS)])])
    frame = memoryview(framing.encode_request(0, 11, 1, "bench", produce))[4:]
    per = _timeit(lambda: framing.decode_request(frame))
    _, decoded = framing.decode_request(frame)
    rec = decoded.topic_data[0].partition_data[0].records
    size = len(frame)
    sys.stdout.write(f"decode ProduceRequest v11 ({size} B): {per * 1e6:.1f} us/msg, {size / per / 1e6:.0f} MB/s; "
                     f"records zero-copy: {isinstance(rec, memoryview) and rec.obj is frame.obj}\n")

    slices = [memoryview(bytearray(RECORD_BYTES)) for _ in range(PARTITIONS)]
    fetch = FetchResponse(responses=[FetchResponse.FetchableTopicResponse(topic="bench", partitions=[
        FetchResponse.PartitionData(partition_index=i, high_watermark=1000, last_stable_offset=1000,
                                    log_start_offset=0, records=[slices[i]]) for i in range(PARTITIONS)])])
    per = _timeit(lambda: framing.encode_response(1, 1, 12, fetch))
    parts = framing.encode_response(1, 1, 12, fetch)
    size = sum(p.nbytes if isinstance(p, memoryview) else len(p) for p in parts)
    not_copied = all(any(p is s for p in parts) for s in slices)
    sys.stdout.write(f"encode FetchResponse v12 ({size} B, {len(parts)} parts): {per * 1e6:.1f} us/msg, "
                     f"{size / per / 1e6:.0f} MB/s; record slices passed through uncopied: {not_copied}\n")

    small = ProduceRequest(acks=1, timeout_ms=1000, topic_data=[ProduceRequest.TopicProduceData(
        name="t", partition_data=[ProduceRequest.PartitionProduceData(index=0, records=b"x" * 100)])])
    small_frame = memoryview(framing.encode_request(0, 11, 1, "c", small))[4:]
    per = _timeit(lambda: framing.decode_request(small_frame))
    sys.stdout.write(f"decode small ProduceRequest v11 ({len(small_frame)} B): {per * 1e6:.2f} us/msg\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
