"""NX002: the file is not UTF-8 text."""

from __future__ import annotations

from .helpers import HEAD, PERIODS, problems


def test_utf8_with_a_byte_order_mark_passes() -> None:
    assert problems(b"\xef\xbb\xbf" + (HEAD + PERIODS).encode(), "NX002") == []


def test_a_latin1_byte_is_placed() -> None:
    text = b"schema_version: 1\nprovince: {slug: t\xecst, name: x}\n"
    assert problems(text, "NX002") == [(2, 19)]


def test_utf16() -> None:
    assert problems((HEAD + PERIODS).encode("utf-16"), "NX002") == [(1, 1)]
