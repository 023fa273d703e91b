"""NX308 — two sources disagree on the same figure.

A plan keeps one figure per target and per report; another outlet's figure
for the same thing is kept too, marked `alternative: true`, so the
disagreement is on record. nhaoxh uses the one not marked, and warns when
they differ (same kind, period or years, and territory for targets; same
years and territory for reported completions).

Passes::

    targets:
      - {id: quota-1, kind: quota, period: 2021-2025, units: 1000, source: {doc: doc1, section: "1"}}
      - id: quota-1-news
        kind: quota
        period: 2021-2025
        units: 1000
        alternative: true
        source: {doc: doc1, section: "3"}

Fails with NX308::

    targets:
      - {id: quota-1, kind: quota, period: 2021-2025, units: 1000, source: {doc: doc1, section: "1"}}
      - id: quota-1-news
        kind: quota
        period: 2021-2025
        units: 1100
        alternative: true
        source: {doc: doc1, section: "3"}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...findings import Finding, ProblemCode
from ...i18n import msg
from ...model import Target
from ..phrases import label
from ..rule import ARITHMETIC, WARNING, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

SOURCES_DISAGREE = ProblemCode(
    "NX308",
    WARNING,
    "sources disagree on the same figure",
    "the plan uses the figure not marked `alternative`; check which is right",
)


def _same_target(a: Target, b: Target) -> bool:
    return (a.kind, a.period, a.years, a.territory) == (b.kind, b.period, b.years, b.territory)


def check(context: CheckContext) -> Iterator[Finding]:
    plan = context.plan
    for i, alt in enumerate(plan.targets):
        used = [t for t in plan.targets if not t.alternative and _same_target(t, alt)]
        if alt.alternative and used and used[0].units is not None and alt.units != used[0].units:
            yield context.finding(
                SOURCES_DISAGREE,
                msg(
                    "{cite} gives {units} for {target}, {used_cite} gives {used}; the plan uses {used}",
                    cite=context.cite(alt.source),
                    units=alt.units or 0,
                    target=alt.id or label(i),
                    used_cite=context.cite(used[0].source),
                    used=used[0].units,
                ),
                ("targets", i, "units"),
            )
    for i, report in enumerate(plan.reported):
        if not report.alternative:
            continue
        same = [
            r
            for r in plan.reported
            if not r.alternative and r.years == report.years and plan.territory_of(r) == plan.territory_of(report)
        ]
        if same and same[0].units != report.units:
            yield context.finding(
                SOURCES_DISAGREE,
                msg(
                    "completions {years}: {cite} reports {units}, {used_cite} reports {used}; the plan uses {used}",
                    years="-".join(str(y) for y in sorted(set(report.years))),
                    cite=context.cite(report.source),
                    units=report.units,
                    used_cite=context.cite(same[0].source),
                    used=same[0].units,
                ),
                ("reported", i, "units"),
            )


RULE = Rule(__name__, (SOURCES_DISAGREE,), ARITHMETIC, check)
