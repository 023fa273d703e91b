"""NX315, NX316, NX317: a percentage beside its units, its target and its outcome."""

from __future__ import annotations

import pytest

from .helpers import messages, plan, problems

TARGET = """\
    targets:
      - {id: q25, kind: quota, years: 2025, units: 4670, source: {doc: doc1}}
"""  # lines 7-8


def _result(figure: str, section: str = "reported") -> str:
    return plan(TARGET + f"    {section}:\n      - {{{figure}, source: {{doc: doc1}}}}\n")  # line 10


@pytest.mark.parametrize(
    "figure",
    [
        "years: 2025, units: 5158, percent: 110, of: q25",  # 110.45%: a whole percentage, rounded
        "years: 2025, units: 5158, percent: 110.4, of: q25",
        "years: 2025, units: 5158, percent: 112, qualifier: about, of: q25",  # khoảng: ±2.5
        "years: 2025, units: 5158, outcome: met, of: q25",
        "years: 2025, units: 4670, outcome: met, of: q25",  # 100% is met
        "years: 2025, percent: 99, outcome: missed, of: q25",
        "years: 2025, units: 5158, percent: 999",  # no target: nothing to weigh it against (no NX315)
    ],
)
def test_figures_that_agree_pass(figure: str) -> None:
    assert problems(_result(figure), "NX315") == problems(_result(figure), "NX316") == []


def test_a_percentage_that_disagrees_with_its_units() -> None:
    text = _result("years: 2025, units: 5158, percent: 120, of: q25")
    assert problems(text, "NX315") == [(10, 41)]
    assert messages(text, "NX315") == ["5,158 of 4,670 is 110.45%, not the 120% stated"]
    assert problems(_result("years: 2025, units: 5158, percent: 111, of: q25"), "NX315") == [(10, 41)]
    assert problems(_result("years: 2025, units: 5158, percent: 113, qualifier: about, of: q25"), "NX315") == [(10, 41)]


def test_a_projection_that_disagrees_with_its_units() -> None:
    assert problems(_result("years: 2025, units: 2288, percent: 104, of: q25", "expected"), "NX315") == [(10, 41)]


def test_an_outcome_that_disagrees() -> None:
    text = _result("years: 2025, units: 5158, outcome: missed, of: q25")
    assert problems(text, "NX316") == [(10, 41)]
    assert messages(text, "NX316") == ["'missed' beside 110.45% of the target"]
    text = _result("years: 2025, percent: 99.5, outcome: met")  # a percentage alone says enough
    assert problems(text, "NX316") == [(10, 43)]
    assert messages(text, "NX316") == ["'met' beside 99.5% of the target"]


def test_a_percentage_of_no_named_target() -> None:
    text = _result("years: 2025, percent: 204")
    assert problems(text, "NX317") == [(10, 28)]
    assert messages(text, "NX317") == ["204% of no named target for 2025"]
    # no quota of those years and land: the percentage is of a target no source numbers (nhaoxh assesses
    # it as such), and there is nothing to name
    assert problems(_result("years: 2025, percent: 84, territory: former:angiang", "expected"), "NX317") == []
    assert problems(_result("years: 2024, percent: 204"), "NX317") == []
    assert problems(_result("years: 2025, units: 1, of: q25"), "NX317") == []
