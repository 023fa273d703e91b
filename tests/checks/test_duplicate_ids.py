"""NX206: two periods or two targets share an id."""

from __future__ import annotations

from .helpers import messages, plan, plan_without_periods, problems


def test_distinct_ids_pass() -> None:
    assert problems(plan(""), "NX206") == []


def test_two_targets_with_one_id() -> None:
    text = plan("""\
        targets:
          - {id: q, kind: quota, period: 2021-2025, units: 1, source: {doc: doc1, section: "1"}}
          - {id: q, kind: quota, period: 2026-2030, units: 2, source: {doc: doc1, section: "1"}}
    """)
    assert problems(text, "NX206") == [(9, 10)]
    assert messages(text, "NX206") == ["targets 0 and 1 both have the id 'q'"]


def test_total_is_no_period_id() -> None:
    text = plan_without_periods("periods:\n  - {id: total, start_year: 2021, end_year: 2025}\n")
    assert problems(text, "NX206") == [(5, 10)]
