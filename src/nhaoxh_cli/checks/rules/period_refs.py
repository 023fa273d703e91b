"""NX203 — a figure names a period the plan does not define.

Targets, completions, deliveries and stated totals name their period by its
id (`total` is the plan's whole span, for targets and stated totals). A
figure of an unknown period could not be placed, so the arithmetic checks
are not run.

Passes::

    completed:
      - {period: 2021-2025, units: 100, source: {doc: doc1, section: "2"}}

Fails with NX203::

    completed:
      - {period: 2021-2026, units: 100, source: {doc: doc1, section: "2"}}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...domain import WHOLE_SPAN
from ...findings import Finding, ProblemCode
from ...i18n import msg
from ..rule import ERROR, STRUCTURE, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

UNKNOWN_PERIOD = ProblemCode(
    "NX203", ERROR, "unknown period", "name a period defined under 'periods', or 'total' for the whole span"
)


def check(context: CheckContext) -> Iterator[Finding]:
    known = {p.id for p in context.plan.periods}
    for path, period_id, total_allowed in context.period_references():
        if period_id in known or (total_allowed and period_id == WHOLE_SPAN):
            continue
        choices = ", ".join(sorted(known)) or msg("none is defined")
        yield context.finding(
            UNKNOWN_PERIOD,
            msg("'{period}' is not a period of this plan (periods: {choices})", period=period_id, choices=choices),
            path,
        )


RULE = Rule(__name__, (UNKNOWN_PERIOD,), STRUCTURE, check, blocking=True)
