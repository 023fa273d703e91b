"""Monte Carlo around one basis: a seeded band, not one number.

A basis is a flow of units per stage per year: the plan's stated projection
(engine/projection.py) or the calibrated one (engine/alternatives.py). Each
run draws, for every stage, the share of its units that happens (triangular:
low, most likely, high), a delay in whole years from the stage's delay
distribution (the plan's `uncertainty`; none by default) — units delayed past
the last year leave the span — and a slip of up to a year either way
(triangular, most likely none) within the period the units fall in, so a slip
of 0,3 years moves 30 % of each year's units into the next year of the same
period. Nothing moves before a stage's first year; units already completed
do not move. With the default parameters a period's units vary only by the
share that happens, symmetric around the stated figure: the stated projection
is the centre of its own band. Percentiles use the nearest rank, and the same seed
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


def _slip(
    totals: list[float],
    values: list[int],
    bounds: list[tuple[int, int]],
    first: int,
    factor: float,
    delay: int,
    jitter: float,
) -> None:
    """Add a stage's units, scaled by `factor`, `delay` whole years later (units delayed past the
    last year leave the span), then moved by `jitter` years (a fraction splits a year's units
    between two years) within the period they fall in and never before the stage's first year."""
    whole = int(jitter // 1)
    part = jitter - whole
    for i, units in enumerate(values):
        at = i + delay
        if not units or at >= len(totals):
            continue
        low, high = bounds[at]
        low = max(low, first)
        for to, share in ((at + whole, 1.0 - part), (at + whole + 1, part)):
            if share:
                totals[min(max(to, low), high)] += units * factor * share


def _bounds(years: list[int], scopes: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """For each year (by index), the first and last index of the period it belongs to."""
    found = []
    for year in years:
        period = next(((f, last) for s, f, last in scopes if s != "total" and f <= year <= last), None)
        first, last = period if period is not None else (years[0], years[-1])
        found.append((years.index(max(first, years[0])), years.index(min(last, years[-1]))))
    return found


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
    bounds = _bounds(years, scopes)
    totals_by_run = []
    for _ in range(runs):
        totals = list(base)
        for values, first, (low, mode, high), shifts, cumulative, width in models:
            factor = rng.triangular(low, high, mode)
            delay = shifts[min(bisect_left(cumulative, rng.random() * cumulative[-1]), len(shifts) - 1)]
            _slip(totals, values, bounds, first, factor, delay, rng.triangular(-width, width, 0.0))
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
