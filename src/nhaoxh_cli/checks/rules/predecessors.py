"""NX310 — a merged unit's figure differs from the sum of its predecessors'.

Since the merger of 01/07/2025 a unit such as Hải Phòng covers the land of
several former ones (`former:haiphong`, `former:haiduong`). Where the plan
gives the merged unit's whole-span quota and every predecessor's, or the
completions reported for the same years by the merged unit and by each
predecessor, the merged figure should be their sum.

Passes::

    reported:
      - {years: 2021-2024, units: 400, territory: haiphong, source: {doc: doc1, section: "3"}}
      - {years: 2021-2024, units: 300, territory: former:haiphong, source: {doc: doc1, section: "3"}}
      - {years: 2021-2024, units: 100, territory: former:haiduong, source: {doc: doc1, section: "3"}}

Fails with NX310::

    reported:
      - {years: 2021-2024, units: 500, territory: haiphong, source: {doc: doc1, section: "3"}}
      - {years: 2021-2024, units: 300, territory: former:haiphong, source: {doc: doc1, section: "3"}}
      - {years: 2021-2024, units: 100, territory: former:haiduong, source: {doc: doc1, section: "3"}}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...domain import WHOLE_SPAN, TargetKind
from ...findings import Finding, ProblemCode
from ...i18n import msg
from ...model import Plan, Target
from ..phrases import added
from ..rule import ARITHMETIC, WARNING, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

PREDECESSORS = ProblemCode(
    "NX310",
    WARNING,
    "merged unit differs from the sum of its predecessors",
    "check both figures: they should cover the same land",
)


def check(context: CheckContext) -> Iterator[Finding]:
    plan, registry = context.plan, context.registry
    for territory in plan.territories():
        former = [f"former:{u.slug}" for u in registry.predecessors(territory)]
        if territory.startswith("former:") or not former:
            continue
        name = registry.territory_text(territory)
        for i, whole in enumerate(plan.targets):
            if _quota(plan, whole, territory) and whole.units is not None:
                parts = [next((t.units for t in plan.targets if _quota(plan, t, f)), None) for f in former]
                known = [p for p in parts if p is not None]
                if len(known) == len(parts) and sum(known) != whole.units:
                    yield context.finding(
                        PREDECESSORS,
                        msg(
                            "{unit}'s quota is {units} but its predecessors' add up to {total} ({terms})",
                            unit=name,
                            units=whole.units,
                            total=sum(known),
                            terms=added(known),
                        ),
                        ("targets", i, "units"),
                    )
        for i, report in enumerate(plan.reported):
            if report.alternative or report.final_count is None or plan.territory_of(report) != territory:
                continue
            same = [
                [
                    r
                    for r in plan.reported
                    if not r.alternative
                    and r.final_count is not None
                    and r.years == report.years
                    and plan.territory_of(r) == f
                ]
                for f in former
            ]
            if any(len(s) != 1 for s in same):
                continue
            reports = [s[0].final_count or 0 for s in same]
            if sum(reports) != report.final_count:
                yield context.finding(
                    PREDECESSORS,
                    msg(
                        "{unit} reports {units} units completed in {years} ({cite}), but its predecessors report "
                        "{total} ({terms})",
                        unit=name,
                        units=report.final_count,
                        years=f"{report.years[0]}-{report.years[1]}",
                        cite=context.cite(report.source),
                        total=sum(reports),
                        terms=added(reports),
                    ),
                    ("reported", i, "units"),
                )


def _quota(plan: Plan, target: Target, territory: str) -> bool:
    """Whether `target` is the whole-span quota the plan uses for `territory`."""
    return (
        not target.alternative
        and target.kind is TargetKind.QUOTA
        and target.period == WHOLE_SPAN
        and plan.territory_of(target) == territory
    )


RULE = Rule(__name__, (PREDECESSORS,), ARITHMETIC, check)
