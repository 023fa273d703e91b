"""The forecast as plain data: the JSON contract of SPEC.md, shared by the
json and csv renderers (and the Python API's `to_dict`)."""

from __future__ import annotations

from typing import Any

from ..engine import PeriodForecast, TargetComparison
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
        "by_stage": dict(period.by_stage),
        "targets": [target_dict(plan, t) for t in period.targets],
    }


def forecast_dict(result: PlanForecast) -> dict[str, Any]:
    forecast, plan = result.forecast, result.plan
    total = forecast.total
    return {
        "schema": FORECAST_SCHEMA,
        "province": {"slug": forecast.province.slug, "name": forecast.province.name},
        "territory": forecast.territory,
        "sources": {
            key: {"document": s.document, "date": s.date.isoformat() if s.date else None, "title": s.title}
            for key, s in plan.sources.items()
        },
        "periods": [period_dict(plan, p) for p in forecast.periods],
        "total": {
            "start_year": total.start_year,
            "end_year": total.end_year,
            "forecast_units": total.forecast_units,
            "by_stage": dict(total.by_stage),
            "targets": [target_dict(plan, t) for t in total.targets],
        },
        "warnings": [
            {"code": w.code, "message": w.message, "path": w.path, "line": w.line, "column": w.column}
            for w in result.warnings
        ],
    }
