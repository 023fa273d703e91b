"""The default output for people: rich tables, coloured only in a terminal.

Colours mean the same everywhere (met green, near yellow, at risk orange,
off track red) and are never the only signal: the status word is printed.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..domain import Status
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


def render_forecast(result: PlanForecast, options: RenderOptions) -> str:
    forecast = result.forecast
    buffer = io.StringIO()
    console = console_for(options, buffer)
    header, rows, total = views.stage_table(forecast)
    stages = Table(title=f"{forecast.province.name} — social housing forecast (units)", title_justify="left")
    for index, name in enumerate(header):
        stages.add_column(name, justify="left" if index == 0 else "right")
    for row in rows:
        stages.add_row(*row)
    stages.add_row(*total, style="bold", end_section=True)
    console.print(stages)

    targets = Table(title="Targets", title_justify="left")
    for index, name in enumerate(views.TARGET_HEADER):
        targets.add_column(name, justify="left" if index < 2 or name == "status" else "right")
    for target_row in views.target_rows(forecast):
        cells: list[str | Text] = list(target_row.cells)
        cells[-1] = Text(target_row.cells[-1], style=STATUS_STYLE[target_row.status])
        targets.add_row(*cells)
    console.print(targets)
    for note in views.notes(result):
        console.print(Text(note, style="dim"))
    return buffer.getvalue()
