"""NX305: targets listed as parts do not add up to their whole."""

from __future__ import annotations

from .helpers import messages, plan, problems


def _targets(total: int, parts: str = "") -> str:
    """q1 (1.000) and q2 (2.000), one per period, and `all` of the whole span listing `parts`."""
    return plan(f"""\
        targets:
          - {{id: q1, kind: quota, period: 2021-2025, units: 1000, source: {{doc: doc1, section: "1"}}}}
          - {{id: q2, kind: quota, period: 2026-2030, units: 2000, source: {{doc: doc1, section: "1"}}}}
          - id: all
            kind: quota
            period: total
            units: {total}
            parts: [{parts}]
            source: {{doc: doc1, section: "1"}}
    """)


def test_parts_that_add_up_pass() -> None:
    assert problems(_targets(3000), "NX305") == []
    assert problems(_targets(1000, "q1"), "NX305") == []


def test_one_quota_per_period_makes_the_whole_span() -> None:
    assert problems(_targets(3500), "NX305") == [(13, 12)]
    assert messages(_targets(3500), "NX305") == [
        "target all is 3,500 units (1/QĐ-UBND 1), but its parts add up to 3,000 (1,000 + 2,000)"
    ]


def test_listed_parts() -> None:
    assert problems(_targets(3000, "q2"), "NX305") == [(13, 12)]
