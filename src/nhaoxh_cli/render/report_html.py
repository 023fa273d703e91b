"""`report --format html`: one self-contained page — inline CSS and SVG, no
script, no font, no request to the network — readable on a phone and fit to
attach to an email.

It holds the province table with a progress bar per target, the whole
country against its targets, a chart of the national yearly targets and
reported completions, and the ministry's pipeline snapshots as a funnel.
"""

from __future__ import annotations

from fractions import Fraction
from html import escape

from .. import __version__
from ..domain import Status
from ..engine import forecast_territories, reported_sum
from ..engine.simulate import Simulation, simulate
from ..engine.yearly import YearRow, year_rows
from ..i18n import language, t
from ..loader.registry import NATIONAL
from ..model import Plan
from ..results import ProgrammeReport
from . import RenderOptions, fmt, report_views, views

COLOURS = {
    Status.MET: "#1a7f37",
    Status.NEAR: "#b08800",
    Status.AT_RISK: "#d4670b",
    Status.OFF_TRACK: "#cf222e",
    Status.UNKNOWN: "#8c959f",
}

CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0 auto;max-width:1100px;padding:1rem;
color:#1f2328;line-height:1.4}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{padding:.3rem .5rem;border-bottom:1px solid #eaeef2;text-align:left;vertical-align:middle}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.status{font-weight:600;white-space:nowrap}#provinces td,#national td:first-child{white-space:nowrap}
.meta,.notes{color:#59636e;font-size:.85rem}
svg text{font-family:inherit;font-size:11px;fill:#1f2328}#trajectory{max-width:720px}#funnel{max-width:900px}
@media (max-width:600px){th,td{padding:.25rem}body{padding:.5rem}}
"""


def _heads(names: list[str]) -> str:
    return "".join(f"<th>{escape(t(name))}</th>" for name in names)


def _bar(ratio: Fraction | None, status: Status) -> str:
    """A progress bar: filled to the ratio (up to 150%), a tick at 100%."""
    width, height, full = 120, 12, 80  # 100% at 80 px
    if ratio is None:
        return (
            f'<svg class="bar" width="{width}" height="{height}" role="img" aria-label="{escape(t("unknown"))}">'
            f'<rect width="{width}" height="{height}" fill="#f6f8fa" stroke="#d0d7de"/>'
            f'<text x="4" y="10">{escape(t("unknown"))}</text></svg>'
        )
    filled = min(float(ratio), 1.5) * full
    return (
        f'<svg class="bar" width="{width}" height="{height}" role="img" aria-label="{float(ratio):.1%}">'
        f'<rect width="{width}" height="{height}" fill="#f6f8fa" stroke="#d0d7de"/>'
        f'<rect width="{filled:.1f}" height="{height}" fill="{COLOURS[status]}"/>'
        f'<line x1="{full}" x2="{full}" y1="0" y2="{height}" stroke="#1f2328" stroke-width="1.5"/></svg>'
    )


def _status(status: Status) -> str:
    return f'<span class="status" style="color:{COLOURS[status]}">{escape(fmt.status_word(status))}</span>'


def _provinces(result: ProgrammeReport) -> str:
    rows = []
    report = result.report
    for row in report.provinces:
        for index, (period_id, cell) in enumerate(row.cells.items()):
            head = (
                (
                    f'<td rowspan="{len(row.cells)}">{escape(row.code or "")}</td>'
                    f'<td rowspan="{len(row.cells)}">{escape(row.name)}</td>'
                )
                if index == 0
                else ""
            )
            basis = t(cell.forecast_basis) if cell.forecast else ""
            rows.append(
                f"<tr>{head}<td>{escape(report_views.period_label(period_id, report))}</td>"
                f'<td class="n">{fmt.units(cell.target)}</td><td class="n">{fmt.units(cell.forecast)}</td>'
                f'<td class="n">{fmt.percent(cell.ratio)}</td><td>{_bar(cell.ratio, cell.status)}</td>'
                f"<td>{_status(cell.status)}</td><td>{escape(basis)}</td></tr>"
            )
    return (
        '<div class="scroll"><table id="provinces"><thead><tr>'
        + _heads(["code", "province", "period", "target", "forecast", "ratio", "progress", "status", "basis"])
        + "</tr>"
        "</thead><tbody>" + "".join(rows) + "</tbody></table></div>"
    )


def _national(result: ProgrammeReport) -> str:
    rows = []
    report = result.report
    for totals in report.totals:
        for target in totals.national_targets:
            rows.append(
                f"<tr><td>{escape(report_views.period_label(totals.id, report))}</td><td>{escape(target.label)}</td>"
                f'<td class="n">{fmt.units(target.units)}</td><td class="n">{fmt.units(totals.national_actual)}</td>'
                f'<td class="n">{fmt.percent(target.ratio)}</td><td>{_bar(target.ratio, target.status)}</td>'
                f"<td>{_status(target.status)}</td>"
                f'<td class="n">{fmt.units(totals.provincial_targets)} ({totals.provinces_with_target})</td></tr>'
            )
    return (
        '<div class="scroll"><table id="national"><thead><tr>'
        + _heads(["period", "target", "units", "actual", "ratio", "progress", "status", "provinces' targets"])
        + "</tr>"
        "</thead><tbody>" + "".join(rows) + "</tbody></table></div>"
    )


def _trajectory(plan: Plan) -> str:
    """Yearly targets (outline) and reported completions (filled), one pair of bars per year."""
    reports = [
        r for r in plan.reported if not r.alternative and r.final_count is not None and plan.territory_of(r) == NATIONAL
    ]
    first = min((p.start_year for p in plan.periods), default=2021)
    last = max((p.end_year for p in plan.periods), default=2030)
    columns: list[tuple[str, int | None, int | None]] = []
    for report in sorted((r for r in reports if r.years[0] < r.years[1]), key=lambda r: r.years):
        columns.append((f"{report.years[0]}–{str(report.years[1])[2:]}", None, report.units))
    covered = {y for r in reports if r.years[0] < r.years[1] for y in range(r.years[0], r.years[1] + 1)}
    for year in range(first, last + 1):
        if year in covered:
            continue
        target = next(
            (t.units for t in plan.targets if t.years == (year, year) and not t.alternative and t.units is not None),
            None,
        )
        columns.append((str(year), target, reported_sum(reports, year, year)))
    top = max([v for _, t, r in columns for v in (t, r) if v] or [1])
    width, height, base, slot = 60 * len(columns) + 40, 220, 190, 60
    parts = [
        f'<svg id="trajectory" viewBox="0 0 {width} {height}" width="100%" role="img" '
        'aria-label="national yearly targets and reported completions">'
    ]
    for index, (label, target, reported) in enumerate(columns):
        x = 30 + index * slot
        for offset, value, style in (
            (0, target, 'fill="none" stroke="#0969da" stroke-width="2"'),
            (24, reported, 'fill="#1a7f37"'),
        ):
            if value:
                bar = value / top * 160
                parts.append(
                    f'<rect class="{"target" if offset == 0 else "reported"}" x="{x + offset}" '
                    f'y="{base - bar:.1f}" width="20" height="{bar:.1f}" {style}><title>{escape(label)}: '
                    f"{fmt.units(value)}</title></rect>"
                )
        parts.append(f'<text x="{x + 22}" y="{base + 15}" text-anchor="middle">{escape(label)}</text>')
    parts.append(f'<line x1="25" x2="{width - 10}" y1="{base}" y2="{base}" stroke="#8c959f"/>')
    parts.append(
        '<rect x="30" y="5" width="12" height="10" fill="none" stroke="#0969da" stroke-width="2"/>'
        f'<text x="48" y="14">{escape(t("yearly target"))}</text><rect x="150" y="5" width="12" height="10" '
        f'fill="#1a7f37"/><text x="168" y="14">{escape(t("reported completions"))}</text></svg>'
    )
    return "".join(parts)


def _funnel(plan: Plan) -> str:
    """Each snapshot as a stacked bar: completed, started, approved (units)."""
    stages = (("completed", "#1a7f37"), ("started", "#0969da"), ("approved", "#8c959f"))
    top = max([s.total.units for s in plan.snapshots if s.total and s.total.units] or [1])
    rows, row_height = [], 26
    height = row_height * len(plan.snapshots) + 30
    for index, snap in enumerate(plan.snapshots):
        y, x = 20 + index * row_height, 215.0
        rows.append(f'<text x="0" y="{y + 13}">{escape(snap.label or snap.as_of)}</text>')
        for name, colour in stages:
            stage = getattr(snap, name)
            if stage is None or stage.units is None:
                continue
            w = stage.units / top * 540
            rows.append(
                f'<rect class="{name}" x="{x:.1f}" y="{y}" width="{w:.1f}" height="18" fill="{colour}">'
                f"<title>{name}: {fmt.units(stage.projects)} projects, {fmt.units(stage.units)} units"
                f"</title></rect>"
            )
            x += w
    legend = "".join(
        f'<rect x="{150 + i * 110}" y="2" width="12" height="10" fill="{c}"/>'
        f'<text x="{166 + i * 110}" y="11">{n}</text>'
        for i, (n, c) in enumerate(stages)
    )
    return (
        f'<svg id="funnel" viewBox="0 0 760 {height}" width="100%" role="img" '
        f'aria-label="pipeline snapshots">{legend}{"".join(rows)}</svg>'
    )


#: Runs and seed of the bands drawn in the report: fixed, so the same plans give the same page.
BAND_RUNS, BAND_SEED = 1000, 1


def _trajectories(result: ProgrammeReport) -> str:
    """Per territory with a pipeline: the phased forecast, its P10–P90 band, reports and yearly targets."""
    charts = []
    for plan in result.plans:
        if plan.default_territory == NATIONAL:
            continue
        for forecast in forecast_territories(plan):
            if not forecast.has_pipeline:
                continue
            rows = year_rows(plan, forecast.territory)
            sim = simulate(plan, forecast.territory, BAND_RUNS, BAND_SEED)
            name = views.territory_name(forecast.territory)
            charts.append(f"<h3>{escape(name)}</h3>" + _band_chart(rows, sim, forecast.territory))
    return "".join(charts)


def _band_chart(rows: list[YearRow], sim: Simulation, territory: str) -> str:
    width, height, left, base, top_pad = 640, 240, 50, 210, 30
    values = [v for r in rows for v in (r.forecast, r.reported, r.targets[0][1] if r.targets else None) if v]
    values += [sim.years[r.year].p90 for r in rows if r.year in sim.years]
    top = max(values or [1])
    step = (width - left - 20) / max(len(rows), 1)

    def x(i: int) -> float:
        return left + step * (i + 0.5)

    def y(v: float) -> float:
        return base - v / top * (base - top_pad)

    band = [f"{x(i):.1f},{y(sim.years[r.year].p90):.1f}" for i, r in enumerate(rows)]
    band += [f"{x(i):.1f},{y(sim.years[r.year].p10):.1f}" for i, r in reversed(list(enumerate(rows)))]
    line = " ".join(f"{x(i):.1f},{y(r.forecast or 0):.1f}" for i, r in enumerate(rows))
    parts = [
        f'<svg class="trajectory" data-territory="{escape(territory)}" viewBox="0 0 {width} {height}" '
        f'width="100%" style="max-width:{width}px" role="img" aria-label="forecast by year">',
        f'<polygon class="band" points="{" ".join(band)}" fill="#0969da" fill-opacity="0.15"/>',
        f'<polyline class="forecast" points="{line}" fill="none" stroke="#0969da" stroke-width="2"/>',
    ]
    for i, row in enumerate(rows):
        if row.reported:
            parts.append(
                f'<rect class="reported" x="{x(i) - 7:.1f}" y="{y(row.reported):.1f}" width="14" '
                f'height="{base - y(row.reported):.1f}" fill="#1a7f37"><title>{row.year} reported '
                f"{fmt.units(row.reported)}</title></rect>"
            )
        if row.targets:
            parts.append(
                f'<line class="target" x1="{x(i) - 10:.1f}" x2="{x(i) + 10:.1f}" y1="{y(row.targets[0][1]):.1f}" '
                f'y2="{y(row.targets[0][1]):.1f}" stroke="#cf222e" stroke-width="3"/>'
            )
        parts.append(f'<text x="{x(i):.1f}" y="{base + 14}" text-anchor="middle">{row.year}</text>')
    parts.append(f'<line x1="{left}" x2="{width - 10}" y1="{base}" y2="{base}" stroke="#8c959f"/>')
    legend = t(
        "P10–P90 ({runs} runs, seed {seed}) · forecast · reported · yearly target; top {top}",
        runs=fmt.units(BAND_RUNS),
        seed=BAND_SEED,
        top=fmt.units(top),
    )
    parts.append(f'<text x="{left}" y="11">{escape(legend)}</text></svg>')
    return "".join(parts)


def render_report(result: ProgrammeReport, options: RenderOptions) -> str:
    title = t("Social housing programme (Đề án 338) — progress report")
    body = [
        f"<h1>{escape(title)}</h1>",
        f'<p class="meta">nhaoxh {escape(__version__)} · {escape(t("{count} plans", count=len(result.files)))} · '
        f"{escape(report_views.coverage_line(result))}</p>",
        f"<h2>{escape(t('Provinces (current units)'))}</h2>",
        _provinces(result),
        f"<h2>{escape(t('Whole country'))}</h2>",
        _national(result),
    ]
    trajectories = _trajectories(result)
    if trajectories:
        body += [f"<h2>{escape(t('Forecast by year, with the P10–P90 range'))}</h2>", trajectories]
    plan = result.national_plan
    if plan is not None:
        body += [f"<h2>{escape(t('National yearly targets and reported completions'))}</h2>", _trajectory(plan)]
        if plan.snapshots:
            body += [f"<h2>{escape(t('Pipeline snapshots (units)'))}</h2>", _funnel(plan)]
    notes = "".join(f"<li>{escape(n)}</li>" for n in report_views.notes(result))
    body += [f"<h2>{escape(t('Notes'))}</h2>", f'<ul class="notes">{notes}</ul>']
    return (
        f'<!doctype html>\n<html lang="{language()}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )
