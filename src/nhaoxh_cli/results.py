"""A province's forecast with everything a reader needs beside it.

`PlanForecast` is what renderers take and what the Python API returns: the
plan as loaded, its forecast, and the warnings its source's own figures
raise (a stated total that is not the sum of its parts, ...), so every
output is honest about the source.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .checks import check_plan
from .engine import Forecast, forecast_territories
from .engine.report import NationalReport
from .findings import Finding, Severity
from .loader.plans import LoadResult
from .model import Plan


@dataclass(frozen=True)
class PlanForecast:
    plan: Plan
    forecast: Forecast  # the plan's own territory
    warnings: list[Finding]
    file: str = ""
    territories: list[Forecast] = field(default_factory=list)  # every territory, the plan's own first


class InvalidPlan(ValueError):
    """The plan has errors; `findings` lists them."""

    def __init__(self, result: LoadResult, findings: list[Finding]) -> None:
        super().__init__(f"{result.file} is not a valid plan")
        self.result = result
        self.findings = findings


def forecast_result(result: LoadResult) -> PlanForecast:
    """Forecast a loaded plan; raises InvalidPlan when it has errors."""
    findings = result.findings + check_plan(result)
    if result.plan is None or any(f.severity is Severity.ERROR for f in findings):
        raise InvalidPlan(result, findings)
    territories = forecast_territories(result.plan)
    return PlanForecast(result.plan, territories[0], findings, result.file, territories)


@dataclass(frozen=True)
class ProgrammeReport:
    """The national report and what it was built from."""

    report: NationalReport
    national_plan: Plan | None
    invalid: list[LoadResult]  # plans left out because they have errors
    files: list[str]


def programme_report(results: list[LoadResult], only: set[str] | None = None) -> ProgrammeReport:
    """The report over every valid plan; plans with errors are left out and listed."""
    from .engine.report import build_report
    from .loader.registry import NATIONAL, default_registry

    valid, invalid = [], []
    for result in results:
        if result.plan is not None and not any(
            f.severity is Severity.ERROR for f in result.findings + check_plan(result)
        ):
            valid.append((result.plan, result.file))
        else:
            invalid.append(result)
    national = next((plan for plan, _ in valid if plan.default_territory == NATIONAL), None)
    report = build_report(valid, default_registry(), only)
    return ProgrammeReport(report, national, invalid, [file for _, file in valid])
