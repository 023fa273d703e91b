"""The two tables people read, as rows of text shared by table and markdown.

- the stage table: a row per stage (and completed units), a column per
  period and one for the whole span, then the forecast row;
- the target table: a row per target, with the forecast, gap, ratio, status.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import Status
from ..engine import Forecast, TargetComparison
from ..model import Plan
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


def years_label(years: tuple[int, int]) -> str:
    return str(years[0]) if years[0] == years[1] else f"{years[0]}-{years[1]}"


def target_rows(forecast: Forecast) -> list[TargetRow]:
    rows = []
    scopes = [(p.id, p.targets) for p in forecast.periods] + [(span_label(forecast), forecast.total.targets)]
    scopes += [(f"year {years_label(c.target.years)}", [c]) for c in forecast.year_targets if c.target.years]
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


def territory_title(forecast: Forecast) -> str:
    from ..loader.registry import default_registry

    return f"{default_registry().territory_name(forecast.territory)} [{forecast.territory}]"


def territory_notes(forecast: Forecast) -> list[str]:
    """What a reader must know about one territory's figures: computed targets, unknowns."""
    lines = []
    comparisons = [c for p in forecast.periods for c in p.targets] + list(forecast.total.targets)
    comparisons += forecast.year_targets
    for c in comparisons:
        if c.units is not None and c.units_basis != "stated":
            lines.append(f"* {c.target.id}: computed as {c.units_basis}")
        elif c.units is None:
            lines.append(f"{c.target.id or c.target.kind.value}: unknown — {c.units_basis}")
    reported = [p.id for p in forecast.periods if p.basis == "reported"]
    if reported:
        lines.append("Reported completions, not a forecast: " + ", ".join(reported))
    if not forecast.has_pipeline:
        lines.append("No baseline or pipeline for this territory: periods not fully reported are unknown.")
    return lines


def snapshot_table(result: PlanForecast) -> tuple[list[str], list[list[str]]]:
    return snapshot_table_of(result.plan)


def snapshot_table_of(plan: Plan) -> tuple[list[str], list[list[str]]]:
    """The pipeline snapshots as a funnel over time: projects / units per stage."""
    header = ["as of", "total", "completed", "started", "approved"]
    rows = []
    for snap in plan.snapshots:
        cells = [snap.label or snap.as_of]
        for stage in (snap.total, snap.completed, snap.started, snap.approved):
            if stage is None:
                cells.append("—")
            else:
                units = fmt.qualified(fmt.units(stage.units), stage.qualifier)
                cells.append(f"{fmt.units(stage.projects)} / {units}")
        rows.append(cells)
    return header, rows


def housing_support_table(result: PlanForecast) -> tuple[list[str], list[list[str]]]:
    header = ["programme", "years", "households", "cost (tỷ đồng)"]
    rows = []
    for item in result.plan.housing_support:
        households = fmt.qualified(fmt.units(item.households), item.qualifier)
        if item.households_scale:
            households += f" {item.households_scale}"
        years = years_label(item.years) if item.years else "—"
        cost = str(item.cost_billion_vnd).replace(".", ",") if item.cost_billion_vnd is not None else "—"
        rows.append([item.programme, years, households, cost])
    return header, rows


def notes(result: PlanForecast) -> list[str]:
    """What a reader must know to trust the figures: sources, mappings, the source's slips."""
    plan = result.plan
    lines = []
    for key, source in plan.sources.items():
        when = f" of {source.date:%d/%m/%Y}" if source.date else ""
        lines.append(f"Source [{key}]: {source.document}{when}" + (f" — {source.issuer}" if source.issuer else ""))
    for period in plan.periods:
        if period.labels:
            lines.append(f"Period {period.id} is the source's " + ", ".join(f'"{x}"' for x in period.labels))
    lines += [f"Note: {note}" for note in plan.notes]
    if result.warnings:
        lines.append("The source's own figures disagree (nhaoxh validate shows where):")
        lines += [f"! {w.code} {w.message}" for w in result.warnings]
    return lines
