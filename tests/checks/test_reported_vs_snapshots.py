"""NX312: completions reported for a year differ from the snapshots."""

from __future__ import annotations

from .helpers import messages, plan, problems


def _year(reported: int, before: int = 66755, after: int = 169143) -> str:
    return plan(f"""\
        snapshots:
          - {{as_of: "2024-12-31", completed: {{units: {before}}}, source: {{doc: doc1, section: "3"}}}}
          - {{as_of: "2025-12-31", completed: {{units: {after}}}, source: {{doc: doc1, section: "3"}}}}
        reported:
          - {{years: 2025, units: {reported}, source: {{doc: doc1, section: "3"}}}}
    """)


def test_completions_that_match_the_snapshots_pass() -> None:
    assert problems(_year(102388), "NX312") == []


def test_completions_that_do_not() -> None:
    assert problems(_year(102633), "NX312") == [(11, 26)]
    assert messages(_year(102633), "NX312") == [
        "102,633 units reported completed in 2025 (1/QĐ-UBND 3), but the completed count went from 66,755 to "
        "169,143 (+102,388) between the snapshots of 2024-12-31 and 2025-12-31"
    ]
    assert "(-100)" in messages(_year(5, 300, 200), "NX312")[0]
