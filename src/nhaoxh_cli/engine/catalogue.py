"""The descriptive views as values: the units and their plans, what each plan holds, a plan's
figures in plain words, and one period's projection step by step."""

from __future__ import annotations

import datetime as dt

from ..checked import CheckedPlan
from ..checks.rules.placeholders import PLACEHOLDER
from ..domain import COMPLETED, Stage
from ..findings import Severity
from ..loader.registry import Registry
from ..model import Plan
from ..numbers import share_of
from ..results.catalogue import (
    ExplainResult,
    Figure,
    PlanEntry,
    PlansResult,
    ProvincesResult,
    ShowResult,
    Step,
    TerritoryContents,
    TerritoryFigures,
    UnitEntry,
)
from ..results.common import ProvinceRef
from .assess import document_ref, source_ref, target_ids
from .projection import delivery_units, target_units, target_years
from .province import ordered_territories, place_name, territory_forecast
from .reports import years_text


def province_ref(plan: Plan, registry: Registry) -> ProvinceRef:
    unit = registry.unit(plan.province.slug)
    return ProvinceRef(
        plan.province.slug, unit.name if unit else plan.province.name, unit.code if unit else plan.province.code
    )


def provinces_result(registry: Registry, planned: dict[str, str], former: bool) -> ProvincesResult:
    """Today's units (or the former ones) and the plan file that covers each."""
    if former:
        units = []
        for u in registry.former:
            current = registry.unit(u.merged_into)
            units.append(
                UnitEntry(
                    code=u.code,
                    slug=u.slug,
                    name=u.name,
                    kind=u.kind,
                    current=False,
                    merged_into=u.merged_into,
                    merged_into_name=current.name if current else None,
                    merged_into_code=current.code if current else None,
                    predecessors=[],
                    plan=planned.get(u.merged_into),
                )
            )
    else:
        units = [
            UnitEntry(
                code=u.code,
                slug=u.slug,
                name=u.name,
                kind=u.kind,
                current=True,
                merged_into=None,
                merged_into_name=None,
                merged_into_code=None,
                predecessors=[p.name for p in registry.predecessors(u.slug)],
                plan=planned.get(u.slug),
            )
            for u in registry.current
        ]
    return ProvincesResult(former, registry.merger.effective, registry.merger.source, units)


def placeholders(value: object) -> int:
    """How many values of a plan (or any part of it) are a template's placeholders still to fill."""
    return _placeholders(value)


def _placeholders(value: object) -> int:
    if isinstance(value, str):
        return int(PLACEHOLDER in value)
    if isinstance(value, dict):
        return sum(_placeholders(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return sum(_placeholders(v) for v in value)
    if hasattr(value, "model_dump"):
        return _placeholders(value.model_dump())
    return 0


def plans_result(folder: str, checked: list[CheckedPlan], registry: Registry) -> PlansResult:
    entries = []
    for item in checked:
        errors = sum(f.severity is Severity.ERROR for f in item.findings)
        plan = item.plan
        if plan is None:
            entries.append(PlanEntry(item.file, False, errors, len(item.findings) - errors, None, [], [], 0))
            continue
        territories = []
        for territory, _ in ordered_territories(plan, registry):
            mine = plan.territory_of
            reported = [r for r in plan.reported if not r.alternative and mine(r) == territory]
            last = max((r.as_of or str(r.years[1]) for r in reported), default=None)
            territories.append(
                TerritoryContents(
                    territory=territory,
                    name=place_name(registry, territory),
                    targets=sum(1 for t in plan.targets if mine(t) == territory),
                    deliveries=sum(len(p.deliveries) for p in plan.pipeline.values() if mine(p) == territory),
                    reported=len(reported),
                    last_report=last,
                )
            )
        missing = [
            name
            for name, have in (
                ("targets", plan.targets),
                ("pipeline", plan.pipeline),
                ("reported", [r for r in plan.reported if not r.alternative]),
            )
            if not have
        ]
        entries.append(
            PlanEntry(
                file=item.file,
                valid=item.valid,
                errors=errors,
                warnings=len(item.findings) - errors,
                province=province_ref(plan, registry),
                territories=territories,
                missing=missing,
                placeholders=placeholders(plan),
            )
        )
    return PlansResult(folder, entries)


def show_result(plan: Plan, file: str, registry: Registry) -> ShowResult:
    """Every figure of the plan, by territory, with its source."""
    ids = target_ids(plan)
    mine = plan.territory_of
    territories = []
    for territory, _ in ordered_territories(plan, registry):
        figures: list[Figure] = []
        for target in (x for x in plan.targets if mine(x) == territory):
            units, computed = target_units(plan, target)
            span = target_years(plan, target)
            figures.append(
                Figure(
                    "targets",
                    target.kind.value,
                    target.label,
                    years_text(*span) if span else target.period,
                    units,
                    target.qualifier.value,
                    target.derived,
                    target.alternative,
                    source_ref(plan, target.source),
                    id=ids[id(target)],
                    decision=target.decision,
                    share=computed,
                )
            )
        for c in (x for x in plan.completed if mine(x) == territory):
            figures.append(
                Figure(
                    "completed",
                    COMPLETED,
                    None,
                    c.years or c.period,
                    c.units,
                    "exact",
                    None,
                    False,
                    source_ref(plan, c.source),
                )
            )
        for r in (x for x in plan.reported if mine(x) == territory):
            figures.append(
                Figure(
                    "reported",
                    "reported",
                    r.label,
                    years_text(*r.years),
                    r.units,
                    r.qualifier.value,
                    r.derived,
                    r.alternative,
                    source_ref(plan, r.source),
                )
            )
        for stage, pipeline in plan.pipeline.items():
            if mine(pipeline) != territory:
                continue
            figures.append(
                Figure(
                    "pipeline",
                    stage.value,
                    None,
                    None,
                    pipeline.stage_units,
                    "exact",
                    None,
                    False,
                    source_ref(plan, pipeline.source),
                )
            )
            for d in pipeline.deliveries:
                figures.append(
                    Figure(
                        "delivery",
                        stage.value,
                        None,
                        d.period,
                        delivery_units(d, pipeline),
                        d.qualifier.value,
                        None if d.units is not None else (f"{d.share}%" if d.share is not None else None),
                        False,
                        source_ref(plan, d.source),
                    )
                )
            for p in pipeline.projects:
                years = str(p.expected_completion) if p.expected_completion else None
                figures.append(
                    Figure(
                        "project", stage.value, p.name, years, p.units, "exact", None, False, source_ref(plan, p.source)
                    )
                )
        for total in (x for x in plan.stated_totals if mine(x) == territory):
            figures.append(
                Figure(
                    "stated_total",
                    "total",
                    None,
                    total.period,
                    total.units,
                    total.qualifier.value,
                    None,
                    False,
                    source_ref(plan, total.source),
                )
            )
        if territory == plan.default_territory:
            for h in plan.housing_support:
                figures.append(
                    Figure(
                        "housing_support",
                        "households",
                        h.programme,
                        years_text(*h.years) if h.years else None,
                        h.households,
                        h.qualifier.value,
                        None,
                        False,
                        source_ref(plan, h.source),
                    )
                )
        territories.append(TerritoryFigures(territory, place_name(registry, territory), figures))
    return ShowResult(
        province=province_ref(plan, registry),
        file=file,
        sources={k: document_ref(plan, k) for k in plan.sources},
        territories=territories,
        notes=list(plan.notes),
    )


def explain_result(plan: Plan, territory: str, period_id: str, registry: Registry, as_of: dt.date) -> ExplainResult:
    """One period's projection as the steps that make it (SPEC.md's rules), and its targets."""
    period = plan.period(period_id)
    assert period is not None
    role = dict(ordered_territories(plan, registry)).get(territory, "other")
    forecast, projection = territory_forecast(plan, territory, role, registry, as_of)
    steps: list[Step] = []
    done = [c for c in plan.completed if c.period == period_id and plan.territory_of(c) == territory]
    if done:
        steps.append(Step(COMPLETED, sum(c.units for c in done), "completed", None, None, None, None))
    else:  # nothing is invented: the source states no completions for the period
        steps.append(Step(COMPLETED, None, "none_completed", None, None, None, None))
    for stage in Stage:
        pipeline = plan.pipeline.get(stage)
        if pipeline is None or plan.territory_of(pipeline) != territory:
            continue
        for delivery in (d for d in pipeline.deliveries if d.period == period_id):
            units = delivery_units(delivery, pipeline)
            whole = delivery.stage_units if delivery.stage_units is not None else pipeline.stage_units
            would = share_of(delivery.share, whole) if delivery.share is not None and whole else None
            rule = "stated" if delivery.units is not None else ("share" if units is not None else "unknown")
            steps.append(
                Step(
                    stage.value,
                    units,
                    rule,
                    None if delivery.share is None else float(delivery.share),
                    whole,
                    would if rule == "stated" else None,
                    source_ref(plan, delivery.source),
                )
            )
    return ExplainResult(
        province=province_ref(plan, registry),
        territory=territory,
        territory_name=place_name(registry, territory),
        territory_role=role,
        period=period.id,
        start_year=period.start_year,
        end_year=period.end_year,
        projection=projection.period_total(period_id),
        steps=steps,
        # the period's targets: those the plan gives for it, and those given by the same years
        assessments=[
            a
            for a in forecast.assessments
            if a.target.period == period_id
            or (
                a.target.period is None
                and (a.target.start_year, a.target.end_year) == (period.start_year, period.end_year)
            )
        ],
    )
