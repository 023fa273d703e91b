"""NX211 — a target with neither or both of `period` and `years`.

A target covers a period of the plan (`period: 2021-2025`, or `total`) or a
year or range of years (`years: 2025`), exactly one of the two.

Passes::

    targets:
      - {id: quota-2025, kind: quota, years: 2025, units: 300, source: {doc: doc1, section: "1"}}

Fails with NX211::

    targets:
      - {id: quota-2025, kind: quota, period: 2021-2025, years: 2025, units: 300, source: {doc: doc1, section: "1"}}
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

SCOPE = ProblemCode(
    "NX211",
    ERROR,
    "target needs a period or years",
    "give a target exactly one of `period` (a period id, or total) and `years`",
)


def check(context: CheckContext) -> Iterator[Finding]:
    for i, target in enumerate(context.plan.targets):
        if (target.period is None) == (target.years is None):
            name = target.id or label(i)
            what = (
                msg("target {target} has both `period` and `years`", target=name)
                if target.period is not None
                else msg("target {target} has neither `period` nor `years`", target=name)
            )
            yield context.finding(SCOPE, what, ("targets", i))


RULE = Rule(__name__, (SCOPE,), STRUCTURE, check, blocking=True)
