"""`--format csv`: one row per territory × period × target, for scripts and spreadsheets.

A period with no target still gets one row (its target columns empty); the
whole span is the period `total`, a yearly target's years the period
`year 2025`. Numbers are plain (no grouping), the ratio
a decimal with a dot.
"""

from __future__ import annotations

from ..domain import COMPLETED, Stage
from ..results import PlanForecast
from . import RenderOptions, csvfmt
from .data import forecast_dict

STAGE_COLUMNS = [COMPLETED] + [stage.value for stage in Stage]
COLUMNS = [
    "province",
    "territory",
    "period",
    "start_year",
    "end_year",
    "basis",
    "forecast_units",
    *STAGE_COLUMNS,
    "target_id",
    "target_kind",
    "target_units",
    "gap",
    "ratio",
    "status",
    "source",
]


YEAR_COLUMNS = [
    "province",
    "territory",
    "year",
    "forecast",
    "reported",
    "target",
    "ratio",
    "status",
    "cumulative",
    "cumulative_target",
]


def render_years(result: PlanForecast) -> str:
    """With --by year: one row per territory × year."""
    data = forecast_dict(result)
    writer = csvfmt.Collector()
    writer.writerow(YEAR_COLUMNS)
    for territory, rows in data["time"]["years"].items():
        for row in rows:
            target = row["targets"][0]["units"] if row["targets"] else None
            writer.writerow(
                [
                    "" if v is None else v
                    for v in [
                        data["province"]["slug"],
                        territory,
                        row["year"],
                        row["forecast"],
                        row["reported"],
                        target,
                        row["ratio"],
                        row["status"],
                        row["cumulative"],
                        row["cumulative_target"],
                    ]
                ]
            )
    return writer.text()


def render_forecast(result: PlanForecast, options: RenderOptions) -> str:
    if result.time is not None and result.time.by_year:
        return render_years(result)
    data = forecast_dict(result)
    writer = csvfmt.Collector()
    writer.writerow(COLUMNS)
    for territory in data["territories"]:
        total = dict(territory["total"], id="total", basis="")
        years = [
            dict(
                id=f"year {t['start_year']}" + ("" if t["start_year"] == t["end_year"] else f"-{t['end_year']}"),
                start_year=t["start_year"],
                end_year=t["end_year"],
                basis="reported",
                forecast_units=t["forecast_units"],
                by_stage={},
                targets=[t],
            )
            for t in territory["year_targets"]
        ]
        for period in [*territory["periods"], total, *years]:
            stages = [period["by_stage"].get(key, "") for key in STAGE_COLUMNS]
            head = [
                data["province"]["slug"],
                territory["territory"],
                period["id"],
                period["start_year"],
                period["end_year"],
                period.get("basis", ""),
                period["forecast_units"],
                *stages,
            ]
            rows = [
                [t["id"], t["kind"], t["units"], t["gap"], t["ratio"], t["status"], t["source"]]
                for t in period["targets"]
            ] or [[None] * 7]
            for row in rows:
                writer.writerow(["" if v is None else v for v in head + row])
    return writer.text()
