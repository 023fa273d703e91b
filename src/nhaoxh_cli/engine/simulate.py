"""Monte Carlo around one basis: a seeded band, not one number.

A basis is a flow of units per stage per year: the plan's stated projection
(engine/projection.py) or the calibrated one (engine/alternatives.py). Each
run draws, for every stage, the share of its units that happens (triangular:
low, most likely, high) and a slip in years: whole years from the stage's
delay distribution (the plan's `uncertainty`, else none) plus a slip of up to
a year either way (triangular, most likely none), so a slip of 0,3 years
moves 30 % of each year's units into the next. Units slipped past the last
year leave the span, units slipped before a stage's first year stay in it;
units already completed do not move. Percentiles use the nearest rank, and the same seed
gives the same result on every run and machine (Python's Mersenne Twister,
draws in a fixed order).

Default parameters (docs/method.md, "Simulation", says how they are derived
from the national snapshots): centred on the stated deliveries — the most
likely share is 1 and a year early is as likely as a year late — so the
basis's own figure lies inside its P10–P90 band:

| stage | share (low, likely, high) | slip in years (earliest, likely, latest) |
|---|---|---|
| started | 0.80, 1.00, 1.20 | −0.5, 0, +0.5 |
| every stage before construction | 0.60, 1.00, 1.40 | −1, 0, +1 |
"""

from __future__ import annotations

import random
from bisect import bisect_left
from itertools import accumulate

from ..domain import COMPLETED, Stage
from ..model import Plan, StageUncertainty
from ..results.common import Range
from ..results.forecast import Band, Simulation, StageSpread, TargetOdds

_STARTED = StageUncertainty(conversion=(0.80, 1.0, 1.20), delay={0: 1.0})
_BEFORE_CONSTRUCTION = StageUncertainty(conversion=(0.60, 1.0, 1.40), delay={0: 1.0})

#: The slip of up to this many years either way, added to a stage's whole-year delay.
SLIP_YEARS: dict[Stage, float] = {stage: 0.5 if stage is Stage.STARTED else 1.0 for stage in Stage}

DEFAULT_UNCERTAINTY: dict[Stage, StageUncertainty] = {
    stage: _STARTED if stage is Stage.STARTED else _BEFORE_CONSTRUCTION for stage in Stage
}

#: The runs behind a band when none are asked for (`--calibrated` alone), and their seed.
DEFAULT_RUNS, DEFAULT_SEED = 1000, 1


def percentiles(values: list[float]) -> Range:
    ordered = sorted(values)
    n = len(ordered)

    def at(q: float) -> int:  # nearest rank, the same on every machine
        return round(ordered[min(n - 1, max(0, int(q * n + 0.5) - 1))])

    return Range(at(0.10), at(0.50), at(0.90))


def _spread(stage: Stage, model: StageUncertainty, source: str) -> StageSpread:
    low, mode, high = model.conversion
    return StageSpread(
        stage=stage.value,
        low=low,
        mode=mode,
        high=high,
        earliest=min(model.delay) - SLIP_YEARS[stage],
        latest=max(model.delay) + SLIP_YEARS[stage],
        source=source,
    )


def _slip(totals: list[float], values: list[int], first: int, factor: float, slip: float) -> None:
    """Add a stage's units, scaled by `factor` and moved `slip` years (a fraction splits a year's
    units between two years); nothing moves before the stage's first year."""
    whole = int(slip // 1)
    part = slip - whole
    for i, units in enumerate(values):
        if not units:
            continue
        for to, share in ((i + whole, 1.0 - part), (i + whole + 1, part)):
            if share and to < len(totals):
                totals[max(to, first)] += units * factor * share


def simulate(
    plan: Plan,
    territory: str,
    flows: dict[str, dict[int, int]],
    basis: str,
    runs: int,
    seed: int,
    scopes: list[tuple[str, int, int]],
    targets: list[tuple[str, int, int, int]],
) -> Simulation:
    """Run `runs` draws over `flows` (stage → year → units; "completed" never moves).

    `scopes` are (id, first, last) to band (periods, "total"); `targets` are (id, units, first, last).
    """
    years = sorted({y for values in flows.values() for y in values})
    index = {year: i for i, year in enumerate(years)}
    base = [float(flows.get(COMPLETED, {}).get(y, 0)) for y in years]
    rng = random.Random(seed)
    models = []
    spreads = []
    for key, by_year in flows.items():
        if key == COMPLETED:
            continue
        stage = Stage(key)
        model = plan.uncertainty.get(stage) or DEFAULT_UNCERTAINTY[stage]
        spreads.append(_spread(stage, model, "plan" if stage in plan.uncertainty else "default"))
        shifts = sorted(model.delay)
        cumulative = list(accumulate(model.delay[d] for d in shifts))
        values = [by_year.get(y, 0) for y in years]
        first = next((i for i, v in enumerate(values) if v), 0)
        models.append((values, first, model.conversion, shifts, cumulative, SLIP_YEARS[stage]))
    totals_by_run = []
    for _ in range(runs):
        totals = list(base)
        for values, first, (low, mode, high), shifts, cumulative, width in models:
            factor = rng.triangular(low, high, mode)
            delay = shifts[min(bisect_left(cumulative, rng.random() * cumulative[-1]), len(shifts) - 1)]
            _slip(totals, values, first, factor, delay + rng.triangular(-width, width, 0.0))
        totals_by_run.append(totals)
    point = [sum(values.get(y, 0) for values in flows.values()) for y in years]

    def band(scope: str, first: int, last: int) -> Band:
        cols = [index[y] for y in range(first, last + 1) if y in index]
        return Band(scope, sum(point[i] for i in cols), percentiles([sum(r[i] for i in cols) for r in totals_by_run]))

    odds = []
    for target_id, units, first, last in targets:
        found = band(target_id, first, last)
        cols = [index[y] for y in range(first, last + 1) if y in index]
        hits = sum(1 for r in totals_by_run if sum(r[i] for i in cols) >= units)
        odds.append(TargetOdds(target_id, units, found.point, found.band, round(hits / runs, 4)))
    return Simulation(
        basis=basis,
        territory=territory,
        runs=runs,
        seed=seed,
        stages=spreads,
        periods=[band(scope, first, last) for scope, first, last in scopes if scope != "total"],
        years=[band(str(y), y, y) for y in years],
        total=next((band(s, f, last) for s, f, last in scopes if s == "total"), None),
        targets=odds,
    )
