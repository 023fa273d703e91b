"""A forecast under other assumptions (a scenario, calibrated rates), period
by period, compared with the same targets as the plan's own forecast."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ..domain import Status, ratio_of, status_for
from ..model import Plan
from .yearly import spanned_targets


@dataclass(frozen=True)
class AltComparison:
    target_id: str
    units: int
    forecast: int

    @property
    def ratio(self) -> Fraction | None:
        return ratio_of(self.forecast, self.units)

    @property
    def status(self) -> Status:
        return status_for(self.ratio)


@dataclass(frozen=True)
class Alternative:
    name: str
    periods: dict[str, int]  # period id → units
    total: int
    targets: list[AltComparison]


def alternative(plan: Plan, territory: str, name: str, stage_years: dict[str, dict[int, int]]) -> Alternative:
    per_year: dict[int, int] = {}
    for values in stage_years.values():
        for year, units in values.items():
            per_year[year] = per_year.get(year, 0) + units
    periods = {p.id: sum(per_year.get(y, 0) for y in range(p.start_year, p.end_year + 1)) for p in plan.periods}
    comparisons = [
        AltComparison(t.name, t.units, sum(per_year.get(y, 0) for y in range(t.first_year, t.last_year + 1)))
        for t in spanned_targets(plan, territory)
        if t.units is not None
    ]
    return Alternative(name, periods, sum(per_year.values()), comparisons)
