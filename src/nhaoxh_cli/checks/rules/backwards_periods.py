"""NX201 — a period (or a range of years) runs backwards.

A period is an inclusive range of years: `start_year` must not come after
`end_year`, nor the first year of `years: 2030-2026` after the last.
Figures of a period that runs backwards would be spread over no year at all,
so the arithmetic checks (NX3xx) are not run on such a plan.

Passes::

    periods:
      - {id: 2021-2025, start_year: 2021, end_year: 2025}
      - {id: 2026-2030, start_year: 2026, end_year: 2030}

Fails with NX201::

    periods:
      - {id: 2021-2025, start_year: 2021, end_year: 2025}
      - {id: 2026-2030, start_year: 2030, end_year: 2026}
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

BACKWARDS = ProblemCode("NX201", ERROR, "period runs backwards", "start_year must not be after end_year")


def check(context: CheckContext) -> Iterator[Finding]:
    for i, period in enumerate(context.plan.periods):
        if period.start_year > period.end_year:
            yield context.finding(
                BACKWARDS,
                msg(
                    "period '{id}' runs from {start} back to {end}",
                    id=period.id,
                    start=label(period.start_year),
                    end=label(period.end_year),
                ),
                ("periods", i, "end_year"),
            )


RULE = Rule(__name__, (BACKWARDS,), STRUCTURE, check, blocking=True)
