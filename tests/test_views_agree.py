"""One answer per target, whatever the view or the option (issue: "one honest answer").

- On the shipped plans: every target id carries the same status in the forecast's JSON with and
  without --by year, --details, --simulate, --calibrated and --scenario, in its CSV and text, in
  `explain`, and in the report's rows.
- On generated plans (hypothesis): years add up to periods stage by stage; cumulative figures
  never go backwards; P10 ≤ P50 ≤ P90 and the stated projection lies inside the default band; a
  target whose reports reach its units is met.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from nhaoxh_cli import api
from nhaoxh_cli.domain import Status
from nhaoxh_cli.engine.province import Options, forecast_province
from nhaoxh_cli.loader import load_plan_text
from nhaoxh_cli.loader.registry import default_registry

from .conftest import PLANS, Run
from .test_properties import valid_plans

AS_OF = "2026-11-26"
OPTIONS = [
    [],
    ["--by", "year"],
    ["--details"],
    ["--simulate", "2000", "--seed", "1"],
    ["--calibrated"],
    ["--scenario", "delayed"],
]


def _statuses(data: dict[str, Any]) -> dict[tuple[str, str], str]:
    return {(t["territory"], a["target"]["id"]): a["status"] for t in data["territories"] for a in t["assessments"]}


@pytest.mark.parametrize("province", ["haiphong", "vietnam", "hochiminh", "bacninh", "phutho", "caobang"])
def test_every_view_and_option_gives_the_same_status(run: Run, province: str) -> None:
    base = ["forecast", province, "--as-of", AS_OF, "--plans-dir", str(PLANS)]
    reference = _statuses(json.loads(run(*base, "-f", "json")[1]))
    assert reference
    for option in OPTIONS:
        code, out, _ = run(*base, *option, "-f", "json")
        assert code == 0 and _statuses(json.loads(out)) == reference, option
    rows = csv.DictReader(io.StringIO(run(*base, "-f", "csv")[1]))
    assert {(r["territory"], r["target"]): r["status"] for r in rows} == reference
    report = json.loads(run("report", "--as-of", AS_OF, "-f", "json", "--plans-dir", str(PLANS))[1])
    slug = json.loads(run(*base, "-f", "json")[1])["province"]["slug"]
    rows_of = [u for u in report["units"] if u["slug"] == slug] or [{"targets": report["national_targets"]}]
    for a in rows_of[0]["targets"].values():
        if a is not None:
            assert reference[(a["target"]["territory"], a["target"]["id"])] == a["status"]


def test_explain_agrees_with_forecast(run: Run) -> None:
    forecast = _statuses(
        json.loads(run("forecast", "haiphong", "--as-of", AS_OF, "-f", "json", "--plans-dir", str(PLANS))[1])
    )
    for period in ("2021-2025", "2026-2030"):
        out = run("explain", "haiphong", "--period", period, "--as-of", AS_OF, "-f", "json", "--plans-dir", str(PLANS))[
            1
        ]
        for a in json.loads(out)["assessments"]:
            assert forecast[(a["target"]["territory"], a["target"]["id"])] == a["status"]


def test_the_done_when_figures() -> None:
    """Issue 14's checks, as of 26/11/2026: the former city's 2021 + 2022 add up to the 1.080 the
    decision reports for 2021–2022; the default band holds 15.540 and 36.128; the country's 2025
    target (100.275) is met (102.633 reported) on every basis."""
    as_of = dt.date(2026, 11, 26)
    result = api.forecast("haiphong", as_of=as_of, simulate=2000, seed=1, plans_dir=PLANS)
    former = result.territory("former:haiphong")
    assert former is not None
    years = {r.year: r for r in former.years}
    assert (years[2021].projected or 0) + (years[2022].projected or 0) == 1080
    known = [r.cumulative for r in former.years if r.cumulative is not None]
    assert known == sorted(known)
    sim = next(s for s in result.simulations if s.territory == "former:haiphong")
    bands = {b.scope: b.band for b in sim.periods}
    assert bands["2021-2025"].p10 <= 15540 <= bands["2021-2025"].p90
    assert bands["2026-2030"].p10 <= 36128 <= bands["2026-2030"].p90
    country = api.forecast("vietnam", as_of=as_of, calibrated=True, plans_dir=PLANS)
    target = next(a for a in country.territories[0].assessments if a.target.id == "qd444-2025")
    assert (target.status, target.value, target.target.units) == (Status.MET, 102633, 100275)
    for alternative in country.alternatives:
        assert next(t for t in alternative.targets if t.target_id == "qd444-2025").status == "met"


@st.composite
def plans_with_reports(draw: st.DrawFn) -> tuple[dict[str, Any], dt.date]:
    data = draw(valid_plans())
    first = data["periods"][0]["start_year"]
    last = data["periods"][-1]["end_year"]
    reports = []
    year = first
    while year <= last and draw(st.booleans()):
        end = min(last, year + draw(st.integers(0, 3)))
        reports.append({"years": f"{year}-{end}", "units": draw(st.integers(0, 10**6)), "source": {"doc": "d"}})
        year = end + 1
    data["reported"] = reports
    data["sources"]["d"]["date"] = f"{draw(st.integers(first, last))}-06-01"
    as_of = dt.date(draw(st.integers(first - 1, last + 2)), draw(st.integers(1, 12)), 1)
    return data, as_of


@given(case=plans_with_reports())
def test_invariants_on_generated_plans(case: tuple[dict[str, Any], dt.date]) -> None:
    data, as_of = case
    loaded = load_plan_text(yaml.safe_dump(data, allow_unicode=True), "gen.yaml")
    assert loaded.plan is not None, loaded.findings
    plan = loaded.plan
    plain = forecast_province(plan, default_registry(), as_of)
    simulated = forecast_province(plan, default_registry(), as_of, options=Options(simulate=300, seed=2))
    # the same status for every target, with and without the simulation
    assert [a.status for t in plain.territories for a in t.assessments] == [
        a.status for t in simulated.territories for a in t.assessments
    ]
    for territory in plain.territories:
        # years add up to periods, stage by stage
        for period in territory.periods:
            for stage, units in period.by_stage.items():
                if units is not None:
                    in_years = [
                        r.by_stage.get(stage, 0)
                        for r in territory.years
                        if period.start_year <= r.year <= period.end_year
                    ]
                    assert sum(in_years) == units
        # cumulative figures never go backwards
        known = [r.cumulative for r in territory.years if r.cumulative is not None]
        assert known == sorted(known)
        for a in territory.assessments:
            units = a.target.units
            if units and a.delivered is not None and a.delivered >= units and a.partial is None:
                assert a.status is Status.MET
            if a.final:
                assert (a.basis.value == "reported" and a.period_over) or a.reported_to == a.target.end_year
    for sim in simulated.simulations:
        for band in [*sim.periods, *sim.years, *([sim.total] if sim.total else [])]:
            assert band.band.p10 <= band.band.p50 <= band.band.p90
        for band in sim.periods:
            assert band.band.p10 <= band.point <= band.band.p90, band


def test_the_forecast_csv_says_how_a_target_is_qualified(run: Run) -> None:
    """A new user's trial (01/12/2026): the text said ~428,000 (QĐ 338: "khoảng 428.000 căn" for 2021–2025),
    the CSV a bare 428000."""
    import csv
    import io

    code, out, _ = run("forecast", "vietnam", "-f", "csv", "--as-of", "2026-11-26")
    rows = {r["target"]: r for r in csv.DictReader(io.StringIO(out))}
    assert code == 0 and (rows["quota-2021-2025"]["units"], rows["quota-2021-2025"]["units_qualifier"]) == (
        "428000",
        "about",
    )
