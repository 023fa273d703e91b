"""One answer per target (engine/assess.py), on the shipped plans, figures computed by hand.

Sources: Quyết định 117/QĐ-UBND of Hải Phòng (15/01/2024) §II.1 for the former city; the
ministry's reports (Lao Động, VietnamNews, kinhtedothi) for the merged city and the country.
"""

from __future__ import annotations

import datetime as dt

import pytest

from nhaoxh_cli import api
from nhaoxh_cli.domain import Basis, Status
from nhaoxh_cli.results.common import Assessment, NoteCode
from nhaoxh_cli.results.forecast import ForecastResult

from .conftest import PLANS

AS_OF = dt.date(2026, 11, 26)


def _assessment(result: ForecastResult, territory: str, target: str) -> Assessment:
    found = result.territory(territory)
    assert found is not None
    return next(a for a in found.assessments if a.target.id == target)


@pytest.fixture(scope="module")
def haiphong() -> ForecastResult:
    return api.forecast("haiphong", as_of=AS_OF, plans_dir=PLANS)


@pytest.fixture(scope="module")
def vietnam() -> ForecastResult:
    return api.forecast("vietnam", as_of=AS_OF, plans_dir=PLANS)


def test_todays_unit_comes_first(haiphong: ForecastResult) -> None:
    assert [(t.territory, t.role) for t in haiphong.territories] == [
        ("haiphong", "current"),
        ("former:haiduong", "former"),
        ("former:haiphong", "former"),
    ]


def test_a_period_over_and_not_fully_reported_is_never_met_on_a_projection(haiphong: ForecastResult) -> None:
    # QĐ 117: 15.400 for "2022-2025"; the plan projected 1.080 + 4.017 + 5.764 + 4.194 + 485 = 15.540;
    # the former city reported 7.900 for 2021–2024 and nothing for 2025 alone.
    a = _assessment(haiphong, "former:haiphong", "quota-2021-2025")
    assert (a.status, a.basis, a.value) == (Status.UNKNOWN, Basis.UNKNOWN, None)
    assert (a.delivered, a.reported_from, a.reported_to, a.projected) == (7900, 2021, 2024, 15540)
    assert a.period_over and not a.final
    over = next(n for n in a.notes if n.code is NoteCode.PERIOD_OVER_UNREPORTED)
    assert over.params == {"first": 2021, "reported_to": 2024, "delivered": 7900, "projected": 15540, "plan_year": 2024}


def test_a_final_target_is_reported_against_its_units(haiphong: ForecastResult) -> None:
    # Merged city: 5.861 (2021–2024) + 13.147 (2025) = 19.008 against QĐ 444's 16.555 → 114,8 %.
    a = _assessment(haiphong, "haiphong", "hp-quota-2021-2025")
    assert (a.status, a.basis, a.final, a.value, a.gap, a.ratio) == (
        Status.MET,
        Basis.REPORTED,
        True,
        19008,
        2453,
        1.1482,
    )
    # 2025 alone: 13.147 against 10.694 → 122,9 %.
    a = _assessment(haiphong, "haiphong", "hp-quota-2025")
    assert (a.status, a.value, a.ratio) == (Status.MET, 13147, 1.2294)


def test_a_future_period_rests_on_the_plan(haiphong: ForecastResult) -> None:
    # 2026–2030 of QĐ 117: 2.554 + 7.389 + 12.434 + 11.934 + 1.817 = 36.128 against 18.100.
    a = _assessment(haiphong, "former:haiphong", "quota-2026-2030")
    assert (a.status, a.basis, a.value, a.projected, a.ratio) == (Status.MET, Basis.FORECAST, 36128, 36128, 1.996)


def test_reported_years_replace_the_projection_of_the_same_years(haiphong: ForecastResult) -> None:
    # Whole span 2021–2030: 7.900 reported for 2021–2024, then what the plan still projects for
    # 2025–2030: (15.540 − 1.080 − 7.231 in 2024) = 7.229 in 2025 + 36.128 = 43.357 → 51.257.
    a = _assessment(haiphong, "former:haiphong", "quota-total")
    assert (a.basis, a.delivered, a.value) == (Basis.REPORTED_FORECAST, 7900, 51257)
    assert a.projected == 51668 and a.status is Status.MET


def test_without_a_projection_the_status_is_unknown_and_says_what_it_takes(haiphong: ForecastResult) -> None:
    # Merged city 2026–2030: 32.845 to go over 5 years → 6.569 a year; 13.147 in 2025.
    a = _assessment(haiphong, "haiphong", "hp-quota-2026-2030")
    assert (a.status, a.basis) == (Status.UNKNOWN, Basis.UNKNOWN)
    assert (a.needed_per_year, a.years_left, a.recent_per_year, a.recent_years) == (6569, 5, 13147, "2025")
    assert [n.code for n in a.notes] == [NoteCode.NO_PROJECTION]


def test_the_country(vietnam: ForecastResult) -> None:
    # 2025: 102.633 against QĐ 444's 100.275 → met, 102,4 %.
    a = _assessment(vietnam, "vietnam", "qd444-2025")
    assert (a.status, a.basis, a.final, a.value, a.ratio) == (Status.MET, Basis.REPORTED, True, 102633, 1.0235)
    # 2021–2025: 66.755 + 102.633 = 169.388 against about 428.000 → 39,6 %, final.
    a = _assessment(vietnam, "vietnam", "quota-2021-2025")
    assert (a.status, a.value, a.ratio, a.final) == (Status.OFF_TRACK, 169388, 0.3958, True)
    # NQ 7 2026–2030: 973.471 less the 544 reported for Jan–Feb 2026 (partial, as of 26/02/2026) over
    # 5 years → 194.585,4, so 194.586 a year, against 102.633 in 2025.
    a = _assessment(vietnam, "vietnam", "nq7-2026-2030")
    assert (a.delivered, a.partial, a.needed_per_year, a.recent_per_year) == (544, 544, 194586, 102633)


def test_a_reported_figure_that_reaches_the_target_is_met_before_its_years_end() -> None:
    from nhaoxh_cli.engine.assess import assess, target_ref
    from nhaoxh_cli.engine.projection import project
    from nhaoxh_cli.engine.reports import primary_reports
    from nhaoxh_cli.loader.plans import load_plan_text

    text = """
schema_version: 1
province: {slug: testland, name: Testland}
sources: {a: {document: "1/QĐ-UBND", date: "2025-01-10"}}
targets:
  - {id: t, kind: quota, years: 2025-2027, units: 1000, source: {doc: a, section: "1"}}
reported:
  - {years: 2025, units: 1200, source: {doc: a, section: "2"}}
"""
    plan = load_plan_text(text).plan
    assert plan is not None
    target = plan.targets[0]
    ref = target_ref(plan, target, "t")
    assert ref is not None
    a = assess(plan, target, ref, dt.date(2026, 3, 1), project(plan, "testland"), primary_reports(plan, "testland"))
    assert (a.status, a.basis, a.value, a.final) == (Status.MET, Basis.REPORTED, 1200, False)
    assert a.notes[0].code is NoteCode.REACHED_EARLY
