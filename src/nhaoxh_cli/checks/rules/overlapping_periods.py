"""NX202 — two periods share a year.

Periods are inclusive ranges of years and must not overlap: a decision's
"giai đoạn 2025-2030" that follows "2021-2025" is the period 2026-2030 in
the plan, with the source's wording kept in `labels`. Overlapping periods
would count a year twice, so the arithmetic checks are not run.

Passes::

    periods:
      - {id: 2021-2025, start_year: 2021, end_year: 2025}
      - {id: 2026-2030, start_year: 2026, end_year: 2030, labels: ["2025-2030"]}

Fails with NX202::

    periods:
      - {id: 2021-2025, start_year: 2021, end_year: 2025}
      - {id: 2026-2030, start_year: 2025, end_year: 2030}
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

OVERLAP = ProblemCode(
    "NX202",
    ERROR,
    "periods overlap",
    "periods are inclusive year ranges and must not share a year; record the source's wording in 'labels'",
)


def check(context: CheckContext) -> Iterator[Finding]:
    periods = context.plan.periods
    # Sorted by start year, any overlap shows between neighbours: O(n log n).
    order = sorted(range(len(periods)), key=lambda i: (periods[i].start_year, periods[i].end_year))
    latest = None  # the index of the period reaching furthest so far
    for i in order:
        period = periods[i]
        if latest is not None and period.start_year <= periods[latest].end_year:
            other = periods[latest]
            yield context.finding(
                OVERLAP,
                msg(
                    "period '{id}' ({start}–{end}) overlaps '{other}' ({other_start}–{other_end})",
                    id=period.id,
                    start=label(period.start_year),
                    end=label(period.end_year),
                    other=other.id,
                    other_start=label(other.start_year),
                    other_end=label(other.end_year),
                ),
                ("periods", i, "start_year"),
            )
        if latest is None or period.end_year > periods[latest].end_year:
            latest = i


RULE = Rule(__name__, (OVERLAP,), STRUCTURE, check, blocking=True)
