"""One period's forecast as the steps that make it, for `nhaoxh explain`.

Each step says which units a stage contributes and by which rule of SPEC.md:
stated units win; a share alone gives round(share × stage units), halves up;
a share of a stage whose units are unknown leaves the step unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..domain import COMPLETED, Stage
from ..model import Citation, Plan
from ..numbers import share_of
from .forecast import PeriodForecast, delivery_units, forecast_plan


@dataclass(frozen=True)
class Step:
    stage: str  # a Stage value, or "completed"
    units: int | None
    rule: str  # "stated", "share", "unknown", or "completed"
    share: Decimal | None = None
    stage_units: int | None = None
    share_would_give: int | None = None  # when units are stated beside a share: what the share alone gives
    source: Citation | None = None


@dataclass(frozen=True)
class Explanation:
    territory: str
    period: PeriodForecast
    steps: list[Step]


def explain_period(plan: Plan, territory: str, period_id: str) -> Explanation:
    period = next(p for p in forecast_plan(plan, territory).periods if p.id == period_id)
    steps: list[Step] = []
    if period.basis != "reported":
        steps.append(Step(COMPLETED, period.by_stage.get(COMPLETED) or 0, "completed"))
        for stage in Stage:
            pipeline = plan.pipeline.get(stage)
            if pipeline is None or plan.territory_of(pipeline) != territory:
                continue
            for delivery in (d for d in pipeline.deliveries if d.period == period_id):
                units = delivery_units(delivery, pipeline)
                whole = delivery.stage_units if delivery.stage_units is not None else pipeline.stage_units
                would = share_of(delivery.share, whole) if delivery.share is not None and whole else None
                rule = "stated" if delivery.units is not None else ("share" if units is not None else "unknown")
                steps.append(
                    Step(
                        stage.value,
                        units,
                        rule,
                        delivery.share,
                        whole,
                        would if rule == "stated" else None,
                        delivery.source,
                    )
                )
    return Explanation(territory, period, steps)
