"""The Python API: what the command line does, as functions returning typed objects.

    from nhaoxh_cli import find_plan, forecast, report

    plan = find_plan("Hải Phòng")                  # slug, alias or name; former provinces too
    result = forecast(plan)                        # the plan's own territory
    for period in result.periods:
        print(period.id, period.forecast_units, [(t.target.id, t.status.value) for t in period.targets])
    merged = forecast(plan, territory="haiphong")  # the merged city since 01/07/2025
    programme = report()                           # every plan: provinces and the whole country
    print(programme.report.totals[0].national_targets[0].ratio)

Every function reads plans as `nhaoxh` does (same safety checks and limits)
and raises `InvalidPlan` (with `.findings`) for a plan with errors.
"""

from __future__ import annotations

from pathlib import Path

from .engine import Forecast, forecast_plan, forecast_territories
from .loader.catalog import Catalog, locate_plans_dir
from .loader.limits import DEFAULT_LIMITS, Limits
from .loader.plans import load_plan_file
from .model import Plan
from .results import InvalidPlan, PlanForecast, ProgrammeReport, checked_plans, forecast_result, programme_report
from .validation import ValidationReport, validate_paths


def _checked(path: Path, limits: Limits) -> PlanForecast:
    return forecast_result(load_plan_file(path, limits))


def load_plan(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Plan:
    """Read one plan file; raises InvalidPlan when it has errors (warnings are allowed)."""
    return _checked(Path(path), limits).plan


def find_plan(name: str, plans_dir: str | Path | None = None, limits: Limits = DEFAULT_LIMITS) -> Plan:
    """The plan a name means (slug, alias, Vietnamese name, or a former province's name)."""
    folder = locate_plans_dir(Path(plans_dir) if plans_dir else None).path
    result = Catalog(folder, limits).find(name).result
    return forecast_result(result).plan


def forecast(plan: Plan, territory: str | None = None) -> Forecast:
    """The forecast of one territory of a plan (default: the plan's own), compared with its targets."""
    return forecast_plan(plan, territory)


def forecast_all(plan: Plan) -> list[Forecast]:
    """One forecast per territory the plan covers."""
    return forecast_territories(plan)


def validate(
    *paths: str | Path, strict: bool = False, limits: Limits = DEFAULT_LIMITS, jobs: int | None = 1
) -> ValidationReport:
    """Check plan files and folders; every problem of every file, as values.

    `jobs`: processes to spread the files over — 1 (the default here) checks
    them in this process; None picks one per CPU for large sets, as the CLI does.
    """
    return validate_paths([Path(p) for p in paths], strict=strict, limits=limits, jobs=jobs)


def report(
    plans_dir: str | Path | None = None,
    provinces: list[str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    jobs: int | None = 1,
) -> ProgrammeReport:
    """The national report over every plan of a folder (or only the named provinces).

    `jobs`: processes reading the plans — 1 (the default here) reads them in
    this process; None picks one per CPU for large folders, as the CLI does.
    """
    folder = locate_plans_dir(Path(plans_dir) if plans_dir else None).path
    catalog = Catalog(folder, limits)
    only = None
    if provinces:
        only = {p.province.slug for p in (forecast_result(catalog.find(n).result).plan for n in provinces)}
    return programme_report(checked_plans(folder, limits, jobs), only)


__all__ = ["InvalidPlan", "find_plan", "forecast", "forecast_all", "load_plan", "report", "validate"]
