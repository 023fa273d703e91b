"""What reports say about a territory's years (kết quả hoàn thành).

A report covers a year or several ("2021-2024: 7.900"); several-year reports
are never split into years. Reports add up only when they cover the years in
question exactly, each year once: two reports of the same years are a
disagreement (the plan keeps one as an `alternative`), never a sum. A
`partial` report is a count so far within its years, not their result.
"""

from __future__ import annotations

import datetime as dt

from ..model import Plan, Reported
from ..values import frozen


def known_from(plan: Plan, report: Reported) -> dt.date:
    """The day a report became known: its `as_of`, else its source's date, else the end of its years."""
    for text in (
        report.as_of,
        plan.sources[report.source.doc].published if report.source.doc in plan.sources else None,
    ):
        if text:
            parts = [int(p) for p in text.split("-") if p.isdigit()]
            if len(parts) == 3:
                return dt.date(*parts)
            if len(parts) == 2:
                return dt.date(parts[0], parts[1], 28)
            if len(parts) == 1:
                return dt.date(parts[0], 12, 31)
    source = plan.sources.get(report.source.doc)
    if source is not None and source.date is not None:
        return source.date
    return dt.date(report.years[1], 12, 31)


def primary_reports(plan: Plan, territory: str, as_of: dt.date | None = None) -> list[Reported]:
    """The territory's reports that are used (another source's figure is kept, not used), by years;
    with `as_of`, only those known by that day (a report published later did not exist yet)."""
    found = [
        r
        for r in plan.reported
        if not r.alternative and plan.territory_of(r) == territory and (as_of is None or known_from(plan, r) <= as_of)
    ]
    return sorted(found, key=lambda r: (r.years[0], r.years[1]))


def is_partial(report: Reported) -> bool:
    return report.partial


def units_of(report: Reported) -> int | None:
    return report.units


@frozen
class Coverage:
    """What the reports give for the years first..last."""

    delivered: int | None  # full reports from `first` on, plus a partial count after them
    reported_to: int | None  # full reports cover first..reported_to (None: not even the first year)
    partial: Reported | None  # a partial report for the year after reported_to
    blocks: list[Reported]  # the full reports used, in order

    @property
    def full(self) -> int | None:
        return sum(units_of(b) or 0 for b in self.blocks) if self.blocks else None


def coverage(reports: list[Reported], first: int, last: int) -> Coverage:
    """Full reports that cover first.. year by year without gap or overlap, inside first..last; then
    a partial report of the next years, if one starts there."""
    year = first
    blocks: list[Reported] = []
    for report in reports:
        if is_partial(report) or units_of(report) is None:
            continue
        if report.years[0] == year and report.years[1] <= last:
            blocks.append(report)
            year = report.years[1] + 1
    partial = next(
        (r for r in reports if is_partial(r) and units_of(r) is not None and r.years[0] == year and r.years[1] <= last),
        None,
    )
    full = sum(units_of(b) or 0 for b in blocks)
    delivered = None
    if blocks or partial is not None:
        delivered = full + (units_of(partial) or 0 if partial is not None else 0)
    return Coverage(delivered, year - 1 if blocks else None, partial, blocks)


def exactly(reports: list[Reported], first: int, last: int) -> int | None:
    """Units reported for exactly the years first..last (full reports only), or None."""
    found = coverage(reports, first, last)
    return found.full if found.reported_to == last else None


def latest_rate(reports: list[Reported]) -> tuple[int, str] | None:
    """Units a year in the latest full report, and its years ("2025", "2021-2024")."""
    full = [r for r in reports if not is_partial(r) and units_of(r) is not None]
    if not full:
        return None
    latest = max(full, key=lambda r: (r.years[1], -r.years[0]))
    first, last = latest.years
    return round((units_of(latest) or 0) / (last - first + 1)), years_text(first, last)


def years_text(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}-{last}"
