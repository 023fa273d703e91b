"""The whole country as one value: a row for every one of today's units, the country's own targets,
and the headline — each target assessed once, by the same rule as `forecast` (engine/assess.py).

A unit's row shows its key targets by the years they cover (results/report.py SLOTS): where a
unit has several targets for the same years, a quota comes before a goal and the latest-dated
source before an earlier one (Nghị quyết 7/NQ-CP of 2026 re-assigned the 2026–2030 targets of
Quyết định 444/QĐ-TTg of 2025). Figures of former units stay in their own territories: they are
parts of today's unit, shown by `forecast`, never compared with its targets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..domain import Status, TargetKind
from ..loader.registry import NATIONAL, Registry
from ..model import Plan, Reported, Target
from ..results.common import Assessment, Note, NoteCode
from ..results.report import (
    SLOTS,
    Conflict,
    Coverage,
    Figure,
    Headline,
    LeftOut,
    ReportedFigure,
    ReportResult,
    SlotSum,
    SourceTally,
    UnitRow,
)
from .assess import precedence, source_day, source_ref
from .projection import target_years
from .province import ordered_territories, place_name, snapshot_rows, territory_forecast
from .reports import exactly, is_partial, known_from, primary_reports, units_of, years_text

_NOT_MET = {Status.NEAR, Status.AT_RISK, Status.OFF_TRACK, Status.NOT_MET}


def slot_of(first: int, last: int) -> str:
    return years_text(first, last)


def key_targets(assessments: list[Assessment]) -> dict[str, Assessment | None]:
    """Each slot's target: a quota before a goal, then the latest-dated source; demand never."""
    chosen: dict[str, Assessment | None] = {}
    for slot in SLOTS:
        found = [
            a
            for a in assessments
            if slot_of(a.target.start_year, a.target.end_year) == slot
            and a.target.kind is not TargetKind.DEMAND
            and not any(n.code is NoteCode.NOT_ASSIGNED for n in a.notes)  # listed in `not_assigned`
        ]
        found.sort(key=lambda a: precedence(a.target))
        chosen[slot] = found[0] if found else None
    return chosen


def latest_report(plan: Plan, territory: str, as_of: dt.date) -> ReportedFigure | None:
    """The latest result a source reports for the territory: the latest years first, a final result
    before a count so far of the same years, then the latest known."""
    reports = primary_reports(plan, territory, as_of)
    if not reports:
        return None
    latest = max(reports, key=lambda r: (r.years[1], not r.partial, known_from(plan, r), -r.years[0]))
    return reported_figure(plan, latest)


def reported_figure(plan: Plan, report: Reported) -> ReportedFigure:
    percent = report.percent
    return ReportedFigure(
        start_year=report.years[0],
        end_year=report.years[1],
        units=units_of(report),
        percent=None if percent is None else float(percent),
        outcome=report.outcome,
        partial=is_partial(report),
        as_of=report.as_of,
        source=source_ref(plan, report.source),
        qualifier=report.qualifier,
        derived=report.derived,
    )


def _not_assigned(plan: Plan, territory: str) -> list[str]:
    slots = []
    for target in plan.targets:
        if target.not_assigned and plan.territory_of(target) == territory and target.years:
            slots.append(slot_of(*target.years))
    return slots


def has_data(plan: Plan) -> bool:
    """A plan holds data when it states at least one figure and no template placeholder is left
    ("FILL: …" values of `nhaoxh new` are not data)."""
    from .catalogue import placeholders

    figures = plan.targets or plan.reported or plan.completed or plan.pipeline or plan.snapshots or plan.housing_support
    return bool(figures) and placeholders(plan) == 0


def conflicts(plan: Plan, registry: Registry) -> list[Conflict]:
    """Every figure kept as another source's (`alternative`), beside the figure the plan uses: for a
    target, the used target of the same territory, kind and years — of the same decision when the
    other names one, else the one that decides (precedence); for a result, the used report of the
    same years, or the reports of consecutive years that add up to them."""
    found = []
    mine = plan.territory_of
    roles = dict(ordered_territories(plan, registry))

    def same_target(a: Target, b: Target) -> bool:
        return (mine(a), a.kind, a.period, a.years) == (mine(b), b.kind, b.period, b.years)

    def place(territory: str) -> tuple[str, str]:
        return place_name(registry, territory), roles.get(territory, "other")

    for other in (t for t in plan.targets if t.alternative):
        candidates = [t for t in plan.targets if not t.alternative and same_target(t, other)]
        alike = [t for t in candidates if other.decision and t.decision == other.decision]
        ranked = sorted(
            alike or candidates,
            key=lambda t: (t.kind is not TargetKind.QUOTA, -source_day(source_ref(plan, t.source)).toordinal()),
        )
        used = ranked[0] if ranked else None
        span = target_years(plan, other)
        years = years_text(*span) if span else (other.period or "")
        name, role = place(mine(other))
        found.append(
            Conflict(
                territory=mine(other),
                name=name,
                role=role,
                kind=other.kind.value,
                years=years,
                used=Figure(used.units, used.qualifier) if used else None,
                used_source=source_ref(plan, used.source) if used else None,
                other=Figure(other.units, other.qualifier),
                other_source=source_ref(plan, other.source),
            )
        )
    for report in (r for r in plan.reported if r.alternative):
        used_report = next(
            (r for r in plan.reported if not r.alternative and mine(r) == mine(report) and r.years == report.years),
            None,
        )
        summed = None
        if used_report is None:
            summed = exactly(primary_reports(plan, mine(report)), *report.years)
        name, role = place(mine(report))
        found.append(
            Conflict(
                territory=mine(report),
                name=name,
                role=role,
                kind="reported",
                years=years_text(*report.years),
                used=_figure(used_report)
                if used_report is not None
                else (Figure(summed) if summed is not None else None),
                used_source=source_ref(plan, used_report.source) if used_report else None,
                other=_figure(report),
                other_source=source_ref(plan, report.source),
                summed=used_report is None and summed is not None,
            )
        )
    return found


def _figure(report: Reported) -> Figure:
    return Figure(units_of(report), report.qualifier, None if report.percent is None else float(report.percent))


def unit_row(plan: Plan | None, file: str | None, slug: str, registry: Registry, as_of: dt.date) -> UnitRow:
    unit = registry.unit(slug)
    assert unit is not None
    former = registry.predecessors(slug)
    predecessors = [u.name for u in former] if len(former) > 1 else []
    if plan is None:
        return UnitRow(unit.code, slug, unit.name, predecessors, None, False, dict.fromkeys(SLOTS), [], None)
    forecast, _ = territory_forecast(plan, slug, "current", registry, as_of)
    notes: list[Note] = []
    not_assigned = _not_assigned(plan, slug)
    for slot in not_assigned:
        notes.append(Note(NoteCode.NOT_ASSIGNED, {"years": slot}))
    return UnitRow(
        code=unit.code,
        slug=slug,
        name=unit.name,
        predecessors=predecessors,
        file=file,
        has_data=has_data(plan),
        targets=key_targets(forecast.assessments),
        not_assigned=not_assigned,
        latest=latest_report(plan, slug, as_of),
        notes=notes,
    )


def build_report(
    plans: Iterable[tuple[Plan, str]],
    invalid: list[str],
    registry: Registry,
    as_of: dt.date,
    only: set[str] | None = None,
) -> ReportResult:
    """The report over valid (plan, file) pairs; `invalid` names the files left out for errors;
    `only` keeps the named current units (the headline still covers the country)."""
    by_unit: dict[str, tuple[Plan, str]] = {}
    national: tuple[Plan, str] | None = None
    left_out = [LeftOut(f, None, "errors") for f in invalid]
    all_conflicts: list[Conflict] = []
    for plan, file in plans:
        slug = plan.province.slug
        if plan.default_territory == NATIONAL:
            national = (plan, file)
        elif registry.unit(slug) is not None and slug not in by_unit:
            by_unit[slug] = (plan, file)
        else:
            left_out.append(LeftOut(file, slug, "not_a_current_unit"))
            continue
        all_conflicts += conflicts(plan, registry)
    rows = []
    for unit in sorted(registry.current, key=lambda u: u.code):
        if only is not None and unit.slug not in only:
            continue
        rows.append(_row(by_unit, unit.slug, registry, as_of))
    national_assessments: list[Assessment] = []
    national_years = []
    snapshots = []
    reported_2026 = None
    tallies_2025: list[SourceTally] = []
    if national is not None:
        tallies_2025 = _tallies(national[0], 2025, as_of)
        forecast, _ = territory_forecast(national[0], NATIONAL, "national", registry, as_of)
        national_assessments = forecast.assessments
        national_years = forecast.years
        snapshots = snapshot_rows(national[0])
        reports = [r for r in primary_reports(national[0], NATIONAL, as_of) if r.years[1] == 2026]
        if reports:
            reported_2026 = reported_figure(national[0], max(reports, key=lambda r: known_from(national[0], r)))
    keys = key_targets(national_assessments)
    every_row = rows
    if only is not None:  # the headline covers the country, whatever rows are shown
        every_row = [_row(by_unit, u.slug, registry, as_of) for u in registry.current]
    headline = Headline(
        result_2025=keys["2025"],
        units_met_2025=sum(1 for r in every_row if _status(r, "2025") is Status.MET),
        units_with_2025=sum(1 for r in every_row if _status(r, "2025") not in (None, Status.UNKNOWN)),
        units_not_met_2025=sum(1 for r in every_row if _status(r, "2025") in _NOT_MET),
        tallies_2025=tallies_2025,
        target_2026=keys["2026"],
        reported_2026=reported_2026,
        target_2026_2030=keys["2026-2030"],
        sums=[_slot_sum(slot, every_row, keys) for slot in SLOTS],
    )
    coverage = Coverage(
        units=len(registry.current),
        with_plan=sum(1 for r in every_row if r.file is not None),
        with_data=sum(1 for r in every_row if r.has_data),
        with_target={slot: sum(1 for r in every_row if r.targets.get(slot) is not None) for slot in SLOTS},
        with_result_2025=sum(
            1 for r in every_row if (a := r.targets.get("2025")) is not None and a.basis.value == "reported"
        ),
    )
    return ReportResult(
        as_of=as_of,
        headline=headline,
        national=national_assessments,
        national_targets=keys,
        units=rows,
        conflicts=all_conflicts,
        coverage=coverage,
        left_out=left_out,
        national_years=national_years,
        snapshots=snapshots,
    )


def _tallies(plan: Plan, year: int, as_of: dt.date) -> list[SourceTally]:
    """The sources' counts of the units that met or missed their targets for `year`, known by `as_of`:
    the one used first, then the others' (kept for the record), latest first."""
    found = [t for t in plan.tallies if t.years == (year, year) and source_day(source_ref(plan, t.source)) <= as_of]
    found.sort(key=lambda t: (t.alternative, -source_day(source_ref(plan, t.source)).toordinal()))
    return [
        SourceTally(
            start_year=t.years[0],
            end_year=t.years[1],
            met=t.met,
            missed=t.missed,
            without_target=t.without_target,
            alternative=t.alternative,
            source=source_ref(plan, t.source),
        )
        for t in found
    ]


def _row(by_unit: dict[str, tuple[Plan, str]], slug: str, registry: Registry, as_of: dt.date) -> UnitRow:
    found = by_unit.get(slug)
    return unit_row(found[0] if found else None, found[1] if found else None, slug, registry, as_of)


def _status(row: UnitRow, slot: str) -> Status | None:
    found = row.targets.get(slot)
    return found.status if found is not None else None


def _slot_sum(slot: str, rows: list[UnitRow], national: dict[str, Assessment | None]) -> SlotSum:
    """The stated quotas of the units for a slot, added up; goals and figures derived here apart."""
    chosen = [a for r in rows if (a := r.targets.get(slot)) is not None and a.target.units is not None]
    stated = [a for a in chosen if a.target.kind is TargetKind.QUOTA and not a.target.computed and not a.target.derived]
    total = sum(a.target.units or 0 for a in stated)
    own = national.get(slot)
    national_units = own.target.units if own is not None else None
    return SlotSum(
        slot=slot,
        units=total,
        with_target=len(stated),
        left_out=len(chosen) - len(stated),
        national=national_units,
        difference=None if national_units is None else national_units - total,
    )
