"""NX301 — a total the source states differs from the sum of its own figures.

A decision often closes a section with its total ("khoảng 36.126 căn" for
2026-2030). nhaoxh adds up the same source's figures for that period (and
territory) — completions and each stage's delivery — and warns when they
disagree, quoting both and the terms, so the slip can be taken back to the
document's authors. The plan keeps the source's figures as stated. The sums
are the plan's projection (engine/projection.py), except for a period whose
completions are reported year by year (final counts, no gap, no overlap):
the reports' sum stands for it.

Passes::

    stated_totals:
      - {period: 2021-2025, units: 700, source: {doc: doc1, section: "2"}}

Fails with NX301::

    stated_totals:
      - {period: 2021-2025, units: 750, qualifier: about, source: {doc: doc1, section: "2"}}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...domain import COMPLETED, WHOLE_SPAN
from ...engine.projection import project
from ...findings import Finding, ProblemCode
from ...i18n import msg
from ...model import Plan, Reported
from ..phrases import about, added, signed
from ..rule import ARITHMETIC, WARNING, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

STATED_TOTAL = ProblemCode(
    "NX301",
    WARNING,
    "stated total differs from the sum of its parts",
    "take it back to the document's authors; the plan keeps the source's figure",
)

#: A period's units and their terms ("completed" and each stage), or None where the plan cannot add them up.
Sums = dict[str, tuple[int | None, dict[str, int | None]]]


def _sums(plan: Plan, territory: str) -> Sums:
    """Each period's units for one territory (and the whole span's, under `total`), with their terms:
    the projection's, or the reported completions where they cover the period year by year."""
    projection = project(plan, territory)
    reports = [r for r in plan.reported if plan.territory_of(r) == territory and not r.alternative]
    sums: Sums = {}
    for period in plan.periods:
        actual = _reported(reports, period.start_year, period.end_year)
        if actual is not None:  # the period is over and reported year by year: the reports stand for it
            sums[period.id] = actual, {COMPLETED: actual}
        else:
            sums[period.id] = projection.period_total(period.id), dict(projection.periods.get(period.id, {}))
    if sums:
        totals = [units for units, _ in sums.values()]
        keys = dict.fromkeys(key for _, terms in sums.values() for key in terms)
        by_key = {key: [terms.get(key, 0) for _, terms in sums.values()] for key in keys}
        sums[WHOLE_SPAN] = _sum(totals), {key: _sum(values) for key, values in by_key.items()}
    return sums


def _reported(reports: list[Reported], first: int, last: int) -> int | None:
    """The final counts reported for exactly the years first..last, or None: the reports inside
    must cover every year once, with no gap and no overlap (two reports of the same years are a
    disagreement, not a sum)."""
    inside = sorted(
        (r for r in reports if r.final_count is not None and first <= r.years[0] and r.years[1] <= last),
        key=lambda r: r.years,
    )
    year = first
    for report in inside:
        if report.years[0] != year:
            return None
        year = report.years[1] + 1
    return sum(r.final_count or 0 for r in inside) if inside and year == last + 1 else None


def _sum(values: list[int | None]) -> int | None:
    return None if any(v is None for v in values) else sum(v or 0 for v in values)


def check(context: CheckContext) -> Iterator[Finding]:
    sums: dict[str, Sums] = {}  # one projection per territory, however many totals it states
    for i, stated in enumerate(context.plan.stated_totals):
        territory = context.plan.territory_of(stated)
        if territory not in sums:
            sums[territory] = _sums(context.plan, territory)
        computed, parts = sums[territory].get(stated.period, (None, {}))
        if computed is None or computed == stated.units:
            continue
        yield context.finding(
            STATED_TOTAL,
            msg(
                "the source states {about}{units} units for {period} ({cite}), but its own figures add up to "
                "{computed} ({terms}): a difference of {difference}",
                about=about(stated.qualifier),
                units=stated.units,
                period=stated.period,
                cite=context.cite(stated.source),
                computed=computed,
                terms=added(v for v in parts.values() if v),
                difference=signed(computed - stated.units),
            ),
            ("stated_totals", i, "units"),
        )


RULE = Rule(__name__, (STATED_TOTAL,), ARITHMETIC, check)
