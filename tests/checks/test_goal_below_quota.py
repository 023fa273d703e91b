"""NX304: a goal below the quota it is meant to meet."""

from __future__ import annotations

from .helpers import messages, plan, problems


def _goal(units: int, share: str = "100%") -> str:
    return plan(f"""\
        targets:
          - {{id: q, kind: quota, period: 2021-2025, units: 2000, source: {{doc: doc1, section: "1"}}}}
          - id: g
            kind: goal
            period: 2021-2025
            of: q
            units: {units}
            share: {share}
            source: {{doc: doc1, section: "1"}}
    """)


def test_a_goal_that_meets_its_quota_passes() -> None:
    assert problems(_goal(2000), "NX304") == []
    assert problems(_goal(1000, "50%"), "NX304") == []  # a goal of half the quota is not meant to meet it


def test_a_goal_below_its_quota() -> None:
    assert problems(_goal(1900), "NX304") == [(13, 12)]
    assert messages(_goal(1900), "NX304") == [
        "goal g is 1,900 units (1/QĐ-UBND 1), below the 2,000 of quota q (1/QĐ-UBND 1) it is meant to meet"
    ]
