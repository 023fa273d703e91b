"""Conversion rates implied by dated pipeline snapshots, and a forecast that uses them.

Between two snapshots t0 and t1 (Δt years apart) of the stocks approved A,
started S and completed C (cumulative):
- completion rate r_s = ΔC / S0 / Δt: the share of started units completing a year;
- start rate r_a = (ΔC + ΔS) / A0 / Δt: the share of approved units starting a year
  (everything newly started or completed came through "started");
- lead times ≈ 1 / rate, in years.
Rates are estimated over each interval and over the longest span with all
three stages. A calibrated forecast runs the plan's stages through these
rates year by year instead of the shares the source states: started units
complete at r_s; every stage before construction starts at r_a, then
completes at r_s.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from ..domain import Stage
from ..model import Plan, Snapshot
from ..values import frozen


def snapshot_date(snapshot: Snapshot) -> dt.date:
    """YYYY-MM-DD as written; YYYY-MM as the middle of the month."""
    text = snapshot.as_of
    if len(text) == 7:
        return dt.date(int(text[:4]), int(text[5:7]), 15)
    return dt.date.fromisoformat(text)


@frozen
class Rates:
    start: dt.date  # for the arithmetic: a month-only snapshot counts from the 15th
    end: dt.date
    completion_rate: float  # r_s, per year
    start_rate: float | None  # r_a, per year (None when "approved" is missing)
    start_as_of: str = ""  # the snapshots' dates as the source gives them ("2024-06", "2025-12-31")
    end_as_of: str = ""

    @property
    def completion_lead_years(self) -> float | None:
        return 1 / self.completion_rate if self.completion_rate > 0 else None

    @property
    def start_lead_years(self) -> float | None:
        return 1 / self.start_rate if self.start_rate else None


def _units(snapshot: Snapshot, stage: str) -> int | None:
    value = getattr(snapshot, stage)
    return value.units if value is not None else None


def rates_between(first: Snapshot, second: Snapshot) -> Rates | None:
    c0, c1 = _units(first, "completed"), _units(second, "completed")
    s0, s1 = _units(first, "started"), _units(second, "started")
    a0 = _units(first, "approved")
    d0, d1 = snapshot_date(first), snapshot_date(second)
    years = (d1 - d0).days / 365.25
    if None in (c0, c1, s0) or years <= 0 or not s0:
        return None
    assert c0 is not None and c1 is not None and s0 is not None
    start_rate = None
    if a0 and s1 is not None:
        start_rate = ((c1 - c0) + (s1 - s0)) / a0 / years
    return Rates(d0, d1, (c1 - c0) / s0 / years, start_rate, first.as_of, second.as_of)


@frozen
class Calibration:
    intervals: list[Rates]
    overall: Rates | None  # the longest span whose first snapshot has every stage


def calibrate(plan: Plan, as_of: dt.date | None = None) -> Calibration:
    """Rates between each pair of snapshots known by `as_of` (all without it), and overall."""
    snapshots = sorted((s for s in plan.snapshots if as_of is None or snapshot_date(s) <= as_of), key=snapshot_date)
    intervals = [r for a, b in pairwise(snapshots) if (r := rates_between(a, b))]
    complete = [s for s in snapshots if all(_units(s, k) is not None for k in ("completed", "started", "approved"))]
    overall = rates_between(complete[0], complete[-1]) if len(complete) >= 2 else None
    return Calibration(intervals, overall)


def calibrated_flows(
    plan: Plan, territory: str, rates: Rates, from_year: int, years: list[int]
) -> dict[str, dict[int, int]]:
    """Units per stage per year from `from_year` when the territory's stocks flow at the calibrated
    rates: started units complete at r_s a year; units of every earlier stage start at r_a, then
    complete at r_s. The stocks are the plan's stage units, or, for a plan without a pipeline (the
    country), the latest snapshot's started and approved units."""
    stocks = _stocks(plan, territory, dt.date(from_year, 1, 1))
    result: dict[str, dict[int, int]] = {}
    r_s, r_a = min(rates.completion_rate, 1.0), min(rates.start_rate or 0.0, 1.0)
    for key, (started, waiting) in stocks.items():
        by_year = dict.fromkeys(years, 0)
        done = 0.0
        for year in years:
            if year < from_year:
                continue
            completing = started * r_s
            starting = waiting * r_a
            started += starting - completing
            waiting -= starting
            by_year[year] = round(done + completing) - round(done)
            done += completing
        result[key] = by_year
    return result


def _stocks(plan: Plan, territory: str, from_date: dt.date | None = None) -> dict[str, tuple[float, float]]:
    """Stage → (units started, units waiting to start)."""
    stocks: dict[str, tuple[float, float]] = {}
    for stage in Stage:
        pipeline = plan.pipeline.get(stage)
        if pipeline is None or plan.territory_of(pipeline) != territory or pipeline.stage_units is None:
            continue
        units = float(pipeline.stage_units)
        stocks[stage.value] = (units, 0.0) if stage is Stage.STARTED else (0.0, units)
    if stocks or territory != plan.default_territory:
        return stocks
    latest = latest_stocks(plan, from_date)
    if latest is not None:
        started, approved = latest[1], latest[2]
        stocks[Stage.STARTED.value] = (float(started), 0.0)
        stocks[Stage.OTHER.value] = (0.0, float(approved))
    return stocks


def latest_stocks(plan: Plan, as_of: dt.date | None = None) -> tuple[dt.date, int, int] | None:
    """The latest snapshot with started and approved units known by `as_of`: (date, started, approved)."""
    full = [
        s
        for s in plan.snapshots
        if _units(s, "started") is not None
        and _units(s, "approved") is not None
        and (as_of is None or snapshot_date(s) <= as_of)
    ]
    if not full:
        return None
    latest = max(full, key=snapshot_date)
    return snapshot_date(latest), _units(latest, "started") or 0, _units(latest, "approved") or 0
