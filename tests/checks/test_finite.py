"""NX107: not a finite number."""

from __future__ import annotations

import pytest

from .helpers import plan, problems


@pytest.mark.parametrize("units", [".nan", ".inf", "-.inf", ".NaN"])
def test_not_finite(units: str) -> None:
    text = plan(f'completed:\n  - {{period: 2021-2025, units: {units}, source: {{doc: doc1, section: "2"}}}}\n')
    assert problems(text, "NX107") == [(8, 32)]


def test_a_share_of_infinity() -> None:
    text = plan("""\
        pipeline:
          started:
            units: 1000
            deliveries:
              - {period: 2021-2025, share: .inf, source: {doc: doc1, section: "2"}}
    """)
    assert problems(text, "NX107") == [(11, 36)]
