"""`report --format xlsx`: the country report as a workbook for a reviewer who goes on calculating.

The headline first (the figures, then the same sentences as the text report), then the same
34 rows as every other view of the report, the country's own targets, its years and pipeline
snapshots, the units' targets added up against the country's, the sources that disagree, and
the coverage with the notes. A ratio always has its status beside it; a source is named by its
document or outlet and date, never by a file of this tool.
"""

from __future__ import annotations

from ...i18n import N_, iso_date, t
from ...results.common import Assessment
from ...results.forecast import YearRow
from ...results.report import SLOTS, Figure, ReportResult, UnitRow
from .. import RenderOptions, words
from ..notes import note
from ..xlsxout import (
    NUMBER,
    PERCENT,
    Cell,
    Column,
    Qualified,
    Sheet,
    assessment_cells,
    assessment_columns,
    basis,
    snapshot_cells,
    snapshot_columns,
    source,
    workbook,
)
from . import rows

#: The sheets' names, in English (translated when written); each fits Excel's 31 characters whole.
SHEETS = {
    "headline": "Headline",
    "units": "Provinces and cities",
    "country": "Country targets",
    "years": "Country by year",
    "pipeline": "Country pipeline",
    "sums": "Units' targets summed",
    "conflicts": "Sources that disagree",
    "notes": "Notes and coverage",
}


def _name(key: str) -> str:
    return t(SHEETS[key])


def _headline_row(what: str, a: Assessment | None) -> list[Cell]:
    if a is None:
        return [what, None, None, None, None, None, None, None, None, None]
    return [
        what,
        words.years(a.target.start_year, a.target.end_year),
        Qualified(a.target.units, a.target.qualifier),
        a.value if a.value is not None else a.delivered,
        words.ratio_value(a),
        a.status,
        basis(a),
        a.needed_per_year,
        a.recent_per_year,
        a.recent_years,
    ]


def headline_sheet(result: ReportResult) -> Sheet:
    h = result.headline
    header = ["item", "years", "target", "delivered or expected", "ratio", "status", "basis"]
    header += ["needed a year", "recent a year", "recent years"]
    formats = {2: NUMBER, 3: NUMBER, 4: PERCENT, 7: NUMBER, 8: NUMBER}
    sheet = Sheet(_name("headline"), [Column(t(x), formats.get(i)) for i, x in enumerate(header)])
    sheet.rows.append(_headline_row(t("The country's 2025 result"), h.result_2025))
    sheet.rows.append(_headline_row(t("The country's 2026 target"), h.target_2026))
    if h.reported_2026 is not None:
        so_far = t("Reported for 2026 so far, as of {date}", date=iso_date(h.reported_2026.as_of))
        sheet.rows.append([so_far, "2026", None, h.reported_2026.units, None, None, None, None, None, None])
    sheet.rows.append(_headline_row(t("The country's 2026–2030 target"), h.target_2026_2030))
    for what, count in (
        (t("Units with a 2025 target assessed"), h.units_with_2025),
        (t("of which met it"), h.units_met_2025),
        (t("of which did not"), h.units_not_met_2025),
    ):
        sheet.rows.append([what, "2025", None, count, None, None, None, None, None, None])
    for tally in h.tallies_2025:
        source = words.source(tally.source)
        counted: list[tuple[str, int | None]] = [
            (t("Units that met their 2025 target, as {source} counts them", source=source), tally.met),
            (t("Units that missed it, as {source} counts them", source=source), tally.missed),
        ]
        for what, number in counted:
            if number is not None:
                sheet.rows.append([what, "2025", None, number, None, None, None, None, None, None])
    sheet.rows.append([None] * len(header))
    sheet.rows += [[line, *[None] * (len(header) - 1)] for line in rows.headline(result)]
    return sheet


def _slot_header(slot: str) -> list[Column]:
    years = slot.replace("-", "–")
    return [
        Column(t("{years} target", years=years), NUMBER),
        Column(t("{years} delivered or expected", years=years), NUMBER),
        Column(t("{years} ratio", years=years), PERCENT),
        Column(t("{years} status", years=years)),
        Column(t("{years} basis", years=years)),
    ]


def _slot_cells(row: UnitRow, slot: str) -> list[Cell]:
    a = row.targets.get(slot)
    if a is None:
        return [t("none assigned") if slot in row.not_assigned else None, None, None, None, None]
    # what is compared with the target, as every other format gives it (a count so far is the latest report's)
    value = Qualified(a.value, a.value_qualifier) if a.value is not None else None
    return [Qualified(a.target.units, a.target.qualifier), value, words.ratio_value(a), a.status, basis(a)]


def units_sheet(result: ReportResult) -> Sheet:
    columns = [Column(t("code")), Column(t("unit")), Column(t("plan"))]
    for slot in SLOTS:
        columns += _slot_header(slot)
    columns += [
        Column(t("latest report: years")),
        Column(t("latest report: units"), NUMBER),
        Column(t("latest report: share of target"), PERCENT),
        Column(t("latest report: as of")),
        Column(t("latest report: source")),
    ]
    sheet = Sheet(_name("units"), columns)
    for row in result.units:
        cells: list[Cell] = [row.code, words.place(row.name), t("yes") if row.file else t("no plan")]
        for slot in SLOTS:
            cells += _slot_cells(row, slot)
        latest = row.latest
        if latest is None:
            cells += [None] * 5
        else:
            share = None if latest.percent is None else latest.percent / 100
            years = words.years(latest.start_year, latest.end_year)
            cells += [years, latest.units, share, latest.as_of, source(latest.source)]
        sheet.rows.append(cells)
    return sheet


def country_sheet(result: ReportResult) -> Sheet:
    return Sheet(_name("country"), assessment_columns(), [assessment_cells(a) for a in result.national])


def years_sheet(result: ReportResult) -> Sheet:
    names = {a.target.id: words.target_name(a.target) for a in result.national}
    most = max((len(r.targets) for r in result.national_years), default=0)
    columns = [
        Column(t("year")),
        Column(t("reported"), NUMBER),
        Column(t("reported together for")),
        Column(t("projected"), NUMBER),
        Column(t("cumulative"), NUMBER),
    ]
    for number in range(1, most + 1):
        columns += [
            Column(t("target {number}", number=number), NUMBER),
            Column(t("target {number}: name", number=number)),
        ]
    columns.append(Column(t("cum. target"), NUMBER))
    sheet = Sheet(_name("years"), columns)
    for row in result.national_years:
        sheet.rows.append(_year_cells(row, most, names))
    return sheet


def _year_cells(row: YearRow, most: int, names: dict[str, str]) -> list[Cell]:
    cells: list[Cell] = [row.year, row.reported, row.reported_in, row.projected, row.cumulative]
    for number in range(most):
        target = row.targets[number] if number < len(row.targets) else None
        cells += [None, None] if target is None else [target.units, names.get(target.id, target.id)]
    return [*cells, row.cumulative_target]


def sums_sheet(result: ReportResult) -> Sheet:
    header = rows.SUMS_HEADER
    sheet = Sheet(_name("sums"), [Column(t(x), None if i in (0, 2, 3) else NUMBER) for i, x in enumerate(header)])
    for s in result.headline.sums:
        sheet.rows.append([s.slot.replace("-", "–"), s.units, s.with_target, s.left_out, s.national, s.difference])
    return sheet


def conflicts_sheet(result: ReportResult) -> Sheet:
    header = [
        N_("where"),
        N_("figure"),
        N_("used"),
        N_("its percentage"),
        N_("its source"),
        N_("other"),
        N_("other's percentage"),
        N_("other's source"),
    ]
    formats = {2: NUMBER, 3: PERCENT, 5: NUMBER, 6: PERCENT}
    sheet = Sheet(_name("conflicts"), [Column(t(x), formats.get(i)) for i, x in enumerate(header)])

    def cells(figure: Figure | None) -> list[Cell]:
        if figure is None:
            return [None, None]
        share = None if figure.percent is None else figure.percent / 100
        return [Qualified(figure.units, figure.qualifier) if figure.units is not None else None, share]

    for c in result.conflicts:
        sheet.rows.append(
            [
                words.conflict_place(c),
                words.conflict_what(c),
                *cells(c.used),
                words.conflict_used_source(c),
                *cells(c.other),
                source(c.other_source),
            ]
        )
    return sheet


def notes_sheet(result: ReportResult) -> Sheet:
    sheet = Sheet(_name("notes"), [Column(t("about")), Column(t("count"), NUMBER), Column(t("note"))])
    c = result.coverage
    counts = [(t("today's units"), c.units), (t("with a plan"), c.with_plan), (t("holding figures"), c.with_data)]
    counts += [(t("with a {years} target", years=s.replace("-", "–")), n) for s, n in c.with_target.items()]
    counts.append((t("with a 2025 result"), c.with_result_2025))
    sheet.rows += [[what, count, None] for what, count in counts]
    for item in result.left_out:
        why = (
            t("has errors: `nhaoxh validate` says which")
            if item.reason == "errors"
            else t("about '{slug}', which is not one of today's units", slug=item.slug)
        )
        sheet.rows.append([item.file, None, why])
    for row in result.units:
        found = [note(n) for n in row.notes] + [note(n) for a in row.targets.values() if a for n in a.notes]
        sheet.rows += [[words.place(row.name), None, text] for text in dict.fromkeys(found)]
    return sheet


def render(result: ReportResult, options: RenderOptions) -> bytes:
    pipeline = Sheet(_name("pipeline"), snapshot_columns(), [snapshot_cells(s) for s in result.snapshots])
    return workbook(
        [
            headline_sheet(result),
            units_sheet(result),
            country_sheet(result),
            years_sheet(result),
            pipeline,
            sums_sheet(result),
            conflicts_sheet(result),
            notes_sheet(result),
        ]
    )
