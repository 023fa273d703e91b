"""`report --format html`: the country report as one page a person reads — and one file to mail.

Self-contained on purpose (inline CSS and SVG; no script, no web font, no request): it opens
offline, in a mail client, years later. The page says what the text report says, in the same
words (the sentences and tables come from `rows.py`, so every view agrees), and adds three
charts with axes and every value written on them: the units' 2025 results against their
targets, the country's yearly targets against completions, the pipeline snapshots.

At 420 px the unit table turns into one card per unit and other tables scroll in their own
box; printed on A4, each section starts a page and nothing scrolls. A status is always a word;
its colour (met green, near yellow, at risk orange, off track and not met red, unknown grey)
only repeats it.
"""

from __future__ import annotations

from html import escape

from ... import __version__
from ...domain import Basis, Status, TargetKind
from ...i18n import date, iso_date, language, percent, signed, t, units
from ...results.common import Assessment
from ...results.forecast import SnapshotRow, SnapshotStage, YearRow
from ...results.report import ReportResult, UnitRow
from .. import RenderOptions, words
from ..notes import note
from ..safe import visible
from ..svg import Axis, Bar, Reference, Row, bar_chart, nice_axis
from ..tables import Table
from . import rows
from .rows import GOAL_MARK

#: The ratio axis of the units' chart ends here at most: one unit far above its target must not
#: squeeze the others into slivers (its bar is cut with a break mark; its value is written).
RATIO_AXIS_MAX = 2.0


def _status_css(status: Status | str | None) -> str:
    return f"s-{Status(status).value}" if status is not None else ""


def _h(text: str) -> str:
    return escape(visible(text))


# --- charts -------------------------------------------------------------------------------


def _percent_axis(largest: float, title: str) -> Axis:
    return nice_axis(min(largest, RATIO_AXIS_MAX) * 100, title, lambda v: percent(v / 100, 0), at_least=100)


def _units_axis(largest: float, title: str) -> Axis:
    return nice_axis(largest, title, lambda v: units(round(v)))


def _derived(a: Assessment) -> bool:
    return words.DERIVED_MARK in words.result_figure(a) + words.target_figure(a)


def _unit_bar(row: UnitRow, a: Assessment) -> Row:
    assert a.ratio is not None
    own_goal = GOAL_MARK if a.target.kind is TargetKind.GOAL else ""  # as the units table marks it
    figure = f"{words.result_figure(a)} / {words.target_figure(a)}{own_goal} · {words.ratio(a)}"
    bar = Bar(a.ratio * 100, _status_css(a.status), figure)
    side = words.status(a.status)
    if a.basis is not Basis.REPORTED:  # not a reported result: say what the figure is
        side += f" ({words.basis(a)})"
    return Row(words.place(row.name), [bar], side=side, side_css=_status_css(a.status))


def _without_bar(result: ReportResult) -> list[tuple[str, list[str]]]:
    """The units the 2025 chart cannot draw, by why: every unit is named somewhere."""
    groups: dict[str, list[str]] = {}

    def put(why: str, text: str) -> None:
        groups.setdefault(why, []).append(text)

    for row in result.units:
        a = row.targets.get("2025")
        if a is None:
            if "2025" in row.not_assigned:
                put(t("No 2025 target assigned"), words.place(row.name))
            elif row.file is None:
                put(t("No plan yet"), words.place(row.name))
            else:
                put(t("No 2025 target in the plan"), words.place(row.name))
        elif a.ratio is None:
            if a.status in (Status.MET, Status.NOT_MET):
                put(t("Reported only as met or not met"), f"{words.place(row.name)} ({words.status(a.status)})")
            elif a.value is None and a.delivered is None:
                put(t("2025 target, no result yet"), f"{words.place(row.name)} ({words.target_figure(a)})")
            else:
                put(
                    t("Not comparable"),
                    f"{words.place(row.name)} ({units(a.value if a.value is not None else a.delivered)})",
                )
    return list(groups.items())


def units_chart(result: ReportResult) -> str:
    """(a) Each unit's 2025 result as a share of its 2025 target, best first, the target at 100 %."""
    drawn = [(row, a) for row in result.units if (a := row.targets.get("2025")) is not None and a.ratio is not None]
    drawn.sort(key=lambda pair: (-(pair[1].ratio or 0), pair[0].code))
    parts = []
    if drawn:
        axis = _percent_axis(
            max(a.ratio or 0 for _, a in drawn), t("units completed in 2025, as a share of the target")
        )
        chart_rows = [_unit_bar(row, a) for row, a in drawn]
        reference = Reference(100, t("target (100%)"))
        parts.append(
            bar_chart(chart_rows, axis, title=t("2025: each unit's result against its target"), reference=reference)
        )
        parts.append(f'<p class="legend">{_h(t("Each bar: completed / target · share of the target."))}')
        if any(_derived(a) for _, a in drawn):
            parts.append(" " + _h(t("* not stated by a source: computed or derived (the notes say how)")))
        if any(a.target.kind is TargetKind.GOAL for _, a in drawn):
            parts.append(" " + _h(t("† the unit's own goal: no quota assigned to it for those years is in the plans")))
        parts.append("</p>")
    else:
        parts.append(f"<p>{_h(t('No unit has both a 2025 target and a 2025 result yet.'))}</p>")
    items = "".join(f"<li><b>{_h(why)}:</b> {_h(', '.join(names))}</li>" for why, names in _without_bar(result))
    if items:
        parts.append(f'<ul class="without">{items}</ul>')
    return "".join(parts)


def _target_name(result: ReportResult, target_id: str) -> str:
    found = next((a for a in result.national if a.target.id == target_id), None)
    return words.target_name(found.target) if found is not None else target_id


def _year_groups(years: list[YearRow]) -> list[list[YearRow]]:
    """Years in rows; the years of one several-year report together, never split."""
    groups: list[list[YearRow]] = []
    for row in years:
        if row.reported_in and groups and groups[-1][-1].reported_in == row.reported_in:
            groups[-1].append(row)
        else:
            groups.append([row])
    return groups


def _year_row(result: ReportResult, group: list[YearRow]) -> tuple[Row, list[float]]:
    first, last = group[0], group[-1]
    bars: list[Bar] = []
    for target in [x for row in group for x in row.targets]:
        text = t("target {units} ({name})", units=units(target.units), name=_target_name(result, target.id))
        bars.append(Bar(target.units, "target", text, light=True))
    if first.reported_in is not None:
        label = t("{years}: one report for these years", years=first.reported_in.replace("-", "–"))
        if last.cumulative is not None:
            text = t(
                "completed, cumulative from {first}: {units}",
                first=result.national_years[0].year,
                units=units(last.cumulative),
            )
            bars.append(Bar(last.cumulative, "reported", text, thickness=13 * len(group)))
    else:
        label = str(first.year)
        if first.reported is not None:
            bars.append(Bar(first.reported, "reported", t("completed {units}", units=units(first.reported))))
        elif first.partial is not None:
            so_far = t("{units} so far (as of {date})", units=units(first.partial), date=iso_date(first.partial_as_of))
            bars.append(Bar(first.partial, "reported", so_far))
        elif first.projected:
            bars.append(
                Bar(
                    first.projected,
                    "projected",
                    t("plan's projection {units}", units=units(first.projected)),
                    light=True,
                )
            )
    side = "" if any(b.css in ("reported", "projected") for b in bars) else t("nothing reported")
    if first.reported_in is not None and last.cumulative is None:  # YearRow does not carry a block's own figure
        side = t("reported together; the figure is not in the result")
    return Row(label, bars, side=side, side_css="muted"), [b.value for b in bars]


def years_chart(result: ReportResult) -> str:
    """(b) The country's yearly targets against completions, one row per year (or per report)."""
    made = [_year_row(result, group) for group in _year_groups(result.national_years)]
    values = [v for _, vs in made for v in vs]
    if not values:
        return f"<p>{_h(t('No yearly target or completion for the country.'))}</p>"
    axis = _units_axis(max(values), t("units (a report for several years: cumulative at its end)"))
    return bar_chart([r for r, _ in made], axis, title=t("The country: yearly targets and completions"))


_STAGES = (
    ("completed", "completed", "stage-completed"),
    ("started", "started", "stage-started"),
    ("approved", "approved", "stage-approved"),
)


def _stage_bar(name: str, css: str, stage: SnapshotStage | None) -> Bar:
    if stage is None or stage.units is None:
        return Bar(0, css, t("{stage}: not reported", stage=t(name)))
    text = t("{stage} {units} units", stage=t(name), units=words.qualified(units(stage.units), stage.qualifier))
    if stage.projects is not None:
        text += " · " + t("{count} projects", count=units(stage.projects))
    return Bar(stage.units, css, text)


def _snapshot_label(snap: SnapshotRow) -> str:
    label = words.snapshot_label(snap.label, snap.as_of)
    if snap.total is not None and snap.total.units is not None:
        label += " — " + t("{units} units in all", units=words.qualified(units(snap.total.units), snap.total.qualifier))
    return label


def pipeline_chart(result: ReportResult) -> str:
    """(c) The country's pipeline at each snapshot: units completed, started, approved."""
    chart_rows = [
        Row(_snapshot_label(s), [_stage_bar(name, css, getattr(s, key)) for key, name, css in _STAGES])
        for s in result.snapshots
    ]
    values = [b.value for r in chart_rows for b in r.bars]
    if not values:
        return f"<p>{_h(t('No pipeline snapshot for the country.'))}</p>"
    axis = _units_axis(max(values), t("units"))
    sources = [f"{words.snapshot_label(s.label, s.as_of)}: {words.source(s.source)}" for s in result.snapshots]
    return bar_chart(chart_rows, axis, title=t("The country's pipeline")) + _list(sources, "legend")


# --- tables -------------------------------------------------------------------------------


def table_html(table: Table, *, cards: bool = False) -> str:
    """A `Table` (cells already worded) as HTML: on a phone, cards or a box of its own that scrolls."""
    head = "".join(
        f'<th scope="col"{" class=n" if i in table.numeric else ""}>{_h(h)}</th>' for i, h in enumerate(table.header)
    )
    body = []
    for number, cells in enumerate(table.rows):
        status = table.statuses[number] if number < len(table.statuses) else None
        tds = []
        for i, cell in enumerate(cells):
            css = ["n"] if i in table.numeric else []
            text = _h(cell)
            if i == table.status_column and cell:
                text = f'<span class="status {_status_css(status) or "s-none"}">{text}</span>'
            if cell in ("—", ""):
                css.append("empty")
            attrs = f' class="{" ".join(css)}"' if css else ""
            label = f' data-label="{_h(table.header[i])}"' if cards else ""
            tds.append(f"<td{attrs}{label}>{text}</td>")
        body.append("<tr>" + "".join(tds) + "</tr>")
    kind = "cards" if cards else "scroll"
    notes = "".join(f"<li>{_h(n)}</li>" for n in table.footnotes)
    return f'<div class="{kind}"><table><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div>' + (
        f'<ul class="notes">{notes}</ul>' if notes else ""
    )


def sums_table(result: ReportResult) -> Table:
    table = Table(
        title=t("The units' stated quotas added up, against the country's"),
        header=[t(h) for h in rows.SUMS_HEADER],
        numeric={1, 2, 3, 4, 5},
    )
    for s in result.headline.sums:
        table.add(
            [
                s.slot.replace("-", "–"),
                units(s.units),
                str(s.with_target),
                str(s.left_out),
                units(s.national),
                signed(s.difference),
            ]
        )
    return table


def conflicts_table(result: ReportResult) -> Table:
    table = Table(
        title=t("Sources that disagree (both kept; the first is used)"),
        header=[t(h) for h in ("where", "figure", "used", "its source", "other", "its source")],
        numeric={2, 4},
    )
    for c in result.conflicts:
        table.add(
            [
                words.conflict_place(c),
                words.conflict_what(c),
                words.figure(c.used),
                words.conflict_used_source(c),
                words.figure(c.other),
                words.source(c.other_source),
            ]
        )
    return table


def unit_notes(result: ReportResult) -> list[str]:
    """Each unit's notes (its own and its targets'), once each, as sentences."""
    lines = []
    for row in result.units:
        found = [note(n) for n in row.notes]
        found += [note(n) for a in row.targets.values() if a is not None for n in a.notes]
        if found:
            lines.append(f"{words.place(row.name)}: " + "; ".join(dict.fromkeys(found)))
    return lines


# --- the page -----------------------------------------------------------------------------


def _section(key: str, heading: str, *content: str) -> str:
    return f'<section id="{key}"><h2>{_h(heading)}</h2>{"".join(content)}</section>'


def _list(lines: list[str], css: str = "") -> str:
    attrs = f' class="{css}"' if css else ""
    return f"<ul{attrs}>" + "".join(f"<li>{_h(x)}</li>" for x in lines) + "</ul>" if lines else ""


def _legend() -> str:
    chips = "".join(
        f'<span class="status {_status_css(s)}">{_h(words.status(s))}</span> '
        for s in (Status.MET, Status.NEAR, Status.AT_RISK, Status.OFF_TRACK, Status.NOT_MET, Status.UNKNOWN)
    )
    return f'<p class="legend">{_h(t("Statuses: met ≥ 100%, near ≥ 95%, at risk ≥ 85%, off track below."))} {chips}</p>'


def render(result: ReportResult, options: RenderOptions) -> str:
    title = rows.title(result)
    units_block = rows.units_table(result)
    sections = [
        _section("headline", t("In short"), _list(rows.headline(result), "headline")),
        _section("units-2025", t("2025: each unit's result against its target"), units_chart(result)),
        _section("years", t("The country: yearly targets and completions"), years_chart(result)),
        _section("pipeline", t("The country's pipeline (projects at each report)"), pipeline_chart(result)),
        _section(
            "units",
            units_block.title,
            _legend(),
            table_html(units_block, cards=True),
            _list(unit_notes(result), "notes"),
        ),
    ]
    if result.national:
        sections.append(
            _section("national", t("The country's own targets"), table_html(rows.national_table(result), cards=True))
        )
    if result.headline.sums:
        sections.append(
            _section("sums", t("The units' targets added up, against the country's"), table_html(sums_table(result)))
        )
    if result.conflicts:
        sections.append(
            _section(
                "conflicts",
                t("Sources that disagree (both kept; the first is used)"),
                table_html(conflicts_table(result), cards=True),
            )
        )
    sections.append(_section("coverage", t("Coverage"), _list(rows.coverage_lines(result))))
    meta = t(
        "Figures as of {date}; made by nhaoxh {version} from its plans.", date=date(result.as_of), version=__version__
    )
    return (
        f'<!doctype html>\n<html lang="{language()}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_h(title)}</title><style>{CSS}</style></head><body>\n"
        f'<header><h1>{_h(title)}</h1><p class="meta">{_h(meta)}</p></header>\n'
        + "\n".join(sections)
        + "\n</body></html>\n"
    )


CSS = """
:root{--met:#1a7f37;--near:#9a6700;--risk:#d4670b;--off:#cf222e;--unknown:#6e7781;--ink:#1f2328;--muted:#59636e;
--line:#d0d7de}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0 auto;max-width:1100px;padding:1rem;
color:var(--ink);line-height:1.45}
h1{font-size:1.45rem;margin:.2rem 0}h2{font-size:1.15rem;margin:2rem 0 .6rem;padding-bottom:.2rem;
border-bottom:1px solid var(--line)}
.meta,.legend,.notes,.without{color:var(--muted);font-size:.85rem}
ul.headline{padding-left:1.2rem}ul.headline li{margin:.35rem 0}
.chart{width:100%;max-width:580px;height:auto;display:block;margin:.4rem 0}
.chart text{font-family:inherit;font-size:12px;fill:var(--ink)}
.chart .tick{font-size:11px;fill:var(--muted)}.chart .axis-label{font-size:11.5px;fill:var(--muted)}
.chart .label{font-weight:600}.chart .side{font-weight:600}
.chart .grid{stroke:#eaeef2}.chart .axis{stroke:#8c959f}
.chart .reference{stroke:var(--ink);stroke-width:1.5;stroke-dasharray:4 3}.chart .reference-label{font-size:11px}
.chart .value.in{fill:#fff}.chart .value.in-light{fill:var(--ink)}
.chart .value{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.chart .value.in,.chart .value.in-light{stroke:none}
.chart .break{stroke:#fff;stroke-width:3}
.chart rect.s-met{fill:var(--met)}.chart rect.s-near{fill:#d4a72c}.chart rect.s-at_risk{fill:var(--risk)}
.chart rect.s-off_track,.chart rect.s-not_met{fill:var(--off)}.chart rect.s-unknown{fill:var(--unknown)}
.chart text.s-met{fill:var(--met)}.chart text.s-near{fill:var(--near)}.chart text.s-at_risk{fill:var(--risk)}
.chart text.s-off_track,.chart text.s-not_met{fill:var(--off)}.chart text.s-unknown,.chart text.muted{fill:var(--muted)}
.chart rect.target{fill:#ddf4ff;stroke:#0969da;stroke-width:1.2}.chart rect.reported{fill:var(--met)}
.chart rect.projected{fill:#f6f8fa;stroke:#8c959f;stroke-dasharray:3 2}
.chart rect.stage-completed{fill:var(--met)}.chart rect.stage-started{fill:#0969da}
.chart rect.stage-approved{fill:#8250df}
table{border-collapse:collapse;width:100%;font-size:.88rem}
th,td{padding:.3rem .45rem;border-bottom:1px solid #eaeef2;text-align:left;vertical-align:top}
th{background:#f6f8fa;font-weight:600}th.n,td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.scroll,.cards{overflow-x:auto}
.status{font-weight:600;white-space:nowrap;padding:.05rem .35rem;border-left:4px solid;border-radius:2px}
.s-met{border-color:var(--met);background:#dafbe1}.s-near{border-color:#d4a72c;background:#fff8c5}
.s-at_risk{border-color:var(--risk);background:#fff1e5}.s-off_track,.s-not_met{border-color:var(--off);background:#ffebe9}
.s-unknown{border-color:var(--unknown);background:#f6f8fa}.s-none{border:0;font-weight:400;color:var(--muted)}
.cards td:nth-child(2){white-space:nowrap}
@media (max-width:640px){
body{padding:.6rem}
.cards table,.cards tbody,.cards tr,.cards td{display:block;width:100%}
.cards thead{display:none}
.cards tr{border:1px solid var(--line);border-radius:6px;margin:.5rem 0;padding:.3rem .5rem}
.cards td{border:0;padding:.12rem 0;text-align:left;white-space:normal;display:flex;gap:.6rem}
.cards td::before{content:attr(data-label);flex:0 0 42%;color:var(--muted);font-weight:400}
.cards td.empty{display:none}
.cards td:nth-child(-n+2){display:inline;font-weight:600;font-size:1rem}.cards td:nth-child(-n+2)::before{content:none}
.cards td:first-child{margin-right:.45rem}.cards td:nth-child(2)::after{content:"";display:block}
}
@media print{
@page{size:A4;margin:12mm}
body{max-width:none;padding:0;font-size:10pt}
section{break-before:page}section#headline{break-before:auto}
.scroll,.cards{overflow:visible}table{font-size:8pt}th,td{padding:.15rem .3rem}
tr,.chart{break-inside:avoid}.chart{max-width:150mm;max-height:240mm}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""
