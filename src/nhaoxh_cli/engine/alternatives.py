"""A forecast under other assumptions (a scenario, calibrated rates), period
by period, compared with the same targets as the plan's own forecast."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ..domain import Status, status_for
from ..model import Plan
from .forecast import target_units
from .yearly import target_years


@dataclass(frozen=True)
class AltComparison:
    target_id: str
    units: int
    forecast: int

    @property
    def ratio(self) -> Fraction | None:
        return Fraction(self.forecast, self.units) if self.units > 0 else None

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
    comparisons = []
    for target in plan.targets:
        if target.alternative or plan.territory_of(target) != territory:
            continue
        span = target_years(plan, target)
        needed, _ = target_units(plan, target)
        if span is None or needed is None:
            continue
        comparisons.append(
            AltComparison(
                target.id or target.kind.value, needed, sum(per_year.get(y, 0) for y in range(span[0], span[1] + 1))
            )
        )
    return Alternative(name, periods, sum(per_year.values()), comparisons)
