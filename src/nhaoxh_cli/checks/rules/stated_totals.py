"""NX301 — a total the source states differs from the sum of its own figures.

A decision often closes a section with its total ("khoảng 36.126 căn" for
2026-2030). nhaoxh adds up the same source's figures for that period (and
territory) — completions and each stage's delivery — and warns when they
disagree, quoting both and the terms, so the slip can be taken back to the
document's authors. The plan keeps the source's figures as stated.

Passes::

    stated_totals:
      - {period: 2021-2025, units: 700, source: {doc: doc1, section: "2"}}

Fails with NX301::

    stated_totals:
      - {period: 2021-2025, units: 750, qualifier: about, source: {doc: doc1, section: "2"}}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...domain import WHOLE_SPAN
from ...engine import Forecast, forecast_plan
from ...findings import Finding, ProblemCode
from ...i18n import msg
from ..phrases import about, added, signed
from ..rule import ARITHMETIC, WARNING, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

STATED_TOTAL = ProblemCode(
    "NX301",
    WARNING,
    "stated total differs from the sum of its parts",
    "take it back to the document's authors; the plan keeps the source's figure",
)


def check(context: CheckContext) -> Iterator[Finding]:
    forecasts: dict[str, Forecast] = {}  # one forecast per territory, however many totals it states
    for i, stated in enumerate(context.plan.stated_totals):
        territory = context.plan.territory_of(stated)
        if territory not in forecasts:
            forecasts[territory] = forecast_plan(context.plan, territory)
        forecast = forecasts[territory]
        by_period = {p.id: p for p in forecast.periods}
        if stated.period == WHOLE_SPAN:
            computed, parts = forecast.total.forecast_units, forecast.total.by_stage
        elif stated.period in by_period:
            computed, parts = by_period[stated.period].forecast_units, by_period[stated.period].by_stage
        else:
            continue
        if computed is None or computed == stated.units:
            continue
        yield context.finding(
            STATED_TOTAL,
            msg(
                "the source states {about}{units} units for {period} ({cite}), but its own figures add up to "
                "{computed} ({terms}): a difference of {difference}",
                about=about(stated.qualifier),
                units=stated.units,
                period=stated.period,
                cite=context.cite(stated.source),
                computed=computed,
                terms=added(v for v in parts.values() if v),
                difference=signed(computed - stated.units),
            ),
            ("stated_totals", i, "units"),
        )


RULE = Rule(__name__, (STATED_TOTAL,), ARITHMETIC, check)
