"""Time: a period's forecast phased into years, scenarios that shift it, and
what has been delivered against each target as of a date.

Phasing conserves units exactly: a stage's delivery in a period is split
over the period's years by its profile with largest-remainder rounding, so
the years of a period add up to the period, stage by stage.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ..domain import COMPLETED, WHOLE_SPAN, Stage, Status, ratio_of, status_for
from ..model import Period, Plan, Profile, Reported, Scenario, Target
from .forecast import delivery_units, reported_sum, target_units


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


def span_years(plan: Plan) -> list[int]:
    if not plan.periods:
        return []
    return list(range(min(p.start_year for p in plan.periods), max(p.end_year for p in plan.periods) + 1))


def _period(plan: Plan, period_id: str) -> Period | None:
    return plan.period(period_id)


def stage_years(plan: Plan, territory: str, scenario: Scenario | None = None) -> dict[str, dict[int, int]]:
    """Units per stage per year for one territory (completions phased over their years).

    A scenario scales a stage's deliveries (share_factor, in percent) and
    delays them; units delayed past the plan's span are lost to it.
    """
    years = span_years(plan)
    result: dict[str, dict[int, int]] = {COMPLETED: dict.fromkeys(years, 0)}
    for completion in plan.completed:
        if plan.territory_of(completion) != territory:
            continue
        period = _period(plan, completion.period)
        if period is None:
            continue
        first, last = period.start_year, period.end_year
        if completion.years:
            parts = completion.years.replace("–", "-").split("-")
            if all(p.strip().isdigit() for p in parts):
                first, last = int(parts[0]), int(parts[-1])
        span = list(range(first, last + 1))
        for year, units in zip(span, largest_remainder(completion.units, [1] * len(span)), strict=True):
            result[COMPLETED][year] = result[COMPLETED].get(year, 0) + units
    for stage in Stage:
        pipeline = plan.pipeline.get(stage)
        if pipeline is None or plan.territory_of(pipeline) != territory:
            continue
        change = scenario.stages.get(stage) if scenario else None
        by_year = dict.fromkeys(years, 0)
        for delivery in pipeline.deliveries:
            period = _period(plan, delivery.period)
            delivered = delivery_units(delivery, pipeline)
            if period is None or delivered is None:
                continue
            period_years = list(range(period.start_year, period.end_year + 1))
            dated: dict[int, int] = {}
            for project in pipeline.projects:
                done = project.expected_completion
                if done is not None and done in period_years:
                    dated[done] = dated.get(done, 0) + project.units
            placed = min(sum(dated.values()), delivered)
            rest = largest_remainder(delivered - placed, profile_weights(pipeline.profile, len(period_years)))
            for year, units_in_year in zip(period_years, rest, strict=True):
                by_year[year] = by_year.get(year, 0) + units_in_year
            if placed == sum(dated.values()):
                for year, units_in_year in dated.items():
                    by_year[year] += units_in_year
        if change is not None:
            by_year = apply_change(by_year, change.share_factor, change.delay_years, years)
        result[stage.value] = by_year
    return result


def apply_change(by_year: dict[int, int], share_percent: Decimal, delay: int, years: list[int]) -> dict[int, int]:
    """Scale each year's units (rounded so the total is round(share × total)) and shift them later."""
    ordered = [by_year.get(y, 0) for y in years]
    total = sum(ordered)
    scaled_total = int((Decimal(total) * share_percent / 100).to_integral_value())
    scaled = largest_remainder(scaled_total, ordered) if total else ordered
    shifted = dict.fromkeys(years, 0)
    for year, units in zip(years, scaled, strict=True):
        if year + delay in shifted:
            shifted[year + delay] += units
    return shifted


@dataclass(frozen=True)
class YearRow:
    year: int
    forecast: int | None  # phased forecast (None: the territory has no pipeline)
    by_stage: dict[str, int]
    reported: int | None  # a report of exactly this year
    targets: list[tuple[Target, int]]  # yearly targets of this year, with their units
    cumulative: int | None  # reported where known, else forecast, summed from the first year
    cumulative_target: int | None

    @property
    def value(self) -> int | None:
        return self.reported if self.reported is not None else self.forecast

    @property
    def ratio(self) -> Fraction | None:
        return ratio_of(self.value, self.targets[0][1]) if self.targets else None

    @property
    def status(self) -> Status:
        return status_for(self.ratio)


def _reports(plan: Plan, territory: str) -> list[Reported]:
    return [
        r
        for r in plan.reported
        if not r.alternative and r.final_count is not None and plan.territory_of(r) == territory
    ]


def year_rows(plan: Plan, territory: str, scenario: Scenario | None = None) -> list[YearRow]:
    stages = stage_years(plan, territory, scenario)
    has_pipeline = any(plan.territory_of(c) == territory for c in plan.completed) or any(
        plan.territory_of(p) == territory and p.deliveries for p in plan.pipeline.values()
    )
    reports = _reports(plan, territory)
    yearly_targets = [
        t
        for t in plan.targets
        if t.years and t.years[0] == t.years[1] and not t.alternative and plan.territory_of(t) == territory
    ]
    rows: list[YearRow] = []
    cumulative: int | None = 0
    cumulative_target: int | None = None
    for year in span_years(plan):
        by_stage = {key: values.get(year, 0) for key, values in stages.items()}
        forecast = sum(by_stage.values()) if has_pipeline else None
        reported = reported_sum(reports, year, year)
        targets = []
        for target in yearly_targets:
            units, _ = target_units(plan, target)
            if target.years and target.years[0] == year and units is not None:
                targets.append((target, units))
        value = reported if reported is not None else forecast
        known = reported_sum(reports, rows[0].year if rows else year, year) if reports else None
        if known is not None:  # reports cover every year so far: the cumulative is known exactly
            cumulative = known
        elif cumulative is not None:
            cumulative = None if value is None else cumulative + value
        if targets:
            cumulative_target = (cumulative_target or 0) + targets[0][1]
        rows.append(
            YearRow(year, forecast, by_stage, reported, targets, cumulative, cumulative_target if targets else None)
        )
    return rows


# -- as of a date ------------------------------------------------------------------


@dataclass(frozen=True)
class Progress:
    """One target as of a date: what is delivered, what is due, and the pace needed."""

    target: Target
    units: int | None
    first_year: int
    last_year: int
    data_until: int | None  # the last year the reports cover
    delivered: int | None  # reported in the target's years, up to data_until
    due: int | None  # the time-pro-rated share of the target due by the as-of date
    due_at_data: int | None  # … due by the end of the reported data, which `delivered` is compared with
    required_rate: int | None  # units a year needed from the end of the data to the end of the target
    recent_rate: int | None  # units a year in the latest report
    final: bool  # the target's years are over

    @property
    def remaining(self) -> int | None:
        return None if self.units is None or self.delivered is None else max(self.units - self.delivered, 0)

    @property
    def ratio(self) -> Fraction | None:
        """Delivered against what is due (or against the whole target once its years are over)."""
        base = self.units if self.final else self.due_at_data
        if self.delivered is None or not base:
            return None
        return Fraction(self.delivered, base)

    @property
    def status(self) -> Status:
        return status_for(self.ratio)


def target_years(plan: Plan, target: Target) -> tuple[int, int] | None:
    if target.years:
        return target.years
    if target.period == WHOLE_SPAN:
        years = span_years(plan)
        return (years[0], years[-1]) if years else None
    period = plan.period(target.period or "")
    return (period.start_year, period.end_year) if period else None


@dataclass(frozen=True)
class SpannedTarget:
    target: Target
    first_year: int
    last_year: int
    units: int | None

    @property
    def name(self) -> str:
        return self.target.id or self.target.kind.value


def spanned_targets(plan: Plan, territory: str) -> list[SpannedTarget]:
    """The targets of a territory that are used (not another source's), each with its years and units."""
    found = []
    for target in plan.targets:
        if target.alternative or plan.territory_of(target) != territory:
            continue
        span = target_years(plan, target)
        if span is not None:
            found.append(SpannedTarget(target, span[0], span[1], target_units(plan, target)[0]))
    return found


def elapsed_share(first: int, last: int, when: dt.date) -> float:
    """The share of the years first..last (inclusive) elapsed at `when`, 0 to 1."""
    start, end = dt.date(first, 1, 1), dt.date(last + 1, 1, 1)
    return min(max((when - start).days / (end - start).days, 0.0), 1.0)


def progress(plan: Plan, territory: str, as_of: dt.date) -> list[Progress]:
    reports = _reports(plan, territory)
    data_until = max((r.years[1] for r in reports), default=None)
    data_until = min(data_until, as_of.year) if data_until is not None else None
    latest = max(reports, key=lambda r: (r.years[1], -r.years[0]), default=None)
    recent = None if latest is None else round((latest.final_count or 0) / (latest.years[1] - latest.years[0] + 1))
    found = []
    for spanned in spanned_targets(plan, territory):
        target, first, last, units = spanned.target, spanned.first_year, spanned.last_year, spanned.units
        delivered: int | None = None
        if data_until is not None:
            delivered = 0 if data_until < first else reported_sum(reports, first, min(data_until, last))
        due = None if units is None else round(units * elapsed_share(first, last, as_of))
        due_at_data = None
        if units is not None and data_until is not None:
            due_at_data = round(units * elapsed_share(first, last, dt.date(data_until + 1, 1, 1)))
        required = None
        if units is not None and delivered is not None and data_until is not None:
            years_left = last - max(data_until, first - 1)
            if years_left > 0:
                required = math.ceil(max(units - delivered, 0) / years_left)
        found.append(
            Progress(
                target,
                units,
                first,
                last,
                data_until,
                delivered,
                due,
                due_at_data,
                required,
                recent,
                final=last < as_of.year and data_until is not None and data_until >= last,
            )
        )
    return found
