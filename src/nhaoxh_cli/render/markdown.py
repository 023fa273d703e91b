"""`--format markdown`: the forecast as GitHub-flavoured Markdown tables."""

from __future__ import annotations

from ..engine import Forecast
from ..i18n import t
from ..results import PlanForecast
from . import RenderOptions, fmt, views


def _table(header: list[str], rows: list[list[str]], numeric_from: int = 1) -> list[str]:
    align = ["---" if i < numeric_from else "---:" for i in range(len(header))]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return lines


def _territory(forecast: Forecast) -> list[str]:
    header, rows, total = views.stage_table(forecast)
    lines = [f"### {views.territory_title(forecast)}", ""]
    lines += _table(header, [*rows, [f"**{total[0]}**", *(f"**{c}**" for c in total[1:])]])
    target_rows = [r.cells for r in views.target_rows(forecast)]
    if target_rows:
        lines += ["", *_table(views.headers(views.TARGET_HEADER), target_rows, numeric_from=2)]
    notes = views.territory_notes(forecast)
    return lines + (["", *(f"- {n}" for n in notes)] if notes else []) + [""]


def _section(title: str, table: list[str]) -> list[str]:
    return [f"### {title}", "", *table, ""]


def _time(result: PlanForecast) -> list[str]:
    from . import time_views  # the time views load only when --by, --as-of … ask for them

    view = result.time
    assert view is not None
    lines: list[str] = []
    for forecast in result.territories or [result.forecast]:
        rows = view.years.get(forecast.territory, [])
        title = views.territory_title(forecast)
        if view.by_year and time_views.has_years(rows):
            lines += _section(
                t("{title} — by year", title=title),
                _table(views.headers(time_views.YEAR_HEADER), [c for c, _ in time_views.year_rows(rows)]),
            )
        items = view.progress.get(forecast.territory, [])
        if items:
            lines += _section(
                time_views.progress_title(title, items, view.as_of),
                _table(
                    views.headers(time_views.PROGRESS_HEADER),
                    [c for c, _ in time_views.progress_rows(items)],
                    numeric_from=2,
                ),
            )
    if view.alternatives:
        header, alt_rows = time_views.alternative_rows(view)
        lines += _section(t("Other assumptions (units · ratio status)"), _table(header, [c for c, _ in alt_rows]))
    ranges, odds = time_views.simulation_rows(view)
    if view.simulation is not None:
        sim = view.simulation
        lines += _section(
            t("Simulation: {runs} runs, seed {seed} (units)", runs=fmt.units(sim.runs), seed=sim.seed),
            _table(views.headers(time_views.SIM_HEADER), ranges),
        )
        lines += _section(
            t("Probability of meeting each target"),
            _table(views.headers(["target", "years", "units", "probability"]), odds, numeric_from=2),
        )
    if view.calibration is not None:
        lines += _section(
            t("Conversion rates implied by the snapshots of {source}", source=view.calibration_source),
            _table(views.headers(time_views.CALIBRATION_HEADER), time_views.calibration_rows(view.calibration)),
        )
    return lines


def render_forecast(result: PlanForecast, options: RenderOptions) -> str:
    lines = [f"## {t('{name} — social housing forecast', name=result.plan.province.name)}", ""]
    for forecast in result.territories or [result.forecast]:
        lines += _territory(forecast)
    if result.time is not None:
        lines += _time(result)
    if result.plan.snapshots:
        header, rows = views.snapshot_table(result)
        lines += _section(t("Pipeline snapshots (projects / units)"), _table(header, rows))
    if result.plan.housing_support:
        header, rows = views.housing_support_table(result)
        lines += _section(t("Housing support — not social housing units"), _table(header, rows, numeric_from=2))
    lines += [f"- {note}" for note in views.notes(result)]
    return "\n".join(lines) + "\n"
