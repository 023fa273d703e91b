"""NX301: a total the source states differs from the sum of its own figures."""

from __future__ import annotations

from .helpers import messages, plan, problems

FIGURES = """\
    completed:
      - period: 2021-2025
        units: 100
        source: {doc: doc1, section: "2"}
    pipeline:
      started:
        units: 1000
        source: {doc: doc1, section: "2"}
        deliveries:
          - period: 2021-2025
            units: 600
            source: {doc: doc1, section: "2"}
"""  # lines 7-18: 100 completed and 600 delivered in 2021-2025


def _stated(units: int, period: str = "2021-2025", qualifier: str = "exact") -> str:
    return plan(
        FIGURES
        + f"""\
    stated_totals:
      - period: {period}
        units: {units}
        qualifier: {qualifier}
        source: {{doc: doc1, section: "2", line: 41}}
"""
    )


def test_the_sum_passes() -> None:
    assert problems(_stated(700), "NX301") == []
    assert problems(_stated(700, "total"), "NX301") == []


def test_a_total_that_differs() -> None:
    assert problems(_stated(750, qualifier="about"), "NX301") == [(21, 12)]
    assert messages(_stated(750, qualifier="about"), "NX301") == [
        "the source states about 750 units for 2021-2025 (1/QĐ-UBND 2, line 41), but its own figures add up "
        "to 700 (100 + 600): a difference of -50"
    ]


def test_a_whole_span_total() -> None:
    assert messages(_stated(1699, "total"), "NX301")[0].endswith("add up to 700 (100 + 600): a difference of -999")
    assert messages(_stated(1, "total"), "NX301")[0].endswith("a difference of +699")
