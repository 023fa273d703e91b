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
        **({"time": time_dict(result)} if result.time is not None else {}),
    }


def time_dict(result: PlanForecast) -> dict[str, Any]:
    """`time`: years, progress as of a date, other assumptions, simulation and calibration."""
    view = result.time
    assert view is not None
    sim = view.simulation
    return {
        "as_of": view.as_of.isoformat(),
        "years": {
            territory: [
                {
                    "year": r.year,
                    "forecast": r.forecast,
                    "by_stage": r.by_stage,
                    "reported": r.reported,
                    "targets": [{"id": t.id, "units": u} for t, u in r.targets],
                    "ratio": fmt.ratio_number(r.ratio),
                    "status": r.status.value,
                    "cumulative": r.cumulative,
                    "cumulative_target": r.cumulative_target,
                }
                for r in rows
            ]
            for territory, rows in view.years.items()
        },
        "progress": {
            territory: [
                {
                    "id": p.target.id,
                    "kind": p.target.kind.value,
                    "start_year": p.first_year,
                    "end_year": p.last_year,
                    "units": p.units,
                    "data_until": p.data_until,
                    "delivered": p.delivered,
                    "remaining": p.remaining,
                    "due": p.due,
                    "due_at_data": p.due_at_data,
                    "ratio": fmt.ratio_number(p.ratio),
                    "status": p.status.value,
                    "final": p.final,
                    "required_rate": p.required_rate,
                    "recent_rate": p.recent_rate,
                }
                for p in items
            ]
            for territory, items in view.progress.items()
        },
        "alternatives": [
            {
                "name": a.name,
                "periods": a.periods,
                "total": a.total,
                "targets": [
                    {
                        "id": c.target_id,
                        "units": c.units,
                        "forecast": c.forecast,
                        "ratio": fmt.ratio_number(c.ratio),
                        "status": c.status.value,
                    }
                    for c in a.targets
                ],
            }
            for a in view.alternatives
        ],
        "simulation": None
        if sim is None
        else {
            "runs": sim.runs,
            "seed": sim.seed,
            "distributions": sim.sources,
            "periods": {k: vars(v) for k, v in sim.periods.items()},
            "years": {str(k): vars(v) for k, v in sim.years.items()},
            "total": vars(sim.total) if sim.total else None,
            "targets": [
                {
                    "id": o.target_id,
                    "units": o.units,
                    "start_year": o.first_year,
                    "end_year": o.last_year,
                    "probability": round(o.probability, 4),
                }
                for o in sim.odds
            ],
        },
        "calibration": None
        if view.calibration is None
        else {
            "source": view.calibration_source,
            "intervals": [_rates(r) for r in view.calibration.intervals],
            "overall": _rates(view.calibration.overall) if view.calibration.overall else None,
        },
    }


def _rates(rates: Any) -> dict[str, Any]:
    return {
        "from": rates.start.isoformat(),
        "to": rates.end.isoformat(),
        "completion_rate": round(rates.completion_rate, 4),
        "start_rate": None if rates.start_rate is None else round(rates.start_rate, 4),
    }
