"""One answer per target: its assessment as of a date (SPEC.md, "Progress as of a date").

The rule, in order (docs/method.md works it through for Hải Phòng and the country):
1. the source says no target was assigned → unknown, saying so;
2. every year of the target reported (full reports, year by year) → final, basis `reported`;
3. reports already reach the target's units → met, basis `reported`, whatever is still to come;
4. the result is reported only as a percentage of this target, or only as met/missed → that,
   basis `reported` (a count implied by a percentage is derived, and said to be);
5. the target's years are over but not all reported → unknown: a period that is over is never
   "met" on a projection; the assessment says what the reports cover and what the plan projected;
6. otherwise, what is reported so far plus what the plan still projects for the remaining years
   (basis `reported+forecast`, or `forecast` when nothing is reported yet); without a projection
   for those years → unknown, saying so.
The status then follows from value / units by domain.THRESHOLDS — or from the source's own
percentage of this target when the report states one ("4.600 căn, đạt 112%": 112%, whatever the
rounded or qualified counts give). A final result (every year over and reported, or a result the
source gives for the whole of the target's years) is met or not met: near, at risk and off track
are words for what is still to come. Scenarios, calibrated rates and simulations are other bases
(engine/alternatives.py, simulate.py): they never change this.

The run-rate needed counts the years still to come: from the year after the reports end, or from
the as-of year when that is later (units delivered in the unreported years in between would lower
it; the note on the assessment says which years the reports cover).
"""

from __future__ import annotations

import datetime as dt
import math
from fractions import Fraction

from ..domain import Basis, Qualifier, Status, TargetKind, ratio_of, status_for
from ..model import Citation, Expected, Plan, Reported, Target
from ..results.common import Assessment, Note, NoteCode, Params, Share, SourceRef, TargetRef
from .projection import Projection, target_units, target_years
from .reports import Coverage, coverage, known_from, latest_rate, units_of, years_text


def source_ref(plan: Plan, citation: Citation | None) -> SourceRef | None:
    """A citation as a person looks it up: the document (or outlet) and its date, never a key."""
    if citation is None:
        return None
    source = plan.sources.get(citation.doc)
    return SourceRef(
        document=source.document if source else citation.doc,
        date=source.date if source else None,
        published=source.published if source else None,
        section=citation.section,
        line=citation.line,
        quote=citation.quote,
        via=citation.via,
        url=source.url if source else None,
    )


def document_ref(plan: Plan, key: str) -> SourceRef:
    """A document of the plan's `sources`, as a person looks it up."""
    source = plan.sources[key]
    return SourceRef(document=source.document, date=source.date, published=source.published, url=source.url)


def source_day(ref: SourceRef | None) -> dt.date:
    """When a source appeared: its date, else the month or year it was published, else never."""
    if ref is None:
        return dt.date.min
    if ref.date is not None:
        return ref.date
    parts = (ref.published or "").split("-")
    if parts[0].isdigit():
        return dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1, 1)
    return dt.date.min


def precedence(target: TargetRef) -> tuple[bool, int]:
    """Which of several targets for the same years comes first: a quota before a goal or demand,
    then the latest-dated source (Nghị quyết 7/NQ-CP of 2026 re-assigned what QĐ 444 of 2025 set)."""
    return target.kind.value != "quota", -source_day(target.source).toordinal()


def target_ids(plan: Plan) -> dict[int, str]:
    """Every target's id: the plan's own, or kind-years (numbered when two would share one)."""
    ids: dict[int, str] = {}
    taken = {t.id for t in plan.targets if t.id}
    for target in plan.targets:
        if target.id:
            ids[id(target)] = target.id
            continue
        span = target_years(plan, target)
        base = f"{target.kind.value}-{years_text(*span)}" if span else target.kind.value
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}-{n}"
        taken.add(name)
        ids[id(target)] = name
    return ids


def target_ref(plan: Plan, target: Target, target_id: str) -> TargetRef | None:
    span = target_years(plan, target)
    if span is None:
        return None
    units, computed = target_units(plan, target)
    return TargetRef(
        id=target_id,
        kind=target.kind,
        territory=plan.territory_of(target),
        start_year=span[0],
        end_year=span[1],
        units=units,
        qualifier=target.qualifier,
        label=target.label,
        decision=target.decision,
        period=target.period,
        computed=computed,
        source=source_ref(plan, target.source),
        derived=target.derived,
    )


def share_params(share: Share | None) -> Params:
    """A share as a note's parameters: numbers and names, worded by the renderer."""
    if share is None:
        return {"percent": None}
    return {
        "percent": share.percent,
        "of_kind": share.of_kind.value if share.of_kind else None,
        "of_start": share.of_start,
        "of_end": share.of_end,
        "of_text": share.of_text,
    }


def implied_ref(plan: Plan, report: Reported, territory: str) -> TargetRef:
    """The target a report measures a result against when no source gives its number ("Gia Lai did
    not meet its 2025 target", "Sơn La reached 204%"): a quota of the report's years, without units."""
    first, last = report.years
    return TargetRef(
        id=f"implied-{years_text(first, last)}",
        kind=TargetKind.QUOTA,
        territory=territory,
        start_year=first,
        end_year=last,
        units=None,
        qualifier=Qualifier.EXACT,
        label=None,
        decision=None,
        period=None,
        computed=None,
        source=source_ref(plan, report.source),
        implied=True,
    )


def _ratio(value: int | None, units: int | None) -> tuple[Fraction | None, float | None]:
    exact = ratio_of(value, units)
    return exact, (None if exact is None else float(exact))


def _stated_result(reports: list[Reported], target: TargetRef) -> Reported | None:
    """A report of exactly the target's years that gives the result only as a percentage of this
    target (or of its years, naming no target) or only as met/missed."""
    for report in reports:
        if report.partial or report.years != (target.start_year, target.end_year) or units_of(report) is not None:
            continue
        if report.percent is not None and report.of in (None, target.id):
            return report
        if report.outcome is not None:
            return report
    return None


def _stated_percent(target: TargetRef, blocks: list[Reported]) -> Reported | None:
    """The report giving the final count of exactly the target's years together with the source's
    own percentage of this target, when either figure is qualified or derived ("trên 4.600 căn, đạt
    112%" of "trên 4.200"): then the counts give no exact ratio and the source's percentage is the
    answer. With exact counts, their ratio is exact and the source's rounded percentage adds nothing."""
    if len(blocks) != 1 or blocks[0].years != (target.start_year, target.end_year):
        return None
    report = blocks[0]
    if report.percent is None or report.of != target.id or report.derived:
        return None
    inexact = report.qualifier is not Qualifier.EXACT or target.qualifier is not Qualifier.EXACT or target.derived
    return report if inexact else None


def _disagreements(plan: Plan, target: TargetRef, value: int | None, as_of: dt.date) -> list[Note]:
    """Other sources' results for exactly the target's years (kept as alternatives) that differ
    from the value used: the assessment stands, and says who disagrees."""
    notes = []
    for report in plan.reported:
        if not report.alternative or report.partial or plan.territory_of(report) != target.territory:
            continue
        if known_from(plan, report) > as_of:
            continue
        if report.years != (target.start_year, target.end_year) or report.of not in (None, target.id):
            continue
        other = units_of(report)
        if other is not None and other == value:
            continue
        params: Params = {"units": other, "percent": None if report.percent is None else float(report.percent)}
        params["qualifier"] = report.qualifier.value
        ref = source_ref(plan, report.source)
        params["source"] = ref.document if ref else None
        params["date"] = ref.date.isoformat() if ref and ref.date else (ref.published if ref else None)
        notes.append(Note(NoteCode.SOURCE_DISAGREES, params))
    return notes


def _expected_by_source(plan: Plan, territory: str, first: int, last: int) -> Expected | None:
    """The source's own projection of the result of exactly these years (`expected`), if any."""
    for item in plan.expected:
        if item.alternative or (item.territory or plan.default_territory) != territory:
            continue
        if tuple(item.years) == (first, last) and item.units is not None:
            return item
    return None


def assess(
    plan: Plan,
    stated: Target | None,
    target: TargetRef,
    as_of: dt.date,
    projection: Projection,
    reports: list[Reported],
    *,
    context: list[Note] | None = None,
    ended: dt.date | None = None,
) -> Assessment:
    """The one assessment of a target (`stated` as the plan has it, None for an implied one;
    `target` as resolved) as of `as_of`, by the module's rule. `context` holds what other targets
    say of this one (a later decision superseding it); `ended` is the day the territory stopped
    being a unit (a former unit: its targets for later years are not assessed)."""
    first, last = target.start_year, target.end_year
    units = target.units
    over = as_of.year > last
    cov = coverage(reports, first, last)
    projected = projection.between(first, last)
    rate = latest_rate(reports)
    notes: list[Note] = list(context or [])
    if target.implied:
        notes.append(Note(NoteCode.TARGET_IMPLIED, {"years": years_text(first, last)}))
    if target.computed and units is not None:
        notes.append(Note(NoteCode.COMPUTED_TARGET, share_params(target.computed)))
    if target.derived:
        notes.append(Note(NoteCode.DERIVED_FIGURE, {"what": "target", "how": target.derived}))
    rest_first = (cov.reported_to + 1) if cov.reported_to is not None else first
    remaining = _remaining(projection, cov, rest_first, last)
    expected = None if remaining is None else (cov.full or 0) + remaining
    fields = {
        "target": target,
        "period_over": over,
        "delivered": cov.delivered,
        "reported_from": first if cov.reported_to is not None else None,
        "reported_to": cov.reported_to,
        "partial": units_of(cov.partial) if cov.partial is not None else None,
        "partial_as_of": cov.partial.as_of if cov.partial is not None else None,
        "projected": projected,
        "expected": expected,
        "recent_per_year": rate[0] if rate else None,
        "recent_years": rate[1] if rate else None,
    }
    needed, years_left = _needed(units, cov, max(rest_first, as_of.year), last, over)

    def result(
        status: Status,
        basis: Basis,
        value: int | None,
        *,
        final: bool = False,
        percent: Fraction | None = None,
        source: list[Reported] | None = None,
    ) -> Assessment:
        exact = percent if percent is not None else ratio_of(value, units)
        if status is Status.UNKNOWN and exact is not None and basis is not Basis.UNKNOWN:
            status = status_for(exact)
        if final and status not in (Status.MET, Status.UNKNOWN):
            status = Status.NOT_MET  # a result is met or not: near and at risk are for what is to come
        gap = None if value is None or units is None else value - units
        void = any(n.code in (NoteCode.MERGED_BEFORE_END, NoteCode.NOT_ASSIGNED) for n in notes)
        qualifier, derived = _how_stated(source or [])
        if derived is not None:
            notes.append(Note(NoteCode.DERIVED_FIGURE, {"what": "result", "how": derived}))
        if basis is Basis.REPORTED:
            notes.extend(_disagreements(plan, target, value, as_of))
        return Assessment(
            status=status,
            basis=basis,
            final=final,
            value=value,
            gap=gap,
            ratio=None if exact is None else float(exact),
            needed_per_year=None if final or status is Status.MET or void else needed,
            years_left=None if final or status is Status.MET or void else years_left,
            notes=notes,
            value_qualifier=qualifier,
            value_derived=derived,
            stated_percent=None if percent is None else float(percent * 100),
            **fields,  # type: ignore[arg-type]
        )

    if stated is not None and stated.not_assigned:
        notes.append(Note(NoteCode.NOT_ASSIGNED, {"years": years_text(first, last)}))
        return result(Status.UNKNOWN, Basis.UNKNOWN, None)
    if ended is not None and last > ended.year:
        notes.append(
            Note(
                NoteCode.MERGED_BEFORE_END,
                {"date": ended.isoformat(), "projected": projected, "projected_ratio": _share(projected, units)},
            )
        )
        return result(Status.UNKNOWN, Basis.UNKNOWN, None)
    given = _stated_result(reports, target)
    if given is not None and (units is None or cov.reported_to != last):
        status, value, percent = _from_stated(given, units, notes)
        return result(status, Basis.REPORTED, value, final=not given.partial, percent=percent, source=[given])
    if units is None:
        if not target.implied:
            notes.append(Note(NoteCode.TARGET_UNITS_UNKNOWN, share_params(target.computed)))
        _so_far(reports, cov, first, last, notes)
        return result(Status.UNKNOWN, Basis.UNKNOWN, None)
    if cov.reported_to == last:
        own = _stated_percent(target, cov.blocks)
        percent = None if own is None or own.percent is None else Fraction(str(own.percent)) / 100
        return result(Status.UNKNOWN, Basis.REPORTED, cov.full, final=True, percent=percent, source=cov.blocks)
    if cov.delivered is not None and cov.delivered >= units:
        notes.append(Note(NoteCode.REACHED_EARLY, {"delivered": cov.delivered, "to": cov.reported_to or first}))
        return result(Status.MET, Basis.REPORTED, cov.delivered, source=cov.blocks)
    _so_far(reports, cov, first, last, notes)
    if over:
        own_projection = _expected_by_source(plan, target.territory, first, last)
        if own_projection is not None:
            exact = ratio_of(own_projection.units, units)
            notes.append(
                Note(
                    NoteCode.EXPECTED_BY_SOURCE,
                    {
                        "units": own_projection.units,
                        "as_of": own_projection.as_of,
                        "ratio": None if exact is None else float(exact),
                    },
                )
            )
        so_far = any(r.partial and r.years[0] >= first and r.years[1] <= last for r in reports)
        if cov.reported_to is not None or cov.partial is not None or so_far:
            notes.append(
                Note(
                    NoteCode.PERIOD_OVER_UNREPORTED,
                    {
                        "first": first,
                        "reported_to": cov.reported_to,
                        "delivered": cov.delivered,
                        "projected": projected,
                        "projected_ratio": _share(projected, units),
                        "plan_year": _plan_year(plan, projection),
                    },
                )
            )
        else:
            notes.append(
                Note(
                    NoteCode.PERIOD_OVER_NO_REPORT,
                    {
                        "years": years_text(first, last),
                        "projected": projected,
                        "projected_ratio": _share(projected, units),
                        "plan_year": _plan_year(plan, projection),
                    },
                )
            )
        return result(Status.UNKNOWN, Basis.UNKNOWN, None)
    if remaining is None:
        notes.append(Note(NoteCode.NO_PROJECTION, {"years": years_text(rest_first, last)}))
        return result(Status.UNKNOWN, Basis.UNKNOWN, None)
    basis = Basis.REPORTED_FORECAST if cov.delivered is not None else Basis.FORECAST
    return result(Status.UNKNOWN, basis, expected, source=cov.blocks)


def _share(value: int | None, units: int | None) -> float | None:
    exact = ratio_of(value, units)
    return None if exact is None else float(exact)


def _so_far(reports: list[Reported], cov: Coverage, first: int, last: int, notes: list[Note]) -> None:
    """Notes for the counts and percentages so far within the target's years."""
    if cov.partial is not None:
        notes.append(
            Note(
                NoteCode.PARTIAL_REPORT,
                {
                    "units": units_of(cov.partial),
                    "as_of": cov.partial.as_of,
                    "qualifier": cov.partial.qualifier.value,
                },
            )
        )
    for so_far in (r for r in reports if r.partial and r.units is None and r.years == (first, last)):
        notes.append(
            Note(
                NoteCode.PARTIAL_REPORT,
                {"percent": float(so_far.percent or 0), "as_of": so_far.as_of, "qualifier": so_far.qualifier.value},
            )
        )


def _how_stated(blocks: list[Reported]) -> tuple[Qualifier, str | None]:
    """How the reports behind a value state it: the first qualifier that is not exact ("over
    4.600"), and how a count was derived when a source gives only a percentage."""
    qualifier = next((b.qualifier for b in blocks if b.qualifier is not Qualifier.EXACT), Qualifier.EXACT)
    derived = next((b.derived for b in blocks if b.derived), None)
    return qualifier, derived


def _remaining(projection: Projection, cov: Coverage, rest_first: int, last: int) -> int | None:
    """What the plan still projects after the full reports: a partial year counts its partial
    report or its projection, whichever is more; None when the plan projects nothing."""
    if rest_first > last:
        return 0
    if cov.partial is None:
        return projection.between(rest_first, last)
    p_first, p_last = cov.partial.years
    in_partial = projection.between(p_first, p_last)
    after = projection.between(p_last + 1, last) if p_last < last else 0
    if in_partial is None or after is None:
        return None
    return max(units_of(cov.partial) or 0, in_partial) + after


def _needed(units: int | None, cov: Coverage, from_year: int, last: int, over: bool) -> tuple[int | None, int | None]:
    """Units a year needed in the years from `from_year` to `last` to reach the target."""
    if units is None or over or from_year > last:
        return None, None
    years_left = last - from_year + 1
    return math.ceil(max(units - (cov.delivered or 0), 0) / years_left), years_left


def _plan_year(plan: Plan, projection: Projection) -> int | None:
    """The year of the plan's projection: its earliest delivery's document year."""
    return min(projection.first_delivery_year.values(), default=None)


def _from_stated(stated: Reported, units: int | None, notes: list[Note]) -> tuple[Status, int | None, Fraction | None]:
    """The status, value and percentage of a result given only as a percentage of the target, or
    as met/missed. A count implied by a percentage is derived, and said to be."""
    if stated.percent is not None:
        exact = Fraction(str(stated.percent)) / 100
        value = None if units is None else round(units * exact)
        params: Params = {"percent": float(stated.percent), "units": value, "qualifier": stated.qualifier.value}
        notes.append(Note(NoteCode.REPORTED_AS_PERCENT, params))
        return Status.UNKNOWN, value, exact
    notes.append(Note(NoteCode.REPORTED_OUTCOME_ONLY, {"outcome": stated.outcome}))
    return (Status.MET if stated.outcome == "met" else Status.NOT_MET), None, None
