"""NX005: an alias or a merge key."""

from __future__ import annotations

from .helpers import plan, problems


def test_an_anchor_alone_passes() -> None:
    assert problems(plan("notes:\n  - &n text\n"), "NX005") == []


def test_an_alias() -> None:
    text = plan("""\
        notes:
          - &n text
          - *n
    """)
    assert problems(text, "NX005") == [(9, 5)]


def test_a_merge_key() -> None:
    text = plan("""\
        scenarios:
          slow: &s {description: slow}
          slower:
            <<: *s
    """)
    assert problems(text, "NX005") == [(10, 5)]


def test_an_alias_as_a_key() -> None:
    assert problems(plan("scenarios:\n  a: &k x\n  *k : y\n"), "NX005") == [(9, 3)]
