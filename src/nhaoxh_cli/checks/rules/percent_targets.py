"""A percentage's target: `of` names a target of the plan, of the same years and land.

A result (`reported`) or a projection (`expected`) may be a percentage of a
target ("Phú Thọ đạt 154%"), `of` naming the target by its id. The
percentage means something only against that target: an `of` that names
nothing, or a target of other years, of another territory or not assigned,
makes it a percentage of something else than it seems (the same holds for
the target a count or an outcome alone is weighed against, with `of`). These
are errors and, as for an unknown target of a share (NX205), the arithmetic
checks are not run: NX315 and NX316 would weigh the figure against the wrong
target.
(A percentage with no `of` at all is NX317, a warning of `percent_units`.)

NX111 — a percentage of an unknown target.

Passes::

    reported:
      - {years: 2021-2025, units: 700, percent: 70, of: quota-1, source: {doc: doc1, section: "4"}}

Fails with NX111::

    reported:
      - {years: 2021-2025, percent: 70, of: quota-9, source: {doc: doc1, section: "4"}}

NX114 — a percentage of a target of other years or land, or of one not assigned.

`of` names the target of the figure's own years and territory: a 2025 result
is a percentage of the 2025 target, a former province's of that province's
target (the 2025 merger changed the land). A target marked `not_assigned`
has no figure to be a percentage of.

Fails with NX114::

    reported:
      - {years: 2026-2030, percent: 70, of: quota-1, source: {doc: doc1, section: "4"}}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...findings import Finding, ProblemCode
from ...i18n import msg
from ..rule import ERROR, STRUCTURE, Rule
from ..slots import target_years

if TYPE_CHECKING:
    from ..context import CheckContext

UNKNOWN_PERCENT_TARGET = ProblemCode(
    "NX111", ERROR, "percentage of an unknown target", "name the id of a target in this plan in `of`"
)
OTHER_PERCENT_TARGET = ProblemCode(
    "NX114",
    ERROR,
    "percentage of a target of other years or land",
    "`of` names the target of the same years and territory, one that was assigned",
)


def years_label(years: tuple[int, int] | None) -> str:
    """2025, or 2021-2025: years name a time, they are not counts."""
    if years is None:
        return "—"
    first, last = years
    return str(first) if first == last else f"{first}-{last}"


def check(context: CheckContext) -> Iterator[Finding]:
    plan = context.plan
    for path, figure in context.results():
        if figure.of is None:
            continue
        target = plan.target(figure.of)
        where = (*path, "of")
        if target is None:
            text = msg("'{of}' is not the id of a target of this plan", of=figure.of)
            yield context.finding(UNKNOWN_PERCENT_TARGET, text, where)
        elif target.not_assigned:
            text = msg("'{of}' is a target not assigned: there is no figure to measure against", of=figure.of)
            yield context.finding(OTHER_PERCENT_TARGET, text, where)
        elif (years := target_years(plan, target)) is not None and years != figure.years:
            text = msg(
                "'{of}' is a target for {target_years}; the figure is for {years}",
                of=figure.of,
                target_years=years_label(years),
                years=years_label(figure.years),
            )
            yield context.finding(OTHER_PERCENT_TARGET, text, where)
        elif plan.territory_of(target) != plan.territory_of(figure):
            text = msg(
                "'{of}' is a target of {theirs}; the figure is of {mine}: the merger changed the land",
                of=figure.of,
                theirs=context.registry.territory_text(plan.territory_of(target)),
                mine=context.registry.territory_text(plan.territory_of(figure)),
            )
            yield context.finding(OTHER_PERCENT_TARGET, text, where)


RULE = Rule(__name__, (UNKNOWN_PERCENT_TARGET, OTHER_PERCENT_TARGET), STRUCTURE, check, blocking=True)
