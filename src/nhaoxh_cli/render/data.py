"""The forecast as plain data: the JSON contract of SPEC.md, shared by the
json and csv renderers (and the Python API's `to_dict`)."""

from __future__ import annotations

from typing import Any

from ..engine import Forecast, PeriodForecast, TargetComparison
from ..loader.registry import default_registry
from ..model import Plan
from ..results import PlanForecast
from . import fmt

FORECAST_SCHEMA = "nhaoxh.forecast/1"


def target_dict(plan: Plan, comparison: TargetComparison) -> dict[str, Any]:
    target = comparison.target
    return {
        "id": target.id,
        "kind": target.kind.value,
        "units": comparison.units,
        "units_basis": comparison.units_basis,
        "qualifier": target.qualifier.value,
        "label": target.label,
        "description": target.description,
        "forecast_units": comparison.forecast_units,
        "gap": comparison.gap,
        "ratio": fmt.ratio_number(comparison.ratio),
        "status": comparison.status.value,
        "source": fmt.citation(plan, target.source),
    }


def period_dict(plan: Plan, period: PeriodForecast) -> dict[str, Any]:
    return {
        "id": period.id,
        "start_year": period.period.start_year,
        "end_year": period.period.end_year,
        "labels": list(period.period.labels),
        "forecast_units": period.forecast_units,
        "basis": period.basis,
        "by_stage": dict(period.by_stage),
        "targets": [target_dict(plan, t) for t in period.targets],
    }


def territory_dict(plan: Plan, forecast: Forecast) -> dict[str, Any]:
    """One territory's forecast: periods, whole span, and yearly targets against reported completions."""
    total = forecast.total
    return {
        "territory": forecast.territory,
        "name": default_registry().territory_name(forecast.territory),
        "has_pipeline": forecast.has_pipeline,
        "periods": [period_dict(plan, p) for p in forecast.periods],
        "total": {
            "start_year": total.start_year,
            "end_year": total.end_year,
            "forecast_units": total.forecast_units,
            "by_stage": dict(total.by_stage),
            "targets": [target_dict(plan, t) for t in total.targets],
        },
        "year_targets": [
            dict(target_dict(plan, t), start_year=t.target.years[0], end_year=t.target.years[1])
            for t in forecast.year_targets
            if t.target.years
        ],
    }


def forecast_dict(result: PlanForecast) -> dict[str, Any]:
    """The forecast contract (SPEC.md): the plan's own territory at the top level, every
    territory under `territories`."""
    plan = result.plan
    primary = territory_dict(plan, result.forecast)
    return {
        "schema": FORECAST_SCHEMA,
        "province": {"slug": plan.province.slug, "name": plan.province.name},
        "territory": result.forecast.territory,
        "sources": {
            key: {"document": s.document, "date": s.date.isoformat() if s.date else None, "title": s.title}
            for key, s in plan.sources.items()
        },
        "periods": primary["periods"],
        "total": primary["total"],
        "year_targets": primary["year_targets"],
        "territories": [territory_dict(plan, f) for f in result.territories or [result.forecast]],
        "snapshots": [snapshot.model_dump(mode="json") for snapshot in plan.snapshots],
        "housing_support": [item.model_dump(mode="json") for item in plan.housing_support],
        "warnings": [
            {"code": w.code, "message": w.message, "path": w.path, "line": w.line, "column": w.column}
            for w in result.warnings
        ],
    }
