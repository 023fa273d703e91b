"""Structure within one plan: well-formed periods and references that resolve.

NX201 a period runs backwards        `{id: p, start_year: 2030, end_year: 2026}`
NX202 two periods share a year       2021-2025 and 2025-2030 (record the source's "2025-2030" in `labels`)
NX203 a figure names an unknown period   `period: 2021-2026` when no such period is defined
NX204 a citation names an unknown source `source: {doc: qd118, ...}` with only `qd117` under `sources`
NX205 `of` or `parts` names an unknown target
NX206 two periods or two targets share an id
NX209 a territory that is neither `vietnam`, a current unit's slug, nor `former:<slug>`
NX210 a share (`of`) or a sum (`parts`) mixing territories: a pre-merger figure
      compared with, or added to, a post-merger one
NX211 a target with neither or both of `period` and `years`
"""

from __future__ import annotations

from ..domain import WHOLE_SPAN
from ..findings import Finding
from ..i18n import msg
from .context import CheckContext

#: With these, arithmetic checks would compare the wrong figures: skip them.
BLOCKING = {"NX201", "NX202", "NX203", "NX205", "NX206", "NX209", "NX210", "NX211"}


def check(context: CheckContext) -> list[Finding]:
    return [
        *_periods(context),
        *_ids(context),
        *_period_refs(context),
        *_sources(context),
        *_targets(context),
        *_territories(context),
        *_scopes(context),
    ]


def _territories(context: CheckContext) -> list[Finding]:
    found = []
    for path, territory in context.territories():
        if not context.registry.is_territory(territory):
            found.append(
                context.finding(
                    "NX209", msg("'{territory}' is not a territory nhaoxh knows", territory=territory), path
                )
            )
    plan = context.plan
    for i, target in enumerate(plan.targets):
        mine = plan.territory_of(target)
        others: list[tuple[tuple[str | int, ...], str]] = [(("targets", i, "of"), target.of)] if target.of else []
        others += [(("targets", i, "parts", k), part) for k, part in enumerate(target.parts)]
        for path, other_id in others:
            other = plan.target(other_id)
            if other is None or plan.territory_of(other) == mine:
                continue
            found.append(
                context.finding(
                    "NX210",
                    msg(
                        "target {target} covers {mine} but '{other}' covers {theirs}: the merger changed the land, "
                        "so the figures cannot be compared or added",
                        target=target.id or i,
                        mine=context.registry.territory_name(mine),
                        other=other_id,
                        theirs=context.registry.territory_name(plan.territory_of(other)),
                    ),
                    path,
                )
            )
    return found


def _scopes(context: CheckContext) -> list[Finding]:
    found = []
    for i, target in enumerate(context.plan.targets):
        if (target.period is None) == (target.years is None):
            what = (
                msg("target {target} has both `period` and `years`", target=target.id or i)
                if target.period is not None
                else msg("target {target} has neither `period` nor `years`", target=target.id or i)
            )
            found.append(context.finding("NX211", what, ("targets", i)))
    return found


def _periods(context: CheckContext) -> list[Finding]:
    found = []
    periods = context.plan.periods
    for i, period in enumerate(periods):
        if period.start_year > period.end_year:
            found.append(
                context.finding(
                    "NX201",
                    msg(
                        "period '{id}' runs from {start} back to {end}",
                        id=period.id,
                        start=period.start_year,
                        end=period.end_year,
                    ),
                    ("periods", i, "end_year"),
                )
            )
    # Sorted by start year, any overlap shows between neighbours: O(n log n).
    order = sorted(range(len(periods)), key=lambda i: (periods[i].start_year, periods[i].end_year))
    latest = None  # the index of the period reaching furthest so far
    for i in order:
        period = periods[i]
        if latest is not None and period.start_year <= periods[latest].end_year:
            other = periods[latest]
            found.append(
                context.finding(
                    "NX202",
                    msg(
                        "period '{id}' ({start}–{end}) overlaps '{other}' ({other_start}–{other_end})",
                        id=period.id,
                        start=period.start_year,
                        end=period.end_year,
                        other=other.id,
                        other_start=other.start_year,
                        other_end=other.end_year,
                    ),
                    ("periods", i, "start_year"),
                )
            )
        if latest is None or period.end_year > periods[latest].end_year:
            latest = i
    return found


def _ids(context: CheckContext) -> list[Finding]:
    found = []
    sections: list[tuple[str, list[str | None]]] = [
        ("periods", [p.id for p in context.plan.periods]),
        ("targets", [t.id for t in context.plan.targets]),
    ]
    for section, ids in sections:
        seen: dict[str, int] = {}
        for i, item_id in enumerate(ids):
            if item_id is None:
                continue
            if item_id in seen:
                found.append(
                    context.finding(
                        "NX206",
                        msg(
                            "{section} {first} and {second} both have the id '{id}'",
                            section=section,
                            first=seen[item_id],
                            second=i,
                            id=item_id,
                        ),
                        (section, i, "id"),
                    )
                )
            else:
                seen[item_id] = i
    if any(p.id == WHOLE_SPAN for p in context.plan.periods):
        i = next(i for i, p in enumerate(context.plan.periods) if p.id == WHOLE_SPAN)
        found.append(
            context.finding(
                "NX206",
                msg("'{total}' names the whole span and cannot be a period id", total=WHOLE_SPAN),
                ("periods", i, "id"),
            )
        )
    return found


def _period_refs(context: CheckContext) -> list[Finding]:
    known = {p.id for p in context.plan.periods}
    found = []
    for path, period_id, total_allowed in context.period_references():
        if period_id in known or (total_allowed and period_id == WHOLE_SPAN):
            continue
        choices = ", ".join(sorted(known)) or msg("none is defined")
        found.append(
            context.finding(
                "NX203",
                msg("'{period}' is not a period of this plan (periods: {choices})", period=period_id, choices=choices),
                path,
            )
        )
    return found


def _sources(context: CheckContext) -> list[Finding]:
    known = context.plan.sources
    found = []
    for path, citation in context.citations():
        if citation.doc not in known:
            choices = ", ".join(sorted(known)) or msg("none is defined")
            found.append(
                context.finding(
                    "NX204",
                    msg("'{doc}' is not a document under sources ({choices})", doc=citation.doc, choices=choices),
                    (*path, "doc"),
                )
            )
    return found


def _targets(context: CheckContext) -> list[Finding]:
    ids = {t.id for t in context.plan.targets if t.id}
    found = []
    for i, target in enumerate(context.plan.targets):
        if target.of is not None and target.of not in ids:
            found.append(
                context.finding(
                    "NX205", msg("'of: {of}' names no target of this plan", of=target.of), ("targets", i, "of")
                )
            )
        if target.of is not None and target.of == target.id:
            found.append(
                context.finding("NX205", msg("target '{id}' is a share of itself", id=target.id), ("targets", i, "of"))
            )
        for k, part in enumerate(target.parts):
            if part not in ids:
                found.append(
                    context.finding(
                        "NX205",
                        msg("part '{part}' names no target of this plan", part=part),
                        ("targets", i, "parts", k),
                    )
                )
    return found
