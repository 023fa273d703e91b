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
from dataclasses import dataclass
from itertools import pairwise

from ..domain import COMPLETED, Stage
from ..model import Plan, Snapshot
from .yearly import span_years, stage_years


def snapshot_date(snapshot: Snapshot) -> dt.date:
    """YYYY-MM-DD as written; YYYY-MM as the middle of the month."""
    text = snapshot.as_of
    if len(text) == 7:
        return dt.date(int(text[:4]), int(text[5:7]), 15)
    return dt.date.fromisoformat(text)


@dataclass(frozen=True)
class Rates:
    start: dt.date
    end: dt.date
    completion_rate: float  # r_s, per year
    start_rate: float | None  # r_a, per year (None when "approved" is missing)

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
    return Rates(d0, d1, (c1 - c0) / s0 / years, start_rate)


@dataclass(frozen=True)
class Calibration:
    intervals: list[Rates]
    overall: Rates | None  # the longest span whose first snapshot has every stage


def calibrate(plan: Plan) -> Calibration:
    snapshots = sorted(plan.snapshots, key=snapshot_date)
    intervals = [r for a, b in pairwise(snapshots) if (r := rates_between(a, b))]
    complete = [s for s in snapshots if all(_units(s, k) is not None for k in ("completed", "started", "approved"))]
    overall = rates_between(complete[0], complete[-1]) if len(complete) >= 2 else None
    return Calibration(intervals, overall)


def calibrated_stage_years(plan: Plan, territory: str, rates: Rates, from_year: int) -> dict[str, dict[int, int]]:
    """Units per stage per year when the plan's stage stocks flow at the calibrated rates from `from_year`."""
    years = span_years(plan)
    stated = stage_years(plan, territory)
    result: dict[str, dict[int, int]] = {COMPLETED: stated[COMPLETED]}
    r_s, r_a = min(rates.completion_rate, 1.0), min(rates.start_rate or 0.0, 1.0)
    for stage in Stage:
        pipeline = plan.pipeline.get(stage)
        if pipeline is None or plan.territory_of(pipeline) != territory or pipeline.stage_units is None:
            continue
        started = float(pipeline.stage_units) if stage is Stage.STARTED else 0.0
        waiting = 0.0 if stage is Stage.STARTED else float(pipeline.stage_units)
        by_year = dict.fromkeys(years, 0)
        done = 0.0
        for year in years:
            if year < from_year:
                continue
            completing = started * r_s
            starting = waiting * r_a
            started += starting - completing
            waiting -= starting
            total = round(done + completing)
            by_year[year] = total - round(done)
            done += completing
        result[stage.value] = by_year
    return result
