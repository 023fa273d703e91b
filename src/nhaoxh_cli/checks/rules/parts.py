"""NX305 — targets listed as parts do not add up to their whole.

A target with `parts` is the sum of those targets. Without `parts`, a
whole-span quota (`period: total`) is the sum of the territory's one quota
per period, when there is exactly one for each period.

Passes::

    targets:
      - {id: quota-1, kind: quota, period: 2021-2025, units: 1000, source: {doc: doc1, section: "1"}}
      - {id: quota-2, kind: quota, period: 2026-2030, units: 2000, source: {doc: doc1, section: "1"}}
      - {id: quota-all, kind: quota, period: total, units: 3000, source: {doc: doc1, section: "1"}}

Fails with NX305::

    targets:
      - {id: quota-1, kind: quota, period: 2021-2025, units: 1000, source: {doc: doc1, section: "1"}}
      - {id: quota-2, kind: quota, period: 2026-2030, units: 2000, source: {doc: doc1, section: "1"}}
      - {id: quota-all, kind: quota, period: total, units: 3500, source: {doc: doc1, section: "1"}}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...domain import WHOLE_SPAN, TargetKind
from ...engine.projection import target_units
from ...findings import Finding, ProblemCode
from ...i18n import msg
from ...model import Plan, Target
from ..phrases import added, label
from ..rule import ARITHMETIC, WARNING, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

PARTS = ProblemCode(
    "NX305", WARNING, "target parts do not add up to the whole", "check the per-period targets against the total"
)


def check(context: CheckContext) -> Iterator[Finding]:
    plan = context.plan
    for i, whole in enumerate(plan.targets):
        if whole.alternative or whole.units is None:
            continue
        parts = _parts(plan, whole)
        if not parts:
            continue
        units = [target_units(plan, p)[0] if p is not None else None for p in parts]
        known = [u for u in units if u is not None]
        if len(known) < len(units) or sum(known) == whole.units:
            continue
        yield context.finding(
            PARTS,
            msg(
                "target {target} is {units} units ({cite}), but its parts add up to {total} ({terms})",
                target=whole.id or label(i),
                units=whole.units,
                cite=context.cite(whole.source),
                total=sum(known),
                terms=added(known),
            ),
            ("targets", i, "units"),
        )


def _parts(plan: Plan, whole: Target) -> list[Target | None]:
    """The targets `whole` is the sum of: its `parts`, or for a whole-span quota without them the
    one quota per period of its territory (none when a period has no such quota or several)."""
    if whole.parts:
        return [plan.target(p) for p in whole.parts]
    if whole.kind is not TargetKind.QUOTA or whole.period != WHOLE_SPAN or not plan.periods:
        return []
    territory = plan.territory_of(whole)
    per_period = [
        [
            t
            for t in plan.targets
            if t.kind is TargetKind.QUOTA
            and t.period == p.id
            and not t.alternative
            and plan.territory_of(t) == territory
        ]
        for p in plan.periods
    ]
    if any(len(quotas) != 1 for quotas in per_period):
        return []
    return [quotas[0] for quotas in per_period]


RULE = Rule(__name__, (PARTS,), ARITHMETIC, check)
