"""NX111, NX114: a percentage's `of` names a target of the plan, of the same years and land."""

from __future__ import annotations

import pytest

from .helpers import messages, plan, problems

TARGETS = """\
    targets:
      - {id: q25, kind: quota, years: 2025, units: 4670, decision: 444/QĐ-TTg, source: {doc: doc1}}
      - {id: q26, kind: quota, years: 2026, not_assigned: true, source: {doc: doc1}}
      - {id: q-old, kind: quota, years: 2025, units: 619, territory: former:haiduong, source: {doc: doc1}}
      - {id: q-period, kind: quota, period: 2021-2025, units: 15400, source: {doc: doc1}}
"""  # lines 7-11


def _result(figure: str, section: str = "reported") -> str:
    return plan(TARGETS + f"    {section}:\n      - {{{figure}, source: {{doc: doc1}}}}\n")  # line 13


@pytest.mark.parametrize(
    "figure",
    [
        "years: 2025, percent: 110, of: q25",
        "years: 2021-2025, percent: 40, of: q-period",  # a period's target, by its years
        "years: 2025, percent: 110, of: q-old, territory: former:haiduong",
        "years: 2025, outcome: met, of: q25",
        "years: 2025, percent: 110",  # no `of`: NX317's, not these
    ],
)
def test_a_percentage_of_its_own_target_passes(figure: str) -> None:
    assert problems(_result(figure), "NX111") == problems(_result(figure), "NX114") == []


def test_an_unknown_target() -> None:
    text = _result("years: 2025, percent: 110, of: q52")
    assert problems(text, "NX111") == [(13, 37)]
    assert messages(text, "NX111") == ["'q52' is not the id of a target of this plan"]
    projection = _result("years: 2025, units: 2288, of: q52", "expected")
    assert problems(projection, "NX111") == [(13, 36)]


def test_a_target_of_other_years() -> None:
    text = _result("years: 2026, percent: 110, of: q25")
    assert problems(text, "NX114") == [(13, 37)]
    assert messages(text, "NX114") == ["'q25' is a target for 2025; the figure is for 2026"]
    assert messages(_result("years: 2025, percent: 8, of: q-period"), "NX114") == [
        "'q-period' is a target for 2021-2025; the figure is for 2025"
    ]


def test_a_target_not_assigned() -> None:
    text = _result("years: 2026, outcome: missed, of: q26")
    assert problems(text, "NX114") == [(13, 40)]
    assert messages(text, "NX114") == ["'q26' is a target not assigned: there is no figure to measure against"]


def test_a_target_of_other_land() -> None:
    text = _result("years: 2025, percent: 110, of: q-old")
    assert problems(text, "NX114") == [(13, 37)]
    assert messages(text, "NX114") == [
        "'q-old' is a target of Hải Dương (before the 2025 merger); the figure is of testland: "
        "the merger changed the land"
    ]


def test_a_wrong_target_stops_the_arithmetic() -> None:
    """Weighed against the 2025 target, 5.158 would not be 150%: NX315 is not run on a wrong `of`."""
    assert problems(_result("years: 2025, units: 5158, percent: 150, of: q25"), "NX315") == [(13, 41)]
    text = _result("years: 2026, units: 5158, percent: 150, of: q25")
    assert problems(text, "NX114") == [(13, 50)] and problems(text, "NX315") == []
