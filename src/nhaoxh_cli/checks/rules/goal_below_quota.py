"""NX304 — a goal below the quota it is meant to meet.

A local goal (mục tiêu) of 100% or more `of` a quota (chỉ tiêu) that gives
fewer units than the quota cannot meet it: one of the two figures is wrong.

Passes::

    targets:
      - {id: quota-1, kind: quota, period: 2021-2025, units: 2000, source: {doc: doc1, section: "1"}}
      - {id: goal-1, kind: goal, period: 2021-2025, units: 2000, of: quota-1, source: {doc: doc1, section: "1"}}

Fails with NX304::

    targets:
      - {id: quota-1, kind: quota, period: 2021-2025, units: 2000, source: {doc: doc1, section: "1"}}
      - {id: goal-1, kind: goal, period: 2021-2025, units: 1900, of: quota-1, source: {doc: doc1, section: "1"}}
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from ...domain import TargetKind
from ...engine.projection import target_units
from ...findings import Finding, ProblemCode
from ...i18n import msg
from ..phrases import label
from ..rule import ARITHMETIC, WARNING, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

GOAL_BELOW_QUOTA = ProblemCode(
    "NX304", WARNING, "goal below the quota it should meet", "check the goal's units against the quota"
)


def check(context: CheckContext) -> Iterator[Finding]:
    plan = context.plan
    for i, goal in enumerate(plan.targets):
        quota = plan.target(goal.of) if goal.of else None
        if goal.kind is not TargetKind.GOAL or goal.units is None or quota is None:
            continue
        quota_units = target_units(plan, quota)[0]
        if quota_units is None or quota.kind is not TargetKind.QUOTA:
            continue
        if (goal.share or Decimal(100)) >= 100 and goal.units < quota_units:
            yield context.finding(
                GOAL_BELOW_QUOTA,
                msg(
                    "goal {goal} is {units} units ({cite}), below the {quota_units} of quota {quota} "
                    "({quota_cite}) it is meant to meet",
                    goal=goal.id or label(i),
                    units=goal.units,
                    cite=context.cite(goal.source),
                    quota_units=quota_units,
                    quota=quota.id,
                    quota_cite=context.cite(quota.source),
                ),
                ("targets", i, "units"),
            )


RULE = Rule(__name__, (GOAL_BELOW_QUOTA,), ARITHMETIC, check)
