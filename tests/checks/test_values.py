"""NX103: a value of the wrong type or form."""

from __future__ import annotations

from .helpers import messages, plan, problems


def test_a_known_kind_passes() -> None:
    text = plan('targets:\n  - {id: q, kind: quota, period: total, units: 1000, source: {doc: doc1, section: "1"}}\n')
    assert problems(text, "NX103") == []


def test_an_unknown_kind() -> None:
    text = plan('targets:\n  - {id: q, kind: target, period: total, units: 1000, source: {doc: doc1, section: "1"}}\n')
    assert problems(text, "NX103") == [(8, 19)]


def test_a_mapping_where_a_list_belongs() -> None:
    assert problems(plan("notes: {a: b}\n"), "NX103") == [(7, 8)]


def test_a_number_too_long_to_be_a_figure() -> None:
    text = plan(f'completed:\n  - {{period: 2021-2025, units: {"9" * 5000}, source: {{doc: doc1, section: "2"}}}}\n')
    assert problems(text, "NX103") == [(8, 32)]
    assert messages(text, "NX103") == ["a number of 5,000 digits is too long to be a figure"]


def test_a_hexadecimal_number_too_long_to_print() -> None:
    text = plan(f'completed:\n  - {{period: 2021-2025, units: 0x{"F" * 4000}, source: {{doc: doc1, section: "2"}}}}\n')
    assert problems(text, "NX103") == [(8, 32)]
