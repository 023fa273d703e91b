"""NX211: a target with neither or both of `period` and `years`."""

from __future__ import annotations

from .helpers import messages, plan, problems


def test_one_of_the_two_passes() -> None:
    text = plan('targets:\n  - {id: y, kind: quota, years: 2025, units: 3, source: {doc: doc1, section: "1"}}\n')
    assert problems(text, "NX211") == []


def test_both() -> None:
    text = plan(
        "targets:\n  - {id: y, kind: quota, period: total, years: 2025, units: 3, source: {doc: doc1, section: a}}\n"
    )
    assert problems(text, "NX211") == [(8, 5)]
    assert messages(text, "NX211") == ["target y has both `period` and `years`"]


def test_neither() -> None:
    text = plan('targets:\n  - {kind: quota, units: 3, source: {doc: doc1, section: "1"}}\n')
    assert messages(text, "NX211") == ["target 0 has neither `period` nor `years`"]
