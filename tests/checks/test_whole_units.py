"""NX104: units that are not a whole number."""

from __future__ import annotations

import pytest

from .helpers import plan, problems


def _completed(units: str) -> str:
    return plan(f'completed:\n  - {{period: 2021-2025, units: {units}, source: {{doc: doc1, section: "2"}}}}\n')


@pytest.mark.parametrize("units", ['"4.017"', "4017", '"1.062.200"', "0"])
def test_whole_numbers_pass(units: str) -> None:
    assert problems(_completed(units), "NX104") == []


@pytest.mark.parametrize("units", ["4.017", '"4,017"', '"40.17"', "1.5e3"])
def test_decimals_are_refused(units: str) -> None:
    assert problems(_completed(units), "NX104") == [(8, 32)]
