"""NX108: YAML read a word as yes/no."""

from __future__ import annotations

import pytest

from .helpers import messages, plan, problems


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
