"""NX307: a figure does not appear in the quote of its source."""

from __future__ import annotations

import pytest

from nhaoxh_cli.checks.rules.quotes import as_written

from .helpers import messages, plan, problems


def _quoted(units: int, quote: str) -> str:
    return plan(f"""\
        completed:
          - period: 2021-2025
            units: {units}
            source: {{doc: doc1, section: "2", quote: "{quote}"}}
    """)


@pytest.mark.parametrize(
    ("units", "quote"),
    [(1000, "hoàn thành 1.000 căn"), (1000, "hoàn thành 1000 căn"), (1_000_000, "01 triệu căn"), (0, "0 căn")],
)
def test_figures_in_their_quote_pass(units: int, quote: str) -> None:
    assert problems(_quoted(units, quote), "NX307") == []


@pytest.mark.parametrize(("units", "quote"), [(1100, "hoàn thành 1.000 căn"), (100, "hoàn thành 1.000 căn")])
def test_a_figure_not_in_its_quote(units: int, quote: str) -> None:
    assert problems(_quoted(units, quote), "NX307") == [(9, 12)]


def test_the_message_shows_the_figure_the_readers_way() -> None:
    assert messages(_quoted(1100, "hoàn thành 1.000 căn"), "NX307") == [
        '1,100 does not appear in its quote "hoàn thành 1.000 căn" (1/QĐ-UBND 2)'
    ]


def test_how_a_document_writes_a_figure() -> None:
    assert as_written(36126) == ["36.126", "36126"]
    assert as_written(2_000_000) == ["2.000.000", "2000000", "2 triệu", "02 triệu"]
