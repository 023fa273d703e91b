"""`report --format csv`: one row per province × period (and the whole span),
then the national rows (province `vietnam`), for spreadsheets."""

from __future__ import annotations

from ..results import ProgrammeReport
from . import RenderOptions, csvfmt
from .report_data import programme_dict

COLUMNS = [
    "province",
    "name",
    "code",
    "period",
    "start_year",
    "end_year",
    "target",
    "target_basis",
    "forecast",
    "forecast_basis",
    "gap",
    "ratio",
    "status",
]


def render_report(result: ProgrammeReport, options: RenderOptions) -> str:
    data = programme_dict(result)
    spans = {p["id"]: p for p in data["periods"]}
    writer = csvfmt.Collector()
    writer.writerow(COLUMNS)
    national = {t["id"]: t for t in data["national"]["periods"]}
    for province in data["provinces"]:
        for period_id, cell in province["cells"].items():
            span = spans.get(period_id) or national[period_id]
            writer.writerow(
                [
                    "" if v is None else v
                    for v in [
                        province["slug"],
                        province["name"],
                        province["code"],
                        period_id,
                        span["start_year"],
                        span["end_year"],
                        cell["target"],
                        cell["target_basis"],
                        cell["forecast"],
                        cell["forecast_basis"],
                        cell["gap"],
                        cell["ratio"],
                        cell["status"],
                    ]
                ]
            )
    for period in data["national"]["periods"]:
        for target in period["targets"] or [None]:
            gap = None if target is None or period["actual"] is None else period["actual"] - target["units"]
            writer.writerow(
                [
                    "" if v is None else v
                    for v in [
                        "vietnam",
                        "Việt Nam",
                        "",
                        period["id"],
                        period["start_year"],
                        period["end_year"],
                        target and target["units"],
                        target and target["label"],
                        period["actual"],
                        period["basis"],
                        gap,
                        target and target["ratio"],
                        target["status"] if target else "unknown",
                    ]
                ]
            )
    return writer.text()
