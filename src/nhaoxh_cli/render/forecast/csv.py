"""`forecast --format csv`: one table for a spreadsheet or a script.

A row per target of each territory (its assessment, with how the source qualifies the target and
the value: about, above, under, at least); with `--by year`, a row per territory and year; with
`--details`, a row per territory, stage and period (the plan's projection). A CSV is one table: the
text and Markdown views show the targets beside the years or stages.
"""

from __future__ import annotations

from ...results.forecast import ForecastResult
from .. import RenderOptions
from ..csvout import write
from ..words import ratio_value

ASSESSMENT_COLUMNS: list[object] = [
    "territory",
    "target",
    "kind",
    "start_year",
    "end_year",
    "units",
    "status",
    "basis",
    "final",
    "value",
    "gap",
    "ratio",
    "delivered",
    "reported_to",
    "projected",
    "needed_per_year",
    "recent_per_year",
    "label",
    "decision",
    "units_qualifier",  # about, above, under, at_least or exact: how the source states the target …
    "value_qualifier",  # … and the value compared with it (">4,600" in the text view)
]


def render(result: ForecastResult, options: RenderOptions) -> str:
    if options.by_year:
        rows: list[list[object]] = [
            ["territory", "year", "projected", "reported", "reported_in", "value", "cumulative", "yearly_target"]
        ]
        for territory in result.territories:
            for y in territory.years:
                target = y.targets[0].units if y.targets else None
                rows.append(
                    [territory.territory, y.year, y.projected, y.reported, y.reported_in, y.value, y.cumulative, target]
                )
        return write(rows)
    if options.details:
        rows = [["territory", "period", "start_year", "end_year", "stage", "units"]]
        for territory in result.territories:
            for p in territory.periods:
                for stage, units in p.by_stage.items():
                    rows.append([territory.territory, p.id, p.start_year, p.end_year, stage, units])
        return write(rows)
    rows = [ASSESSMENT_COLUMNS]
    for territory in result.territories:
        for a in territory.assessments:
            t = a.target
            rows.append(
                [
                    territory.territory,
                    t.id,
                    t.kind.value,
                    t.start_year,
                    t.end_year,
                    t.units,
                    a.status.value,
                    a.basis.value,
                    a.final,
                    a.value,
                    a.gap,
                    ratio_value(a),
                    a.delivered,
                    a.reported_to,
                    a.projected,
                    a.needed_per_year,
                    a.recent_per_year,
                    t.label,
                    t.decision,
                    t.qualifier.value,
                    a.value_qualifier.value if a.value is not None else None,
                ]
            )
    return write(rows)
