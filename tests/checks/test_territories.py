"""NX209 (a territory nhaoxh does not know) and NX210 (a share or a sum across territories)."""

from __future__ import annotations

from .helpers import messages, plan, problems


def test_known_territories_pass() -> None:
    assert problems(plan("territory: former:haiphong\n"), "NX209") == []


def test_an_unknown_territory() -> None:
    text = plan("territory: haiphong-cu\n")
    assert problems(text, "NX209") == [(7, 12)]
    assert messages(text, "NX209") == ["'haiphong-cu' is not a territory nhaoxh knows"]


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
