"""Other bases for the projection, each named, never a second headline.

- a scenario (`delayed`, `pessimistic`, or the plan's own): the plan's projection with its stages
  scaled and delayed;
- calibrated: the territory's stocks flowing at the rates the dated pipeline snapshots imply, from
  the year after the data; the years before keep what was reported (the basis starts from the
  data, so a year already reported is never re-projected);
- a simulation around either: its band, and the odds of each target, on that basis.
The assessment of each target (engine/assess.py) is computed without any of these. Only targets
still open are given another basis's figure and odds: a target whose years are over (reported or
not), or one of a unit that no longer exists, has its one answer and no chance left to weigh.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from ..domain import COMPLETED, Stage, Status, ratio_of, status_for
from ..model import Plan, Scenario, StageScenario
from ..results.common import Assessment, NoteCode
from ..results.forecast import (
    Alternative,
    AlternativeTarget,
    Calibration,
    Rates,
    Simulation,
    TerritoryForecast,
)
from . import calibrate as cal
from .projection import Projection, project
from .province import Options
from .reports import coverage, primary_reports
from .simulate import DEFAULT_RUNS, DEFAULT_SEED, simulate

#: Scenarios every plan has; a plan's own `scenarios` may add to them or replace them by name.
BUILT_IN_SCENARIOS: dict[str, Scenario] = {
    "delayed": Scenario(
        description="every stage not yet started delivers one year later",
        stages={s: StageScenario(delay_years=1) for s in Stage if s is not Stage.STARTED},
    ),
    "pessimistic": Scenario(
        description="projects not yet started deliver half of what is planned, a year late",
        stages={s: StageScenario(share_factor=Decimal(50), delay_years=1) for s in Stage if s is not Stage.STARTED},
    ),
}


class UnknownScenario(LookupError):
    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(name)
        self.name = name
        self.known = known


def scenario_of(plan: Plan, name: str) -> Scenario:
    chosen = plan.scenarios.get(name) or BUILT_IN_SCENARIOS.get(name)
    if chosen is None:
        raise UnknownScenario(name, sorted({*plan.scenarios, *BUILT_IN_SCENARIOS}))
    return chosen


def is_open(a: Assessment) -> bool:
    """A target whose outcome is still to come: its years not over, its result not final, its unit
    still a unit."""
    void = any(n.code in (NoteCode.MERGED_BEFORE_END, NoteCode.NOT_ASSIGNED) for n in a.notes)
    # met by what was reported is met on every basis; met on the plan's projection is one more basis's figure
    reached = a.status is Status.MET and a.delivered is not None and a.delivered >= (a.target.units or 0)
    return a.target.units is not None and not a.final and not a.period_over and not void and not reached


def _per_year(flows: dict[str, dict[int, int]]) -> dict[int, int]:
    totals: dict[int, int] = {}
    for values in flows.values():
        for year, units in values.items():
            totals[year] = totals.get(year, 0) + units
    return totals


def _alternative(
    plan: Plan, forecast: TerritoryForecast, basis: str, name: str, per_year: dict[int, int], from_year: int | None
) -> Alternative:
    def between(first: int, last: int) -> int:
        return sum(per_year.get(y, 0) for y in range(first, last + 1))

    targets = []
    for a in forecast.assessments:
        t = a.target
        if t.units is None:
            continue
        if not is_open(a):  # its one answer holds on every basis: no other figure, no odds
            targets.append(
                AlternativeTarget(
                    target_id=t.id,
                    territory=t.territory,
                    units=t.units,
                    value=a.value,
                    ratio=a.ratio,
                    status=a.status.value,
                    settled=True,
                )
            )
            continue
        value = between(t.start_year, t.end_year)
        exact = ratio_of(value, t.units)
        targets.append(
            AlternativeTarget(
                target_id=t.id,
                territory=t.territory,
                units=t.units,
                value=value,
                ratio=None if exact is None else float(exact),
                status=status_for(exact).value,
            )
        )
    return Alternative(
        basis=basis,
        name=name,
        territory=forecast.territory,
        from_year=from_year,
        periods={p.id: between(p.start_year, p.end_year) for p in plan.periods},
        total=sum(per_year.values()),
        years={str(y): u for y, u in sorted(per_year.items())},
        targets=targets,
    )


def _rates(rates: cal.Rates) -> Rates:
    return Rates(
        start=rates.start,
        end=rates.end,
        start_as_of=rates.start_as_of,
        end_as_of=rates.end_as_of,
        completion_rate=round(rates.completion_rate, 4),
        start_rate=None if rates.start_rate is None else round(rates.start_rate, 4),
        completion_lead_years=None if rates.completion_lead_years is None else round(rates.completion_lead_years, 2),
        start_lead_years=None if rates.start_lead_years is None else round(rates.start_lead_years, 2),
    )


def _calibrated_flows(
    plan: Plan, territory: str, projection: Projection, rates: cal.Rates, as_of: dt.date
) -> tuple[dict[str, dict[int, int]], int] | None:
    """The calibrated flows of a territory: reported years as reported, then the stocks at the rates."""
    years = projection.years
    if not years:
        return None
    reports = primary_reports(plan, territory, as_of)
    data = coverage(reports, years[0], years[-1])
    latest = cal.latest_stocks(plan, as_of) if not projection.has_pipeline else None
    from_year = (data.reported_to + 1) if data.reported_to is not None else years[0]
    if latest is not None:
        from_year = max(from_year, latest[0].year + 1)
    elif projection.has_pipeline:
        start = min(projection.first_delivery_year.values(), default=from_year)
        from_year = max(from_year, start)
    flows = cal.calibrated_flows(plan, territory, rates, from_year, years)
    if not flows:
        return None
    done = dict.fromkeys(years, 0)
    for block in data.blocks:  # several-year reports are placed in their last year: the sums are what matter
        done[block.years[1]] += block.units or 0
    if data.reported_to is None or data.reported_to < from_year - 1:
        for year in years:  # a baseline the plan states, for years the reports do not cover
            if year < from_year and (data.reported_to is None or year > data.reported_to):
                done[year] += projection.by_stage.get(COMPLETED, {}).get(year, 0)
    flows[COMPLETED] = done
    return flows, from_year


def alternatives_for(
    plan: Plan,
    territories: list[TerritoryForecast],
    projections: dict[str, Projection],
    options: Options,
    as_of: dt.date,
) -> tuple[list[Alternative], list[Simulation], Calibration | None]:
    alternatives: list[Alternative] = []
    simulations: list[Simulation] = []
    calibration = None
    runs = options.simulate
    for forecast in territories:
        projection = projections[forecast.territory]
        scopes = [(p.id, p.start_year, p.end_year) for p in forecast.periods]
        if forecast.total.start_year is not None and forecast.total.end_year is not None:
            scopes.append(("total", forecast.total.start_year, forecast.total.end_year))
        odds = [
            (a.target.id, a.target.units, a.target.start_year, a.target.end_year)
            for a in forecast.assessments
            if is_open(a) and a.target.units is not None
        ]
        if options.scenario and projection.has_pipeline:
            changed = project(plan, forecast.territory, scenario_of(plan, options.scenario))
            per_year = _per_year(changed.by_stage)
            alternatives.append(_alternative(plan, forecast, "scenario", options.scenario, per_year, None))
        if runs and projection.has_pipeline:
            simulations.append(
                simulate(plan, forecast.territory, projection.by_stage, "plan", runs, options.seed, scopes, odds)
            )
    if options.calibration_plan is not None:
        found = cal.calibrate(options.calibration_plan, as_of)
        calibration = Calibration(
            source=options.calibration_plan.province.slug,
            intervals=[_rates(r) for r in found.intervals],
            overall=_rates(found.overall) if found.overall else None,
        )
        if found.overall is not None:
            for forecast in territories:
                flows = _calibrated_flows(
                    plan, forecast.territory, projections[forecast.territory], found.overall, as_of
                )
                if flows is None:
                    continue
                by_stage, from_year = flows
                alternative = _alternative(
                    plan, forecast, "calibrated", calibration.source, _per_year(by_stage), from_year
                )
                scopes = [(p.id, p.start_year, p.end_year) for p in forecast.periods]
                odds = [
                    (a.target.id, a.target.units, a.target.start_year, a.target.end_year)
                    for a in forecast.assessments
                    if is_open(a) and a.target.units is not None
                ]
                simulation = simulate(
                    plan,
                    forecast.territory,
                    by_stage,
                    "calibrated",
                    runs or DEFAULT_RUNS,
                    options.seed if runs else DEFAULT_SEED,
                    scopes,
                    odds,
                )
                simulations.append(simulation)
                alternatives.append(_with_odds(alternative, simulation))
    return alternatives, simulations, calibration


def _with_odds(alternative: Alternative, simulation: Simulation) -> Alternative:
    """The alternative's targets with the band and odds of the simulation on the same basis."""
    odds = {o.target_id: o for o in simulation.targets}
    targets = [
        replace(t, band=odds[t.target_id].band, probability=odds[t.target_id].probability) if t.target_id in odds else t
        for t in alternative.targets
    ]
    return replace(alternative, targets=targets)
