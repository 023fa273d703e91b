"""Forecast units per period and compare them with every target.

SPEC.md, "The calculation": forecast units of a period = units completed in
it + the units each pipeline stage delivers in it. A delivery's stated units
win; a share alone gives round(share × stage units), halves up. Each target
is compared by gap = forecast − target and ratio = forecast / target, and the
ratio gives the status. What the plan cannot compute is None, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ..domain import COMPLETED, WHOLE_SPAN, Qualifier, Stage, Status, TargetKind, status_for
from ..model import Citation, Delivery, Period, Plan, Province, StagePipeline, Target
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
    territory: str | None
    periods: list[PeriodForecast]
    total: SpanForecast
    has_pipeline: bool  # False: the plan states no completions or deliveries


def delivery_units(delivery: Delivery, stage: StagePipeline) -> int | None:
    """A delivery's units: as stated, else its share of the stage's units."""
    if delivery.units is not None:
        return delivery.units
    stage_units = delivery.stage_units if delivery.stage_units is not None else stage.units
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
    ratio = Fraction(forecast_units, units) if units > 0 else None
    return TargetComparison(target, units, basis, forecast_units, forecast_units - units, ratio, status_for(ratio))


def _sum(values: list[int | None]) -> int | None:
    return None if any(v is None for v in values) else sum(v for v in values if v is not None)


def _stage_keys(plan: Plan) -> list[str]:
    return [COMPLETED] + [stage.value for stage in Stage if stage in plan.pipeline]


def _by_stage(plan: Plan, period_id: str) -> dict[str, int | None]:
    by_stage: dict[str, int | None] = {COMPLETED: sum(c.units for c in plan.completed if c.period == period_id)}
    for stage in Stage:
        pipeline = plan.pipeline.get(stage)
        if pipeline is not None:
            by_stage[stage.value] = _sum(
                [delivery_units(d, pipeline) for d in pipeline.deliveries if d.period == period_id]
            )
    return by_stage


def forecast_plan(plan: Plan) -> Forecast:
    """The forecast of every period and of the whole span, compared with every target."""
    has_pipeline = bool(plan.completed) or any(p.deliveries for p in plan.pipeline.values())
    periods = []
    for period in sorted(plan.periods, key=lambda p: (p.start_year, p.end_year)):
        by_stage = _by_stage(plan, period.id)
        units = _sum(list(by_stage.values())) if has_pipeline else None
        targets = [compare(plan, t, units) for t in plan.targets if t.period == period.id]
        periods.append(PeriodForecast(period, units, by_stage, targets))
    keys = _stage_keys(plan)
    span_by_stage = {key: _sum([p.by_stage.get(key) for p in periods]) for key in keys}
    span_units = _sum([p.forecast_units for p in periods]) if periods and has_pipeline else None
    span = SpanForecast(
        start_year=min((p.period.start_year for p in periods), default=None),
        end_year=max((p.period.end_year for p in periods), default=None),
        forecast_units=span_units,
        by_stage=span_by_stage,
        targets=[compare(plan, t, span_units) for t in plan.targets if t.period == WHOLE_SPAN],
    )
    return Forecast(plan.province, plan.territory, periods, span, has_pipeline)


__all__ = [
    "Citation",
    "Forecast",
    "PeriodForecast",
    "Qualifier",
    "SpanForecast",
    "TargetComparison",
    "compare",
    "delivery_units",
    "forecast_plan",
    "target_units",
]
