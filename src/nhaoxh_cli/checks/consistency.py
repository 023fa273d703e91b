"""The source's own arithmetic: figures that should agree and do not.

These are warnings (errors under --strict): the plan keeps the source's
figures as stated, and the warning quotes both figures and where they stand
so an analyst can take it back to the document's authors.

NX301 a stated total differs from the sum of its parts
      "khoảng 36.126 căn" for 2026-2030 while the stages add up to 36.128
NX302 a stage's deliveries over all periods exceed its units
      started: 4.017 + 2.554 = 6.571 from a stage of 6.570
NX303 a stated share disagrees with the stated units by more than the
      tolerance: ±0.5 percentage points for an exact share ("80%": the source
      rounds to whole percent), ±2.5 for "khoảng" ("khoảng 45%": rounded to 5)
NX304 a goal of 100% or more of a quota has fewer units than the quota
NX305 targets listed as `parts` do not add up to their whole (and, without
      `parts`, per-period quotas that do not add up to the whole-span quota)
NX306 a delivery's `stage_units` differ from its stage's `units`
NX307 a figure does not appear in the quote of its source
NX308 two sources disagree on the same figure: a target or report marked
      `alternative` differs from the one the plan uses
NX309 a count written in thousands twice ("12.000 nghìn hộ": twelve million)
NX310 a merged unit's figure differs from the sum of all its predecessors'
      (whole-span quotas; completions reported for the same years)
NX311 a pipeline snapshot's total differs from the sum of its stages
NX313 a stage's stated units differ from the sum of its listed projects
NX312 completions reported for a year differ from the change in the completed
      count between the snapshots at the end of the year before and of the year
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..domain import WHOLE_SPAN, Qualifier, TargetKind
from ..engine import Forecast, forecast_plan, target_units
from ..engine.forecast import delivery_units
from ..findings import Finding
from ..i18n import Text, msg
from ..model import Citation, Target
from .context import CheckContext

#: How far (in percentage points) a stated share may be from units / stage units.
SHARE_TOLERANCE = {Qualifier.EXACT: Decimal("0.5")}
SHARE_TOLERANCE_APPROXIMATE = Decimal("2.5")


def share_tolerance(qualifier: Qualifier) -> Decimal:
    return SHARE_TOLERANCE.get(qualifier, SHARE_TOLERANCE_APPROXIMATE)


def vn(units: int) -> str:
    """Units written the Vietnamese way: 36126 → 36.126."""
    return f"{units:,}".replace(",", ".")


def pct(value: Decimal) -> str:
    text = f"{value.quantize(Decimal('0.01')).normalize():f}"
    return text.replace(".", ",") + "%"


def cite(context: CheckContext, citation: Citation) -> str | Text:
    if citation.via:  # the outlet is what a reader can look up
        return citation.via
    source = context.plan.sources.get(citation.doc)
    where = f"{source.document if source else citation.doc} {citation.section or ''}".strip()
    return msg("{where}, line {line}", where=where, line=citation.line) if citation.line else where


def _about(qualifier: Qualifier) -> str | Text:
    return msg("about ") if qualifier is Qualifier.ABOUT else ""


def _where(context: CheckContext, citation: Citation | None) -> str | Text:
    """(the citation), or nothing."""
    return msg(" ({cite})", cite=cite(context, citation)) if citation is not None else ""


def check(context: CheckContext) -> list[Finding]:
    return [
        *_stated_totals(context),
        *_stage_allocations(context),
        *_delivery_shares(context),
        *_target_shares(context),
        *_goals_below_quota(context),
        *_parts(context),
        *_quotes(context),
        *_alternatives(context),
        *_thousands_twice(context),
        *_predecessors(context),
        *_snapshots(context),
        *_projects(context),
    ]


def _stated_totals(context: CheckContext) -> list[Finding]:
    found = []
    forecasts: dict[str, Forecast] = {}  # one forecast per territory, however many totals it states
    for i, stated in enumerate(context.plan.stated_totals):
        territory = context.plan.territory_of(stated)
        if territory not in forecasts:
            forecasts[territory] = forecast_plan(context.plan, territory)
        forecast = forecasts[territory]
        by_period = {p.id: p for p in forecast.periods}
        if stated.period == WHOLE_SPAN:
            computed, parts = forecast.total.forecast_units, forecast.total.by_stage
        elif stated.period in by_period:
            computed, parts = by_period[stated.period].forecast_units, by_period[stated.period].by_stage
        else:
            continue
        if computed is None or computed == stated.units:
            continue
        terms = " + ".join(vn(v) for v in parts.values() if v)
        found.append(
            context.finding(
                "NX301",
                msg(
                    "the source states {about}{units} units for {period} ({cite}), but its own figures add up to "
                    "{computed} ({terms}): a difference of {difference}",
                    about=_about(stated.qualifier),
                    units=vn(stated.units),
                    period=stated.period,
                    cite=cite(context, stated.source),
                    computed=vn(computed),
                    terms=terms,
                    difference=f"{computed - stated.units:+}",
                ),
                ("stated_totals", i, "units"),
            )
        )
    return found


def _stage_allocations(context: CheckContext) -> list[Finding]:
    found = []
    for stage, pipeline in context.plan.pipeline.items():
        if pipeline.units is None:
            continue
        delivered = [delivery_units(d, pipeline) for d in pipeline.deliveries]
        known = [u for u in delivered if u is not None]
        if len(known) < len(delivered) or sum(known) <= pipeline.units:
            continue
        found.append(
            context.finding(
                "NX302",
                msg(
                    "{stage}: the deliveries add up to {delivered} ({terms}) but the stage holds {units} "
                    "units{where}: {difference}",
                    stage=stage.value,
                    delivered=vn(sum(known)),
                    terms=" + ".join(vn(u) for u in known),
                    units=vn(pipeline.units),
                    where=_where(context, pipeline.source),
                    difference=f"{sum(known) - pipeline.units:+}",
                ),
                ("pipeline", stage.value, "units"),
            )
        )
    return found


def _share_finding(
    context: CheckContext,
    what: Text,
    units: int,
    whole: int,
    share: Decimal,
    qualifier: Qualifier,
    citation: Citation,
    path: tuple[str | int, ...],
) -> Finding | None:
    if whole <= 0:
        return None
    implied = Decimal(units) * 100 / Decimal(whole)
    tolerance = share_tolerance(qualifier)
    if abs(implied - share) <= tolerance:
        return None
    values = {
        "what": what,
        "units": vn(units),
        "whole": vn(whole),
        "implied": pct(implied),
        "share": pct(share),
        "cite": cite(context, citation),
        "tolerance": tolerance,
    }
    if qualifier is Qualifier.ABOUT:
        text = msg(
            "{what}: {units}/{whole} is {implied}, but the source states about {share} ({cite}); the tolerance for "
            "about share is ±{tolerance} points",
            **values,
        )
    else:
        text = msg(
            "{what}: {units}/{whole} is {implied}, but the source states {share} ({cite}); the tolerance for an "
            "exact share is ±{tolerance} points",
            **values,
        )
    return context.finding("NX303", text, (*path, "share"))


def _delivery_shares(context: CheckContext) -> list[Finding]:
    found = []
    for stage, pipeline in context.plan.pipeline.items():
        for j, delivery in enumerate(pipeline.deliveries):
            whole = delivery.stage_units if delivery.stage_units is not None else pipeline.units
            if delivery.units is None or delivery.share is None or whole is None:
                continue
            finding = _share_finding(
                context,
                msg("{stage} in {period}", stage=stage.value, period=delivery.period),
                delivery.units,
                whole,
                delivery.share,
                delivery.qualifier,
                delivery.source,
                ("pipeline", stage.value, "deliveries", j),
            )
            if finding:
                found.append(finding)
            if (
                delivery.stage_units is not None
                and pipeline.units is not None
                and delivery.stage_units != pipeline.units
            ):
                found.append(
                    context.finding(
                        "NX306",
                        msg(
                            "{stage}: this line states the stage as {line_units} units ({cite}), the stage says "
                            "{units}",
                            stage=stage.value,
                            line_units=vn(delivery.stage_units),
                            cite=cite(context, delivery.source),
                            units=vn(pipeline.units),
                        ),
                        ("pipeline", stage.value, "deliveries", j, "stage_units"),
                    )
                )
    return found


def _base(context: CheckContext, target: Target) -> tuple[Target, int] | None:
    base = context.plan.target(target.of) if target.of else None
    if base is None:
        return None
    units, _ = target_units(context.plan, base)
    return (base, units) if units is not None else None


def _target_shares(context: CheckContext) -> list[Finding]:
    found = []
    for i, target in enumerate(context.plan.targets):
        based = _base(context, target)
        if target.units is None or target.share is None or based is None:
            continue
        finding = _share_finding(
            context,
            msg("target {target}", target=target.id or i),
            target.units,
            based[1],
            target.share,
            target.qualifier,
            target.source,
            ("targets", i),
        )
        if finding:
            found.append(finding)
    return found


def _goals_below_quota(context: CheckContext) -> list[Finding]:
    found = []
    for i, goal in enumerate(context.plan.targets):
        based = _base(context, goal)
        if goal.kind is not TargetKind.GOAL or goal.units is None or based is None:
            continue
        quota, quota_units = based
        if quota.kind is TargetKind.QUOTA and (goal.share or Decimal(100)) >= 100 and goal.units < quota_units:
            found.append(
                context.finding(
                    "NX304",
                    msg(
                        "goal {goal} is {units} units ({cite}), below the {quota_units} of quota {quota} "
                        "({quota_cite}) it is meant to meet",
                        goal=goal.id or i,
                        units=vn(goal.units),
                        cite=cite(context, goal.source),
                        quota_units=vn(quota_units),
                        quota=quota.id,
                        quota_cite=cite(context, quota.source),
                    ),
                    ("targets", i, "units"),
                )
            )
    return found


def _parts(context: CheckContext) -> list[Finding]:
    plan = context.plan
    found = []
    for i, whole in enumerate(plan.targets):
        if whole.alternative:
            continue
        parts = [plan.target(p) for p in whole.parts]
        if not whole.parts and whole.kind is TargetKind.QUOTA and whole.period == WHOLE_SPAN:
            # Without `parts`, a whole-span quota is the sum of one quota per period of its territory.
            territory = plan.territory_of(whole)
            per_period = [
                [
                    t
                    for t in plan.targets
                    if t.kind is TargetKind.QUOTA
                    and t.period == p.id
                    and not t.alternative
                    and plan.territory_of(t) == territory
                ]
                for p in plan.periods
            ]
            if not plan.periods or any(len(q) != 1 for q in per_period):
                continue
            parts = [q[0] for q in per_period]
        if not parts or whole.units is None:
            continue
        units = [target_units(plan, p)[0] if p is not None else None for p in parts]
        if any(u is None for u in units):
            continue
        total = sum(u for u in units if u is not None)
        if total != whole.units:
            found.append(
                context.finding(
                    "NX305",
                    msg(
                        "target {target} is {units} units ({cite}), but its parts add up to {total} ({terms})",
                        target=whole.id or i,
                        units=vn(whole.units),
                        cite=cite(context, whole.source),
                        total=vn(total),
                        terms=" + ".join(vn(u) for u in units if u is not None),
                    ),
                    ("targets", i, "units"),
                )
            )
    return found


def _appears(figure: str, quote: str) -> bool:
    return re.search(rf"(?<![\d.,]){re.escape(figure)}(?![\d]|[.,]\d)", quote) is not None


def _quote_finding(
    context: CheckContext, units: int | None, citation: Citation | None, path: tuple[str | int, ...]
) -> Finding | None:
    if units is None or citation is None or not citation.quote:
        return None
    written = [vn(units), str(units)]
    if units and units % 1_000_000 == 0:  # "01 triệu căn": one million
        millions = units // 1_000_000
        written += [f"{millions} triệu", f"{millions:02d} triệu"]
    if any(_appears(w, citation.quote) for w in written):
        return None
    return context.finding(
        "NX307",
        msg(
            '{units} does not appear in its quote "{quote}" ({cite})',
            units=vn(units),
            quote=citation.quote,
            cite=cite(context, citation),
        ),
        (*path, "units"),
    )


def _quotes(context: CheckContext) -> list[Finding]:
    plan = context.plan
    candidates: list[tuple[int | None, Citation | None, tuple[str | int, ...]]] = []
    candidates += [(t.units, t.source, ("targets", i)) for i, t in enumerate(plan.targets)]
    candidates += [(c.units, c.source, ("completed", i)) for i, c in enumerate(plan.completed)]
    candidates += [(t.units, t.source, ("stated_totals", i)) for i, t in enumerate(plan.stated_totals)]
    for stage, pipeline in plan.pipeline.items():
        candidates.append((pipeline.units, pipeline.source, ("pipeline", stage.value)))
        candidates += [
            (d.units, d.source, ("pipeline", stage.value, "deliveries", j)) for j, d in enumerate(pipeline.deliveries)
        ]
    found = [_quote_finding(context, units, citation, path) for units, citation, path in candidates]
    return [f for f in found if f is not None]


def _same_target(a: Target, b: Target) -> bool:
    return (a.kind, a.period, a.years, a.territory) == (b.kind, b.period, b.years, b.territory)


def _alternatives(context: CheckContext) -> list[Finding]:
    plan = context.plan
    found = []
    for i, alt in enumerate(plan.targets):
        used = [t for t in plan.targets if not t.alternative and _same_target(t, alt)]
        if alt.alternative and used and used[0].units is not None and alt.units != used[0].units:
            found.append(
                context.finding(
                    "NX308",
                    msg(
                        "{cite} gives {units} for {target}, {used_cite} gives {used}; the plan uses {used}",
                        cite=cite(context, alt.source),
                        units=vn(alt.units or 0),
                        target=alt.id or i,
                        used_cite=cite(context, used[0].source),
                        used=vn(used[0].units),
                    ),
                    ("targets", i, "units"),
                )
            )
    for i, report in enumerate(plan.reported):
        if not report.alternative or report.final_count is None:
            continue
        same = [
            r
            for r in plan.reported
            if not r.alternative
            and r.final_count is not None
            and r.years == report.years
            and plan.territory_of(r) == plan.territory_of(report)
        ]
        if same and same[0].final_count is not None and same[0].final_count != report.final_count:
            years = "-".join(str(y) for y in sorted(set(report.years)))
            found.append(
                context.finding(
                    "NX308",
                    msg(
                        "completions {years}: {cite} reports {units}, {used_cite} reports {used}; the plan uses {used}",
                        years=years,
                        cite=cite(context, report.source),
                        units=vn(report.final_count),
                        used_cite=cite(context, same[0].source),
                        used=vn(same[0].final_count),
                    ),
                    ("reported", i, "units"),
                )
            )
    return found


def _thousands_twice(context: CheckContext) -> list[Finding]:
    found = []
    for i, support in enumerate(context.plan.housing_support):
        if support.households_scale == "nghìn" and support.households is not None and support.households >= 1000:
            found.append(
                context.finding(
                    "NX309",
                    msg(
                        '"{written} nghìn" is {households} households ({cite}); the source probably means {written}',
                        written=vn(support.households),
                        households=vn(support.households * 1000),
                        cite=cite(context, support.source),
                    ),
                    ("housing_support", i, "households"),
                )
            )
    return found


def _predecessors(context: CheckContext) -> list[Finding]:
    plan, registry = context.plan, context.registry
    found = []
    for territory in plan.territories():
        former = [f"former:{u.slug}" for u in registry.predecessors(territory)]
        if territory.startswith("former:") or not former:
            continue
        for i, whole in enumerate(plan.targets):
            if (
                whole.alternative
                or whole.kind is not TargetKind.QUOTA
                or whole.period != WHOLE_SPAN
                or plan.territory_of(whole) != territory
                or whole.units is None
            ):
                continue
            parts = [
                next(
                    (
                        t.units
                        for t in plan.targets
                        if not t.alternative
                        and t.kind is TargetKind.QUOTA
                        and t.period == WHOLE_SPAN
                        and plan.territory_of(t) == f
                    ),
                    None,
                )
                for f in former
            ]
            if None not in parts and sum(p or 0 for p in parts) != whole.units:
                found.append(
                    context.finding(
                        "NX310",
                        msg(
                            "{unit}'s quota is {units} but its predecessors' add up to {total} ({terms})",
                            unit=registry.territory_name(territory),
                            units=vn(whole.units),
                            total=vn(sum(p or 0 for p in parts)),
                            terms=" + ".join(vn(p or 0) for p in parts),
                        ),
                        ("targets", i, "units"),
                    )
                )
        for i, whole_report in enumerate(plan.reported):
            if (
                whole_report.alternative
                or whole_report.final_count is None
                or plan.territory_of(whole_report) != territory
            ):
                continue
            same = [
                [
                    r
                    for r in plan.reported
                    if not r.alternative
                    and r.final_count is not None
                    and r.years == whole_report.years
                    and plan.territory_of(r) == f
                ]
                for f in former
            ]
            if any(len(s) != 1 for s in same):
                continue
            total = sum(s[0].final_count or 0 for s in same)
            if total != whole_report.final_count:
                years = f"{whole_report.years[0]}-{whole_report.years[1]}"
                found.append(
                    context.finding(
                        "NX310",
                        msg(
                            "{unit} reports {units} units completed in {years} ({cite}), but its predecessors report "
                            "{total} ({terms})",
                            unit=registry.territory_name(territory),
                            units=vn(whole_report.final_count),
                            years=years,
                            cite=cite(context, whole_report.source),
                            total=vn(total),
                            terms=" + ".join(vn(s[0].final_count or 0) for s in same),
                        ),
                        ("reported", i, "units"),
                    )
                )
    return found


def _snapshots(context: CheckContext) -> list[Finding]:
    plan = context.plan
    found = []
    for i, snap in enumerate(plan.snapshots):
        stages = [snap.completed, snap.started, snap.approved]
        if snap.total is None or any(s is None for s in stages):
            continue
        for what in ("projects", "units"):
            total = getattr(snap.total, what)
            values = [getattr(s, what) for s in stages if s is not None]
            if total is not None and None not in values and sum(values) != total:
                found.append(
                    context.finding(
                        "NX311",
                        msg(
                            "snapshot {as_of}: {what} total {total}, stages add up to {sum}",
                            as_of=snap.as_of,
                            what=msg("projects") if what == "projects" else msg("units"),
                            total=vn(total),
                            sum=vn(sum(values)),
                        ),
                        ("snapshots", i, "total", what),
                    )
                )
    year_end = {s.as_of: s for s in plan.snapshots if s.completed is not None and s.completed.units is not None}
    for i, report in enumerate(plan.reported):
        if report.alternative or report.final_count is None or report.years[0] != report.years[1]:
            continue
        year = report.years[0]
        before, after = year_end.get(f"{year - 1}-12-31"), year_end.get(f"{year}-12-31")
        if before is None or after is None or before.completed is None or after.completed is None:
            continue
        change = (after.completed.units or 0) - (before.completed.units or 0)
        if change != report.final_count:
            found.append(
                context.finding(
                    "NX312",
                    msg(
                        "{units} units reported completed in {year} ({cite}), but the completed count went from "
                        "{before} to {after} (+{change}) between the snapshots of {before_date} and {after_date}",
                        units=vn(report.final_count),
                        year=year,
                        cite=cite(context, report.source),
                        before=vn(before.completed.units or 0),
                        after=vn(after.completed.units or 0),
                        change=vn(change),
                        before_date=before.as_of,
                        after_date=after.as_of,
                    ),
                    ("reported", i, "units"),
                )
            )
    return found


def _projects(context: CheckContext) -> list[Finding]:
    found = []
    for stage, pipeline in context.plan.pipeline.items():
        listed = pipeline.project_units
        if listed is None or pipeline.units is None or listed == pipeline.units:
            continue
        found.append(
            context.finding(
                "NX313",
                msg(
                    "{stage}: the source states {units} units{where}, its {count} projects add up to {listed}",
                    stage=stage.value,
                    units=vn(pipeline.units),
                    where=_where(context, pipeline.source),
                    count=len(pipeline.projects),
                    listed=vn(listed),
                ),
                ("pipeline", stage.value, "units"),
            )
        )
    return found
