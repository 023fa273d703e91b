"""A percentage beside what it is a percentage of: its units, its target, its outcome.

A result (`reported`) or a projection (`expected`) may give a count, a
percentage `of` a target, an outcome (met or missed), or several of them:
"5.158 căn, đạt 110%". Where two are given, they must tell the same story.

NX315 — a percentage disagrees with the units it is stated with.

The count over the target's units must give the percentage: within ±0.5
points for a percentage stated exactly, ±2.5 for one stated with a word
(khoảng, gần, trên). 5.158 of 4.670 is 110.45%, so "110%" passes and "120%"
does not.

Passes::

    reported:
      - {years: 2021-2025, units: 700, percent: 70, outcome: missed, of: quota-1, source: {doc: doc1, section: "4"}}

Fails with NX315::

    reported:
      - {years: 2021-2025, units: 700, percent: 75, of: quota-1, source: {doc: doc1, section: "4"}}

NX316 — an outcome disagrees with the figures.

`met` beside a percentage under 100 (or a count below the target), `missed`
beside 100% or more.

Fails with NX316::

    reported:
      - {years: 2021-2025, units: 700, outcome: met, of: quota-1, source: {doc: doc1, section: "4"}}

NX317 — a percentage that names no target, though the plan has a quota of its years.

A percentage without `of` can be neither checked nor turned into a count.
News often gives only "đạt 204%" of a target whose figure it does not
publish: where the plan has no quota of the same years and territory, the
percentage is assessed against that unnumbered target (nhaoxh says so) and
nothing is reported here. Where the plan has such a quota, the percentage is
most likely of it: name it in `of`.

The example plan's quota-1 covers 2021–2025.

Fails with NX317::

    reported:
      - {years: 2021-2025, percent: 70, source: {doc: doc1, section: "4"}}

Passes (no quota of 2025 in the plan)::

    reported:
      - {years: 2025, percent: 204, source: {doc: doc1, section: "4"}}
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from ...domain import Qualifier, TargetKind
from ...engine.projection import target_years
from ...findings import Finding, ProblemCode
from ...i18n import msg
from ..rule import ARITHMETIC, WARNING, Rule
from .percent_targets import years_label

if TYPE_CHECKING:
    from ..context import CheckContext

PERCENT_UNITS = ProblemCode(
    "NX315", WARNING, "percentage disagrees with its units", "check the count, the percent and the target"
)
OUTCOME = ProblemCode(
    "NX316", WARNING, "outcome disagrees with the figures", "check met/missed against the count and target"
)
NO_TARGET = ProblemCode("NX317", WARNING, "percentage names no target", "name the quota of the same years in `of`")

#: How far a stated percentage may be from the count's, in points: a whole percentage as written is
#: rounded (±0.5); one the source qualifies (khoảng, gần, trên) may be further.
_TOLERANCE = {Qualifier.EXACT: Decimal("0.5")}
_QUALIFIED_TOLERANCE = Decimal("2.5")


def check(context: CheckContext) -> Iterator[Finding]:
    plan = context.plan
    quotas = {
        (plan.territory_of(t), span)
        for t in plan.targets
        if t.kind is TargetKind.QUOTA and not t.alternative and (span := target_years(plan, t)) is not None
    }
    for path, figure in context.results():
        mine = (plan.territory_of(figure), tuple(figure.years))
        if figure.percent is not None and figure.of is None and mine in quotas:
            text = msg(
                "{percent}% of no named target for {years}", percent=figure.percent, years=years_label(figure.years)
            )
            yield context.finding(NO_TARGET, text, (*path, "percent"))
        target = plan.target(figure.of) if figure.of else None
        goal = target.units if target is not None else None
        if figure.percent is not None and figure.units is not None and goal:
            actual = Decimal(figure.units) * 100 / Decimal(goal)
            if abs(actual - figure.percent) > _TOLERANCE.get(figure.qualifier, _QUALIFIED_TOLERANCE):
                text = msg(
                    "{units} of {goal} is {actual}%, not the {percent}% stated",
                    units=figure.units,
                    goal=goal,
                    actual=actual,
                    percent=figure.percent,
                )
                yield context.finding(PERCENT_UNITS, text, (*path, "percent"))
        if figure.outcome is not None:
            ratio = figure.percent
            if ratio is None and figure.units is not None and goal:
                ratio = Decimal(figure.units) * 100 / Decimal(goal)
            if ratio is not None and (ratio >= 100) != (figure.outcome == "met"):
                text = msg("'{outcome}' beside {percent}% of the target", outcome=figure.outcome, percent=ratio)
                yield context.finding(OUTCOME, text, (*path, "outcome"))


RULE = Rule(__name__, (PERCENT_UNITS, OUTCOME, NO_TARGET), ARITHMETIC, check)
