"""Time and uncertainty: phasing, progress as of a date, scenarios, simulation, calibration."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nhaoxh_cli import api
from nhaoxh_cli.domain import COMPLETED, Status
from nhaoxh_cli.engine import forecast_plan
from nhaoxh_cli.engine.calibrate import calibrate, calibrated_stage_years
from nhaoxh_cli.engine.simulate import simulate
from nhaoxh_cli.engine.yearly import largest_remainder, profile_weights, progress, stage_years, year_rows
from nhaoxh_cli.loader import load_plan_text
from nhaoxh_cli.model import Plan, Profile

from .conftest import PLANS, Run

CITE = "{doc: d, section: '1'}"


def plan(body: str) -> Plan:
    text = textwrap.dedent("""\
        schema_version: 1
        province: {slug: testland, name: Test Land}
        sources: {d: {document: 1/QĐ, date: "2024-01-01"}}
        periods:
          - {id: p1, start_year: 2021, end_year: 2025}
          - {id: p2, start_year: 2026, end_year: 2030}
        """) + textwrap.dedent(body)
    result = load_plan_text(text, "testland.yaml")
    assert result.plan is not None, result.findings
    return result.plan


# -- phasing -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("units", "weights", "parts"),
    [
        (10, [1, 1, 1], [4, 3, 3]),  # 3.33 each: the first year takes the extra unit
        (4017, [1] * 5, [804, 804, 803, 803, 803]),  # Hải Phòng's started units to 2025, evenly
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


def test_years_of_a_period_add_up_to_the_period_stage_by_stage() -> None:
    hp = api.load_plan(PLANS / "haiphong.yaml")
    forecast = forecast_plan(hp)
    stages = stage_years(hp, "former:haiphong")
    for period in forecast.periods:
        years = range(period.period.start_year, period.period.end_year + 1)
        for key, units in period.by_stage.items():
            assert sum(stages[key][y] for y in years) == units, (period.id, key)
    rows = year_rows(hp, "former:haiphong")
    assert [r.forecast for r in rows[:5]] == [3433, 3433, 2892, 2892, 2890]  # 1.080 completed in 2021–2022
    assert sum(r.forecast or 0 for r in rows) == 51668


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
    assert p.pipeline[next(iter(p.pipeline))].stage_units == 1000  # from its projects
    years = stage_years(p, "testland")["started"]
    # A's 100 units in 2022; the other 600 by the late profile after a one-year lead-in: weights 0,1,2,3,4
    assert [years[y] for y in range(2021, 2026)] == [0, 160, 120, 180, 240]


# -- progress as of a date -------------------------------------------------------------


def test_merged_haiphong_as_of_2026_11_22() -> None:
    hp = api.load_plan(PLANS / "haiphong.yaml")
    items = {p.target.id: p for p in progress(hp, "haiphong", dt.date(2026, 11, 22))}
    year_2025 = items["hp-quota-2025"]
    # 13.147 completed in 2025 against 10.694: 123 %, final (the year is over and reported)
    assert (year_2025.delivered, year_2025.units, year_2025.final, year_2025.status) == (13147, 10694, True, Status.MET)
    assert round(float(year_2025.ratio or 0) * 100) == 123
    later = items["hp-quota-2026-2030"]
    # nothing reported after 2025: 32.845 over the five years 2026–2030 = 6.569 a year
    assert (later.delivered, later.remaining, later.required_rate, later.recent_rate) == (0, 32845, 6569, 13147)
    whole = items["hp-quota-total"]
    # 49.400 − 19.008 = 30.392 left for 2026–2030: 6.078,4 → 6.079 a year; half the span is over at the
    # end of 2025, so 24.700 was due then: 19.008 / 24.700 = 77 %, off track
    assert (whole.delivered, whole.remaining, whole.required_rate, whole.due_at_data) == (19008, 30392, 6079, 24700)
    assert whole.status is Status.OFF_TRACK
    # as of 22/11/2026, 5 years and 325 days of 10 years are over: 49.400 × 2151 / 3652 = 29.096 due
    assert whole.due == 29096


def test_by_year_and_as_of_through_the_cli(run: Run) -> None:
    code, out, _ = run(
        "forecast", "haiphong", "--by", "year", "--as-of", "2026-11-22", "-f", "json", "--plans-dir", str(PLANS)
    )
    assert code == 0
    time = json.loads(out)["time"]
    assert time["as_of"] == "2026-11-22"
    merged = {r["year"]: r for r in time["years"]["haiphong"]}
    assert sorted(merged) == list(range(2021, 2031))
    assert (merged[2025]["reported"], merged[2025]["targets"][0]["units"], merged[2025]["status"]) == (
        13147,
        10694,
        "met",
    )
    assert merged[2025]["cumulative"] == 19008
    needed = {p["id"]: p["required_rate"] for p in time["progress"]["haiphong"]}
    assert needed["hp-quota-2026-2030"] == 6569
    code, out, _ = run("forecast", "haiphong", "--by", "year", "-f", "csv", "--plans-dir", str(PLANS))
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 3 * 10 and rows[0]["year"] == "2021"
    code, out, _ = run("forecast", "haiphong", "--by", "year", "--as-of", "2026-11-22", "--plans-dir", str(PLANS))
    assert code == 0 and "by year" in out and "as of 22 Nov 2026" in out and "6,569" in out


@pytest.mark.parametrize("args", [["--by", "month"], ["--as-of", "22/11/2026"], ["--scenario", "nope"]])
def test_time_usage_errors(run: Run, args: list[str]) -> None:
    code, _, err = run("forecast", "haiphong", *args, "--plans-dir", str(PLANS))
    assert code == 2 and err.startswith("error: ")


# -- scenarios ---------------------------------------------------------------------


def test_scenarios(run: Run) -> None:
    p = plan(f"""
        targets: [{{id: q, kind: quota, period: p1, units: 500, source: {CITE}}}]
        pipeline:
          started:
            deliveries: [{{period: p1, units: 500, source: {CITE}}}]
          selecting_investor:
            deliveries: [{{period: p2, units: 1000, source: {CITE}}}]
        scenarios:
          slow: {{stages: {{selecting_investor: {{share_factor: 40%, delay_years: 2}}}}}}
        """)
    from nhaoxh_cli.legacy_results import forecast_result, with_time

    result = with_time(forecast_result(load_plan_text(_dump(p), "testland.yaml")), dt.date(2026, 1, 1), scenario="slow")
    alt = result.time.alternatives[0] if result.time else None
    # 40 % of 1.000 = 400, moved two years later: 2026–2028's 240 stay in 2028–2030, 2029–2030's 160 leave
    assert alt is not None and alt.periods == {"p1": 500, "p2": 240} and alt.total == 740
    delayed = with_time(
        forecast_result(load_plan_text(_dump(p), "testland.yaml")), dt.date(2026, 1, 1), scenario="delayed"
    )
    assert delayed.time is not None and delayed.time.alternatives[0].periods == {"p1": 500, "p2": 800}


def _dump(p: Plan) -> str:
    import yaml

    return yaml.safe_dump(p.model_dump(mode="json", exclude_none=True, exclude_defaults=True), allow_unicode=True)


# -- simulation --------------------------------------------------------------------------


def test_simulation_is_reproducible(run: Run) -> None:
    args = ["forecast", "haiphong", "--simulate", "10000", "--seed", "1", "-f", "json", "--plans-dir", str(PLANS)]
    first, second = run(*args), run(*args)
    assert first == second and first[0] == 0
    sim = json.loads(first[1])["time"]["simulation"]
    assert sim["runs"] == 10000 and set(sim["distributions"].values()) == {"default"}
    for scope in [*sim["periods"].values(), sim["total"], *sim["years"].values()]:
        assert scope["p10"] <= scope["p50"] <= scope["p90"]
    odds = {o["id"]: o["probability"] for o in sim["targets"]}
    assert odds["quota-2026-2030"] > 0.9 and odds["demand"] < 0.1  # the stated 36.128 is far above 18.100
    other = run("forecast", "haiphong", "--simulate", "10000", "--seed", "2", "-f", "json", "--plans-dir", str(PLANS))
    assert json.loads(other[1])["time"]["simulation"] != sim


def test_simulation_keeps_the_baseline_and_never_exceeds_the_plan_ceiling() -> None:
    hp = api.load_plan(PLANS / "haiphong.yaml")
    sim = simulate(hp, "former:haiphong", 2000, 7)
    ceiling = sum(
        1.05 * u if k == "started" else u for k, v in stage_years(hp, "former:haiphong").items() for u in v.values()
    )
    assert sim.total is not None and sim.total.p90 <= ceiling and sim.total.p10 >= 1080  # completions stay


# -- calibration ----------------------------------------------------------------------------


def test_calibration_on_hand_made_snapshots() -> None:
    p = plan(f"""
        snapshots:
          - {{as_of: "2024-12-31", completed: {{units: 0}}, started: {{units: 100}}, approved: {{units: 200}},
             source: {CITE}}}
          - {{as_of: "2025-12-31", completed: {{units: 50}}, started: {{units: 120}}, approved: {{units: 160}},
             source: {CITE}}}
        pipeline:
          started: {{units: 100}}
        """)
    calibration = calibrate(p)
    rates = calibration.overall
    assert rates is not None
    # 50 of the 100 started units completed in a year; 50 + 20 = 70 of the 200 approved started
    assert rates.completion_rate == pytest.approx(50 / 100 / (365 / 365.25))
    assert rates.start_rate == pytest.approx(70 / 200 / (365 / 365.25))
    years = calibrated_stage_years(p, "testland", rates, 2026)["started"]
    assert years[2025] == 0 and years[2026] == 50 and years[2027] == 25  # half of what is left each year


def test_calibrated_forecast_through_the_cli(run: Run) -> None:
    code, out, _ = run("forecast", "haiphong", "--calibrated", "-f", "json", "--plans-dir", str(PLANS))
    time = json.loads(out)["time"]
    assert code == 0 and time["calibration"]["source"] == "vietnam"
    overall = time["calibration"]["overall"]
    # national snapshots 31/12/2024 → 31/12/2025: (169.143 − 66.755) / 114.618 = 0,893 a year
    assert overall["completion_rate"] == pytest.approx(102388 / 114618 / (365 / 365.25), abs=1e-4)
    assert time["alternatives"][0]["name"].startswith("calibrated")
    code, out, _ = run("forecast", "vietnam", "--calibrated", "--plans-dir", str(PLANS))
    assert code == 0 and "Conversion rates implied by the snapshots" in out and "89.4%/yr" in out


def test_national_snapshot_funnel(run: Run) -> None:
    code, out, _ = run("forecast", "vietnam", "--plans-dir", str(PLANS))
    assert code == 0 and "Pipeline snapshots" in out and "193 / 169,143" in out


def test_completions_years_phase_evenly() -> None:
    p = plan(f"completed: [{{period: p1, units: 1080, years: 2021-2022, source: {CITE}}}]\n")
    assert [stage_years(p, "testland")[COMPLETED][y] for y in (2021, 2022, 2023)] == [540, 540, 0]
