"""The two tables people read, as rows of text shared by table and markdown.

- the stage table: a row per stage (and completed units), a column per
  period and one for the whole span, then the forecast row;
- the target table: a row per target, with the forecast, gap, ratio, status.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import Status
from ..engine import Forecast, TargetComparison
from ..results import PlanForecast
from . import fmt


@dataclass(frozen=True)
class TargetRow:
    cells: list[str]
    status: Status


def span_label(forecast: Forecast) -> str:
    total = forecast.total
    if total.start_year is None:
        return "total"
    return f"total {total.start_year}-{total.end_year}"


def stage_table(forecast: Forecast) -> tuple[list[str], list[list[str]], list[str]]:
    """(header, stage rows, forecast row)."""
    header = ["stage", *(p.id for p in forecast.periods), span_label(forecast)]
    rows = []
    for key in forecast.total.by_stage:
        values = [p.by_stage.get(key) for p in forecast.periods] + [forecast.total.by_stage[key]]
        rows.append([fmt.stage_label(key), *(fmt.units(v) for v in values)])
    totals = [p.forecast_units for p in forecast.periods] + [forecast.total.forecast_units]
    return header, rows, ["forecast", *(fmt.units(v) for v in totals)]


TARGET_HEADER = ["period", "target", "units", "forecast", "gap", "ratio", "status"]


def _target_name(comparison: TargetComparison) -> str:
    target = comparison.target
    name = target.kind.value
    detail = target.label or target.id or ""
    return f"{name}: {detail}" if detail else name


def _target_units(comparison: TargetComparison) -> str:
    text = fmt.qualified(fmt.units(comparison.units), comparison.target.qualifier)
    if comparison.units is not None and comparison.units_basis != "stated":
        text += "*"
    return text


def target_rows(forecast: Forecast) -> list[TargetRow]:
    rows = []
    scopes = [(p.id, p.targets) for p in forecast.periods] + [(span_label(forecast), forecast.total.targets)]
    for scope, comparisons in scopes:
        for c in comparisons:
            cells = [
                scope,
                _target_name(c),
                _target_units(c),
                fmt.units(c.forecast_units),
                fmt.signed(c.gap),
                fmt.percent(c.ratio),
                fmt.status_word(c.status),
            ]
            rows.append(TargetRow(cells, c.status))
    return rows


def notes(result: PlanForecast) -> list[str]:
    """What a reader must know to trust the figures: sources, mappings, unknowns, the source's slips."""
    forecast, plan = result.forecast, result.plan
    lines = []
    for key, source in plan.sources.items():
        when = f" of {source.date:%d/%m/%Y}" if source.date else ""
        lines.append(f"Source [{key}]: {source.document}{when}" + (f" — {source.issuer}" if source.issuer else ""))
    if forecast.territory:
        lines.append(f"Territory: {forecast.territory}")
    for period in plan.periods:
        if period.labels:
            lines.append(f"Period {period.id} is the source's " + ", ".join(f'"{x}"' for x in period.labels))
    comparisons = [c for p in forecast.periods for c in p.targets] + list(forecast.total.targets)
    for c in comparisons:
        if c.units is not None and c.units_basis != "stated":
            lines.append(f"* {c.target.id}: computed as {c.units_basis}")
        elif c.units is None:
            lines.append(f"{c.target.id or c.target.kind.value}: unknown — {c.units_basis}")
    if not forecast.has_pipeline:
        lines.append("The plan states no completions and no pipeline: the forecast is unknown.")
    if result.warnings:
        lines.append("The source's own figures disagree (nhaoxh validate shows where):")
        lines += [f"! {w.code} {w.message}" for w in result.warnings]
    return lines
