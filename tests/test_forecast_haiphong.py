"""Hải Phòng's projection, checked against figures computed by hand from
Quyết định 117/QĐ-UBND (15/01/2024), section II.1 — line numbers refer to
shared/seeds/haiphong-qd117-2024-action-programme.txt. The decision is the
former city's (before the 2025 merger): the plan's own territory,
`former:haiphong`.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from nhaoxh_cli import api
from nhaoxh_cli.domain import Status, ratio_of, status_for
from nhaoxh_cli.engine.projection import Projection, project, target_units, target_years
from nhaoxh_cli.loader import load_plan_file
from nhaoxh_cli.model import Plan

from .conftest import PLANS


@pytest.fixture(scope="module")
def plan() -> Plan:
    result = load_plan_file(PLANS / "haiphong.yaml")
    assert result.ok, result.findings
    assert result.plan is not None
    return result.plan


@pytest.fixture(scope="module")
def projection(plan: Plan) -> Projection:
    assert plan.default_territory == "former:haiphong"
    return project(plan, plan.default_territory)


def test_2021_2025_by_stage(projection: Projection) -> None:
    assert projection.periods["2021-2025"] == {
        "completed": 1080,  # line 117: 1.080 căn in 2021-2022
        "started": 4017,  # line 119: 4.017/6.570
        "investor_selected": 5764,  # line 121: 5.764/13.542
        "selecting_investor": 4194,  # line 123: 4.194/20.885
        "other": 0,  # the "to 2025" list names no other projects
        "old_apartment_renovation": 485,  # line 125: 485/2.303
    }
    # 1080 + 4017 + 5764 + 4194 + 485 = 15540, as line 127 states.
    assert projection.period_total("2021-2025") == 15540
    assert projection.between(2021, 2025) == 15540


def test_2026_2030_by_stage(projection: Projection) -> None:
    assert projection.periods["2026-2030"] == {
        "completed": 0,
        "started": 2554,  # line 131
        "investor_selected": 7389,  # line 133
        "selecting_investor": 12434,  # line 135
        "other": 11934,  # line 137
        "old_apartment_renovation": 1817,  # line 139
    }
    # 2554 + 7389 + 12434 + 11934 + 1817 = 36128; line 141 states 36.126.
    assert projection.period_total("2026-2030") == 36128
    assert projection.between(2026, 2030) == 36128


def test_whole_span(projection: Projection) -> None:
    assert (projection.years[0], projection.years[-1]) == (2021, 2030)
    assert projection.between(2021, 2030) == 15540 + 36128 == 51668
    # started: 4017 + 2554 = 6571, one more than the stage's 6.570 units.
    assert sum(projection.by_stage["started"].values()) == 6571


def test_what_forecast_shows() -> None:
    """The same figures as `nhaoxh forecast haiphong` shows them, for the former city."""
    result = api.forecast(PLANS / "haiphong.yaml", as_of=dt.date(2026, 11, 26), plans_dir=PLANS)
    former = result.territory("former:haiphong")
    assert [(p.id, p.forecast_units) for p in former.periods] == [("2021-2025", 15540), ("2026-2030", 36128)]
    assert former.total.forecast_units == 51668 and former.total.by_stage["started"] == 6571


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
    plan: Plan, projection: Projection, target_id: str, units: int, forecast_units: int, gap: int, ratio: Fraction
) -> None:
    """The decision's projection against each of its targets (as the decision saw it, before any report)."""
    target = plan.target(target_id)
    assert target is not None
    years = target_years(plan, target)
    assert years is not None
    projected = projection.between(*years)
    assert (target_units(plan, target)[0], projected) == (units, forecast_units)
    assert projected is not None and projected - units == gap
    assert ratio_of(projected, units) == ratio
    assert status_for(ratio) is Status.MET  # every ratio above is ≥ 1.00


def test_computed_goal_says_how(plan: Plan) -> None:
    """QĐ 117 II.1.1 line 111 gives no count: the plan states 100% of the demand of "khoảng 48.700"
    (line 103) and marks it derived, keeping the demand's "khoảng" (issue 15, item 7)."""
    goal = plan.target("goal-demand-2030")
    quota = plan.target("quota-total")
    assert goal is not None and quota is not None
    assert target_units(plan, goal)[0] == 48700
    assert goal.derived and goal.qualifier.value == "about"
    assert target_units(plan, quota) == (33500, None)  # stated
