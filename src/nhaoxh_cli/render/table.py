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
from . import RenderOptions, views

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


def render_forecast(result: PlanForecast, options: RenderOptions) -> str:
    buffer = io.StringIO()
    console = console_for(options, buffer)
    console.print(Text(f"{result.plan.province.name} — social housing forecast", style="bold"))
    for forecast in result.territories or [result.forecast]:
        _territory(console, forecast)
    if result.plan.snapshots:
        header, rows = views.snapshot_table(result)
        console.print(_table("Pipeline snapshots (projects / units)", header, rows))
    if result.plan.housing_support:
        header, rows = views.housing_support_table(result)
        console.print(_table("Housing support — not social housing units", header, rows, left=2))
    for note in views.notes(result):
        console.print(Text(note, style="dim"))
    return buffer.getvalue()
