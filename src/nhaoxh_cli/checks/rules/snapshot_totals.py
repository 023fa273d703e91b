"""NX311 — a snapshot's total differs from the sum of its stages.

The ministry's progress reports count projects and units at a date by stage
(completed, started, approved) and in total; where all four are given, the
total should be the sum of the three — for projects and for units.

Passes::

    snapshots:
      - as_of: "2025-12-31"
        total: {projects: 9, units: 900}
        completed: {projects: 2, units: 200}
        started: {projects: 3, units: 300}
        approved: {projects: 4, units: 400}
        source: {doc: doc1, section: "3"}

Fails with NX311::

    snapshots:
      - as_of: "2025-12-31"
        total: {projects: 9, units: 1000}
        completed: {projects: 2, units: 200}
        started: {projects: 3, units: 300}
        approved: {projects: 4, units: 400}
        source: {doc: doc1, section: "3"}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...findings import Finding, ProblemCode
from ...i18n import msg
from ..rule import ARITHMETIC, WARNING, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

SNAPSHOT_TOTAL = ProblemCode(
    "NX311",
    WARNING,
    "snapshot total differs from the sum of its stages",
    "check the snapshot's figures against the source",
)


def check(context: CheckContext) -> Iterator[Finding]:
    for i, snap in enumerate(context.plan.snapshots):
        stages = [snap.completed, snap.started, snap.approved]
        if snap.total is None or any(s is None for s in stages):
            continue
        for what in ("projects", "units"):
            total = getattr(snap.total, what)
            values = [getattr(s, what) for s in stages if s is not None]
            if total is not None and None not in values and sum(values) != total:
                yield context.finding(
                    SNAPSHOT_TOTAL,
                    msg(
                        "snapshot {as_of}: {what} total {total}, stages add up to {sum}",
                        as_of=snap.as_of,
                        what=msg("projects") if what == "projects" else msg("units"),
                        total=total,
                        sum=sum(values),
                    ),
                    ("snapshots", i, "total", what),
                )


RULE = Rule(__name__, (SNAPSHOT_TOTAL,), ARITHMETIC, check)
