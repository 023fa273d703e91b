"""`nhaoxh forecast`: one province's targets assessed as of a date, with the plan's projection
beside them (stages × periods, years) and any alternative basis asked for."""

from __future__ import annotations

import datetime as dt
from dataclasses import field

from ..findings import Finding
from ..values import frozen
from .common import Assessment, Note, ProvinceRef, Range, SourceRef

FORECAST_SCHEMA = "nhaoxh.forecast/2"


@frozen
class TargetLine:
    """A target's assessment in the SPEC's flat shape (`kind`, `units`, `gap`, `ratio`, `status`,
    `source`), under the period it belongs to; the same figures as its `Assessment`."""

    id: str
    kind: str
    units: int | None
    value: int | None
    gap: int | None
    ratio: float | None
    status: str
    basis: str
    source: str | None


@frozen
class PeriodProjection:
    """What the plan projects for one period: units completed plus each stage's deliveries."""

    id: str
    start_year: int
    end_year: int
    labels: list[str]
    mapping: str | None
    forecast_units: int | None  # None: the plan projects nothing for this territory
    by_stage: dict[str, int | None]
    targets: list[TargetLine]


@frozen
class SpanProjection:
    start_year: int | None
    end_year: int | None
    forecast_units: int | None
    by_stage: dict[str, int | None]
    targets: list[TargetLine]


@frozen
class YearTarget:
    id: str
    units: int


@frozen
class YearRow:
    """One year: the plan's projection placed where the source places it, and what was reported.

    A report of several years ("2021-2024: 7.900") is not split: the years inside it have no
    value of their own (`reported_in` names the report) and the cumulative is known at its end.
    """

    year: int
    projected: int | None
    by_stage: dict[str, int]
    reported: int | None  # a report of exactly this year
    reported_in: str | None  # the years of a multi-year report covering this year
    value: int | None  # reported where known, else projected
    cumulative: int | None  # from the first year; never decreases
    targets: list[YearTarget]
    cumulative_target: int | None
    partial: int | None = None  # a count so far within this year, not its result
    partial_as_of: str | None = None  # the date of that count


@frozen
class OutcomeComparison:
    """The plan's projection for years that have since been reported: the plan against the outcome."""

    start_year: int
    end_year: int
    projected: int
    reported: int
    difference: int  # reported − projected
    source: SourceRef | None


@frozen
class TerritoryForecast:
    territory: str
    name: str
    role: str  # current (today's unit), former (a unit before 01/07/2025), national, other
    has_pipeline: bool
    assessments: list[Assessment]
    periods: list[PeriodProjection]
    total: SpanProjection
    years: list[YearRow]
    outcomes: list[OutcomeComparison]
    notes: list[Note] = field(default_factory=list)


@frozen
class AlternativeTarget:
    target_id: str
    territory: str
    units: int
    value: int | None
    ratio: float | None
    status: str
    band: Range | None = None  # the simulation's P10–P90 on this basis, when one was run
    probability: float | None = None  # share of runs reaching the target, on this basis
    settled: bool = False  # the target has its answer (years over, reported, or met): the same on every basis


@frozen
class Alternative:
    """Another basis for the projection, named, never a second headline: a scenario of the plan
    (`scenario`), rates from the pipeline snapshots (`calibrated`)."""

    basis: str  # "scenario" or "calibrated"
    name: str  # the scenario's name; for calibrated, the plan whose snapshots gave the rates
    territory: str
    from_year: int | None  # calibrated: the first year the rates drive (earlier years: reported)
    periods: dict[str, int]
    total: int
    years: dict[str, int]
    targets: list[AlternativeTarget]


@frozen
class StageSpread:
    """The simulation's parameters for one stage: the share of the stated delivery that happens
    (triangular low, mode, high) and how far it may slip, in years (negative: earlier)."""

    stage: str
    low: float
    mode: float
    high: float
    earliest: float
    latest: float
    source: str  # "plan" (its `uncertainty`) or "default" (docs/method.md)


@frozen
class Band:
    scope: str  # a period id, "total", or a year
    point: int  # the basis's own figure (the stated projection, or the calibrated one)
    band: Range


@frozen
class TargetOdds:
    target_id: str
    units: int
    point: int
    band: Range
    probability: float


@frozen
class Simulation:
    """Monte Carlo around one basis: its point figures lie inside their bands by construction of the
    default parameters (centred on the stated deliveries), and the odds are on the same basis."""

    basis: str  # "plan" (the stated projection) or "calibrated"
    territory: str
    runs: int
    seed: int
    stages: list[StageSpread]
    periods: list[Band]
    years: list[Band]
    total: Band | None
    targets: list[TargetOdds]


@frozen
class Rates:
    start: dt.date  # the day the arithmetic counts from: a month-only snapshot ("2024-06") counts from the 15th
    end: dt.date
    start_as_of: str  # the snapshots' dates as the source gives them: "2024-06", "2025-12-31"
    end_as_of: str
    completion_rate: float  # started → completed, share a year
    start_rate: float | None  # approved → started, share a year
    completion_lead_years: float | None
    start_lead_years: float | None


@frozen
class Calibration:
    source: str  # the plan whose snapshots give the rates
    intervals: list[Rates]
    overall: Rates | None


@frozen
class SnapshotStage:
    projects: int | None
    units: int | None
    qualifier: str


@frozen
class SnapshotRow:
    as_of: str
    label: str | None
    total: SnapshotStage | None
    completed: SnapshotStage | None
    started: SnapshotStage | None
    approved: SnapshotStage | None
    source: SourceRef | None


@frozen
class HousingSupportRow:
    """Households helped to build or repair homes: never social housing units."""

    programme: str
    start_year: int | None
    end_year: int | None
    households: int | None
    households_scale: str | None
    qualifier: str
    cost_billion_vnd: float | None
    source: SourceRef | None


@frozen
class ForecastResult:
    """`nhaoxh forecast PROVINCE`: today's unit first, then the units it was made of, then the rest."""

    province: ProvinceRef
    as_of: dt.date
    file: str
    territories: list[TerritoryForecast]
    periods: list[PeriodProjection]  # the first territory's (SPEC.md's contract keys)
    total: SpanProjection
    sources: dict[str, SourceRef]
    notes: list[Note]
    warnings: list[Finding]  # the source's own slips (validate's warnings)
    snapshots: list[SnapshotRow]
    housing_support: list[HousingSupportRow]
    alternatives: list[Alternative] = field(default_factory=list)
    simulations: list[Simulation] = field(default_factory=list)
    calibration: Calibration | None = None

    def territory(self, territory: str) -> TerritoryForecast | None:
        return next((t for t in self.territories if t.territory == territory), None)
