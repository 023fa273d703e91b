"""NX104–NX107: figures."""

from __future__ import annotations

import pytest

from .helpers import COMPLETED, messages, plan, problems

# -- NX104: units that are not a whole number.


def _completed(units: str) -> str:
    return plan(f'completed:\n  - {{period: 2021-2025, units: {units}, source: {{doc: doc1, section: "2"}}}}\n')


@pytest.mark.parametrize("units", ['"4.017"', "4017", '"1.062.200"', "0"])
def test_whole_numbers_pass(units: str) -> None:
    assert problems(_completed(units), "NX104") == []


@pytest.mark.parametrize("units", ["4.017", '"4,017"', '"40.17"', "1.5e3"])
def test_decimals_are_refused(units: str) -> None:
    assert problems(_completed(units), "NX104") == [(8, 32)]


# -- NX105: a negative number of units.


def test_zero_passes() -> None:
    assert problems(plan(COMPLETED.replace("units: 100", "units: 0")), "NX105") == []


def test_negative_units() -> None:
    text = plan('completed:\n  - {period: 2021-2025, units: -1000, source: {doc: doc1, section: "2"}}\n')
    assert problems(text, "NX105") == [(8, 32)]
    assert messages(text, "NX105") == ["-1,000 units: units cannot be negative"]


# -- NX106: a share outside 0–100%.


def _delivery(share: str) -> str:
    return plan(f"""\
        pipeline:
          started:
            units: 1000
            deliveries:
              - period: 2021-2025
                share: {share}
                source: {{doc: doc1, section: "2"}}
    """)


@pytest.mark.parametrize("share", ["0", "60%", '"60,5%"', "100", "60.5"])
def test_shares_pass(share: str) -> None:
    assert problems(_delivery(share), "NX106") == []


@pytest.mark.parametrize("share", ["160%", "100.5", "-5"])
def test_shares_outside_the_range(share: str) -> None:
    assert problems(_delivery(share), "NX106") == [(12, 16)]


# -- NX107: not a finite number.


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
