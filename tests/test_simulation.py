"""Alternative bases (engine/alternatives.py, simulate.py, calibrate.py): named, banded, never the headline."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from nhaoxh_cli import api
from nhaoxh_cli.engine.calibrate import calibrate, calibrated_flows
from nhaoxh_cli.loader import load_plan_text

from .conftest import PLANS, Run

AS_OF = dt.date(2026, 11, 26)


def test_the_default_band_holds_the_stated_projection() -> None:
    result = api.forecast("haiphong", as_of=AS_OF, simulate=2000, seed=1, plans_dir=PLANS)
    sim = next(s for s in result.simulations if s.territory == "former:haiphong")
    bands = {b.scope: b for b in sim.periods}
    # the decision's 15.540 and 36.128 (QĐ 117 §II.1.2) lie inside their own P10–P90
    for scope, stated in (("2021-2025", 15540), ("2026-2030", 36128)):
        band = bands[scope]
        assert band.point == stated and band.band.p10 <= stated <= band.band.p90
        assert band.band.p10 <= band.band.p50 <= band.band.p90
    assert sim.basis == "plan" and sim.runs == 2000


def test_same_seed_same_result_and_the_headline_does_not_move(run: Run) -> None:
    args = ["forecast", "haiphong", "--as-of", "2026-11-26", "-f", "json", "--plans-dir", str(PLANS)]
    plain = run(*args)[1]
    first = run(*args, "--simulate", "500", "--seed", "3")[1]
    assert first == run(*args, "--simulate", "500", "--seed", "3")[1]
    import json

    def statuses(text: str) -> list[tuple[str, str]]:
        return [(a["target"]["id"], a["status"]) for t in json.loads(text)["territories"] for a in t["assessments"]]

    assert statuses(first) == statuses(plain)


def test_calibration_on_hand_made_snapshots() -> None:
    text = textwrap.dedent("""\
        schema_version: 1
        province: {slug: testland, name: Test Land}
        sources: {d: {document: 1/QĐ, date: "2024-01-01"}}
        periods: [{id: p1, start_year: 2021, end_year: 2030}]
        snapshots:
          - {as_of: "2024-12-31", completed: {units: 0}, started: {units: 100}, approved: {units: 200},
             source: {doc: d, section: '1'}}
          - {as_of: "2025-12-31", completed: {units: 50}, started: {units: 120}, approved: {units: 160},
             source: {doc: d, section: '1'}}
        pipeline:
          started: {units: 100}
        """)
    plan = load_plan_text(text, "testland.yaml").plan
    assert plan is not None
    rates = calibrate(plan).overall
    assert rates is not None
    # 50 of the 100 started units completed in a year; 50 + 20 = 70 of the 200 approved started
    assert rates.completion_rate == pytest.approx(50 / 100 / (365 / 365.25))
    assert rates.start_rate == pytest.approx(70 / 200 / (365 / 365.25))
    years = calibrated_flows(plan, "testland", rates, 2026, list(range(2021, 2031)))["started"]
    assert years[2025] == 0 and years[2026] == 50 and years[2027] == 25  # half of what is left each year


def test_calibrated_country_keeps_what_was_reported() -> None:
    result = api.forecast("vietnam", as_of=AS_OF, calibrated=True, plans_dir=PLANS)
    calibrated = next(a for a in result.alternatives if a.basis == "calibrated")
    # 2025 is over and reported: its one answer, 102.633 against 100.275, met, holds on this basis too,
    # with no odds (nothing is left to chance)
    t2025 = next(t for t in calibrated.targets if t.target_id == "qd444-2025")
    assert (t2025.value, t2025.status, t2025.probability, t2025.band, t2025.settled) == (
        102633,
        "met",
        None,
        None,
        True,
    )
    # an open target gets the basis's own figure and odds: 2026 (7/NQ-CP)
    t2026 = next(t for t in calibrated.targets if t.target_id == "nq7-2026")
    assert not t2026.settled and t2026.probability is not None and t2026.band is not None
    assert calibrated.from_year == 2026
    # national snapshots 31/12/2024 → 31/12/2025: (169.143 − 66.755) / 114.618 = 0,893 a year
    assert result.calibration is not None and result.calibration.overall is not None
    assert result.calibration.overall.completion_rate == pytest.approx(102388 / 114618 / (365 / 365.25), abs=1e-4)
    sim = next(s for s in result.simulations if s.basis == "calibrated")
    for band in sim.periods:
        assert band.band.p10 <= band.point <= band.band.p90 or band.band.p10 == band.band.p90


def test_alternative_bases_are_named(run: Run) -> None:
    code, out, _ = run(
        "forecast", "haiphong", "--scenario", "delayed", "--as-of", "2026-11-26", "--plans-dir", str(PLANS)
    )
    assert code == 0 and "scenario a year late" in out and "never the headline" in out
