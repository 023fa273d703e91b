"""The whole programme in one view: a row per current province, the national
totals against the national targets, and what the data covers.

Pure: plans in, a `NationalReport` out. Figures of different territories are
never mixed: a province row uses its current unit's figures (the merged
province), and falls back on its predecessors' only when *every* predecessor
has the figure, as their sum.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from ..domain import Status, TargetKind, ratio_of, status_for
from ..loader.registry import FORMER, NATIONAL, Registry
from ..model import Period, Plan
from .forecast import Forecast, forecast_plan, reported_sum, target_units


@dataclass(frozen=True)
class Cell:
    """One province × period: target, forecast (or reported) units, and how they compare."""

    target: int | None
    forecast: int | None
    target_basis: str = ""  # "stated", "sum of predecessors", or why it is missing
    forecast_basis: str = ""  # "forecast", "reported", "sum of predecessors", or why it is missing
    source: str = ""

    @property
    def gap(self) -> int | None:
        return None if self.target is None or self.forecast is None else self.forecast - self.target

    @property
    def ratio(self) -> Fraction | None:
        return ratio_of(self.forecast, self.target)

    @property
    def status(self) -> Status:
        return status_for(self.ratio)


@dataclass(frozen=True)
class YearCell:
    years: tuple[int, int]
    target: int
    reported: int | None
    label: str | None

    @property
    def ratio(self) -> Fraction | None:
        return ratio_of(self.reported, self.target)

    @property
    def status(self) -> Status:
        return status_for(self.ratio)


@dataclass(frozen=True)
class ProvinceRow:
    slug: str
    name: str
    code: str | None
    file: str
    cells: dict[str, Cell]  # by period id
    years: list[YearCell]
    missing: list[str]
    notes: list[str]
    has_pipeline: bool
    has_reported: bool
    housing_support_only: bool


@dataclass(frozen=True)
class NationalTarget:
    label: str
    kind: str
    units: int
    actual: int | None  # the national forecast or reported units of the period

    @property
    def ratio(self) -> Fraction | None:
        return ratio_of(self.actual, self.units)

    @property
    def status(self) -> Status:
        return status_for(self.ratio)


@dataclass(frozen=True)
class PeriodTotals:
    """One period (or the whole span, id `total`) across the country."""

    id: str
    start_year: int
    end_year: int
    national_targets: list[NationalTarget]
    national_actual: int | None  # national forecast or reported units
    national_basis: str
    provincial_targets: int  # the sum of the provinces' targets that are known
    provinces_with_target: int
    provincial_forecast: int
    provinces_with_forecast: int

    @property
    def difference(self) -> int | None:
        """The first national quota minus the sum of the provincial targets (plans cover only some provinces)."""
        quotas = [t for t in self.national_targets if t.kind == TargetKind.QUOTA.value]
        return quotas[0].units - self.provincial_targets if quotas else None


@dataclass(frozen=True)
class Coverage:
    units: int  # current provincial units in the registry
    with_plan: int
    with_target: int
    with_forecast: int
    with_pipeline: int
    with_reported: int


@dataclass(frozen=True)
class NationalReport:
    periods: list[Period]
    provinces: list[ProvinceRow]
    totals: list[PeriodTotals]
    national: Forecast | None
    national_years: list[YearCell] = field(default_factory=list)
    coverage: Coverage | None = None
    #: (file, slug) of the plans about neither the country nor one of today's provincial units
    #: (a former province, a typo): they are in no row, and the report says so.
    outside: list[tuple[str, str]] = field(default_factory=list)


TOTAL = "total"


def _quota(plan: Plan, territory: str, period_id: str) -> tuple[int | None, str]:
    for target in plan.targets:
        if (
            target.kind is TargetKind.QUOTA
            and target.period == period_id
            and not target.alternative
            and plan.territory_of(target) == territory
        ):
            units, basis = target_units(plan, target)
            return units, ("stated" if basis == "stated" else basis)
    return None, "no quota"


def _forecast_of(forecast: Forecast, period_id: str) -> tuple[int | None, str]:
    if period_id == TOTAL:
        return forecast.total.forecast_units, "forecast"
    own = next((p for p in forecast.periods if p.id == period_id), None)
    return (own.forecast_units, own.basis) if own else (None, "")


def _cell(plan: Plan, registry: Registry, slug: str, forecasts: dict[str, Forecast], period_id: str) -> Cell:
    """A province × period; the predecessors' sum stands in only when every predecessor has the figure."""
    target, target_basis = _quota(plan, slug, period_id)
    former = [f"{FORMER}{u.slug}" for u in registry.predecessors(slug)]
    if target is None and former:
        parts = [_quota(plan, f, period_id)[0] for f in former]
        if None not in parts:
            target, target_basis = sum(p or 0 for p in parts), "sum of predecessors"
    forecast, forecast_basis = _forecast_of(forecasts[slug], period_id)
    if forecast is None:
        forecast_basis = "not computable"
        if former and all(f in forecasts for f in former):
            parts = [_forecast_of(forecasts[f], period_id)[0] for f in former]
            if None not in parts:
                forecast, forecast_basis = sum(p or 0 for p in parts), "sum of predecessors"
    return Cell(target, forecast, target_basis, forecast_basis)


def _years(plan: Plan, territory: str) -> list[YearCell]:
    reports = [
        r
        for r in plan.reported
        if not r.alternative and r.final_count is not None and plan.territory_of(r) == territory
    ]
    cells = []
    for target in plan.targets:
        if (
            target.years is None
            or target.alternative
            or target.kind is not TargetKind.QUOTA
            or plan.territory_of(target) != territory
        ):
            continue
        units, _ = target_units(plan, target)
        if units is not None:
            cells.append(YearCell(target.years, units, reported_sum(reports, *target.years), target.label))
    return sorted(cells, key=lambda c: (c.years[1] - c.years[0], c.years))


def province_row(plan: Plan, file: str, registry: Registry, periods: list[Period]) -> ProvinceRow:
    slug = plan.province.slug
    unit = registry.unit(slug)
    forecasts = {t: forecast_plan(plan, t) for t in plan.territories()}
    if slug not in forecasts:
        forecasts[slug] = forecast_plan(plan, slug)
    cells = {pid: _cell(plan, registry, slug, forecasts, pid) for pid in [*(p.id for p in periods), TOTAL]}
    missing = []
    for period_id, cell in list(cells.items())[:-1]:  # the periods; the whole span follows from them
        if cell.target is None:
            missing.append(f"quota {period_id}")
        if cell.forecast is None:
            missing.append(f"forecast {period_id}")
    notes = []
    for territory, forecast in forecasts.items():
        if territory == slug or not forecast.has_pipeline:
            continue
        for p in forecast.periods:
            quota = next((c for c in p.targets if c.kind is TargetKind.QUOTA), None)
            if p.forecast_units is not None and quota is not None and quota.units:
                notes.append(
                    f"{registry.territory_name(territory)} alone: {p.id} forecast {p.forecast_units:,} vs its own "
                    f"quota {quota.units:,} ({float(quota.ratio or 0) * 100:.1f}%); it covers part of today's "
                    "province, so it is not compared with the merged province's target"
                )
    has_pipeline = any(f.has_pipeline for f in forecasts.values())
    has_reported = any(not r.alternative for r in plan.reported)
    return ProvinceRow(
        slug=slug,
        name=unit.name if unit else plan.province.name,
        code=unit.code if unit else plan.province.code,
        file=file,
        cells=cells,
        years=_years(plan, slug),
        missing=missing,
        notes=notes,
        has_pipeline=has_pipeline,
        has_reported=has_reported,
        housing_support_only=bool(plan.housing_support) and not plan.targets and not plan.pipeline,
    )


def _national_targets(plan: Plan | None, period_id: str, actual: int | None) -> list[NationalTarget]:
    found = []
    for target in plan.targets if plan is not None else []:
        if target.period == period_id and not target.alternative and target.kind is not TargetKind.DEMAND:
            units, _ = target_units(plan, target)  # type: ignore[arg-type]
            if units is not None:
                found.append(
                    NationalTarget(target.label or target.id or target.kind.value, target.kind.value, units, actual)
                )
    return found


def build_report(plans: list[tuple[Plan, str]], registry: Registry, only: set[str] | None = None) -> NationalReport:
    """The report over loaded plans ((plan, file) pairs); `only` keeps the named current units."""
    national_plan = next((p for p, _ in plans if p.default_territory == NATIONAL), None)
    provincial = [(p, f) for p, f in plans if registry.unit(p.province.slug) is not None]
    if only is not None:
        provincial = [(p, f) for p, f in provincial if p.province.slug in only]
    if national_plan is not None:
        periods = sorted(national_plan.periods, key=lambda p: p.start_year)
    else:
        periods = sorted(
            {(p.start_year, p.end_year): p for plan, _ in provincial for p in plan.periods}.values(),
            key=lambda p: p.start_year,
        )
    rows = sorted((province_row(p, f, registry, periods) for p, f in provincial), key=lambda r: r.code or r.slug)
    national = forecast_plan(national_plan) if national_plan is not None else None
    totals = []
    scopes = [(p.id, p.start_year, p.end_year) for p in periods]
    if periods:
        scopes.append((TOTAL, periods[0].start_year, periods[-1].end_year))
    for period_id, start, end in scopes:
        actual, basis = _forecast_of(national, period_id) if national else (None, "")
        known_targets = [r.cells[period_id].target for r in rows if r.cells[period_id].target is not None]
        known_forecasts = [r.cells[period_id].forecast for r in rows if r.cells[period_id].forecast is not None]
        totals.append(
            PeriodTotals(
                id=period_id,
                start_year=start,
                end_year=end,
                national_targets=_national_targets(national_plan, period_id, actual),
                national_actual=actual,
                national_basis=basis if actual is not None else "not computable",
                provincial_targets=sum(t or 0 for t in known_targets),
                provinces_with_target=len(known_targets),
                provincial_forecast=sum(f or 0 for f in known_forecasts),
                provinces_with_forecast=len(known_forecasts),
            )
        )
    coverage = Coverage(
        units=len(registry.current),
        with_plan=len(rows),
        with_target=sum(any(c.target is not None for c in r.cells.values()) or bool(r.years) for r in rows),
        with_forecast=sum(any(c.forecast is not None for c in r.cells.values()) for r in rows),
        with_pipeline=sum(r.has_pipeline for r in rows),
        with_reported=sum(r.has_reported for r in rows),
    )
    national_years = _years(national_plan, NATIONAL) if national_plan is not None else []
    outside = [
        (f, p.province.slug) for p, f in plans if p is not national_plan and registry.unit(p.province.slug) is None
    ]
    return NationalReport(periods, rows, totals, national, national_years, coverage, outside)
