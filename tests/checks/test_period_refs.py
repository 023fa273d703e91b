"""NX203: a figure names a period the plan does not define."""

from __future__ import annotations

from .helpers import messages, plan, problems


def test_known_periods_and_total_pass() -> None:
    text = plan("""\
        targets:
          - {kind: quota, period: total, units: 5, source: {doc: doc1, section: "1"}}
        completed:
          - {period: 2021-2025, units: 100, source: {doc: doc1, section: "2"}}
    """)
    assert problems(text, "NX203") == []


def test_an_unknown_period() -> None:
    text = plan('completed:\n  - {period: 2021-2026, units: 100, source: {doc: doc1, section: "2"}}\n')
    assert problems(text, "NX203") == [(8, 14)]
    assert messages(text, "NX203") == ["'2021-2026' is not a period of this plan (periods: 2021-2025, 2026-2030)"]


def test_total_is_no_period_of_a_completion() -> None:
    text = plan('completed:\n  - {period: total, units: 1, source: {doc: doc1, section: "2"}}\n')
    assert problems(text, "NX203") == [(8, 14)]
