"""NX210: a share or a sum across territories."""

from __future__ import annotations

from .helpers import messages, plan, problems


def test_a_share_within_one_territory_passes() -> None:
    text = plan("""\
        targets:
          - {id: q1, kind: quota, period: total, units: 1000, territory: haiphong, source: {doc: doc1, section: a}}
          - id: g1
            kind: goal
            period: total
            of: q1
            share: 100%
            territory: haiphong
            source: {doc: doc1, section: a}
    """)
    assert problems(text, "NX210") == []


def test_a_share_across_the_merger() -> None:
    text = plan("""\
        targets:
          - id: q1
            kind: quota
            period: 2021-2025
            units: 1000
            territory: haiphong
            source: {doc: doc1, section: "1"}
          - id: g1
            kind: goal
            period: 2021-2025
            share: 100%
            of: q1
            territory: former:haiphong
            source: {doc: doc1, section: "1"}
    """)
    assert problems(text, "NX210") == [(18, 9)]
    assert messages(text, "NX210")[0].startswith("target g1 covers ")
