"""NX210 — a share or a sum across territories.

The 2025 merger changed the land a province covers: a figure of the former
Hải Phòng (`former:haiphong`) and one of the merged city (`haiphong`) count
different land, so one cannot be a share (`of`) or a part (`parts`) of the
other. (The merged unit as the sum of all its predecessors is checked by
NX310.)

Passes::

    targets:
      - {id: quota-1, kind: quota, period: 2021-2025, units: 1000, source: {doc: doc1, section: "1"}}
      - {id: goal-1, kind: goal, period: 2021-2025, share: 100%, of: quota-1, source: {doc: doc1, section: "1"}}

Fails with NX210::

    targets:
      - {id: quota-1, kind: quota, period: 2021-2025, units: 1000, source: {doc: doc1, section: "1"}}
      - id: goal-1
        kind: goal
        period: 2021-2025
        share: 100%
        of: quota-1
        territory: former:haiphong
        source: {doc: doc1, section: "1"}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...findings import Finding, ProblemCode
from ...i18n import msg
from ..phrases import label
from ..rule import ERROR, STRUCTURE, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

ACROSS_TERRITORIES = ProblemCode(
    "NX210",
    ERROR,
    "figures of different territories compared",
    "a share or a sum must stay within one territory: pre-merger and post-merger figures cover different land",
)


def check(context: CheckContext) -> Iterator[Finding]:
    plan = context.plan
    for i, target in enumerate(plan.targets):
        mine = plan.territory_of(target)
        others: list[tuple[tuple[str | int, ...], str]] = [(("targets", i, "of"), target.of)] if target.of else []
        others += [(("targets", i, "parts", k), part) for k, part in enumerate(target.parts)]
        for path, other_id in others:
            other = plan.target(other_id)
            if other is None or plan.territory_of(other) == mine:
                continue
            yield context.finding(
                ACROSS_TERRITORIES,
                msg(
                    "target {target} covers {mine} but '{other}' covers {theirs}: the merger changed the land, "
                    "so the figures cannot be compared or added",
                    target=target.id or label(i),
                    mine=context.registry.territory_text(mine),
                    other=other_id,
                    theirs=context.registry.territory_text(plan.territory_of(other)),
                ),
                path,
            )


RULE = Rule(__name__, (ACROSS_TERRITORIES,), STRUCTURE, check, blocking=True)
