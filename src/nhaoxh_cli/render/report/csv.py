"""`report --format csv`: a row per unit with its key targets and results, then the country's
headline rows (unit code "VN"), for a spreadsheet or a script."""

from __future__ import annotations

from ...results.common import Assessment
from ...results.report import SLOTS, ReportResult
from .. import RenderOptions
from ..csvout import write

COLUMNS: list[object] = [
    "code",
    "unit",
    "slug",
    "has_plan",
    "has_data",
    *(f"{what}_{slot}" for slot in SLOTS for what in ("target", "value", "ratio", "status", "basis")),
    "latest_years",
    "latest_units",
    "latest_percent",
    "latest_as_of",
    "latest_source",
]


def _cells(a: Assessment | None, not_assigned: bool) -> list[object]:
    if a is None:
        return ["none assigned" if not_assigned else None, None, None, None, None]
    return [a.target.units, a.value, a.ratio, a.status.value, a.basis.value]


def render(result: ReportResult, options: RenderOptions) -> str:
    rows: list[list[object]] = [COLUMNS]
    for row in result.units:
        cells: list[object] = [row.code, row.name, row.slug, row.file is not None, row.has_data]
        for slot in SLOTS:
            cells += _cells(row.targets.get(slot), slot in row.not_assigned)
        latest = row.latest
        if latest is None:
            cells += [None] * 5
        else:
            years = (
                f"{latest.start_year}"
                if latest.start_year == latest.end_year
                else f"{latest.start_year}-{latest.end_year}"
            )
            cells += [
                years,
                latest.units,
                latest.percent,
                latest.as_of,
                latest.source.document if latest.source else None,
            ]
        rows.append(cells)
    keys = result.national_targets
    cells = ["VN", "Việt Nam", "vietnam", True, bool(result.national)]
    for slot in SLOTS:
        cells += _cells(keys[slot], False)
    cells += [None] * 5
    rows.append(cells)
    return write(rows)
