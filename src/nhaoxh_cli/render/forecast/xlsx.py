"""`forecast --format xlsx`: one province's forecast as a workbook, everything the result holds.

A spreadsheet is where an analyst checks the arithmetic, so it always carries the details the
text shows only on request: every territory's targets assessed (status, basis, value, ratio,
what it would take), the years, the plan's projection by stage and period, the plan against
what was reported, and the sources; the alternative bases, the simulation, the pipeline
snapshots and the sources' own slips when the result has them. Today's unit comes first, as in
every view.
"""

from __future__ import annotations

from ...domain import Status
from ...i18n import t
from ...results.forecast import ForecastResult, TerritoryForecast
from .. import RenderOptions, words
from ..xlsxout import (
    NUMBER,
    PERCENT,
    Cell,
    Column,
    Sheet,
    assessment_cells,
    assessment_columns,
    snapshot_cells,
    snapshot_columns,
    source,
    workbook,
)

#: The sheets' names, in English (translated when written); each fits Excel's 31 characters whole.
SHEETS = {
    "assessments": "Targets assessed",
    "years": "By year",
    "projection": "Projection by stage",
    "outcomes": "Plan against outcome",
    "sources": "Sources",
    "alternatives": "Other bases",
    "simulation": "Simulation",
    "snapshots": "Pipeline snapshots",
    "warnings": "Figures that disagree",
}


def _name(key: str) -> str:
    return t(SHEETS[key])


def _territory(territory: TerritoryForecast) -> str:
    return words.territory(territory.name, territory.role)


def _named(result: ForecastResult, territory: str) -> str:
    """A territory id ("former:haiphong") as its name, as the other sheets write it."""
    found = result.territory(territory)
    return _territory(found) if found is not None else territory


def assessments_sheet(result: ForecastResult) -> Sheet:
    sheet = Sheet(_name("assessments"), [Column(t("territory")), *assessment_columns()])
    for territory in result.territories:
        sheet.rows += [[_territory(territory), *assessment_cells(a)] for a in territory.assessments]
    return sheet


def years_sheet(result: ForecastResult) -> Sheet:
    stages = list(dict.fromkeys(k for x in result.territories for row in x.years for k in row.by_stage))
    most = max((len(row.targets) for x in result.territories for row in x.years), default=0)
    columns = [Column(t("territory")), Column(t("year")), Column(t("projected"), NUMBER)]
    columns += [Column(words.stage(key), NUMBER) for key in stages]
    columns += [Column(t("reported"), NUMBER), Column(t("reported together for")), Column(t("value"), NUMBER)]
    columns.append(Column(t("cumulative"), NUMBER))
    for number in range(1, most + 1):
        columns += [
            Column(t("target {number}", number=number), NUMBER),
            Column(t("target {number}: name", number=number)),
        ]
    columns.append(Column(t("cum. target"), NUMBER))
    sheet = Sheet(_name("years"), columns)
    for territory in result.territories:
        names = {a.target.id: words.target_name(a.target) for a in territory.assessments}
        for row in territory.years:
            cells: list[Cell] = [_territory(territory), row.year, row.projected]
            cells += [row.by_stage.get(key) for key in stages]
            cells += [row.reported, row.reported_in, row.value, row.cumulative]
            for number in range(most):
                target = row.targets[number] if number < len(row.targets) else None
                cells += [None, None] if target is None else [target.units, names.get(target.id, target.id)]
            sheet.rows.append([*cells, row.cumulative_target])
    return sheet


def projection_sheet(result: ForecastResult) -> Sheet:
    stages = list(dict.fromkeys(k for x in result.territories for k in x.total.by_stage))
    columns = [Column(t("territory")), Column(t("period")), Column(t("from")), Column(t("to"))]
    columns += [Column(words.stage(key), NUMBER) for key in stages]
    columns += [Column(t("projection"), NUMBER), Column(t("the source's words"))]
    sheet = Sheet(_name("projection"), columns)
    for territory in result.territories:
        if not territory.has_pipeline:
            continue
        for p in territory.periods:
            cells: list[Cell] = [_territory(territory), p.id, p.start_year, p.end_year]
            cells += [p.by_stage.get(key) for key in stages]
            sheet.rows.append([*cells, p.forecast_units, ", ".join(p.labels) or None])
        total = territory.total
        cells = [_territory(territory), t("total"), total.start_year, total.end_year]
        cells += [total.by_stage.get(key) for key in stages]
        sheet.rows.append([*cells, total.forecast_units, None])
    return sheet


def outcomes_sheet(result: ForecastResult) -> Sheet:
    header = ["territory", "from", "to", "projected", "reported", "difference", "source"]
    sheet = Sheet(_name("outcomes"), [Column(t(x), NUMBER if 3 <= i <= 5 else None) for i, x in enumerate(header)])
    for territory in result.territories:
        for o in territory.outcomes:
            row: list[Cell] = [_territory(territory), o.start_year, o.end_year, o.projected, o.reported, o.difference]
            sheet.rows.append([*row, source(o.source)])
    return sheet


def sources_sheet(result: ForecastResult) -> Sheet:
    header = ["key", "document", "date", "section", "outlet", "address"]
    sheet = Sheet(_name("sources"), [Column(t(x)) for x in header])
    for key, ref in result.sources.items():
        sheet.rows.append([key, ref.document, ref.date, ref.section, ref.via, ref.url])
    return sheet


def alternatives_sheet(result: ForecastResult) -> Sheet:
    header = ["basis", "name", "territory", "target", "units", "value", "ratio", "status", "P10", "P90", "probability"]
    formats = {4: NUMBER, 5: NUMBER, 6: PERCENT, 8: NUMBER, 9: NUMBER, 10: PERCENT}
    sheet = Sheet(_name("alternatives"), [Column(t(x), formats.get(i)) for i, x in enumerate(header)])
    for alt in result.alternatives:
        kind = t("scenario") if alt.basis == "scenario" else t("calibrated")
        for x in alt.targets:
            p10, p90 = (x.band.p10, x.band.p90) if x.band else (None, None)
            row: list[Cell] = [
                kind,
                alt.name,
                _named(result, x.territory),
                x.target_id,
                x.units,
                x.value,
                x.ratio,
                Status(x.status),
            ]
            sheet.rows.append([*row, p10, p90, x.probability])
    return sheet


def simulation_sheet(result: ForecastResult) -> Sheet:
    header = ["territory", "basis", "runs", "seed", "scope", "target", "units", "point", "P10", "P50", "P90"]
    header.append("probability")
    formats = {2: NUMBER, 6: NUMBER, 7: NUMBER, 8: NUMBER, 9: NUMBER, 10: NUMBER, 11: PERCENT}
    sheet = Sheet(_name("simulation"), [Column(t(x), formats.get(i)) for i, x in enumerate(header)])
    for sim in result.simulations:
        basis = t("plan") if sim.basis == "plan" else t("calibrated")
        first: list[Cell] = [_named(result, sim.territory), basis, sim.runs, sim.seed]
        for band in [*sim.periods, *([sim.total] if sim.total else []), *sim.years]:
            r = band.band
            sheet.rows.append([*first, band.scope, None, None, band.point, r.p10, r.p50, r.p90, None])
        for odds in sim.targets:
            r = odds.band
            row: list[Cell] = [*first, None, odds.target_id, odds.units, odds.point, r.p10, r.p50, r.p90]
            sheet.rows.append([*row, odds.probability])
    return sheet


def warnings_sheet(result: ForecastResult) -> Sheet:
    sheet = Sheet(_name("warnings"), [Column(t("code")), Column(t("what the sources say"))])
    sheet.rows += [[w.code, w.shown_message()] for w in result.warnings]
    return sheet


def render(result: ForecastResult, options: RenderOptions) -> bytes:
    sheets = [
        assessments_sheet(result),
        years_sheet(result),
        projection_sheet(result),
        outcomes_sheet(result),
        sources_sheet(result),
    ]
    if result.alternatives:
        sheets.append(alternatives_sheet(result))
    if result.simulations:
        sheets.append(simulation_sheet(result))
    if result.snapshots:
        sheets.append(Sheet(_name("snapshots"), snapshot_columns(), [snapshot_cells(s) for s in result.snapshots]))
    if result.warnings:
        sheets.append(warnings_sheet(result))
    return workbook(sheets)
