"""Monte Carlo over stage conversion and delay: a seeded range, not one number.

Each run draws, for every stage, the share of its stated delivery that
happens (a triangular distribution: low, most likely, high) and a delay in
whole years (a discrete distribution); the stage's yearly units are scaled
and shifted, units pushed past the plan's span are lost to it, and the
baseline completions stay as they are. The same seed gives the same result
on every run and machine (Python's Mersenne Twister, draws in a fixed order).

Defaults, used where the plan's `uncertainty` names no distribution —
stages further from completion convert less and slip more:

| stage | share (low, likely, high) | delay 0 / 1 / 2 years |
|---|---|---|
| started | 0.85, 1.00, 1.05 | 0.70 / 0.25 / 0.05 |
| investor_selected | 0.60, 0.90, 1.00 | 0.50 / 0.35 / 0.15 |
| selecting_investor | 0.30, 0.70, 1.00 | 0.40 / 0.40 / 0.20 |
| other | 0.30, 0.70, 1.00 | 0.40 / 0.40 / 0.20 |
| old_apartment_renovation | 0.30, 0.70, 1.00 | 0.40 / 0.40 / 0.20 |
"""

from __future__ import annotations

import random
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate

from ..domain import COMPLETED, WHOLE_SPAN, Stage
from ..model import Plan, StageUncertainty
from .yearly import span_years, spanned_targets, stage_years

DEFAULT_UNCERTAINTY: dict[Stage, StageUncertainty] = {
    Stage.STARTED: StageUncertainty(conversion=(0.85, 1.0, 1.05), delay={0: 0.70, 1: 0.25, 2: 0.05}),
    Stage.INVESTOR_SELECTED: StageUncertainty(conversion=(0.60, 0.90, 1.0), delay={0: 0.50, 1: 0.35, 2: 0.15}),
    Stage.SELECTING_INVESTOR: StageUncertainty(conversion=(0.30, 0.70, 1.0), delay={0: 0.40, 1: 0.40, 2: 0.20}),
    Stage.OTHER: StageUncertainty(conversion=(0.30, 0.70, 1.0), delay={0: 0.40, 1: 0.40, 2: 0.20}),
    Stage.OLD_APARTMENT_RENOVATION: StageUncertainty(conversion=(0.30, 0.70, 1.0), delay={0: 0.40, 1: 0.40, 2: 0.20}),
}


@dataclass(frozen=True)
class Range:
    p10: int
    p50: int
    p90: int


@dataclass(frozen=True)
class TargetOdds:
    target_id: str
    units: int
    first_year: int
    last_year: int
    probability: float  # share of runs whose units in the target's years reach the target


@dataclass(frozen=True)
class Simulation:
    runs: int
    seed: int
    years: dict[int, Range]
    periods: dict[str, Range]
    total: Range | None
    odds: list[TargetOdds]
    sources: dict[str, str]  # stage → "plan" or "default"


def _percentiles(values: list[float]) -> Range:
    ordered = sorted(values)
    n = len(ordered)

    def at(q: float) -> int:  # nearest rank, the same on every machine
        return round(ordered[min(n - 1, max(0, int(q * n + 0.5) - 1))])

    return Range(at(0.10), at(0.50), at(0.90))


def simulate(plan: Plan, territory: str, runs: int, seed: int) -> Simulation:
    years = span_years(plan)
    index = {year: i for i, year in enumerate(years)}
    stages = stage_years(plan, territory)
    base = [stages[COMPLETED].get(y, 0) for y in years]
    rng = random.Random(seed)
    models = []
    sources = {}
    for key, by_year in stages.items():
        if key == COMPLETED:
            continue
        stage = Stage(key)
        model = plan.uncertainty.get(stage) or DEFAULT_UNCERTAINTY[stage]
        sources[key] = "plan" if stage in plan.uncertainty else "default"
        delays = sorted(model.delay)
        cumulative = list(accumulate(model.delay[d] for d in delays))
        models.append(([by_year.get(y, 0) for y in years], model.conversion, delays, cumulative))
    results = []
    for _ in range(runs):
        totals = list(map(float, base))
        for values, (low, mode, high), delays, cumulative in models:
            factor = rng.triangular(low, high, mode)
            delay = delays[min(bisect_left(cumulative, rng.random() * cumulative[-1]), len(delays) - 1)]
            for i, units in enumerate(values):
                if units and i + delay < len(years):
                    totals[i + delay] += units * factor
        results.append(totals)
    year_ranges = {year: _percentiles([r[index[year]] for r in results]) for year in years}
    period_ranges = {}
    for period in plan.periods:
        cols = [index[y] for y in range(period.start_year, period.end_year + 1) if y in index]
        period_ranges[period.id] = _percentiles([sum(r[i] for i in cols) for r in results])
    total = _percentiles([sum(r) for r in results]) if years else None
    odds = []
    for t in spanned_targets(plan, territory):
        if t.units is None:
            continue
        cols = [index[y] for y in range(t.first_year, t.last_year + 1) if y in index]
        hits = sum(1 for r in results if sum(r[i] for i in cols) >= t.units)
        odds.append(TargetOdds(t.name, t.units, t.first_year, t.last_year, hits / runs))
    return Simulation(runs, seed, year_ranges, period_ranges, total, odds, sources)


__all__ = ["DEFAULT_UNCERTAINTY", "WHOLE_SPAN", "Range", "Simulation", "TargetOdds", "simulate"]
