"""`--format csv`: one row per period × target, for scripts and spreadsheets.

A period with no target still gets one row (its target columns empty); the
whole span is the period `total`. Numbers are plain (no grouping), the ratio
a decimal with a dot.
"""

from __future__ import annotations

import csv
import io

from ..domain import COMPLETED, Stage
from ..results import PlanForecast
from . import RenderOptions
from .data import forecast_dict

STAGE_COLUMNS = [COMPLETED] + [stage.value for stage in Stage]
COLUMNS = [
    "province",
    "period",
    "start_year",
    "end_year",
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


def render_forecast(result: PlanForecast, options: RenderOptions) -> str:
    data = forecast_dict(result)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    total = dict(data["total"], id="total")
    for period in [*data["periods"], total]:
        stages = [period["by_stage"].get(key, "") for key in STAGE_COLUMNS]
        head = [
            data["province"]["slug"],
            period["id"],
            period["start_year"],
            period["end_year"],
            period["forecast_units"],
            *stages,
        ]
        rows = [
            [t["id"], t["kind"], t["units"], t["gap"], t["ratio"], t["status"], t["source"]] for t in period["targets"]
        ] or [[None] * 7]
        for row in rows:
            writer.writerow(["" if v is None else v for v in head + row])
    return out.getvalue()
