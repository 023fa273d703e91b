"""`--format xlsx` (forecast and report): a workbook with one sheet per view,
numbers as numbers with formats, frozen headers, and a sheet of sources.

Needs the optional extra: `pip install nhaoxh-cli[xlsx]` (openpyxl, a
well-kept library for writing Excel files without Excel).
"""

from __future__ import annotations

import io
from typing import Any

from ..domain import Status
from ..i18n import t
from ..results import PlanForecast, ProgrammeReport
from . import MissingExtra, RenderOptions, fmt
from .csv_format import STAGE_COLUMNS
from .data import forecast_dict
from .report_data import programme_dict


def _workbook() -> Any:
    try:
        from openpyxl import Workbook
    except ImportError:
        raise MissingExtra(
            "--format xlsx needs the xlsx extra: pip install 'nhaoxh-cli[xlsx]' (it adds openpyxl)"
        ) from None
    book = Workbook()
    book.remove(book.active)
    return book


NUMBER, PERCENT = "#,##0", "0.0%"


def _sheet(book: Any, title: str, header: list[str], rows: list[list[Any]], formats: dict[int, str]) -> None:
    from openpyxl.styles import Font

    sheet = book.create_sheet(title[:31])
    sheet.append([t(h) for h in header])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for index, number_format in formats.items():
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index + 1, max_col=index + 1):
            cell.number_format = number_format
    sheet.freeze_panes = "A2"
    for column in sheet.columns:
        width = max(len(str(c.value)) if c.value is not None else 0 for c in column)
        sheet.column_dimensions[column[0].column_letter].width = min(max(10, width + 2), 60)


def _bytes(book: Any) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _target_row(territory: str, period: str, target: dict[str, Any]) -> list[Any]:
    return [
        territory,
        period,
        t(target["kind"]),
        target["label"] or target["id"],
        target["units"],
        target["forecast_units"],
        target["gap"],
        target["ratio"],
        fmt.status_word(Status(target["status"])),
        target["source"],
    ]


def render_forecast(result: PlanForecast, options: RenderOptions) -> bytes:
    data = forecast_dict(result)
    book = _workbook()
    stages = STAGE_COLUMNS
    rows: list[list[Any]] = []
    targets: list[list[Any]] = []
    for territory in data["territories"]:
        for period in [*territory["periods"], dict(territory["total"], id="total")]:
            rows.append(
                [
                    territory["name"],
                    period["id"],
                    period["forecast_units"],
                    *(period["by_stage"].get(s) for s in stages),
                ]
            )
            targets.extend(_target_row(territory["name"], period["id"], target) for target in period["targets"])
        targets.extend(
            _target_row(territory["name"], f"{target['start_year']}-{target['end_year']}", target)
            for target in territory["year_targets"]
        )
    _sheet(
        book,
        t("forecast"),
        ["territory", "period", "forecast", *[fmt.stage_label(s) for s in stages]],
        rows,
        {i: NUMBER for i in range(2, 9)},
    )
    _sheet(
        book,
        t("Targets"),
        ["territory", "period", "kind", "target", "units", "forecast", "gap", "ratio", "status", "source"],
        targets,
        {4: NUMBER, 5: NUMBER, 6: NUMBER, 7: PERCENT},
    )
    if result.time is not None:
        years = [
            [
                territory,
                r["year"],
                r["forecast"],
                r["reported"],
                r["targets"][0]["units"] if r["targets"] else None,
                r["ratio"],
                r["cumulative"],
            ]
            for territory, items in data["time"]["years"].items()
            for r in items
        ]
        _sheet(
            book,
            t("year"),
            ["territory", "year", "forecast", "reported", "target", "ratio", "cumulative"],
            years,
            {2: NUMBER, 3: NUMBER, 4: NUMBER, 5: PERCENT, 6: NUMBER},
        )
    sources = [[key, s["document"], s["date"], s["title"]] for key, s in data["sources"].items()]
    _sheet(book, t("sources"), ["key", "document", "date", "title"], sources, {})
    return _bytes(book)


def render_report(result: ProgrammeReport, options: RenderOptions) -> bytes:
    data = programme_dict(result)
    book = _workbook()
    rows = [
        [
            p["code"],
            p["name"],
            period_id,
            c["target"],
            c["forecast"],
            c["gap"],
            c["ratio"],
            fmt.status_word(Status(c["status"])),
            t(c["forecast_basis"]),
        ]
        for p in data["provinces"]
        for period_id, c in p["cells"].items()
    ]
    _sheet(
        book,
        t("Provinces (current units)"),
        ["code", "province", "period", "target", "forecast", "gap", "ratio", "status", "basis"],
        rows,
        {3: NUMBER, 4: NUMBER, 5: NUMBER, 6: PERCENT},
    )
    national = [
        [
            period["id"],
            target["label"],
            target["units"],
            period["actual"],
            target["ratio"],
            fmt.status_word(Status(target["status"])),
            period["provincial_targets"],
            period["difference"],
        ]
        for period in data["national"]["periods"]
        for target in period["targets"]
    ]
    _sheet(
        book,
        t("Whole country"),
        ["period", "national target", "units", "actual", "ratio", "status", "provinces' targets", "difference"],
        national,
        {2: NUMBER, 3: NUMBER, 4: PERCENT, 6: NUMBER, 7: NUMBER},
    )
    years = [
        [scope, y["start_year"], y["end_year"], y["label"], y["target"], y["reported"], y["ratio"]]
        for scope, items in [
            ("Việt Nam", data["national"]["years"]),
            *[(p["name"], p["years"]) for p in data["provinces"]],
        ]
        for y in items
    ]
    _sheet(
        book,
        t("Yearly targets against reported completions"),
        ["scope", "from", "to", "target", "units", "reported", "ratio"],
        years,
        {4: NUMBER, 5: NUMBER, 6: PERCENT},
    )
    _sheet(book, t("sources"), ["plan"], [[f] for f in result.files], {})
    return _bytes(book)
