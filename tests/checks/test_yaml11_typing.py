"""NX108, NX109 and NX115: plain text YAML 1.1 reads as something else."""

from __future__ import annotations

import pytest

from .helpers import messages, plan, problems

# -- NX108: YAML read a word as yes/no.


def test_quoted_words_pass() -> None:
    assert problems(plan('territory: "No"\n'), "NX108") == []


@pytest.mark.parametrize("word", ["No", "yes", "OFF", "on", "true"])
def test_a_word_read_as_yes_or_no(word: str) -> None:
    text = plan(f"territory: {word}\n")
    assert problems(text, "NX108") == [(7, 12)]
    assert messages(text, "NX108")[0].startswith(f"YAML reads the unquoted {word} as ")


def test_units_that_read_as_yes() -> None:
    text = plan('completed:\n  - {period: 2021-2025, units: yes, source: {doc: doc1, section: "2"}}\n')
    assert problems(text, "NX108") == [(8, 32)]


# -- NX109: YAML read text as a number.


def test_a_quoted_code_passes() -> None:
    assert problems(plan('territory: "01"\n'), "NX109") == []


@pytest.mark.parametrize(("written", "read"), [("01", "1"), ("010", "8"), ("1.5", "1.5"), ("2025", "2025")])
def test_a_number_where_text_belongs(written: str, read: str) -> None:
    text = plan(f"territory: {written}\n")
    assert problems(text, "NX109") == [(7, 12)]
    assert messages(text, "NX109") == [f"YAML reads the unquoted {written} as the number {read}, not as text"]


# -- NX115: a figure written in a number form of YAML 1.1.


def _completed(units: str) -> str:
    return plan(f'completed:\n  - {{period: 2021-2025, units: {units}, source: {{doc: doc1, section: "2"}}}}\n')


@pytest.mark.parametrize("units", ["4017", "+4017", '"4.017"', "0"])
def test_plain_figures_pass(units: str) -> None:
    assert problems(_completed(units), "NX115") == []


@pytest.mark.parametrize("units", ["1:2:3", "0x1F", "017", "1_000", "0b101", "00"])
def test_yaml11_forms_in_units(units: str) -> None:
    assert problems(_completed(units), "NX115") == [(8, 32)]


@pytest.mark.parametrize("share", ["0x1F", "1:30", "1_0", "017", "1_0.5"])
def test_yaml11_forms_in_a_share(share: str) -> None:
    text = plan(f"""\
        pipeline:
          started:
            units: 1000
            deliveries:
              - period: 2021-2025
                share: {share}
                source: {{doc: doc1, section: "2"}}
    """)
    assert problems(text, "NX115") == [(12, 16)]


def test_an_amount() -> None:
    text = plan("""\
        housing_support:
          - programme: xóa nhà tạm
            cost_billion_vnd: 1_000
            source: {doc: doc1, section: "3"}
    """)
    assert problems(text, "NX115") == [(9, 23)]
