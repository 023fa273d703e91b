"""NX312 — completions reported for a year differ from the snapshots.

The units reported completed in a year should equal the change in the
completed count between the snapshots at the end of the year before and at
the end of the year (31 December, both).

Passes::

    snapshots:
      - {as_of: "2024-12-31", completed: {units: 100}, source: {doc: doc1, section: "3"}}
      - {as_of: "2025-12-31", completed: {units: 300}, source: {doc: doc1, section: "3"}}
    reported:
      - {years: 2025, units: 200, source: {doc: doc1, section: "3"}}

Fails with NX312::

    snapshots:
      - {as_of: "2024-12-31", completed: {units: 100}, source: {doc: doc1, section: "3"}}
      - {as_of: "2025-12-31", completed: {units: 300}, source: {doc: doc1, section: "3"}}
    reported:
      - {years: 2025, units: 250, source: {doc: doc1, section: "3"}}
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...findings import Finding, ProblemCode
from ...i18n import msg
from ..phrases import label, signed
from ..rule import ARITHMETIC, WARNING, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

REPORTED_VS_SNAPSHOTS = ProblemCode(
    "NX312",
    WARNING,
    "reported completions differ from the snapshots",
    "a year's completions should equal the change in the completed count between the snapshots around it",
)


def check(context: CheckContext) -> Iterator[Finding]:
    plan = context.plan
    year_end = {s.as_of: s for s in plan.snapshots if s.completed is not None and s.completed.units is not None}
    for i, report in enumerate(plan.reported):
        if report.alternative or report.final_count is None or report.years[0] != report.years[1]:
            continue
        year = report.years[0]
        before, after = year_end.get(f"{year - 1}-12-31"), year_end.get(f"{year}-12-31")
        if before is None or after is None or before.completed is None or after.completed is None:
            continue
        before_units, after_units = before.completed.units or 0, after.completed.units or 0
        if after_units - before_units != report.final_count:
            yield context.finding(
                REPORTED_VS_SNAPSHOTS,
                msg(
                    "{units} units reported completed in {year} ({cite}), but the completed count went from "
                    "{before} to {after} ({change}) between the snapshots of {before_date} and {after_date}",
                    units=report.final_count,
                    year=label(year),
                    cite=context.cite(report.source),
                    before=before_units,
                    after=after_units,
                    change=signed(after_units - before_units),
                    before_date=dt.date.fromisoformat(before.as_of),  # a date: the reader's way
                    after_date=dt.date.fromisoformat(after.as_of),
                ),
                ("reported", i, "units"),
            )


RULE = Rule(__name__, (REPORTED_VS_SNAPSHOTS,), ARITHMETIC, check)
