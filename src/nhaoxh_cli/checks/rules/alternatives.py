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
from ..phrases import target as target_name
from ..rule import ARITHMETIC, WARNING, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

SOURCES_DISAGREE = ProblemCode(
    "NX308",
    WARNING,
    "sources disagree on the same figure",
    "the plan uses the figure not marked `alternative`; check which is right",
)


def _what(target: Target) -> tuple[object, ...]:
    """What a target is a figure of: two targets with the same are the same figure."""
    return (target.kind, target.period, target.years, target.territory)


def check(context: CheckContext) -> Iterator[Finding]:
    plan = context.plan
    used: dict[tuple[object, ...], Target] = {}  # the first target not marked `alternative`, by what it is
    for target in plan.targets:
        if not target.alternative:
            used.setdefault(_what(target), target)
    for i, alt in enumerate(plan.targets):
        same = used.get(_what(alt)) if alt.alternative else None
        if same is not None and same.units is not None and alt.units != same.units:
            yield context.finding(
                SOURCES_DISAGREE,
                msg(
                    "{cite} gives {units} for {target}, {used_cite} gives {used}; the plan uses {used}",
                    cite=context.cite(alt.source),
                    units=alt.units or 0,
                    target=target_name(plan, alt),
                    used_cite=context.cite(same.source),
                    used=same.units,
                ),
                ("targets", i, "units"),
            )
    for i, report in enumerate(plan.reported):
        if not report.alternative or report.final_count is None:  # a count so far or a percentage: no count
            continue
        reports = [
            r
            for r in plan.reported
            if not r.alternative
            and r.final_count is not None
            and r.years == report.years
            and plan.territory_of(r) == plan.territory_of(report)
        ]
        if reports and reports[0].final_count != report.final_count:
            yield context.finding(
                SOURCES_DISAGREE,
                msg(
                    "completions {years}: {cite} reports {units}, {used_cite} reports {used}; the plan uses {used}",
                    years="-".join(str(y) for y in sorted(set(report.years))),
                    cite=context.cite(report.source),
                    units=report.final_count,
                    used_cite=context.cite(reports[0].source),
                    used=reports[0].final_count,
                ),
                ("reported", i, "units"),
            )


RULE = Rule(__name__, (SOURCES_DISAGREE,), ARITHMETIC, check)
