"""NX201: a period (or a range of years) runs backwards."""

from __future__ import annotations

from nhaoxh_cli.i18n import set_language

from .helpers import findings, messages, plan, plan_without_periods, problems


def test_forward_periods_pass() -> None:
    assert problems(plan(""), "NX201") == []


def test_a_period_backwards() -> None:
    text = plan_without_periods("""\
        periods:
          - {id: 2021-2025, start_year: 2021, end_year: 2025}
          - {id: 2026-2030, start_year: 2030, end_year: 2026}
    """)
    assert problems(text, "NX201") == [(6, 49)]
    assert messages(text, "NX201") == ["period '2026-2030' runs from 2030 back to 2026"]


def test_a_years_range_backwards() -> None:
    """The plan model finds this one (the plan is not built), in the same words in both languages."""
    text = plan('targets:\n  - {kind: quota, years: 2030-2026, units: 5, source: {doc: doc1, section: "1"}}\n')
    found = [f for f in findings(text) if f.code == "NX201"]
    assert [(f.line, f.column, f.message) for f in found] == [(8, 26, "the years 2030-2026 run backwards")]
    set_language("vi")
    try:
        assert found[0].shown_message() == "các năm 2030-2026 chạy ngược"
    finally:
        set_language("en")
