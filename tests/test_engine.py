"""The calculation rules of SPEC.md on small hand-made plans."""

from __future__ import annotations

from fractions import Fraction

import pytest

from nhaoxh_cli.domain import Status, status_for
from nhaoxh_cli.engine import forecast_plan
from nhaoxh_cli.loader import load_plan_text
from nhaoxh_cli.model import Plan

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
    first = forecast_plan(p).periods[0]
    assert first.by_stage["started"] == 501
    assert first.by_stage["old_apartment_renovation"] == 461
    assert first.forecast_units == 962


def test_stated_units_win_over_share() -> None:
    p = plan(f"""
pipeline:
  started:
    units: 1000
    deliveries: [{{period: p1, units: 700, share: 50%, source: {CITE}}}]
""")
    assert forecast_plan(p).periods[0].by_stage["started"] == 700


def test_share_without_stage_units_is_unknown() -> None:
    p = plan(f"""
targets:
  - {{kind: quota, period: p1, units: 100, source: {CITE}}}
pipeline:
  started:
    deliveries: [{{period: p1, share: 50%, source: {CITE}}}]
""")
    first = forecast_plan(p).periods[0]
    assert first.by_stage["started"] is None
    assert first.forecast_units is None
    assert first.targets[0].status is Status.UNKNOWN
    assert first.targets[0].gap is None


def test_plan_with_one_target_and_no_pipeline_is_reported_unknown() -> None:
    p = plan(f"""
targets:
  - {{kind: quota, period: total, units: 9800, source: {CITE}}}
""")
    result = forecast_plan(p)
    assert not result.has_pipeline
    assert result.total.forecast_units is None
    assert result.total.targets[0].units == 9800
    assert result.total.targets[0].status is Status.UNKNOWN


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
    comparison = forecast_plan(p).periods[0].targets[0]
    assert comparison.units is None
    assert comparison.status is Status.UNKNOWN
    assert "công nhân có nhu cầu" in comparison.units_basis


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
    targets = forecast_plan(p).periods[0].targets
    assert [(t.gap, t.status) for t in targets] == [
        (-10, Status.AT_RISK),
        (-4, Status.NEAR),
        (-110, Status.OFF_TRACK),
    ]


def test_span_total_is_sum_of_periods() -> None:
    p = plan(f"""
completed:
  - {{period: p1, units: 5, source: {CITE}}}
  - {{period: p2, units: 7, source: {CITE}}}
""")
    result = forecast_plan(p)
    assert [x.forecast_units for x in result.periods] == [5, 7]
    assert result.total.forecast_units == 12
