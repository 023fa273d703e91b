"""NX105: a negative number of units."""

from __future__ import annotations

from .helpers import COMPLETED, messages, plan, problems


def test_zero_passes() -> None:
    assert problems(plan(COMPLETED.replace("units: 100", "units: 0")), "NX105") == []


def test_negative_units() -> None:
    text = plan('completed:\n  - {period: 2021-2025, units: -1000, source: {doc: doc1, section: "2"}}\n')
    assert problems(text, "NX105") == [(8, 32)]
    assert messages(text, "NX105") == ["-1,000 units: units cannot be negative"]
