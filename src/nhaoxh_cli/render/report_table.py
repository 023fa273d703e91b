"""`report` for people: rich tables, coloured only in a terminal."""

from __future__ import annotations

import io

from rich.table import Table
from rich.text import Text

from ..domain import Status
from ..i18n import t
from ..results import ProgrammeReport
from . import RenderOptions, report_views, views
from .table import STATUS_STYLE, console_for


def _table(
    title: str, header: list[str], rows: list[tuple[list[str], Status]], status_col: int, numbers: range
) -> Table:
    table = Table(title=title, title_justify="left")
    for index, name in enumerate(header):
        table.add_column(name, justify="right" if index in numbers else "left")
    for cells, status in rows:
        styled: list[str | Text] = list(cells)
        styled[status_col] = Text(cells[status_col], style=STATUS_STYLE[status])
        table.add_row(*styled)
    return table


def render_report(result: ProgrammeReport, options: RenderOptions) -> str:
    buffer = io.StringIO()
    console = console_for(options, buffer)
    console.print(Text(t("Social housing programme (Đề án 338) — progress report"), style="bold"))
    console.print(
        _table(
            t("Provinces (current units)"),
            views.headers(report_views.PROVINCE_HEADER),
            report_views.province_rows(result),
            6,
            range(3, 6),
        )
    )
    console.print(
        _table(
            t("Whole country"),
            views.headers(report_views.NATIONAL_HEADER),
            report_views.national_rows(result),
            5,
            range(2, 5),
        )
    )
    years = report_views.year_rows(result)
    if years:
        console.print(
            _table(
                t("Yearly targets against reported completions"),
                views.headers(report_views.YEAR_HEADER),
                years,
                5,
                range(2, 5),
            )
        )
    if result.national_plan is not None and result.national_plan.snapshots:
        header, rows = views.snapshot_table_of(result.national_plan)
        table = Table(title=t("Pipeline snapshots, whole country (projects / units)"), title_justify="left")
        for index, name in enumerate(header):
            table.add_column(name, justify="left" if index == 0 else "right")
        for row in rows:
            table.add_row(*row)
        console.print(table)
    for note in report_views.notes(result):
        console.print(Text(note, style="dim"))
    return buffer.getvalue()
