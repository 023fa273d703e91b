"""Placed candidates into the plan format (docs/plan-format.md), only with fields that exist.

Where each kind goes:

| kind | section | how |
|---|---|---|
| quota, goal, demand | `targets` | `period` for a half of Đề án 338 or all 2021–2030, else `years` |
| completed, under a forecast heading | `completed` | the decision's baseline, with `years` as written |
| completed in given years | `reported` | `years`, `as_of` the document's date |
| completed to date ("đến nay") | `snapshots` | `as_of` the date the count was taken |
| a stage's units | `pipeline.<stage>.units` | a stage holds one figure |
| a stage's delivery ("N/M căn") | `pipeline.<stage>.deliveries` | the forecast heading's period |
| stated total | `stated_totals`, or a snapshot's `total` when it has no period | |
| households helped | `housing_support` | never units |

Periods: a label ending by 2025 ("2022-2025", "đến năm 2025") maps to
2021–2025 and one reaching past it ("2025-2030") to 2026–2030, the same
mapping as the hand-written Hải Phòng plan, stated for the analyst to check;
"đến năm 2030" is the programme's whole span (`total`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..domain import Stage
from ..i18n import t
from .candidate import Candidate
from .result import Figure, Kind, Note, Qualifier, Unplaced, When

FIRST = ("2021-2025", 2021, 2025)
SECOND = ("2026-2030", 2026, 2030)
TOTAL = "total"
_MODEL_QUALIFIER = {
    Qualifier.ABOUT: "about",
    Qualifier.UNDER: "about",
    Qualifier.ABOVE: "above",
    Qualifier.AT_LEAST: "at_least",
}


def plan_period(when: When) -> str | None:
    """A plan period id for a target's years, or None when they are a year or an odd range (use `years`)."""
    first, last = when.first, when.last
    if last is None:
        return None
    if first is None:
        return FIRST[0] if last <= 2025 else (TOTAL if last == 2030 else None)
    if (first, last) == (2021, 2030):
        return TOTAL
    if first >= 2021 and last <= 2025 and last - first >= 2:
        return FIRST[0]
    if first >= 2025 and last == 2030 and last - first >= 3:
        return SECOND[0]
    return None


@dataclass
class Built:
    plan: dict[str, Any]
    figures: list[Figure]
    unplaced: list[Unplaced] = field(default_factory=list)
    checks: list[Note] = field(default_factory=list)


class _Ids:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def __call__(self, base: str) -> str:
        n = self.counts.get(base, 0) + 1
        self.counts[base] = n
        return base if n == 1 else f"{base}-{n}"


def _cite(c: Candidate, doc: str) -> dict[str, Any]:
    return {"doc": doc, "section": c.section or "—", "line": c.line, "quote": c.quote}


def build(
    placed: list[Candidate],
    *,
    head: dict[str, Any],
    doc: str,
    date: str | None,
    labels: dict[str, list[str]],
    territory: str | None,
) -> Built:
    """The plan as a mapping, in the format's order, and the figures it holds."""
    ids = _Ids()
    built = Built({}, [])
    targets: list[dict[str, Any]] = []
    completed: list[dict[str, Any]] = []
    reported: list[dict[str, Any]] = []
    snapshots: dict[str, dict[str, Any]] = {}
    pipeline: dict[Stage, dict[str, Any]] = {}
    totals: list[dict[str, Any]] = []
    support: list[dict[str, Any]] = []
    used_periods: set[str] = set()
    ids_of: dict[int, str] = {}
    period_labels: dict[str, list[str]] = {k: list(v) for k, v in labels.items()}

    def qualifier(entry: dict[str, Any], c: Candidate) -> None:
        if c.qualifier in _MODEL_QUALIFIER:
            entry["qualifier"] = _MODEL_QUALIFIER[c.qualifier]
            if c.qualifier is Qualifier.UNDER:
                built.checks.append(Note.of("under_as_about", line=c.line))

    def figure(c: Candidate, section: str) -> None:
        built.figures.append(
            Figure(
                kind=c.kind or Kind.EXPECTED,
                units=c.units,
                written=c.written,
                line=c.line,
                quote=c.quote,
                section=section,
                when=c.when,
                qualifier=c.qualifier,
                stage=c.stage,
                share=c.share,
                territory=f"former:{c.former}" if c.former else territory or "",  # the figure's own, as written
                part=c.section,
                why=tuple(c.notes),
            )
        )

    for c in placed:
        source = _cite(c, doc)
        kind = c.kind
        own = f"former:{c.former}" if c.former and f"former:{c.former}" != territory else None
        if kind is not None and kind.is_target:
            entry = _target(c, ids, ids_of, targets, period_labels, used_periods, built)
            if entry is None:
                built.unplaced.append(_unplaced(c, Note.of("period_unclear")))
                continue
            qualifier(entry, c)
            if own:
                entry["territory"] = own
            entry["source"] = source
            targets.append(entry)
            ids_of[id(c)] = entry["id"]
            figure(c, "targets")
        elif kind is Kind.COMPLETED and c.when is not None and c.when.first is not None and c.when.last is not None:
            years = c.when.text
            if c.fields.get("baseline"):
                period = FIRST[0] if c.when.last <= 2025 else SECOND[0]
                used_periods.add(period)
                completed.append({"period": period, "units": c.written_units, "years": years, "source": source})
                figure(c, "completed")
            else:
                entry = {"years": years, "units": c.written_units}
                qualifier(entry, c)
                if date:
                    entry["as_of"] = date
                if own:
                    entry["territory"] = own
                entry["source"] = source
                reported.append(entry)
                figure(c, "reported")
        elif kind in (Kind.COMPLETED, Kind.STATED_TOTAL) and (c.when is None or kind is Kind.COMPLETED):
            as_of = c.as_of or (f"{c.when.last}-12-31" if c.when and c.when.last and c.when.first is None else date)
            if not as_of:
                built.unplaced.append(_unplaced(c, Note.of("date_unknown")))
                continue
            snap = snapshots.setdefault(as_of, {"as_of": as_of})
            part = "completed" if kind is Kind.COMPLETED else "total"
            if part in snap:
                built.unplaced.append(_unplaced(c, Note.of("stage_taken", stage=part, line=snap[part]["line"])))
                continue
            if c.when is not None:
                snap.setdefault("label", c.when.label)
            value: dict[str, Any] = {"units": c.written_units, "line": c.line}
            qualifier(value, c)
            snap[part] = value
            snap.setdefault("source", source)
            figure(c, "snapshots")
        elif kind is Kind.STATED_TOTAL and c.when is not None:
            total_period = plan_period(c.when)
            if total_period is None:
                built.unplaced.append(_unplaced(c, Note.of("period_unclear")))
                continue
            _label(period_labels, total_period, c.when)
            used_periods.add(total_period)
            entry = {"period": total_period, "units": c.written_units}
            qualifier(entry, c)
            entry["source"] = source
            totals.append(entry)
            figure(c, "stated_totals")
        elif kind is Kind.PIPELINE and c.stage is not None and c.fields.get("project_name"):
            stage = pipeline.setdefault(c.stage, {})
            stage.setdefault("deliveries", [])
            project = {"name": c.fields["project_name"], "units": c.written_units, "source": source}
            stage.setdefault("projects", []).append(project)
            figure(c, "pipeline")
        elif kind is Kind.PIPELINE and c.stage is not None:
            stage = pipeline.setdefault(c.stage, {})
            if "units" in stage:
                built.unplaced.append(
                    _unplaced(c, Note.of("stage_taken", stage=c.stage.value, line=stage["source"]["line"]))
                )
                continue
            stage.update({"units": c.written_units, "source": source})
            stage.setdefault("deliveries", [])
            figure(c, "pipeline")
        elif kind is Kind.DELIVERY and c.stage is not None:
            stage = pipeline.setdefault(c.stage, {})
            stage.setdefault("units", c.fields["stage_units"])
            stage.setdefault("source", source)
            deliveries = stage.setdefault("deliveries", [])
            entry = {"period": c.fields["period"], "units": c.written_units}
            if c.fields["stage_units"] != stage["units"]:
                entry["stage_units"] = c.fields["stage_units"]
            if "share" in c.fields:
                entry["share"] = c.fields["share"]
                if c.fields.get("share_qualifier"):
                    entry["qualifier"] = c.fields["share_qualifier"]
            entry["source"] = source
            deliveries.append(entry)
            used_periods.add(c.fields["period"])
            figure(c, "pipeline")
        elif kind is Kind.HOUSING_SUPPORT:
            entry = {"programme": c.fields.get("programme", "hỗ trợ nhà ở")}
            if c.when is not None and c.when.first is not None and c.when.last is not None:
                entry["years"] = c.when.text
            elif c.when is not None:
                entry["description"] = c.when.label
            entry["households"] = c.written_units
            if c.fields.get("households_scale"):
                entry["households_scale"] = c.fields["households_scale"]
            qualifier(entry, c)
            if c.fields.get("cost_billion_vnd"):
                entry["cost_billion_vnd"] = c.fields["cost_billion_vnd"]
            entry["source"] = source
            support.append(entry)
            figure(c, "housing_support")
        else:
            built.unplaced.append(_unplaced(c, Note.of("kind_unclear")))
    for snap in snapshots.values():
        for part in ("completed", "total"):
            if part in snap:
                snap[part].pop("line", None)
        snap["source"] = snap.pop("source")
    plan = dict(head)
    if territory:
        plan["territory"] = territory
    plan["sources"] = plan.pop("sources")
    plan["periods"] = _periods(used_periods, targets, totals, period_labels, built)
    plan["targets"] = targets
    plan["completed"] = completed
    plan["pipeline"] = {s.value: pipeline[s] for s in Stage if s in pipeline}
    plan["stated_totals"] = totals
    if reported:
        plan["reported"] = reported
    if snapshots:
        plan["snapshots"] = list(snapshots.values())
    if support:
        plan["housing_support"] = support
    built.plan = plan
    return built


def _label(labels: dict[str, list[str]], period: str, when: When) -> None:
    if period != TOTAL and when.label not in labels.setdefault(period, []):
        labels[period].append(when.label)


def _target(
    c: Candidate,
    ids: _Ids,
    ids_of: dict[int, str],
    targets: list[dict[str, Any]],
    labels: dict[str, list[str]],
    used: set[str],
    built: Built,
) -> dict[str, Any] | None:
    assert c.kind is not None
    entry: dict[str, Any] = {}
    when = c.when
    parent = c.fields.get("of_goal")
    if parent is not None and id(parent) in ids_of:
        when = parent.when
    period = plan_period(when) if when is not None else None
    if when is None:
        return None
    key = c.fields.get("key") or f"{c.kind.value}-{period or when.text}"
    if c.kind.value == "demand" and period == TOTAL:
        key = "demand"
    if c.kind is Kind.GOAL and c.fields.get("of_kind") == "demand":
        key = f"goal-demand-{when.last}"
    entry["id"] = ids(key.replace(" ", "-"))
    entry["kind"] = c.kind.value
    if period is not None:
        entry["period"] = period
        used.add(period)
        _label(labels, period, when)
        if when.first is None and when.last == 2030:
            built.checks.append(Note.of("to_programme", line=c.line, words=when.label))
    elif when.first is not None and when.last is not None:
        entry["years"] = when.text
    else:
        return None
    if c.share is not None:
        entry["share"] = f"{c.share.normalize():f}%".replace(".", ",")
        of = _of(c, targets, ids_of, period)
        if of is not None:
            entry["of"] = of
        else:
            entry["of_text"] = c.fields.get("of_text") or "the source gives no figure for what the share is of"
    if c.units is not None:
        entry["units"] = c.written_units
    label = c.fields.get("label") or (when.label if when else None)
    if label:
        entry["label"] = label
    if c.fields.get("description"):
        entry["description"] = c.fields["description"]
    return entry


def _of(c: Candidate, targets: list[dict[str, Any]], ids_of: dict[int, str], period: str | None) -> str | None:
    parent = c.fields.get("of_goal")
    if parent is not None:
        return ids_of.get(id(parent))
    wanted = c.fields.get("of_kind")
    for target in targets:
        if wanted == "quota" and target["kind"] == "quota" and target.get("period") == period:
            return str(target["id"])
        if wanted == "demand" and target["kind"] == "demand":
            return str(target["id"])
    return None


def _periods(
    used: set[str],
    targets: list[dict[str, Any]],
    totals: list[dict[str, Any]],
    labels: dict[str, list[str]],
    built: Built,
) -> list[dict[str, Any]]:
    wanted = set(used)
    if any(t.get("period") == TOTAL for t in [*targets, *totals]):
        wanted |= {FIRST[0], SECOND[0]}
    periods = []
    for pid, first, last in (FIRST, SECOND):
        if pid not in wanted:
            continue
        entry: dict[str, Any] = {"id": pid, "start_year": first, "end_year": last}
        if labels.get(pid):
            entry["labels"] = labels[pid]
            entry["mapping"] = t(
                "drafted by nhaoxh extract: the source's labels ending by 2025 map to 2021–2025 and those "
                "reaching past 2025 to 2026–2030 (Đề án 338's halves); check"
            )
        periods.append(entry)
    if periods:
        mapping = "; ".join(f"{p['id']} ← {', '.join(p.get('labels', [])) or '—'}" for p in periods)
        built.checks.append(Note.of("periods", mapping=mapping))
    return periods


def _unplaced(c: Candidate, reason: Note) -> Unplaced:
    return Unplaced(c.written, c.units, c.line, c.quote, reason, c.kind)
