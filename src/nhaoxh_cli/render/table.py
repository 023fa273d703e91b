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
from ..results import PlanForecast
from . import RenderOptions, time_views, views

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


def _territory(console: Console, forecast: Forecast) -> None:
    header, rows, total = views.stage_table(forecast)
    stages = _table(f"{views.territory_title(forecast)} — forecast (units)", header, rows)
    stages.add_row(*total, style="bold")
    console.print(stages)
    targets = Table(title="Targets", title_justify="left")
    for index, name in enumerate(views.TARGET_HEADER):
        targets.add_column(name, justify="left" if index < 2 or name == "status" else "right")
    for target_row in views.target_rows(forecast):
        cells: list[str | Text] = list(target_row.cells)
        cells[-1] = Text(target_row.cells[-1], style=STATUS_STYLE[target_row.status])
        targets.add_row(*cells)
    if targets.row_count:
        console.print(targets)
    for note in views.territory_notes(forecast):
        console.print(Text(note, style="dim"))
    console.print()


def _status_table(title: str, header: list[str], rows: list[tuple[list[str], Status]], status_col: int) -> Table:
    table = Table(title=escape(title), title_justify="left")
    for index, name in enumerate(header):
        table.add_column(name, justify="left" if index in (0, status_col) else "right")
    for cells, status in rows:
        styled: list[str | Text] = list(cells)
        if status_col >= 0:
            styled[status_col] = Text(cells[status_col], style=STATUS_STYLE[status])
        table.add_row(*styled)
    return table


def _time(console: Console, result: PlanForecast) -> None:
    view = result.time
    assert view is not None
    for forecast in result.territories or [result.forecast]:
        rows = view.years.get(forecast.territory, [])
        if view.by_year and time_views.has_years(rows):
            console.print(
                _status_table(
                    f"{views.territory_title(forecast)} — by year",
                    time_views.YEAR_HEADER,
                    time_views.year_rows(rows),
                    5,
                )
            )
        items = view.progress.get(forecast.territory, [])
        if items:
            console.print(
                _status_table(
                    time_views.progress_title(views.territory_title(forecast), items, view.as_of),
                    time_views.PROGRESS_HEADER,
                    time_views.progress_rows(items),
                    7,
                )
            )
    if view.alternatives:
        header, alt_rows = time_views.alternative_rows(view)
        console.print(_status_table("Other assumptions (units · ratio status)", header, alt_rows, -1))
    ranges, odds = time_views.simulation_rows(view)
    if ranges and view.simulation is not None:
        sim = view.simulation
        console.print(_table(f"Simulation: {sim.runs:,} runs, seed {sim.seed} (units)", time_views.SIM_HEADER, ranges))
        console.print(
            _table("Probability of meeting each target", ["target", "years", "units", "probability"], odds, left=2)
        )
    if view.calibration is not None:
        console.print(
            _table(
                f"Conversion rates implied by the snapshots of {view.calibration_source}",
                time_views.CALIBRATION_HEADER,
                time_views.calibration_rows(view.calibration),
            )
        )


def render_forecast(result: PlanForecast, options: RenderOptions) -> str:
    buffer = io.StringIO()
    console = console_for(options, buffer)
    console.print(Text(f"{result.plan.province.name} — social housing forecast", style="bold"))
    for forecast in result.territories or [result.forecast]:
        _territory(console, forecast)
    if result.time is not None:
        _time(console, result)
    if result.plan.snapshots:
        header, rows = views.snapshot_table(result)
        console.print(_table("Pipeline snapshots (projects / units)", header, rows))
    if result.plan.housing_support:
        header, rows = views.housing_support_table(result)
        console.print(_table("Housing support — not social housing units", header, rows, left=2))
    for note in views.notes(result):
        console.print(Text(note, style="dim"))
    return buffer.getvalue()
