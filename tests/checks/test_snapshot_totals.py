"""NX311: a snapshot's total differs from the sum of its stages."""

from __future__ import annotations

from .helpers import messages, plan, problems


def _snapshot(total_units: int) -> str:
    return plan(f"""\
        snapshots:
          - as_of: "2025-12-31"
            total: {{projects: 9, units: {total_units}}}
            completed: {{projects: 2, units: 200}}
            started: {{projects: 3, units: 300}}
            approved: {{projects: 4, units: 400}}
            source: {{doc: doc1, section: "3"}}
    """)


def test_a_total_that_adds_up_passes() -> None:
    assert problems(_snapshot(900), "NX311") == []


def test_a_total_that_does_not() -> None:
    assert problems(_snapshot(1000), "NX311") == [(9, 33)]
    assert messages(_snapshot(1000), "NX311") == ["snapshot 2025-12-31: units total 1,000, stages add up to 900"]
