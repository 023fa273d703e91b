"""The plan's own projection: units per stage per period, and per year.

SPEC.md, "The calculation": the units of a period = units completed in it +
the units each pipeline stage delivers in it. A delivery's stated units win;
a share alone gives round(share × stage units), halves up. What the plan
cannot compute is None, never a guess.

Years follow the source (docs/method.md, "Years"):
- units completed are placed in the years the source gives them ("1.080 in
  2021-2022" → 2021 and 2022 only), else over their period;
- a stage's delivery in a period is spread over the period's years from the
  year of the document that states it (a January 2024 plan cannot deliver in
  2021), by the stage's profile (even by default), with largest-remainder
  rounding so the years add up to the period exactly, stage by stage;
- projects with an expected completion year are placed in that year.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

from ..domain import COMPLETED, WHOLE_SPAN, Stage
from ..model import Delivery, Period, Plan, Profile, Scenario, StagePipeline, Target
from ..numbers import share_of
from ..results.common import Share
from ..values import frozen


def largest_remainder(units: int, weights: list[int]) -> list[int]:
    """Split `units` in proportion to `weights`: floors, then one more unit to the largest
    remainders (earlier years first on ties). The parts add up to `units` exactly."""
    total = sum(weights)
    if units == 0 or total == 0:
        return [0] * len(weights)
    exact = [Fraction(units * w, total) for w in weights]
    parts = [math.floor(e) for e in exact]
    left = units - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += 1
    return parts


def profile_weights(profile: Profile | None, years: int) -> list[int]:
    """Weights of the years of a period: even, early (n…1) or late (1…n), after a lead-in."""
    profile = profile or Profile()
    lead = min(profile.lead_in, years - 1)
    active = years - lead
    shape = {"even": [1] * active, "early": list(range(active, 0, -1)), "late": list(range(1, active + 1))}
    return [0] * lead + shape[profile.shape]


def delivery_units(delivery: Delivery, stage: StagePipeline) -> int | None:
    """A delivery's units: as stated, else its share of the stage's units."""
    if delivery.units is not None:
        return delivery.units
    stage_units = delivery.stage_units if delivery.stage_units is not None else stage.stage_units
    if delivery.share is not None and stage_units is not None:
        return share_of(delivery.share, stage_units)
    return None


def target_units(plan: Plan, target: Target, _seen: frozenset[int] = frozenset()) -> tuple[int | None, Share | None]:
    """A target's units and, when they are not stated, the share they are computed from.

    Returns (units, None) for stated units; (units, Share(80, of …)) for a share of another target
    whose units are known; (None, Share(…)) for a share of something the plan cannot count; (None,
    None) when the target gives neither units nor a share.
    """
    if target.units is not None:
        return target.units, None
    if target.share is None:
        return None, None
    percent = float(target.share)
    if target.of is None:
        return None, Share(percent, of_text=target.of_text)
    base = plan.target(target.of)
    if base is None or id(base) in _seen:
        return None, Share(percent, of=target.of)
    span = target_years(plan, base)
    share = Share(
        percent,
        of=target.of,
        of_kind=base.kind,
        of_start=span[0] if span else None,
        of_end=span[1] if span else None,
    )
    base_units, _ = target_units(plan, base, _seen | {id(target)})
    if base_units is None:
        return None, share
    return share_of(target.share, base_units), share


def span_years(plan: Plan) -> list[int]:
    """The years the plan speaks of: its periods, else the years of its figures."""
    if plan.periods:
        return list(range(min(p.start_year for p in plan.periods), max(p.end_year for p in plan.periods) + 1))
    spans = [t.years for t in plan.targets if t.years] + [r.years for r in plan.reported]
    if not spans:
        return []
    return list(range(min(s[0] for s in spans), max(s[1] for s in spans) + 1))


def target_years(plan: Plan, target: Target) -> tuple[int, int] | None:
    """The inclusive years a target covers: its own, its period's, or the plan's whole span."""
    if target.years:
        return target.years
    if target.period == WHOLE_SPAN:
        years = span_years(plan)
        return (years[0], years[-1]) if years else None
    period = plan.period(target.period or "")
    return (period.start_year, period.end_year) if period else None


def _completion_years(text: str | None, period: Period) -> tuple[int, int]:
    """The years a completion covers: as the source gives them ("2021-2022"), else its period."""
    if text:
        parts = text.replace("–", "-").split("-")
        if all(p.strip().isdigit() and len(p.strip()) == 4 for p in parts):
            first, last = int(parts[0]), int(parts[-1])
            if period.start_year <= first <= last <= period.end_year:
                return first, last
    return period.start_year, period.end_year


@frozen
class Projection:
    """One territory's projection by the plan: per stage, per year (and so per period)."""

    territory: str
    has_pipeline: bool  # a baseline or a delivery: without one the plan projects nothing
    years: list[int]
    by_stage: dict[str, dict[int, int]]  # "completed" and each stage → year → units
    periods: dict[str, dict[str, int | None]]  # period id → stage → units (None: not computable)
    first_delivery_year: dict[str, int]  # stage → the first year its deliveries may fall in
    unknown_years: frozenset[int] = frozenset()  # years of a delivery whose units are not computable

    def year_total(self, year: int) -> int | None:
        if not self.has_pipeline:
            return None
        return sum(values.get(year, 0) for values in self.by_stage.values())

    def between(self, first: int, last: int) -> int | None:
        """The projected units of the years first..last (None without a pipeline, or when a delivery
        falling in those years has units the plan cannot compute: never counted as 0)."""
        if not self.has_pipeline or not self.years or first < self.years[0] or last > self.years[-1]:
            return None
        if any(first <= year <= last for year in self.unknown_years):
            return None
        return sum(values.get(y, 0) for values in self.by_stage.values() for y in range(first, last + 1))

    def period_total(self, period_id: str) -> int | None:
        stages = self.periods.get(period_id)
        if not self.has_pipeline or stages is None or any(v is None for v in stages.values()):
            return None
        return sum(v or 0 for v in stages.values())


def _document_year(plan: Plan, doc: str) -> int | None:
    source = plan.sources.get(doc)
    return source.date.year if source is not None and source.date is not None else None


def project(plan: Plan, territory: str, scenario: Scenario | None = None) -> Projection:
    """The plan's projection for one territory; a scenario scales and delays each stage."""
    years = span_years(plan)
    mine = plan.territory_of
    completions = [c for c in plan.completed if mine(c) == territory]
    pipelines = {s: p for s, p in plan.pipeline.items() if mine(p) == territory}
    has_pipeline = bool(completions) or any(p.deliveries for p in pipelines.values())
    by_stage: dict[str, dict[int, int]] = {COMPLETED: dict.fromkeys(years, 0)}
    periods: dict[str, dict[str, int | None]] = {p.id: {COMPLETED: 0} for p in plan.periods}
    for completion in completions:
        period = plan.period(completion.period)
        if period is None:
            continue
        first, last = _completion_years(completion.years, period)
        span = list(range(first, last + 1))
        for year, units in zip(span, largest_remainder(completion.units, [1] * len(span)), strict=True):
            by_stage[COMPLETED][year] = by_stage[COMPLETED].get(year, 0) + units
        periods[period.id][COMPLETED] = (periods[period.id][COMPLETED] or 0) + completion.units
    first_years: dict[str, int] = {}
    unknown: set[int] = set()
    for stage in Stage:
        pipeline = pipelines.get(stage)
        if pipeline is None:
            continue
        for stages in periods.values():
            stages[stage.value] = 0
        by_year = dict.fromkeys(years, 0)
        for delivery in pipeline.deliveries:
            period = plan.period(delivery.period)
            delivered = delivery_units(delivery, pipeline)
            if period is None:
                continue
            stages = periods[period.id]
            before = stages[stage.value]
            stages[stage.value] = None if delivered is None or before is None else before + delivered
            if delivered is None:
                unknown.update(range(period.start_year, period.end_year + 1))
                continue
            start = max(period.start_year, min(_document_year(plan, delivery.source.doc) or 0, period.end_year))
            first_years[stage.value] = min(first_years.get(stage.value, start), start)
            _place(by_year, delivered, pipeline, list(range(start, period.end_year + 1)))
        if scenario is not None and stage in scenario.stages:
            change = scenario.stages[stage]
            by_year = _changed(by_year, change.share_factor, change.delay_years, years)
        by_stage[stage.value] = by_year
    if scenario is not None:  # a scenario changes the years; the periods follow from them
        for period in plan.periods:
            for key, values in by_stage.items():
                periods[period.id][key] = sum(values.get(y, 0) for y in range(period.start_year, period.end_year + 1))
    return Projection(territory, has_pipeline, years, by_stage, periods, first_years, frozenset(unknown))


def _place(by_year: dict[int, int], units: int, pipeline: StagePipeline, period_years: list[int]) -> None:
    """A delivery's units over its years: projects with an expected year there, the rest by the profile."""
    dated: dict[int, int] = {}
    for project in pipeline.projects:
        if project.expected_completion is not None and project.expected_completion in period_years:
            dated[project.expected_completion] = dated.get(project.expected_completion, 0) + project.units
    placed = sum(dated.values()) if sum(dated.values()) <= units else 0
    rest = largest_remainder(units - placed, profile_weights(pipeline.profile, len(period_years)))
    for year, share in zip(period_years, rest, strict=True):
        by_year[year] = by_year.get(year, 0) + share
    if placed:
        for year, share in dated.items():
            by_year[year] += share


def _changed(by_year: dict[int, int], share_percent: Decimal, delay: int, years: list[int]) -> dict[int, int]:
    """Scale each year's units (so the total is round(share × total)) and shift them later; units
    shifted past the plan's last year leave it."""
    ordered = [by_year.get(y, 0) for y in years]
    total = sum(ordered)
    scaled_total = int((Decimal(total) * share_percent / 100).to_integral_value())
    scaled = largest_remainder(scaled_total, ordered) if total else ordered
    shifted = dict.fromkeys(years, 0)
    for year, units in zip(years, scaled, strict=True):
        if year + delay in shifted:
            shifted[year + delay] += units
    return shifted
