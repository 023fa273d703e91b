"""`report --format csv`: a row per unit with its key targets and results, then the country's
headline rows (unit code "VN"), for a spreadsheet or a script."""

from __future__ import annotations

from ...results.common import Assessment
from ...results.report import SLOTS, ReportResult
from .. import RenderOptions
from ..csvout import write
from ..words import derived, ratio_value

#: A slot's columns: the target and its qualifier (about, above …), the value compared and how it is
#: stated (its qualifier; derived: computed from a percentage), the ratio (the source's own percentage
#: where it gives one for qualified figures), the status and its basis.
PER_SLOT = ("target", "target_qualifier", "value", "value_qualifier", "value_derived", "ratio", "status", "basis")

COLUMNS: list[object] = [
    "code",
    "unit",
    "slug",
    "has_plan",
    "has_data",
    *(f"{what}_{slot}" for slot in SLOTS for what in PER_SLOT),
    "not_assigned",
    "latest_years",
    "latest_units",
    "latest_percent",
    "latest_as_of",
    "latest_source",
]


def _cells(a: Assessment | None) -> list[object]:
    if a is None:
        return [None] * len(PER_SLOT)
    return [
        a.target.units,
        a.target.qualifier.value,
        a.value,
        a.value_qualifier.value if a.value is not None else None,
        derived(a) if a.value is not None else None,
        ratio_value(a),
        a.status.value,
        a.basis.value,
    ]


def render(result: ReportResult, options: RenderOptions) -> str:
    rows: list[list[object]] = [COLUMNS]
    for row in result.units:
        cells: list[object] = [row.code, row.name, row.slug, row.file is not None, row.has_data]
        for slot in SLOTS:
            cells += _cells(row.targets.get(slot))
        cells.append(";".join(row.not_assigned) or None)
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
        cells += _cells(keys[slot])
    cells += [None] * 6
    rows.append(cells)
    return write(rows)
