"""The calculation rules of SPEC.md on small hand-made plans: the projection (engine/projection.py)
and the assessment of each target against it (engine/province.py, what `nhaoxh forecast` shows)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from nhaoxh_cli.domain import Status, status_for
from nhaoxh_cli.engine.projection import Projection, project, target_units
from nhaoxh_cli.engine.province import forecast_province
from nhaoxh_cli.loader import load_plan_text
from nhaoxh_cli.loader.registry import default_registry
from nhaoxh_cli.model import Plan
from nhaoxh_cli.results.forecast import TerritoryForecast

CITE = "{doc: d, section: '1'}"


def plan(body: str) -> Plan:
    text = f"""
schema_version: 1
province: {{slug: testland, name: Test Land}}
sources: {{d: {{document: 1/QĐ}}}}
periods:
  - {{id: p1, start_year: 2021, end_year: 2025}}
  - {{id: p2, start_year: 2026, end_year: 2030}}
{body}
"""
    result = load_plan_text(text, "test.yaml")
    assert result.plan is not None, result.findings
    return result.plan


def projection(p: Plan) -> Projection:
    return project(p, p.default_territory)


def forecast(p: Plan, as_of: dt.date = dt.date(2023, 6, 30)) -> TerritoryForecast:
    """The plan's own territory as of a day within its first period (nothing reported: the projection
    decides)."""
    return forecast_province(p, default_registry(), as_of).territories[0]


@pytest.mark.parametrize(
    ("ratio", "status"),
    [
        (Fraction(1), Status.MET),
        (Fraction(2), Status.MET),
        (Fraction(9999, 10000), Status.NEAR),
        (Fraction(95, 100), Status.NEAR),
        (Fraction(9499, 10000), Status.AT_RISK),
        (Fraction(85, 100), Status.AT_RISK),
        (Fraction(8499, 10000), Status.OFF_TRACK),
        (Fraction(0), Status.OFF_TRACK),
        (None, Status.UNKNOWN),
    ],
)
def test_status_thresholds(ratio: Fraction | None, status: Status) -> None:
    assert status_for(ratio) is status


def test_share_alone_rounds_half_up() -> None:
    # 50% of 1.001 units = 500.5 → 501 (half up); 20% of 2.303 = 460.6 → 461
    p = plan(f"""
pipeline:
  started:
    units: 1001
    deliveries: [{{period: p1, share: 50%, source: {CITE}}}]
  old_apartment_renovation:
    units: "2.303"
    deliveries: [{{period: p1, share: 20, source: {CITE}}}]
""")
    result = projection(p)
    assert result.periods["p1"]["started"] == 501
    assert result.periods["p1"]["old_apartment_renovation"] == 461
    assert result.period_total("p1") == 962


def test_stated_units_win_over_share() -> None:
    p = plan(f"""
pipeline:
  started:
    units: 1000
    deliveries: [{{period: p1, units: 700, share: 50%, source: {CITE}}}]
""")
    assert projection(p).periods["p1"]["started"] == 700


UNKNOWN_STAGE = f"""
targets:
  - {{kind: quota, period: p1, units: 100, source: {CITE}}}
pipeline:
  started:
    deliveries: [{{period: p1, share: 50%, source: {CITE}}}]
"""


def test_share_without_stage_units_is_unknown() -> None:
    p = plan(UNKNOWN_STAGE)
    assert projection(p).periods["p1"]["started"] is None
    assert projection(p).period_total("p1") is None
    first = forecast(p).periods[0]
    assert first.by_stage["started"] is None and first.forecast_units is None


def test_a_target_against_a_stage_of_unknown_units_is_unknown() -> None:
    """Projection.between() once counted a delivery of unknown units as 0 (0 of 100, off track)."""
    assessment = forecast(plan(UNKNOWN_STAGE)).assessments[0]
    assert assessment.status is Status.UNKNOWN
    assert assessment.gap is None


def test_plan_with_one_target_and_no_pipeline_is_reported_unknown() -> None:
    p = plan(f"""
targets:
  - {{kind: quota, period: total, units: 9800, source: {CITE}}}
""")
    assert not projection(p).has_pipeline
    assert projection(p).between(2021, 2030) is None
    result = forecast(p)
    assert result.total.forecast_units is None
    assert result.total.targets[0].units == 9800
    assert result.total.targets[0].status == Status.UNKNOWN.value


def test_share_of_a_need_of_unknown_size_is_kept_unknown() -> None:
    p = plan(f"""
targets:
  - kind: goal
    period: p1
    share: 80%
    of_text: công nhân có nhu cầu về nhà ở
    source: {CITE}
completed:
  - {{period: p1, units: 10, source: {CITE}}}
""")
    units, share = target_units(p, p.targets[0])
    assert (
        units is None
        and share is not None
        and (share.percent, share.of_text) == (80.0, "công nhân có nhu cầu về nhà ở")
    )
    assessment = forecast(p).assessments[0]
    assert assessment.target.units is None
    assert assessment.status is Status.UNKNOWN


def test_statuses_below_target() -> None:
    # forecast 90 against 100 → 0.90 at risk; against 94 → 0.957 near; against 200 → off track
    p = plan(f"""
targets:
  - {{kind: quota, period: p1, units: 100, source: {CITE}}}
  - {{kind: goal, period: p1, units: 94, source: {CITE}}}
  - {{kind: demand, period: p1, units: 200, source: {CITE}}}
completed:
  - {{period: p1, units: 90, source: {CITE}}}
""")
    assessments = forecast(p).assessments
    assert sorted((a.target.units, a.gap, a.status) for a in assessments) == [
        (94, -4, Status.NEAR),
        (100, -10, Status.AT_RISK),
        (200, -110, Status.OFF_TRACK),
    ]


def test_span_total_is_sum_of_periods() -> None:
    p = plan(f"""
completed:
  - {{period: p1, units: 5, source: {CITE}}}
  - {{period: p2, units: 7, source: {CITE}}}
""")
    assert [projection(p).period_total(x) for x in ("p1", "p2")] == [5, 7]
    assert projection(p).between(2021, 2030) == 12
    result = forecast(p)
    assert [x.forecast_units for x in result.periods] == [5, 7]
    assert result.total.forecast_units == 12


def test_a_scenario_gives_its_own_figure_for_a_target_met_only_on_the_plans_projection() -> None:
    """A new user's trial (01/12/2026): as of 30/06/2024, the "delayed" scenario said "met, as above (the
    same on every basis)" for the former city's 2021–2025 quota, which was met only on the plan's
    projection — the scenario's own 2021–2025 figure fell short. Met by reports is met on every basis;
    met on a projection is one basis's figure."""
    from nhaoxh_cli import api

    result = api.forecast("haiphong", scenario="delayed", as_of=dt.date(2024, 6, 30))
    delayed = next(a for a in result.alternatives if a.name == "delayed" and a.territory == "former:haiphong")
    quota = next(t for t in delayed.targets if t.target_id == "quota-2021-2025")
    assert not quota.settled
    assert quota.value == sum(delayed.years[str(y)] for y in range(2021, 2026))  # the scenario's own years
    assert quota.value is not None and quota.value < 15_400 and quota.status != Status.MET.value


def test_another_basis_asked_for_a_plan_that_projects_nothing_is_said_not_silent() -> None:
    """A regression trial (01/12/2026): `forecast hanoi --scenario delayed` printed exactly what a plain
    forecast prints, nothing saying the scenario had nothing to work on."""
    from nhaoxh_cli import api
    from nhaoxh_cli.results.common import NoteCode

    plain = api.forecast("hanoi", as_of=dt.date(2026, 11, 26))
    asked = api.forecast("hanoi", scenario="delayed", as_of=dt.date(2026, 11, 26))
    assert NoteCode.NO_OTHER_BASIS not in [n.code for n in plain.notes]
    assert asked.alternatives == [] and [n.code for n in asked.notes] == [NoteCode.NO_OTHER_BASIS]
