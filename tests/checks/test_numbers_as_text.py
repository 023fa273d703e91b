"""NX109: YAML read text as a number."""

from __future__ import annotations

import pytest

from .helpers import messages, plan, problems


def test_a_quoted_code_passes() -> None:
    assert problems(plan('territory: "01"\n'), "NX109") == []


@pytest.mark.parametrize(("written", "read"), [("01", "1"), ("010", "8"), ("1.5", "1.5"), ("2025", "2025")])
def test_a_number_where_text_belongs(written: str, read: str) -> None:
    text = plan(f"territory: {written}\n")
    assert problems(text, "NX109") == [(7, 12)]
    assert messages(text, "NX109") == [f"YAML reads the unquoted {written} as the number {read}, not as text"]
