"""`--format markdown`: the forecast as GitHub-flavoured Markdown tables."""

from __future__ import annotations

from ..results import PlanForecast
from . import RenderOptions, views


def _table(header: list[str], rows: list[list[str]], numeric_from: int = 1) -> list[str]:
    align = ["---" if i < numeric_from else "---:" for i in range(len(header))]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return lines


def render_forecast(result: PlanForecast, options: RenderOptions) -> str:
    forecast = result.forecast
    header, rows, total = views.stage_table(forecast)
    lines = [f"## {forecast.province.name} — social housing forecast", ""]
    lines += _table(header, [*rows, [f"**{total[0]}**", *(f"**{c}**" for c in total[1:])]])
    lines += ["", "### Targets", ""]
    lines += _table(views.TARGET_HEADER, [r.cells for r in views.target_rows(forecast)], numeric_from=2)
    notes = views.notes(result)
    if notes:
        lines += ["", *(f"- {note}" for note in notes)]
    return "\n".join(lines) + "\n"
