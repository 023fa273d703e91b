"""A province's forecast as one value: every territory's targets assessed as of a date, the plan's
projection beside them, and the alternative bases asked for.

Territories come in the order a reader needs them: today's unit first, then the units it was made
of (former provinces, before 01/07/2025), then anything else the plan covers.
"""

from __future__ import annotations

import datetime as dt

from ..domain import COMPLETED, WHOLE_SPAN, TargetKind
from ..findings import Finding, Severity
from ..loader.registry import FORMER, NATIONAL, Registry
from ..model import Plan, Reported, Scenario, Snapshot
from ..results.common import Assessment, Note, NoteCode, ProvinceRef, TargetRef
from ..results.forecast import (
    Alternative,
    Calibration,
    ForecastResult,
    HousingSupportRow,
    OutcomeComparison,
    PeriodProjection,
    Simulation,
    SnapshotRow,
    SnapshotStage,
    SpanProjection,
    TargetLine,
    TerritoryForecast,
    YearRow,
    YearTarget,
)
from ..values import frozen
from .assess import (
    assess,
    document_ref,
    implied_ref,
    precedence,
    source_day,
    source_ref,
    target_ids,
    target_ref,
)
from .projection import Projection, project
from .reports import primary_reports, units_of, years_text


@frozen
class Options:
    """What a forecast is asked for beyond the assessment (none of it changes the assessment)."""

    scenario: str | None = None
    simulate: int = 0
    seed: int = 1
    calibration_plan: Plan | None = None  # the plan whose snapshots give calibrated rates


def place_name(registry: Registry, territory: str) -> str:
    """A territory's plain name: Việt Nam, a unit's name, or a former unit's name."""
    if territory == NATIONAL:
        return "Việt Nam"
    if territory.startswith(FORMER):
        former = registry.former_unit(territory[len(FORMER) :])
        return former.name if former else territory
    unit = registry.unit(territory)
    return unit.name if unit else territory


def ordered_territories(plan: Plan, registry: Registry) -> list[tuple[str, str]]:
    """(territory, role) in reading order: today's unit, its former units, the rest."""
    found = plan.territories()
    slug = plan.province.slug
    if registry.unit(slug) is not None and slug not in found:
        found = [slug, *found]
    ordered: list[tuple[str, str]] = []
    if NATIONAL in found:
        ordered.append((NATIONAL, "national"))
    if registry.unit(slug) is not None:
        ordered.append((slug, "current"))
        ordered += [
            (f"{FORMER}{u.slug}", "former") for u in registry.predecessors(slug) if f"{FORMER}{u.slug}" in found
        ]
    for territory in found:
        if all(territory != t for t, _ in ordered):
            role = "former" if territory.startswith(FORMER) else "other"
            ordered.append((territory, role))
    return ordered


def line_of(assessment: Assessment) -> TargetLine:
    """The assessment in the SPEC's flat shape, for the period tables and scripts that read them."""
    target = assessment.target
    source = target.source
    cited = None
    if source is not None:
        cited = ", ".join(str(p) for p in (source.document, source.section) if p)
        if source.line is not None:
            cited += f", line {source.line}"
    return TargetLine(
        id=target.id,
        kind=target.kind.value,
        units=target.units,
        value=assessment.value,
        gap=assessment.gap,
        ratio=assessment.ratio,
        status=assessment.status.value,
        basis=assessment.basis.value,
        source=cited,
    )


def territory_forecast(
    plan: Plan,
    territory: str,
    role: str,
    registry: Registry,
    as_of: dt.date,
    scenario: Scenario | None = None,
) -> tuple[TerritoryForecast, Projection]:
    projection = project(plan, territory, scenario)
    reports = primary_reports(plan, territory, as_of)
    ids = target_ids(plan)
    merger = registry.merger.effective
    ended = merger if territory.startswith(FORMER) and as_of >= merger else None  # as of before it, still a unit
    refs = []
    for target in plan.targets:
        if target.alternative or plan.territory_of(target) != territory:
            continue
        ref = target_ref(plan, target, ids[id(target)])
        if ref is not None:
            refs.append((target, ref))
    context = superseded([ref for _, ref in refs])
    assessments = [
        assess(plan, target, ref, as_of, projection, reports, context=context.get(ref.id), ended=ended)
        for target, ref in refs
    ]
    for ref in implied_targets(plan, territory, reports, [ref for _, ref in refs]):
        assessments.append(assess(plan, None, ref, as_of, projection, reports, ended=ended))
    # the order a reader follows: by the year a target ends, the shorter first, the one that decides first
    assessments.sort(key=lambda a: (a.target.end_year, -a.target.start_year, precedence(a.target)))
    periods = [_period(plan, p.id, projection, assessments) for p in sorted(plan.periods, key=lambda p: p.start_year)]
    keys = [COMPLETED] + [k for k in projection.by_stage if k != COMPLETED]
    span_units = None
    if periods and all(p.forecast_units is not None for p in periods):
        span_units = sum(p.forecast_units or 0 for p in periods)
    total = SpanProjection(
        start_year=min((p.start_year for p in periods), default=None),
        end_year=max((p.end_year for p in periods), default=None),
        forecast_units=span_units,
        by_stage={k: _sum([p.by_stage.get(k) for p in periods]) if periods else None for k in keys},
        targets=[line_of(a) for a in assessments if a.target.period == WHOLE_SPAN],
    )
    notes = _notes(plan, territory, role, projection, registry)
    result = TerritoryForecast(
        territory=territory,
        name=place_name(registry, territory),
        role=role,
        has_pipeline=projection.has_pipeline,
        assessments=assessments,
        periods=periods,
        total=total,
        years=year_rows(plan, projection, reports, assessments),
        outcomes=outcomes(plan, projection, reports),
        notes=notes,
    )
    return result, projection


def superseded(refs: list[TargetRef]) -> dict[str, list[Note]]:
    """Targets another decision replaced: a quota of the same years set again by a later-dated
    decision (Nghị quyết 7/NQ-CP of 2026 re-assigned the 2026–2030 quotas of QĐ 444/QĐ-TTg of 2025).
    Each keeps its assessment, with a note naming the decision that replaced it."""
    notes: dict[str, list[Note]] = {}
    quotas = [r for r in refs if r.kind is TargetKind.QUOTA and r.decision]
    for ref in quotas:
        later = [
            r
            for r in quotas
            if (r.start_year, r.end_year) == (ref.start_year, ref.end_year)
            and r.decision != ref.decision
            and source_day(r.source) > source_day(ref.source)
        ]
        if later:
            by = max(later, key=lambda r: source_day(r.source))
            notes[ref.id] = [Note(NoteCode.SUPERSEDED, {"decision": by.decision, "units": by.units})]
    return notes


def implied_targets(plan: Plan, territory: str, reports: list[Reported], refs: list[TargetRef]) -> list[TargetRef]:
    """A target for each result reported against one that no source numbers: a percentage of no
    known target, or met/missed, for years no target of the territory covers exactly."""
    known = {r.id for r in refs}
    spans = {(r.start_year, r.end_year) for r in refs}
    found: dict[tuple[int, int], TargetRef] = {}
    for report in reports:
        if report.units is not None or (report.percent is None and report.outcome is None):
            continue
        if report.of in known or report.years in spans or report.years in found:
            continue
        found[report.years] = implied_ref(plan, report, territory)
    return list(found.values())


def _sum(values: list[int | None]) -> int | None:
    return None if any(v is None for v in values) else sum(v or 0 for v in values)


def _period(plan: Plan, period_id: str, projection: Projection, assessments: list[Assessment]) -> PeriodProjection:
    period = plan.period(period_id)
    assert period is not None
    stages = projection.periods.get(period_id, {})
    by_stage = {k: (v if projection.has_pipeline else None) for k, v in stages.items()}
    return PeriodProjection(
        id=period.id,
        start_year=period.start_year,
        end_year=period.end_year,
        labels=list(period.labels),
        mapping=period.mapping,
        forecast_units=projection.period_total(period_id),
        by_stage=by_stage,
        targets=[line_of(a) for a in assessments if a.target.period == period_id],
    )


def _notes(plan: Plan, territory: str, role: str, projection: Projection, registry: Registry) -> list[Note]:
    notes = []
    if role == "former":
        current = registry.current_of(territory)
        notes.append(Note(NoteCode.PART_OF_CURRENT, {"unit": place_name(registry, current) if current else None}))
    if not projection.has_pipeline:
        notes.append(Note(NoteCode.NO_PIPELINE))
    for period in plan.periods:
        first = min(
            (y for s, y in projection.first_delivery_year.items() if period.start_year <= y <= period.end_year),
            default=None,
        )
        if first is not None and first > period.start_year:
            notes.append(Note(NoteCode.PLAN_DATED, {"period": period.id, "year": first}))
    return notes


def _covering(reports: list[Reported], year: int) -> Reported | None:
    return next(
        (r for r in reports if r.final_count is not None and r.years[0] <= year <= r.years[1]),
        None,
    )


def year_rows(
    plan: Plan, projection: Projection, reports: list[Reported], assessments: list[Assessment]
) -> list[YearRow]:
    """A row per year: the projection where the source places it, reports where they exist (a
    several-year report at its last year), cumulative figures that never go backwards."""
    yearly = sorted(
        (a.target for a in assessments if a.target.start_year == a.target.end_year and a.target.units is not None),
        key=precedence,
    )
    rows = []
    cumulative: int | None = 0
    cumulative_target: int | None = None
    for year in projection.years:
        by_stage = {k: v.get(year, 0) for k, v in projection.by_stage.items()} if projection.has_pipeline else {}
        projected = projection.year_total(year)
        block = _covering(reports, year)
        reported = units_of(block) if block is not None and block.years == (year, year) else None
        reported_in = years_text(*block.years) if block is not None and block.years != (year, year) else None
        value = reported if reported is not None else (None if block is not None else projected)
        if block is not None and block.years[1] == year and cumulative is not None:
            cumulative += units_of(block) or 0
            shown: int | None = cumulative
        elif block is not None:
            shown = None  # inside a several-year report: known only at its end
        elif value is None:
            cumulative = shown = None
        elif cumulative is not None:
            cumulative += value
            shown = cumulative
        else:
            shown = None
        so_far = next((r for r in reports if r.partial and r.years == (year, year) and r.units is not None), None)
        targets = [YearTarget(t.id, t.units or 0) for t in yearly if t.start_year == year]
        quota = next((t for t in targets), None)
        if quota is not None:
            cumulative_target = (cumulative_target or 0) + quota.units
        rows.append(
            YearRow(
                year=year,
                projected=projected,
                by_stage=by_stage,
                reported=reported,
                reported_in=reported_in,
                value=value,
                cumulative=shown,
                targets=targets,
                cumulative_target=cumulative_target if targets else None,
                partial=None if so_far is None else so_far.units,
                partial_as_of=None if so_far is None else so_far.as_of,
            )
        )
    return rows


def outcomes(plan: Plan, projection: Projection, reports: list[Reported]) -> list[OutcomeComparison]:
    """Each full report beside what the plan projected for the same years."""
    found = []
    for report in reports:
        units = units_of(report)
        if report.partial or units is None:
            continue
        projected = projection.between(*report.years)
        if projected is None:
            continue
        found.append(
            OutcomeComparison(
                start_year=report.years[0],
                end_year=report.years[1],
                projected=projected,
                reported=units,
                difference=units - projected,
                source=source_ref(plan, report.source),
            )
        )
    return found


def _snapshot_stage(stage: object) -> SnapshotStage | None:
    if stage is None:
        return None
    return SnapshotStage(stage.projects, stage.units, stage.qualifier.value)  # type: ignore[attr-defined]


def snapshot_rows(plan: Plan) -> list[SnapshotRow]:
    return [_snapshot(plan, s) for s in plan.snapshots]


def _snapshot(plan: Plan, s: Snapshot) -> SnapshotRow:
    return SnapshotRow(
        as_of=s.as_of,
        label=s.label,
        total=_snapshot_stage(s.total),
        completed=_snapshot_stage(s.completed),
        started=_snapshot_stage(s.started),
        approved=_snapshot_stage(s.approved),
        source=source_ref(plan, s.source),
    )


def housing_support_rows(plan: Plan) -> list[HousingSupportRow]:
    return [
        HousingSupportRow(
            programme=h.programme,
            start_year=h.years[0] if h.years else None,
            end_year=h.years[1] if h.years else None,
            households=h.households,
            households_scale=h.households_scale,
            qualifier=h.qualifier.value,
            cost_billion_vnd=float(h.cost_billion_vnd) if h.cost_billion_vnd is not None else None,
            source=source_ref(plan, h.source),
        )
        for h in plan.housing_support
    ]


def forecast_province(
    plan: Plan,
    registry: Registry,
    as_of: dt.date,
    *,
    file: str = "",
    findings: list[Finding] | None = None,
    notes: list[Note] | None = None,
    options: Options | None = None,
) -> ForecastResult:
    """The forecast of every territory of `plan` as of `as_of`, with the alternatives `options` ask for."""
    options = options or Options()
    territories = []
    projections: dict[str, Projection] = {}
    for territory, role in ordered_territories(plan, registry):
        forecast, projection = territory_forecast(plan, territory, role, registry, as_of)
        territories.append(forecast)
        projections[territory] = projection
    first = territories[0]
    unit = registry.unit(plan.province.slug)
    alternatives: list[Alternative] = []
    simulations: list[Simulation] = []
    calibration: Calibration | None = None
    if options.scenario or options.simulate or options.calibration_plan is not None:
        from .alternatives import alternatives_for  # loaded only when an alternative is asked for

        alternatives, simulations, calibration = alternatives_for(plan, territories, projections, options, as_of)
    said = list(notes or [])
    if (options.scenario or options.simulate) and not alternatives and not simulations:
        said.append(Note(NoteCode.NO_OTHER_BASIS))  # asked for, and nothing to show: say so, never silence
    return ForecastResult(
        province=ProvinceRef(
            plan.province.slug, unit.name if unit else plan.province.name, unit.code if unit else plan.province.code
        ),
        as_of=as_of,
        file=file,
        territories=territories,
        periods=first.periods,
        total=first.total,
        sources={key: document_ref(plan, key) for key in plan.sources},
        notes=said,
        warnings=[f for f in findings or [] if f.severity is Severity.WARNING],
        snapshots=snapshot_rows(plan),
        housing_support=housing_support_rows(plan),
        alternatives=alternatives,
        simulations=simulations,
        calibration=calibration,
    )
