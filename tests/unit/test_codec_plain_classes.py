"""Generated message classes: plain slotted classes that behave as the dataclasses they replaced."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

from protocol import messages as m
from protocol.codec import ZERO_UUID


def test_defaults_are_fresh_per_instance_and_explicit_none_is_kept() -> None:
    a = m.ProduceRequest()
    b = m.ProduceRequest()
    a.topic_data.append(m.ProduceRequest.TopicProduceData(name="x"))
    assert b.topic_data == []
    # A nullable array whose default is [] keeps an explicit None (the sentinel is not None).
    assert m.MetadataRequest(topics=None).topics is None
    assert m.MetadataRequest().topics == []
    # Struct-typed fields get a fresh default instance.
    assert m.MetadataResponse.MetadataResponseTopic().topic_id == ZERO_UUID


def test_equality_repr_and_hash_follow_dataclass_rules() -> None:
    t1 = m.ProduceRequest.TopicProduceData(name="t")
    t2 = m.ProduceRequest.TopicProduceData(name="t")
    assert t1 == t2
    assert t1 != m.ProduceRequest.TopicProduceData(name="u")
    assert t1 != m.ProduceResponse.TopicProduceResponse(name="t")  # other class: not equal
    assert repr(t1) == (
        "ProduceRequest.TopicProduceData(name='t', topic_id=UUID('00000000-0000-0000-0000-000000000000'), "
        "partition_data=[])"
    )
    with pytest.raises(TypeError):
        hash(t1)


def test_dataclasses_api_works_on_generated_classes() -> None:
    assert dataclasses.is_dataclass(m.FetchRequest)
    names = [f.name for f in dataclasses.fields(m.ProduceRequest)]
    assert names == ["transactional_id", "acks", "timeout_ms", "topic_data"]
    req = m.ProduceRequest(acks=-1, timeout_ms=5)
    changed = dataclasses.replace(req, acks=1)
    assert (changed.acks, changed.timeout_ms) == (1, 5)
    assert changed.topic_data is not None
    assert dataclasses.asdict(m.ApiVersionsRequest(client_software_name="x")) == {
        "client_software_name": "x", "client_software_version": ""
    }


def test_slots_reject_unknown_attributes() -> None:
    with pytest.raises(AttributeError):
        m.ProduceRequest().no_such_field = 1  # type: ignore[attr-defined]


def test_class_for_api_key_builds_only_what_it_is_asked_for() -> None:
    assert m.class_for_api_key("metadata", 2) is m.TopicRecord
    assert m.class_for_api_key("request", 0) is m.ProduceRequest
    assert m.class_for_api_key("response", 1) is m.FetchResponse
    assert m.class_for_api_key("metadata", 9999) is None


def test_import_builds_no_class() -> None:
    code = (
        "import protocol.messages as m\n"
        "built = [n for n in m.__all__ if n in vars(m)]\n"
        "assert built == [], built\n"
        "m.class_for_api_key('metadata', 2)\n"
        "built = [n for n in m.__all__ if n in vars(m)]\n"
        "assert built == ['TopicRecord'], built\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
