"""NX003: the text is not YAML."""

from __future__ import annotations

from .helpers import plan, problems


def test_plain_text_passes() -> None:
    assert problems(plan('territory: "a: b"\n'), "NX003") == []


def test_a_second_colon() -> None:
    assert problems(plan("territory: a: b\n"), "NX003") == [(7, 13)]


def test_a_control_character_is_placed() -> None:
    assert problems(plan("notes: [a\x07]\n"), "NX003") == [(7, 10)]


def test_a_key_that_is_a_list() -> None:
    assert problems(plan("? [a, b]\n: c\n"), "NX003") == [(7, 3)]


def test_a_second_document() -> None:
    assert problems(plan("---\nnotes: []\n"), "NX003") == [(7, 1)]
