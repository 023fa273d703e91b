"""`--format markdown`: the forecast as GitHub-flavoured Markdown tables."""

from __future__ import annotations

from ..engine import Forecast
from ..results import PlanForecast
from . import RenderOptions, views


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
        lines += ["", *_table(views.TARGET_HEADER, target_rows, numeric_from=2)]
    notes = views.territory_notes(forecast)
    return lines + (["", *(f"- {n}" for n in notes)] if notes else []) + [""]


def render_forecast(result: PlanForecast, options: RenderOptions) -> str:
    lines = [f"## {result.plan.province.name} — social housing forecast", ""]
    for forecast in result.territories or [result.forecast]:
        lines += _territory(forecast)
    if result.plan.snapshots:
        header, rows = views.snapshot_table(result)
        lines += ["### Pipeline snapshots (projects / units)", "", *_table(header, rows), ""]
    if result.plan.housing_support:
        header, rows = views.housing_support_table(result)
        lines += ["### Housing support — not social housing units", "", *_table(header, rows, numeric_from=2), ""]
    lines += [f"- {note}" for note in views.notes(result)]
    return "\n".join(lines) + "\n"
