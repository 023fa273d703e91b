"""NX111: a figure written in a number form of YAML 1.1."""

from __future__ import annotations

import pytest

from .helpers import plan, problems


def _completed(units: str) -> str:
    return plan(f'completed:\n  - {{period: 2021-2025, units: {units}, source: {{doc: doc1, section: "2"}}}}\n')


@pytest.mark.parametrize("units", ["4017", "+4017", '"4.017"', "0"])
def test_plain_figures_pass(units: str) -> None:
    assert problems(_completed(units), "NX111") == []


@pytest.mark.parametrize("units", ["1:2:3", "0x1F", "017", "1_000", "0b101", "00"])
def test_yaml11_forms_in_units(units: str) -> None:
    assert problems(_completed(units), "NX111") == [(8, 32)]


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
    assert problems(text, "NX111") == [(12, 16)]


def test_an_amount() -> None:
    text = plan("""\
        housing_support:
          - programme: xóa nhà tạm
            cost_billion_vnd: 1_000
            source: {doc: doc1, section: "3"}
    """)
    assert problems(text, "NX111") == [(9, 23)]
