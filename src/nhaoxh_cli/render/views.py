"""The two tables people read, as rows of text shared by table and markdown.

- the stage table: a row per stage (and completed units), a column per
  period and one for the whole span, then the forecast row;
- the target table: a row per target, with the forecast, gap, ratio, status.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import Status
from ..engine import Forecast, TargetComparison
from ..i18n import date, t
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
        return t("total")
    return t("total {start}-{end}", start=total.start_year, end=total.end_year)


def stage_table(forecast: Forecast) -> tuple[list[str], list[list[str]], list[str]]:
    """(header, stage rows, forecast row)."""
    header = [t("stage"), *(p.id for p in forecast.periods), span_label(forecast)]
    rows = []
    for key in forecast.total.by_stage:
        values = [p.by_stage.get(key) for p in forecast.periods] + [forecast.total.by_stage[key]]
        rows.append([fmt.stage_label(key), *(fmt.units(v) for v in values)])
    totals = [p.forecast_units for p in forecast.periods] + [forecast.total.forecast_units]
    return header, rows, [t("forecast"), *(fmt.units(v) for v in totals)]


TARGET_HEADER = ["period", "target", "units", "forecast", "gap", "ratio", "progress", "status"]


def headers(names: list[str]) -> list[str]:
    """Column names in the current language."""
    return [t(name) for name in names]


def _target_name(comparison: TargetComparison) -> str:
    target = comparison.target
    name = t(target.kind.value)
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
    scopes += [
        (t("year {years}", years=years_label(c.target.years)), [c]) for c in forecast.year_targets if c.target.years
    ]
    for scope, comparisons in scopes:
        for c in comparisons:
            cells = [
                scope,
                _target_name(c),
                _target_units(c),
                fmt.units(c.forecast_units),
                fmt.signed(c.gap),
                fmt.percent(c.ratio),
                fmt.bar(c.ratio),
                fmt.status_word(c.status),
            ]
            rows.append(TargetRow(cells, c.status))
    return rows


def territory_title(forecast: Forecast) -> str:
    return f"{territory_name(forecast.territory)} [{forecast.territory}]"


def territory_name(territory: str) -> str:
    """Hải Phòng, or "Hải Phòng (before 01/07/2025)" for the unit as it was before the merger."""
    from ..loader.registry import FORMER, default_registry

    registry = default_registry()
    if territory.startswith(FORMER):
        former = registry.former_unit(territory[len(FORMER) :])
        if former is not None:
            return t("{name} (before {date})", name=former.name, date=date(registry.merger.effective))
    return registry.territory_name(territory)


def territory_notes(forecast: Forecast) -> list[str]:
    """What a reader must know about one territory's figures: computed targets, unknowns."""
    lines = []
    comparisons = [c for p in forecast.periods for c in p.targets] + list(forecast.total.targets)
    comparisons += forecast.year_targets
    for c in comparisons:
        if c.units is not None and c.units_basis != "stated":
            lines.append(t("* {id}: computed as {basis}", id=c.target.id, basis=c.units_basis))
        elif c.units is None:
            lines.append(t("{id}: unknown — {basis}", id=c.target.id or c.target.kind.value, basis=c.units_basis))
    reported = [p.id for p in forecast.periods if p.basis == "reported"]
    if reported:
        lines.append(t("Reported completions, not a forecast: {periods}", periods=", ".join(reported)))
    if not forecast.has_pipeline:
        lines.append(t("No baseline or pipeline for this territory: periods not fully reported are unknown."))
    return lines


def snapshot_table(result: PlanForecast) -> tuple[list[str], list[list[str]]]:
    return snapshot_table_of(result.plan)


def snapshot_table_of(plan: Plan) -> tuple[list[str], list[list[str]]]:
    """The pipeline snapshots as a funnel over time: projects / units per stage."""
    header = headers(["as of", "total", "completed", "started", "approved"])
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
    header = headers(["programme", "years", "households", "cost (tỷ đồng)"])
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
        when = t(" of {date}", date=date(source.date)) if source.date else ""
        lines.append(
            t("Source [{key}]: {document}", key=key, document=source.document)
            + when
            + (f" — {source.issuer}" if source.issuer else "")
        )
    for period in plan.periods:
        if period.labels:
            labels = ", ".join(f'"{x}"' for x in period.labels)
            lines.append(t("Period {id} is the source's {labels}", id=period.id, labels=labels))
    lines += [t("Note: {note}", note=note) for note in plan.notes]
    if result.warnings:
        lines.append(t("The source's own figures disagree (nhaoxh validate shows where):"))
        lines += [f"! {w.code} {w.shown_message()}" for w in result.warnings]
    return lines
