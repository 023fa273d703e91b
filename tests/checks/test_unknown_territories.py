"""NX209: a territory nhaoxh does not know."""

from __future__ import annotations

from .helpers import messages, plan, problems


def test_known_territories_pass() -> None:
    assert problems(plan("territory: former:haiphong\n"), "NX209") == []


def test_an_unknown_territory() -> None:
    text = plan("territory: haiphong-cu\n")
    assert problems(text, "NX209") == [(7, 12)]
    assert messages(text, "NX209") == ["'haiphong-cu' is not a territory nhaoxh knows"]


def test_a_result_s_and_a_projection_s_territory() -> None:
    text = plan("""\
        reported:
          - {years: 2025, units: 1, territory: former:danang, source: {doc: doc1}}
          - {years: 2025, units: 1, territory: danang-cu, source: {doc: doc1}}
        expected:
          - {years: 2025, units: 1, territory: quangnam-cu, source: {doc: doc1}}
    """)
    assert problems(text, "NX209") == [(9, 40), (11, 40)]
