"""NX204: a citation names a document the plan does not list."""

from __future__ import annotations

from .helpers import COMPLETED, plan, problems


def test_a_listed_document_passes() -> None:
    assert problems(plan(COMPLETED), "NX204") == []


def test_an_unknown_document() -> None:
    text = plan('completed:\n  - {period: 2021-2025, units: 100, source: {doc: qd118, section: "2"}}\n')
    assert problems(text, "NX204") == [(8, 51)]


def test_the_arithmetic_still_runs() -> None:
    """An unknown source does not change what the figures say: NX301 is still found."""
    text = plan("""\
        completed:
          - {period: 2021-2025, units: 100, source: {doc: qd118, section: "2"}}
        stated_totals:
          - {period: 2021-2025, units: 99, source: {doc: doc1, section: "2"}}
    """)
    assert problems(text, "NX204") == [(8, 51)] and problems(text, "NX301") == [(10, 32)]


def test_every_section_s_citations_are_looked_up() -> None:
    """A projection (`expected`) cites its source too."""
    text = plan("expected:\n  - {years: 2025, units: 2288, source: {doc: ld-1581117}}\n")
    assert problems(text, "NX204") == [(8, 46)]
