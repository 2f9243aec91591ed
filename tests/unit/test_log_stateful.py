"""Random append / roll / retention / DeleteRecords / compaction / read / reopen against a model."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from log.cleaner import clean
from log.config import LogConfig
from log.log import Log
from protocol.records import iter_batches, iter_records, read_header
from tests.unit.test_log_helpers import batch

CFG = LogConfig(segment_bytes=400, index_interval_bytes=64, segment_index_bytes=600,
                cleanup_policy=("compact", "delete"), retention_ms=-1, retention_bytes=-1)
KEYS = [b"a", b"b", b"c", b"d"]


class LogMachine(RuleBasedStateMachine):
    @initialize()
    def setup(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="logsm"))
        self.config = CFG
        self.log = Log.open(self.tmp / "t-0", self.config, now_ms=0)
        self.model: list[tuple[int, bytes, bytes]] = []  # (offset, key, value)
        self.leo = 0
        self.start = 0
        self.now = 0
        self.counter = 0

    def teardown(self) -> None:
        if hasattr(self, "log"):
            self.log.close()
            shutil.rmtree(self.tmp, ignore_errors=True)

    @rule(n=st.integers(1, 4), keys=st.lists(st.sampled_from(KEYS), min_size=4, max_size=4),
          compression=st.sampled_from([0, 0, 1]))
    def append(self, n: int, keys: list[bytes], compression: int) -> None:
        self.now += 10
        values = []
        for _ in range(n):
            self.counter += 1
            values.append(b"v%d" % self.counter)
        data = batch(n, keys=list(keys[:n]), values=values, compression=compression, ts=self.now)  # type: ignore[arg-type]
        r = self.log.append(data, leader_epoch=1, now_ms=self.now)
        assert r.first_offset == self.leo
        for i in range(n):
            self.model.append((self.leo + i, keys[i], values[i]))
        self.leo += n
        self.log.high_watermark = self.log.log_end_offset

    @rule()
    def roll(self) -> None:
        self.log.roll(self.now)

    @rule(limit=st.integers(300, 2000))
    def retention_by_bytes(self, limit: int) -> None:
        from dataclasses import replace

        self.log.config = replace(self.config, retention_bytes=limit)
        self.log.apply_retention(self.now)
        self.log.config = self.config
        self._sync_start()

    @precondition(lambda self: self.leo > self.start)
    @rule(data=st.data())
    def delete_records(self, data: st.DataObject) -> None:
        target = data.draw(st.integers(self.start, self.leo))
        assert self.log.delete_records_before(target) == max(target, self.start)
        self._sync_start()

    @rule()
    def compact(self) -> None:
        result = clean(self.log, self.now, force=True)
        if not result.cleaned:
            return
        upper = result.end_offset
        latest: dict[bytes, int] = {}
        for offset, key, _ in self.model:
            if offset < upper:
                latest[key] = offset
        self.model = [(o, k, v) for o, k, v in self.model if o >= upper or latest[k] == o]

    @rule(clean_close=st.booleans())
    def reopen(self, clean_close: bool) -> None:
        if clean_close:
            self.log.close()
        else:
            self.log.abandon()
        start, clean_offset = self.log.log_start_offset, self.log.clean_offset
        self.log = Log.open(self.tmp / "t-0", self.config, now_ms=self.now, recover=not clean_close,
                            log_start_offset=start)
        self.log.clean_offset = clean_offset
        assert self.log.log_end_offset == self.leo

    @precondition(lambda self: self.leo > self.start)
    @rule(data=st.data(), max_bytes=st.integers(1, 600))
    def read(self, data: st.DataObject, max_bytes: int) -> None:
        offset = data.draw(st.integers(self.start, self.leo - 1))
        res = self.log.read(offset, max_bytes)
        got = []
        for view in res.records:
            for pos, _ in iter_batches(view):
                header = read_header(view, pos)
                got += [(r.offset, r.key, r.value) for r in iter_records(view, pos, header) if r.offset >= offset]
        expected = [t for t in self.model if t[0] >= offset]
        assert got == expected[: len(got)]
        if expected:
            assert res.records, "a non-empty log must return at least one batch"

    def _sync_start(self) -> None:
        assert self.log.log_start_offset >= self.start
        self.start = self.log.log_start_offset
        self.model = [t for t in self.model if t[0] >= self.start]

    @invariant()
    def offsets_agree(self) -> None:
        if not hasattr(self, "log"):
            return
        assert self.log.log_end_offset == self.leo
        assert self.log.log_start_offset == self.start
        contents = []
        for seg, pos, _ in self.log.batches(self.start):
            header = read_header(seg.view, pos)
            contents += [(r.offset, r.key, r.value) for r in iter_records(seg.view, pos, header)
                         if r.offset >= self.start]
        assert contents == self.model


LogMachine.TestCase.settings = settings(
    max_examples=25, stateful_step_count=25, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestLogStateMachine = LogMachine.TestCase
