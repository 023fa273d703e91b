"""Forecast units per period and compare them with every target.

SPEC.md, "The calculation": forecast units of a period = units completed in
it + the units each pipeline stage delivers in it. A delivery's stated units
win; a share alone gives round(share × stage units), halves up. Each target
is compared by gap = forecast − target and ratio = forecast / target, and the
ratio gives the status. What the plan cannot compute is None, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from ..domain import COMPLETED, WHOLE_SPAN, Stage, Status, TargetKind, ratio_of, status_for
from ..model import Delivery, Period, Plan, Province, Reported, StagePipeline, Target
from ..numbers import share_of


@dataclass(frozen=True)
class TargetComparison:
    """One target, and how the forecast compares with it."""

    target: Target
    units: int | None  # the target's units: stated, or computed from a share
    units_basis: str  # "stated", "share", or why the units are unknown
    forecast_units: int | None
    gap: int | None
    ratio: Fraction | None
    status: Status

    @property
    def kind(self) -> TargetKind:
        return self.target.kind


@dataclass(frozen=True)
class PeriodForecast:
    period: Period
    forecast_units: int | None
    by_stage: dict[str, int | None]  # "completed" and each stage of the plan's pipeline
    targets: list[TargetComparison]
    basis: str = "forecast"  # or "reported": completions reported for every year of the period

    @property
    def id(self) -> str:
        return self.period.id


@dataclass(frozen=True)
class SpanForecast:
    """The plan's whole span: first year of its first period to the last year."""

    start_year: int | None
    end_year: int | None
    forecast_units: int | None
    by_stage: dict[str, int | None]
    targets: list[TargetComparison]


@dataclass(frozen=True)
class Forecast:
    province: Province
    territory: str
    periods: list[PeriodForecast]
    total: SpanForecast
    has_pipeline: bool  # False: no baseline completions or deliveries for this territory
    year_targets: list[TargetComparison] = field(default_factory=list)  # compared with reported completions


def delivery_units(delivery: Delivery, stage: StagePipeline) -> int | None:
    """A delivery's units: as stated, else its share of the stage's units."""
    if delivery.units is not None:
        return delivery.units
    stage_units = delivery.stage_units if delivery.stage_units is not None else stage.stage_units
    if delivery.share is not None and stage_units is not None:
        return share_of(delivery.share, stage_units)
    return None


def target_units(plan: Plan, target: Target, _seen: frozenset[int] = frozenset()) -> tuple[int | None, str]:
    """A target's units and how they were found: stated, a share of another, or unknown."""
    if target.units is not None:
        return target.units, "stated"
    if target.share is None:
        return None, "the source states no units for this target"
    if target.of is None:
        what = target.of_text or "a figure"
        return None, f"{target.share}% of {what} whose size the source does not give"
    base = plan.target(target.of)
    if base is None or id(base) in _seen:
        return None, f"{target.share}% of '{target.of}', which the plan cannot compute"
    base_units, _ = target_units(plan, base, _seen | {id(target)})
    if base_units is None:
        return None, f"{target.share}% of '{target.of}', whose units are unknown"
    return share_of(target.share, base_units), f"{target.share}% of {target.of} ({base_units})"


def compare(plan: Plan, target: Target, forecast_units: int | None) -> TargetComparison:
    units, basis = target_units(plan, target)
    if units is None or forecast_units is None:
        return TargetComparison(target, units, basis, forecast_units, None, None, Status.UNKNOWN)
    ratio = ratio_of(forecast_units, units)
    return TargetComparison(target, units, basis, forecast_units, forecast_units - units, ratio, status_for(ratio))


def _sum(values: list[int | None]) -> int | None:
    return None if any(v is None for v in values) else sum(v for v in values if v is not None)


def reported_sum(reports: list[Reported], first: int, last: int) -> int | None:
    """Units reported for exactly the years first..last, or None.

    The reports inside the range must cover every year once: no gap, no
    overlap (two reports of the same years are a conflict, not a sum).
    """
    inside = sorted((r for r in reports if first <= r.years[0] and r.years[1] <= last), key=lambda r: r.years)
    year = first
    for report in inside:
        if report.years[0] != year:
            return None
        year = report.years[1] + 1
    return sum(r.final_count or 0 for r in inside) if inside and year == last + 1 else None


@dataclass(frozen=True)
class _Figures:
    """The figures of one territory, alternatives left out."""

    targets: list[Target]
    pipeline: dict[Stage, StagePipeline]
    reported: list[Reported]
    completed_by_period: dict[str, int]


def _figures(plan: Plan, territory: str) -> _Figures:
    mine = plan.territory_of
    completed: dict[str, int] = {}
    for c in plan.completed:
        if mine(c) == territory:
            completed[c.period] = completed.get(c.period, 0) + c.units
    return _Figures(
        targets=[t for t in plan.targets if mine(t) == territory and not t.alternative],
        pipeline={stage: p for stage, p in plan.pipeline.items() if mine(p) == territory},
        reported=[r for r in plan.reported if mine(r) == territory and not r.alternative and r.final_count is not None],
        completed_by_period=completed,
    )


def _by_stage(figures: _Figures, period_id: str) -> dict[str, int | None]:
    by_stage: dict[str, int | None] = {COMPLETED: figures.completed_by_period.get(period_id, 0)}
    for stage in Stage:
        pipeline = figures.pipeline.get(stage)
        if pipeline is not None:
            by_stage[stage.value] = _sum(
                [delivery_units(d, pipeline) for d in pipeline.deliveries if d.period == period_id]
            )
    return by_stage


def forecast_plan(plan: Plan, territory: str | None = None) -> Forecast:
    """The forecast of every period and of the whole span for one territory (default: the
    plan's), compared with every target of that territory and no other."""
    territory = territory or plan.default_territory
    figures = _figures(plan, territory)
    # Only a baseline or a pipeline forecasts; reports alone know only the years they cover.
    has_pipeline = bool(figures.completed_by_period) or any(p.deliveries for p in figures.pipeline.values())
    keys = [COMPLETED] + [stage.value for stage in Stage if stage in figures.pipeline]
    periods = []
    for period in sorted(plan.periods, key=lambda p: (p.start_year, p.end_year)):
        actual = reported_sum(figures.reported, period.start_year, period.end_year)
        if actual is not None:  # the period is over and reported year by year: actuals win
            by_stage: dict[str, int | None] = {key: 0 for key in keys}
            by_stage[COMPLETED] = actual
            units: int | None = actual
        elif has_pipeline:
            by_stage = _by_stage(figures, period.id)
            units = _sum(list(by_stage.values()))
        else:  # nothing forecasts this period: unknown, not zero
            by_stage, units = {key: None for key in keys}, None
        targets = [compare(plan, t, units) for t in figures.targets if t.period == period.id]
        periods.append(
            PeriodForecast(period, units, by_stage, targets, "reported" if actual is not None else "forecast")
        )
    span_by_stage = {key: _sum([p.by_stage.get(key) for p in periods]) for key in keys}
    span_units = _sum([p.forecast_units for p in periods]) if periods else None
    span = SpanForecast(
        start_year=min((p.period.start_year for p in periods), default=None),
        end_year=max((p.period.end_year for p in periods), default=None),
        forecast_units=span_units,
        by_stage=span_by_stage,
        targets=[compare(plan, t, span_units) for t in figures.targets if t.period == WHOLE_SPAN],
    )
    year_targets = [
        compare(plan, t, reported_sum(figures.reported, *t.years)) for t in figures.targets if t.years is not None
    ]
    return Forecast(plan.province, territory, periods, span, has_pipeline, year_targets)


def forecast_territories(plan: Plan) -> list[Forecast]:
    """One forecast per territory the plan covers, the plan's own first."""
    return [forecast_plan(plan, territory) for territory in plan.territories()]


__all__ = [
    "Forecast",
    "PeriodForecast",
    "SpanForecast",
    "TargetComparison",
    "compare",
    "delivery_units",
    "forecast_plan",
    "forecast_territories",
    "reported_sum",
    "target_units",
]
