"""Hypothesis strategies derived from the generated schema tables (shared by the codec tests)."""

from __future__ import annotations

import uuid
from typing import Any

from hypothesis import strategies as st

from protocol import messages
from protocol.codec import ZERO_UUID, F

_INTS = {
    "int8": (-(2**7), 2**7 - 1),
    "int16": (-(2**15), 2**15 - 1),
    "uint16": (0, 2**16 - 1),
    "int32": (-(2**31), 2**31 - 1),
    "uint32": (0, 2**32 - 1),
    "int64": (-(2**63), 2**63 - 1),
}


def _in(r: tuple[int, int] | None, v: int) -> bool:
    return r is not None and r[0] <= v <= r[1]


def all_message_classes() -> list[Any]:
    return [getattr(messages, name) for name in sorted(messages.MESSAGE_INFO)]


def all_class_versions() -> list[tuple[Any, int]]:
    out = []
    for cls in all_message_classes():
        lo, hi = cls.VALID_VERSIONS
        out.extend((cls, v) for v in range(lo, hi + 1))
    return out


def _primitive(t: str) -> st.SearchStrategy[Any]:
    if t in _INTS:
        lo, hi = _INTS[t]
        return st.integers(lo, hi)
    if t == "bool":
        return st.booleans()
    if t == "float64":
        return st.floats(allow_nan=False)
    if t == "string":
        return st.text(max_size=12)
    if t == "bytes":
        return st.binary(max_size=12)
    if t == "records":
        return st.binary(max_size=40)
    if t == "uuid":
        return st.one_of(st.just(ZERO_UUID), st.uuids().map(lambda u: uuid.UUID(int=u.int)))
    raise AssertionError(t)


def message_strategy(top: Any, cls: Any, version: int) -> st.SearchStrategy[Any]:
    """Random valid instances of ``cls`` for ``version``: absent fields keep their defaults."""
    kwargs: dict[str, st.SearchStrategy[Any]] = {}
    f: F
    for f in cls._FIELDS:
        if not (_in(f.versions, version) or _in(f.tagged, version)):
            continue
        if f.type == "struct":
            elem = message_strategy(top, getattr(top, f.struct), version)
        else:
            elem = _primitive(f.type)
        value = st.lists(elem, max_size=3) if f.array else elem
        if _in(f.nullable, version):
            value = st.one_of(st.none(), value)
        kwargs[f.attr] = value
    return st.builds(cls, **kwargs)


def test_message_classes_are_slotted_dataclasses_with_defaults() -> None:
    import dataclasses

    for cls in all_message_classes():
        assert dataclasses.is_dataclass(cls) and "__slots__" in cls.__dict__
        cls()  # every field has a default
    assert messages.ProduceRequest.TopicProduceData.__qualname__ == "ProduceRequest.TopicProduceData"
    assert messages.MetadataResponse.MetadataResponseTopic().topic_id == ZERO_UUID
