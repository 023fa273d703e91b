"""NX202: two periods share a year."""

from __future__ import annotations

from .helpers import messages, plan, plan_without_periods, problems


def test_adjacent_periods_pass() -> None:
    assert problems(plan(""), "NX202") == []


def test_periods_sharing_a_year() -> None:
    text = plan_without_periods("""\
        periods:
          - {id: 2021-2025, start_year: 2021, end_year: 2025}
          - {id: 2026-2030, start_year: 2025, end_year: 2030}
    """)
    assert problems(text, "NX202") == [(6, 33)]
    assert messages(text, "NX202") == ["period '2026-2030' (2025–2030) overlaps '2021-2025' (2021–2025)"]


def test_a_period_inside_another_listed_first() -> None:
    text = plan_without_periods("""\
        periods:
          - {id: late, start_year: 2023, end_year: 2024}
          - {id: all, start_year: 2021, end_year: 2030}
    """)
    assert problems(text, "NX202") == [(5, 28)]  # sorted by start, `late` comes second
