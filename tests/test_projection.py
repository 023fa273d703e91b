"""The plan's projection (engine/projection.py): periods, years that follow the source, scenarios.

Hải Phòng figures: Quyết định 117/QĐ-UBND of 15/01/2024, §II.1 (1.080 completed in 2021–2022;
deliveries of the pipeline to 2025 and in 2025–2030).
"""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nhaoxh_cli import api
from nhaoxh_cli.domain import COMPLETED
from nhaoxh_cli.engine.alternatives import BUILT_IN_SCENARIOS
from nhaoxh_cli.engine.projection import largest_remainder, profile_weights, project
from nhaoxh_cli.loader import load_plan_text
from nhaoxh_cli.model import Plan, Profile

from .conftest import PLANS

CITE = "{doc: d, section: '1'}"


def plan(body: str, date: str = "2021-01-01") -> Plan:
    text = textwrap.dedent(f"""\
        schema_version: 1
        province: {{slug: testland, name: Test Land}}
        sources: {{d: {{document: 1/QĐ, date: "{date}"}}}}
        periods:
          - {{id: p1, start_year: 2021, end_year: 2025}}
          - {{id: p2, start_year: 2026, end_year: 2030}}
        """) + textwrap.dedent(body)
    result = load_plan_text(text, "testland.yaml")
    assert result.plan is not None, result.findings
    return result.plan


@pytest.mark.parametrize(
    ("units", "weights", "parts"),
    [
        (10, [1, 1, 1], [4, 3, 3]),  # 3.33 each: the first year takes the extra unit
        (4017, [1] * 5, [804, 804, 803, 803, 803]),
        (7, [0, 0, 1, 1, 1], [0, 0, 3, 2, 2]),  # a two-year lead-in
        (15, [5, 4, 3, 2, 1], [5, 4, 3, 2, 1]),  # early
        (0, [1, 2], [0, 0]),
    ],
)
def test_largest_remainder(units: int, weights: list[int], parts: list[int]) -> None:
    assert largest_remainder(units, weights) == parts


@given(units=st.integers(min_value=0, max_value=10**9), weights=st.lists(st.integers(0, 50), min_size=1, max_size=12))
def test_largest_remainder_conserves_units(units: int, weights: list[int]) -> None:
    parts = largest_remainder(units, weights)
    assert sum(parts) == (units if sum(weights) else 0) and all(p >= 0 for p in parts)


def test_profiles() -> None:
    assert profile_weights(None, 5) == [1, 1, 1, 1, 1]
    assert profile_weights(Profile(shape="early"), 5) == [5, 4, 3, 2, 1]
    assert profile_weights(Profile(shape="late", lead_in=2), 5) == [0, 0, 1, 2, 3]


def test_haiphong_periods_are_the_decisions_sums() -> None:
    projection = project(api.load_plan(PLANS / "haiphong.yaml"), "former:haiphong")
    # 1.080 + 4.017 + 5.764 + 4.194 + 485 = 15.540; 2.554 + 7.389 + 12.434 + 11.934 + 1.817 = 36.128
    assert projection.period_total("2021-2025") == 15540
    assert projection.period_total("2026-2030") == 36128
    assert projection.between(2021, 2030) == 51668


def test_years_follow_the_source() -> None:
    projection = project(api.load_plan(PLANS / "haiphong.yaml"), "former:haiphong")
    by_year = {y: projection.year_total(y) for y in range(2021, 2031)}
    # 1.080 completed "in 2021–2022": 540 and 540, nothing of the pipeline before the plan's year;
    # the 14.460 the pipeline delivers to 2025 falls in 2024 and 2025 (a January 2024 plan)
    assert (by_year[2021], by_year[2022], by_year[2023]) == (540, 540, 0)
    assert by_year[2024] + by_year[2025] == 15540 - 1080
    assert sum(by_year.values()) == 51668


def test_years_add_up_to_periods_stage_by_stage() -> None:
    hp = api.load_plan(PLANS / "haiphong.yaml")
    projection = project(hp, "former:haiphong")
    for period in hp.periods:
        for key, units in projection.periods[period.id].items():
            years = range(period.start_year, period.end_year + 1)
            assert sum(projection.by_stage[key][y] for y in years) == units, (period.id, key)


def test_profile_and_dated_projects_shape_the_years() -> None:
    p = plan(f"""
        pipeline:
          started:
            profile: {{shape: late, lead_in: 1}}
            projects:
              - {{name: A, units: 100, expected_completion: 2022}}
              - {{name: B, units: 900}}
            deliveries: [{{period: p1, units: 700, source: {CITE}}}]
        """)
    years = project(p, "testland").by_stage["started"]
    # A's 100 units in 2022; the other 600 by the late profile after a one-year lead-in: weights 0,1,2,3,4
    assert [years[y] for y in range(2021, 2026)] == [0, 160, 120, 180, 240]


def test_a_plan_delivers_from_the_year_of_its_document() -> None:
    p = plan(
        f"pipeline: {{started: {{deliveries: [{{period: p1, units: 300, source: {CITE}}}]}}}}\n", date="2024-03-01"
    )
    years = project(p, "testland").by_stage["started"]
    assert [years[y] for y in range(2021, 2026)] == [0, 0, 0, 150, 150]


def test_completions_in_the_years_the_source_gives() -> None:
    p = plan(f"completed: [{{period: p1, units: 1080, years: 2021-2022, source: {CITE}}}]\n")
    assert [project(p, "testland").by_stage[COMPLETED][y] for y in (2021, 2022, 2023)] == [540, 540, 0]


def test_scenarios_scale_and_delay() -> None:
    hp = api.load_plan(PLANS / "haiphong.yaml")
    delayed = project(hp, "former:haiphong", BUILT_IN_SCENARIOS["delayed"])
    plain = project(hp, "former:haiphong")
    # every stage but "started" a year later: 2030's deliveries of those stages leave the span
    assert delayed.between(2021, 2030) < plain.between(2021, 2030)  # type: ignore[operator]
    assert delayed.by_stage["started"] == plain.by_stage["started"]
    half = project(hp, "former:haiphong", BUILT_IN_SCENARIOS["pessimistic"])
    others = sum(sum(v.values()) for k, v in plain.by_stage.items() if k not in (COMPLETED, "started"))
    lost_2030 = sum(v[2030] for k, v in plain.by_stage.items() if k not in (COMPLETED, "started"))
    kept = sum(sum(v.values()) for k, v in half.by_stage.items() if k not in (COMPLETED, "started"))
    # half of every stage's units, and the half that would fall in 2030 slips past the span (± rounding)
    assert abs(kept - (others - lost_2030) / 2) <= 2
