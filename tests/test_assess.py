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
    assert over.params == {
        "first": 2021,
        "reported_to": 2024,
        "delivered": 7900,
        "projected": 15540,
        "projected_ratio": pytest.approx(15540 / 15400),  # 100,9 %, shown beside the projection
        "plan_year": 2024,
    }


def test_a_final_target_is_reported_against_its_units(haiphong: ForecastResult) -> None:
    # Merged city: 5.861 (2021–2024) + 13.147 (2025) = 19.008 against QĐ 444's 16.555 → 114,8 %.
    a = _assessment(haiphong, "haiphong", "hp-quota-2021-2025")
    assert (a.status, a.basis, a.final, a.value, a.gap) == (Status.MET, Basis.REPORTED, True, 19008, 2453)
    assert a.ratio == pytest.approx(19008 / 16555) and a.stated_percent is None  # exact counts: their ratio
    # 2025 alone: 13.147 against 10.694 → 122,9 %.
    a = _assessment(haiphong, "haiphong", "hp-quota-2025")
    assert (a.status, a.value, a.ratio) == (Status.MET, 13147, pytest.approx(13147 / 10694))


def test_a_former_units_later_targets_are_not_assessed(haiphong: ForecastResult) -> None:
    # The former city ended with the merger of 01/07/2025 (Nghị quyết 202/2025/QH15): its 338 quota for
    # 2026–2030 passed to today's Hải Phòng. Its plan's projection stays on record: 2.554 + 7.389 +
    # 12.434 + 11.934 + 1.817 = 36.128 against 18.100 (199,6 %), but no status is given for it.
    a = _assessment(haiphong, "former:haiphong", "quota-2026-2030")
    assert (a.status, a.basis, a.value, a.projected, a.needed_per_year) == (
        Status.UNKNOWN,
        Basis.UNKNOWN,
        None,
        36128,
        None,
    )
    merged = next(n for n in a.notes if n.code is NoteCode.MERGED_BEFORE_END)
    assert merged.params == {"date": "2025-07-01", "projected": 36128, "projected_ratio": pytest.approx(36128 / 18100)}
    # the whole span 2021–2030 runs past the merger too
    total = _assessment(haiphong, "former:haiphong", "quota-total")
    assert (total.status, total.projected) == (Status.UNKNOWN, 51668)


SPAN_PLAN = """
schema_version: 1
province: {slug: testland, name: Testland}
sources: {a: {document: "1/QĐ-UBND", date: "2024-01-10"}}
periods:
  - {id: p1, start_year: 2021, end_year: 2025}
  - {id: p2, start_year: 2026, end_year: 2030}
targets:
  - {id: early, kind: quota, period: p1, units: 1000, source: {doc: a}}
  - {id: late, kind: quota, period: p2, units: 2000, source: {doc: a}}
  - {id: all, kind: quota, period: total, units: 3000, source: {doc: a}}
completed:
  - {period: p1, units: 100, source: {doc: a}}
pipeline:
  started:
    units: 2900
    deliveries:
      - {period: p1, units: 800, source: {doc: a}}
      - {period: p2, units: 2100, source: {doc: a}}
reported:
  - {years: 2021-2024, units: 600, source: {doc: a}}
"""


def _span_assessments(as_of: dt.date) -> dict[str, Assessment]:
    from nhaoxh_cli.engine.province import territory_forecast
    from nhaoxh_cli.loader.plans import load_plan_text
    from nhaoxh_cli.loader.registry import default_registry

    plan = load_plan_text(SPAN_PLAN).plan
    assert plan is not None
    forecast, _ = territory_forecast(plan, "testland", "other", default_registry(), as_of)
    return {a.target.id: a for a in forecast.assessments}


def test_a_future_period_rests_on_the_plan() -> None:
    # As of 01/03/2025: nothing of 2026–2030 is reported, the plan projects 2.100 against 2.000 → met,
    # 105 %, basis forecast.
    a = _span_assessments(dt.date(2025, 3, 1))["late"]
    assert (a.status, a.basis, a.value, a.ratio) == (Status.MET, Basis.FORECAST, 2100, pytest.approx(2100 / 2000))


def test_reported_years_replace_the_projection_of_the_same_years() -> None:
    # As of 01/03/2025, 2021–2030: 600 reported for 2021–2024, then what the plan projects for 2025–2030.
    # p1's 100 completed, given without years, are spread over 2021–2025 (20 a year); its 800 delivered
    # from 2024, the year of the plan's document (400 a year); p2's 2.100 over 2026–2030. So 2025 holds
    # 20 + 400 = 420, and 600 + 420 + 2.100 = 3.120 against 3.000 → met on reported+forecast; the plan
    # alone projected 100 + 800 + 2.100 = 3.000.
    a = _span_assessments(dt.date(2025, 3, 1))["all"]
    assert (a.basis, a.delivered, a.reported_to, a.projected) == (Basis.REPORTED_FORECAST, 600, 2024, 3000)
    assert (a.value, a.status) == (3120, Status.MET)


def test_without_a_projection_the_status_is_unknown_and_says_what_it_takes(haiphong: ForecastResult) -> None:
    # Merged city 2026–2030: 32.845 to go over 5 years → 6.569 a year; 13.147 in 2025.
    a = _assessment(haiphong, "haiphong", "hp-quota-2026-2030")
    assert (a.status, a.basis) == (Status.UNKNOWN, Basis.UNKNOWN)
    assert (a.needed_per_year, a.years_left, a.recent_per_year, a.recent_years) == (6569, 5, 13147, "2025")
    assert [n.code for n in a.notes] == [NoteCode.NO_PROJECTION]


def test_the_country(vietnam: ForecastResult) -> None:
    # 2025: 102.633 against QĐ 444's 100.275 → met, 102,4 %.
    a = _assessment(vietnam, "vietnam", "qd444-2025")
    assert (a.status, a.basis, a.final, a.value) == (Status.MET, Basis.REPORTED, True, 102633)
    assert a.ratio == pytest.approx(102633 / 100275)
    # 2021–2025: 66.755 + 102.633 = 169.388 against about 428.000 → 39,6 %, final: not met (a result is
    # met or not; near, at risk and off track are for what is still to come).
    a = _assessment(vietnam, "vietnam", "quota-2021-2025")
    assert (a.status, a.value, a.final) == (Status.NOT_MET, 169388, True)
    assert a.ratio == pytest.approx(169388 / 428000)
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


def test_before_the_merger_a_former_unit_is_still_a_unit() -> None:
    # As of 01/03/2025 the former city still existed (the merger took effect 01/07/2025): its 2026–2030
    # quota rests on its plan, 36.128 against 18.100 → met, 199,6 %, basis forecast.
    early = api.forecast("haiphong", as_of=dt.date(2025, 3, 1), plans_dir=PLANS)
    a = _assessment(early, "former:haiphong", "quota-2026-2030")
    assert (a.status, a.basis, a.value) == (Status.MET, Basis.FORECAST, 36128)
    assert not any(n.code is NoteCode.MERGED_BEFORE_END for n in a.notes)
