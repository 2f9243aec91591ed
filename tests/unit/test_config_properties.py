"""Java .properties parsing, as java.util.Properties.load does it."""

from __future__ import annotations

import pytest

from kpybroker.config import ConfigError, parse_properties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a=1", {"a": "1"}),
        ("a = 1", {"a": "1"}),
        ("a:1", {"a": "1"}),
        ("a : 1", {"a": "1"}),
        ("a 1", {"a": "1"}),
        ("a\t\t1", {"a": "1"}),
        ("   a=1", {"a": "1"}),
        ("a=1   ", {"a": "1   "}),  # trailing whitespace is kept, like Java
        ("a=", {"a": ""}),
        ("a", {"a": ""}),
        ("a==b", {"a": "=b"}),
        ("a = = b", {"a": "= b"}),
        ("a=b=c", {"a": "b=c"}),
        ("a=x:y", {"a": "x:y"}),
    ],
)
def test_separators(text: str, expected: dict[str, str]) -> None:
    assert parse_properties(text) == expected


def test_comments_and_blank_lines() -> None:
    text = "# comment\n! also comment\n\n   # indented comment\n  \na=1\n"
    assert parse_properties(text) == {"a": "1"}


def test_comment_line_ending_in_backslash_does_not_continue() -> None:
    assert parse_properties("# comment \\\na=1") == {"a": "1"}


def test_continuation_lines_strip_leading_whitespace() -> None:
    text = "listeners=PLAINTEXT://:9092,\\\n          CONTROLLER://:9093\nb=2"
    assert parse_properties(text) == {"listeners": "PLAINTEXT://:9092,CONTROLLER://:9093", "b": "2"}


def test_even_backslashes_do_not_continue() -> None:
    assert parse_properties("a=x\\\\\nb=2") == {"a": "x\\", "b": "2"}


def test_continuation_line_starting_with_hash_is_not_a_comment() -> None:
    assert parse_properties("a=1\\\n#2") == {"a": "1#2"}


def test_escapes() -> None:
    assert parse_properties(r"a=tab\there\nnl\u0041\\x\q") == {"a": "tab\there\nnlA\\xq"}


def test_escaped_separator_in_key() -> None:
    assert parse_properties(r"my\=key\ x=v") == {"my=key x": "v"}


def test_malformed_unicode_escape() -> None:
    with pytest.raises(ConfigError, match="Malformed"):
        parse_properties(r"a=\u12")


def test_crlf_and_cr_line_endings() -> None:
    assert parse_properties("a=1\r\nb=2\rc=3") == {"a": "1", "b": "2", "c": "3"}


def test_last_duplicate_wins() -> None:
    assert parse_properties("a=1\na=2") == {"a": "2"}
