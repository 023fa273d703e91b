"""NX307: a figure does not appear in the quote of its source."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nhaoxh_cli.checks.rules.quotes import _appears, as_written

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


@given(
    units=st.sampled_from([0, 7, 100, 1000, 4017, 36126, 1_000_000, 2_000_000]),
    quote=st.text(alphabet="0123456789., ١٢x", max_size=24),
    where=st.integers(0, 24),
)
def test_a_figure_is_found_where_the_pattern_finds_it(units: int, quote: str, where: int) -> None:
    for written in as_written(units):
        placed = quote[:where] + written + quote[where:]
        for text in (quote, placed):
            expected = re.search(rf"(?<![\d.,]){re.escape(written)}(?![\d]|[.,]\d)", text) is not None
            assert _appears(written, text) is expected, (written, text)
