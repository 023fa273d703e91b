"""The default output for people: rich tables, coloured only in a terminal.

Colours mean the same everywhere (met green, near yellow, at risk orange,
off track red) and are never the only signal: the status word is printed.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..domain import Status
from ..engine import Forecast
from ..i18n import t
from ..results import PlanForecast
from . import RenderOptions, fmt, views

#: Below this many columns, tables drop what is least needed to stay readable.
COMPACT_WIDTH = 96

STATUS_STYLE = {
    Status.MET: "green",
    Status.NEAR: "yellow",
    Status.AT_RISK: "dark_orange",
    Status.OFF_TRACK: "red",
    Status.UNKNOWN: "dim",
}


def console_for(options: RenderOptions, buffer: io.StringIO) -> Console:
    return Console(
        file=buffer,
        force_terminal=options.color,
        no_color=not options.color,
        color_system="standard" if options.color else None,
        width=options.width,
        highlight=False,
        emoji=False,
    )


def _table(title: str, header: list[str], rows: list[list[str]], left: int = 1) -> Table:
    table = Table(title=escape(title), title_justify="left")
    for index, name in enumerate(header):
        table.add_column(name, justify="left" if index < left else "right")
    for row in rows:
        table.add_row(*row)
    return table


def _status_table(
    title: str, header: list[str], rows: list[tuple[list[str], Status]], status_col: int, text_columns: int = 1
) -> Table:
    table = Table(title=escape(title), title_justify="left")
    for index, name in enumerate(header):
        table.add_column(name, justify="left" if index < text_columns or index == status_col else "right")
    for cells, status in rows:
        styled: list[str | Text] = list(cells)
        if status_col >= 0:
            styled[status_col] = Text(cells[status_col], style=STATUS_STYLE[status])
        table.add_row(*styled)
    return table


def _territory(console: Console, forecast: Forecast) -> None:
    header, rows, total = views.stage_table(forecast)
    stages = _table(t("{title} — forecast (units)", title=views.territory_title(forecast)), header, rows)
    stages.add_row(*total, style="bold")
    console.print(stages)
    target_rows = [(row.cells, row.status) for row in views.target_rows(forecast)]
    if target_rows:
        header = views.headers(views.TARGET_HEADER)
        if console.width < COMPACT_WIDTH:  # 80 columns: drop the gap and the bar; the status word stays
            keep = [i for i, name in enumerate(views.TARGET_HEADER) if name not in ("gap", "progress")]
            header = [header[i] for i in keep]
            target_rows = [([cells[i] for i in keep], status) for cells, status in target_rows]
        console.print(_status_table(t("Targets"), header, target_rows, len(header) - 1, text_columns=2))
    for note in views.territory_notes(forecast):
        console.print(Text(note, style="dim"))
    console.print()


def _time(console: Console, result: PlanForecast) -> None:
    from . import time_views  # the time views load only when --by, --as-of … ask for them

    view = result.time
    assert view is not None
    for forecast in result.territories or [result.forecast]:
        title = views.territory_title(forecast)
        rows = view.years.get(forecast.territory, [])
        if view.by_year and time_views.has_years(rows):
            console.print(
                _status_table(
                    t("{title} — by year", title=title),
                    views.headers(time_views.YEAR_HEADER),
                    time_views.year_rows(rows),
                    5,
                )
            )
        items = view.progress.get(forecast.territory, [])
        if items:
            console.print(
                _status_table(
                    time_views.progress_title(title, items, view.as_of),
                    views.headers(time_views.PROGRESS_HEADER),
                    time_views.progress_rows(items),
                    7,
                )
            )
    if view.alternatives:
        header, alt_rows = time_views.alternative_rows(view)
        console.print(_status_table(t("Other assumptions (units · ratio status)"), header, alt_rows, -1))
    ranges, odds = time_views.simulation_rows(view)
    if view.simulation is not None:
        sim = view.simulation
        title = t("Simulation: {runs} runs, seed {seed} (units)", runs=fmt.units(sim.runs), seed=sim.seed)
        console.print(_table(title, views.headers(time_views.SIM_HEADER), ranges))
        console.print(
            _table(
                t("Probability of meeting each target"),
                views.headers(["target", "years", "units", "probability"]),
                odds,
                left=2,
            )
        )
    if view.calibration is not None:
        console.print(
            _table(
                t("Conversion rates implied by the snapshots of {source}", source=view.calibration_source),
                views.headers(time_views.CALIBRATION_HEADER),
                time_views.calibration_rows(view.calibration),
            )
        )


def render_forecast(result: PlanForecast, options: RenderOptions) -> str:
    buffer = io.StringIO()
    console = console_for(options, buffer)
    console.print(Text(t("{name} — social housing forecast", name=result.plan.province.name), style="bold"))
    for forecast in result.territories or [result.forecast]:
        _territory(console, forecast)
    if result.time is not None:
        _time(console, result)
    if result.plan.snapshots:
        header, rows = views.snapshot_table(result)
        console.print(_table(t("Pipeline snapshots (projects / units)"), header, rows))
    if result.plan.housing_support:
        header, rows = views.housing_support_table(result)
        console.print(_table(t("Housing support — not social housing units"), header, rows, left=2))
    for note in views.notes(result):
        console.print(Text(note, style="dim"))
    return buffer.getvalue()
