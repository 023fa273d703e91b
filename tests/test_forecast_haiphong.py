"""Hải Phòng's forecast, checked against figures computed by hand from
Quyết định 117/QĐ-UBND (15/01/2024), section II.1 — line numbers refer to
shared/seeds/haiphong-qd117-2024-action-programme.txt.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from nhaoxh_cli.domain import Status
from nhaoxh_cli.engine import Forecast, forecast_plan
from nhaoxh_cli.loader import load_plan_file

from .conftest import PLANS


@pytest.fixture(scope="module")
def forecast() -> Forecast:
    result = load_plan_file(PLANS / "haiphong.yaml")
    assert result.ok, result.findings
    assert result.plan is not None
    return forecast_plan(result.plan)


def test_2021_2025_by_stage(forecast: Forecast) -> None:
    first = forecast.periods[0]
    assert (first.period.start_year, first.period.end_year) == (2021, 2025)
    assert first.by_stage == {
        "completed": 1080,  # line 117: 1.080 căn in 2021-2022
        "started": 4017,  # line 119: 4.017/6.570
        "investor_selected": 5764,  # line 121: 5.764/13.542
        "selecting_investor": 4194,  # line 123: 4.194/20.885
        "other": 0,  # the "to 2025" list names no other projects
        "old_apartment_renovation": 485,  # line 125: 485/2.303
    }
    # 1080 + 4017 + 5764 + 4194 + 485 = 15540, as line 127 states.
    assert first.forecast_units == 15540


def test_2026_2030_by_stage(forecast: Forecast) -> None:
    second = forecast.periods[1]
    assert (second.period.start_year, second.period.end_year) == (2026, 2030)
    assert second.by_stage == {
        "completed": 0,
        "started": 2554,  # line 131
        "investor_selected": 7389,  # line 133
        "selecting_investor": 12434,  # line 135
        "other": 11934,  # line 137
        "old_apartment_renovation": 1817,  # line 139
    }
    # 2554 + 7389 + 12434 + 11934 + 1817 = 36128; line 141 states 36.126.
    assert second.forecast_units == 36128


def test_whole_span(forecast: Forecast) -> None:
    assert (forecast.total.start_year, forecast.total.end_year) == (2021, 2030)
    assert forecast.total.forecast_units == 15540 + 36128 == 51668
    # started: 4017 + 2554 = 6571, one more than the stage's 6.570 units.
    assert forecast.total.by_stage["started"] == 6571


def _target(forecast: Forecast, target_id: str):  # type: ignore[no-untyped-def]
    comparisons = [c for p in forecast.periods for c in p.targets] + list(forecast.total.targets)
    return next(c for c in comparisons if c.target.id == target_id)


@pytest.mark.parametrize(
    ("target_id", "units", "forecast_units", "gap", "ratio"),
    [
        # line 99: quota 15.400 for "2022-2025" → 15540 − 15400 = +140
        ("quota-2021-2025", 15400, 15540, 140, Fraction(15540, 15400)),
        # line 101: quota 18.100 for "2025-2030" → 36128 − 18100 = +18028
        ("quota-2026-2030", 18100, 36128, 18028, Fraction(36128, 18100)),
        # line 97: quota 33.500 in all → 51668 − 33500 = +18168
        ("quota-total", 33500, 51668, 18168, Fraction(51668, 33500)),
        # line 103: demand about 48.700 for 2021-2030 → +2968
        ("demand", 48700, 51668, 2968, Fraction(51668, 48700)),
        # line 107: 100% of the quota (15.400) by 2025; about 80% (12.300) completed
        ("goal-2025", 15400, 15540, 140, Fraction(15540, 15400)),
        ("goal-2025-completed", 12300, 15540, 3240, Fraction(15540, 12300)),
        # line 109: above 18.100 by 2030
        ("goal-2030", 18100, 36128, 18028, Fraction(36128, 18100)),
        # line 111 gives no figure: 100% of the demand on line 103 = 48700
        ("goal-demand-2030", 48700, 51668, 2968, Fraction(51668, 48700)),
    ],
)
def test_targets(
    forecast: Forecast, target_id: str, units: int, forecast_units: int, gap: int, ratio: Fraction
) -> None:
    comparison = _target(forecast, target_id)
    assert (comparison.units, comparison.forecast_units, comparison.gap) == (units, forecast_units, gap)
    assert comparison.ratio == ratio
    assert comparison.status is Status.MET  # every ratio above is ≥ 1.00


def test_computed_goal_says_how(forecast: Forecast) -> None:
    """QĐ 117 II.1.1 line 111 gives no count: the plan states 100% of the demand of "khoảng 48.700"
    (line 103) and marks it derived, keeping the demand's "khoảng" (issue 15, item 7)."""
    comparison = _target(forecast, "goal-demand-2030")
    assert comparison.units == 48700
    assert comparison.target.derived and comparison.target.qualifier.value == "about"
    assert _target(forecast, "quota-total").units_basis == "stated"
