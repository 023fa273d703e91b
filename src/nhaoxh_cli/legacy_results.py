"""A province's forecast with everything a reader needs beside it.

`PlanForecast` is what renderers take and what the Python API returns: the
plan as loaded, its forecast, and the warnings its source's own figures
raise (a stated total that is not the sum of its parts, ...), so every
output is honest about the source.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

from .checks import check_plan
from .domain import Stage
from .engine import Forecast, forecast_territories
from .findings import Finding, has_errors
from .loader.limits import DEFAULT_LIMITS, Limits
from .loader.plans import LoadResult, load_plan_file, plan_files
from .model import Plan, Scenario, StageScenario
from .parallel import ordered_map

if TYPE_CHECKING:  # the time and report engines load only when a command asks for them
    from .engine.alternatives import Alternative
    from .engine.calibrate import Calibration
    from .engine.report import NationalReport
    from .engine.simulate import Simulation
    from .engine.yearly import Progress, YearRow


@dataclass(frozen=True)
class TimeView:
    """The forecast over time for the plan's own territory (and years for every territory)."""

    as_of: dt.date
    by_year: bool
    years: dict[str, list[YearRow]]  # territory → a row per year
    progress: dict[str, list[Progress]]  # territory → each target as of the date
    alternatives: list[Alternative] = field(default_factory=list)  # a scenario, calibrated rates
    simulation: Simulation | None = None
    calibration: Calibration | None = None
    calibration_source: str = ""


@dataclass(frozen=True)
class PlanForecast:
    plan: Plan
    forecast: Forecast  # the plan's own territory
    warnings: list[Finding]
    file: str = ""
    territories: list[Forecast] = field(default_factory=list)  # every territory, the plan's own first
    time: TimeView | None = None


class InvalidPlan(ValueError):
    """The plan has errors; `findings` lists them."""

    def __init__(self, result: LoadResult, findings: list[Finding]) -> None:
        super().__init__(f"{result.file} is not a valid plan")
        self.result = result
        self.findings = findings


def forecast_result(result: LoadResult) -> PlanForecast:
    """Forecast a loaded plan; raises InvalidPlan when it has errors."""
    findings = result.findings + check_plan(result)
    if result.plan is None or has_errors(findings):
        raise InvalidPlan(result, findings)
    territories = forecast_territories(result.plan)
    return PlanForecast(result.plan, territories[0], findings, result.file, territories)


@dataclass(frozen=True)
class CheckedPlan:
    """A plan file loaded and checked: its plan (None when unreadable) and every finding, without
    its text or node tree — what a report keeps of a file, small enough to come back from a worker."""

    file: str
    plan: Plan | None
    findings: list[Finding]

    @property
    def valid(self) -> bool:
        return self.plan is not None and not has_errors(self.findings)


def check_plan_file(path: Path, folder: Path | None = None, limits: Limits = DEFAULT_LIMITS) -> CheckedPlan:
    result = load_plan_file(path, limits, within=folder)
    return CheckedPlan(result.file, result.plan, result.findings + check_plan(result))


def checked_plans(folder: Path, limits: Limits = DEFAULT_LIMITS, jobs: int | None = 1) -> Iterator[CheckedPlan]:
    """Every plan of `folder`, loaded and checked in file order, in `jobs` processes (None: one per CPU
    for large sets)."""
    files = plan_files(folder)
    return ordered_map(check_plan_file, len(files), jobs, files, repeat(folder), repeat(limits))


@dataclass(frozen=True)
class ProgrammeReport:
    """The national report and what it was built from."""

    report: NationalReport
    national_plan: Plan | None
    invalid: list[CheckedPlan]  # plans left out because they have errors
    files: list[str]
    plans: list[Plan] = field(default_factory=list)  # the valid plans the report was built from


def programme_report(checked: Iterable[CheckedPlan], only: set[str] | None = None) -> ProgrammeReport:
    """The report over every valid plan; plans with errors are left out and listed.

    `checked` may be a generator (see `checked_plans`): only each plan and its
    findings are kept, so memory grows with the plans' figures, not with their files.
    """
    from .engine.report import build_report
    from .loader.registry import NATIONAL, default_registry

    valid: list[tuple[Plan, str]] = []
    invalid: list[CheckedPlan] = []
    try:
        for item in checked:
            if item.valid:
                assert item.plan is not None
                valid.append((item.plan, item.file))
            else:
                invalid.append(item)
            # What is kept lives until the report is built: the cyclic garbage collector need not
            # scan it again at every collection (on 10.000 plans that rescanning was 7 s of 44).
            gc.freeze()
    finally:
        gc.unfreeze()
    national = next((plan for plan, _ in valid if plan.default_territory == NATIONAL), None)
    report = build_report(valid, default_registry(), only)
    return ProgrammeReport(report, national, invalid, [file for _, file in valid], [plan for plan, _ in valid])


class UnknownScenario(LookupError):
    pass


def with_time(
    result: PlanForecast,
    as_of: dt.date,
    *,
    by_year: bool = False,
    scenario: str | None = None,
    simulate_runs: int = 0,
    seed: int = 1,
    calibration_plan: Plan | None = None,
) -> PlanForecast:
    """The forecast with its years, progress as of a date, and any scenario, simulation or calibration."""
    from .engine.alternatives import alternative
    from .engine.calibrate import calibrate, calibrated_stage_years
    from .engine.simulate import simulate
    from .engine.yearly import progress, stage_years, year_rows

    plan = result.plan
    territories = [f.territory for f in result.territories] or [result.forecast.territory]
    primary = result.forecast.territory
    alternatives = []
    if scenario is not None:
        chosen = plan.scenarios.get(scenario) or BUILT_IN_SCENARIOS.get(scenario)
        if chosen is None:
            known = sorted({*plan.scenarios, *BUILT_IN_SCENARIOS})
            raise UnknownScenario(f"no scenario '{scenario}' (known: {', '.join(known)})")
        alternatives.append(alternative(plan, primary, f"scenario {scenario}", stage_years(plan, primary, chosen)))
    calibration = None
    source = ""
    if calibration_plan is not None:
        calibration = calibrate(calibration_plan)
        source = calibration_plan.province.slug
        if calibration.overall is not None:
            start = min((s.date.year for s in plan.sources.values() if s.date), default=calibration.overall.end.year)
            years = calibrated_stage_years(plan, primary, calibration.overall, start)
            alternatives.append(alternative(plan, primary, f"calibrated from {start}", years))
    sim = simulate(plan, primary, simulate_runs, seed) if simulate_runs > 0 else None
    view = TimeView(
        as_of,
        by_year,
        {t: year_rows(plan, t) for t in territories},
        {t: progress(plan, t, as_of) for t in territories},
        alternatives,
        sim,
        calibration,
        source,
    )
    return replace(result, time=view)


#: Scenarios every plan has; a plan's own `scenarios` may add to them or replace them by name.
BUILT_IN_SCENARIOS: dict[str, Scenario] = {
    "delayed": Scenario(
        description="every stage delivers one year later",
        stages={s: StageScenario(delay_years=1) for s in Stage if s is not Stage.STARTED},
    ),
    "pessimistic": Scenario(
        description="projects not yet started deliver half of what is planned, a year late",
        stages={s: StageScenario(share_factor=Decimal(50), delay_years=1) for s in Stage if s is not Stage.STARTED},
    ),
}
