"""Checks of the figures `nhaoxh import` writes: percentages and the targets they are of, outcomes,
deciding documents, sources, and two figures for one slot. Plain functions, to be wired into the
rule registry; each takes a plan (and, for positions, its YAML document and file name).

Errors (the plan says something that cannot be right):
NX111 a result's or projection's `of` names no target of the plan
      reported: [{years: 2025, percent: 154, of: quota-2052}]       (no such target)
NX112 a quota set by a provincial document — a provincial plan's figure is a goal
      targets: [{kind: quota, decision: 105/KH-UBND, ...}]           → kind: goal
NX113 a source that is a file of this repository, not something a reader can look up
      sources: {ref: {document: shared/reference/national-figures.md}}
NX114 a percentage of a target of other years or another territory, or of one not assigned
      reported: [{years: 2025, percent: 110, of: quota-2026}]

Warnings (sources disagree, or a figure cannot be followed):
NX314 two figures claim one slot and neither is marked `alternative`
NX315 a percentage disagrees with the units it is stated with (±0.5 points for a whole
      percentage, more for "khoảng"): 5.158 of 4.670 is 110,4%, so "110%" passes and "120%" does not
NX316 an outcome disagrees with the figures: "met" while the count is below the target
NX317 a percentage of no named target: the count it implies cannot be derived
NX318 sources disagree on a result or projection that is not a final count (a percentage, an
      outcome, a count so far): the plan uses the one not marked `alternative`
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from ..domain import Qualifier
from ..findings import Finding, ProblemCode, Severity
from ..i18n import Text, msg
from ..importer.parse import PROVINCIAL_DOCUMENT
from ..importer.slots import Record, records_of, target_years
from ..loader.yamlnodes import Path, YamlDocument, dotted
from ..model import Expected, Plan, Reported

E, W = Severity.ERROR, Severity.WARNING
#: The codes of these checks, defined once: title and hint (their Vietnamese: i18n/vi_import.py).
CODES: dict[str, ProblemCode] = {
    c.code: c
    for c in (
        ProblemCode("NX111", E, "percentage of an unknown target", "name the id of a target in this plan in `of`"),
        ProblemCode(
            "NX112",
            E,
            "provincial plan's figure written as a quota",
            "a figure a province sets itself is a goal: write kind: goal",
        ),
        ProblemCode(
            "NX113",
            E,
            "source is a file of this repository",
            "cite the outlet or document the file cites, with its date",
        ),
        ProblemCode(
            "NX114",
            E,
            "percentage of a target of other years or land",
            "`of` names the target of the same years and territory, one that was assigned",
        ),
        ProblemCode(
            "NX314",
            W,
            "two figures for the same slot",
            "keep both, and mark the one the plan should not use `alternative: true`",
        ),
        ProblemCode("NX315", W, "percentage disagrees with its units", "check the count, the percent and the target"),
        ProblemCode("NX316", W, "outcome disagrees with the figures", "check met/missed against the count and target"),
        ProblemCode(
            "NX317",
            W,
            "percentage of no named target",
            "name the target in `of`, or add the target the source means",
        ),
        ProblemCode(
            "NX318",
            W,
            "sources disagree on a result or projection",
            "the plan uses the figure not marked `alternative`; check which is right",
        ),
    )
}
_REPOSITORY_FILE = re.compile(r"(^|[\s/])(shared|data|docs|src|tests)/\S|\.(md|ya?ml|csv|py)\b", re.IGNORECASE)
_TOLERANCE = {Qualifier.EXACT: Decimal("0.5")}


def finding(code: str, message: Text, path: Path, document: YamlDocument | None, file: str) -> Finding:
    """A finding of one of these codes, placed in the file when the document is given."""
    spec = CODES[code]
    place = document.locate(path) if document is not None else None
    return Finding(
        code=code,
        message=str(message),
        file=file,
        line=place.line if place else 0,
        column=place.column if place else 0,
        path=dotted(path),
        hint=spec.hint,
        severity=spec.severity,
        text=message,
        hint_text=msg(spec.hint),
    )


def _results(plan: Plan) -> list[tuple[str, int, Reported | Expected]]:
    return [("reported", i, r) for i, r in enumerate(plan.reported)] + [
        ("expected", i, e) for i, e in enumerate(plan.expected)
    ]


def check_percent_targets(plan: Plan, document: YamlDocument | None = None, file: str = "") -> list[Finding]:
    """NX111, NX114, NX317: a percentage must be of a target of the plan, of its years and land."""
    found = []
    for section, i, figure in _results(plan):
        if figure.percent is None:
            continue
        if figure.of is None:
            text = msg("{percent}% of no named target for {years}", percent=_pct(figure.percent), years=_span(figure))
            found.append(finding("NX317", text, (section, i, "percent"), document, file))
            continue
        target = plan.target(figure.of)
        if target is None:
            text = msg("'{of}' is not the id of a target of this plan", of=figure.of)
            found.append(finding("NX111", text, (section, i, "of"), document, file))
        elif (
            target.not_assigned
            or target_years(plan, target) != figure.years
            or plan.territory_of(target) != plan.territory_of(figure)
        ):
            text = msg(
                "'{of}' is a target of other years or land, or one not assigned; the result is for {years}",
                of=figure.of,
                years=_span(figure),
            )
            found.append(finding("NX114", text, (section, i, "of"), document, file))
    return found


def check_provincial_quotas(plan: Plan, document: YamlDocument | None = None, file: str = "") -> list[Finding]:
    """NX112: a quota is assigned by the Government; a provincial plan's figure is a goal."""
    return [
        finding(
            "NX112",
            msg("{decision} is a provincial document, so its figure is a goal, not a quota", decision=t.decision),
            ("targets", i, "kind"),
            document,
            file,
        )
        for i, t in enumerate(plan.targets)
        if t.kind.value == "quota" and t.decision and PROVINCIAL_DOCUMENT.search(t.decision)
    ]


def check_sources(plan: Plan, document: YamlDocument | None = None, file: str = "") -> list[Finding]:
    """NX113: a source names what a reader can look up, never a file of this repository."""
    return [
        finding(
            "NX113",
            msg("the source '{key}' is the file {document}; cite what it cites", key=key, document=source.document),
            ("sources", key, "document"),
            document,
            file,
        )
        for key, source in plan.sources.items()
        if _REPOSITORY_FILE.search(source.document)
    ]


def check_percent_units(plan: Plan, document: YamlDocument | None = None, file: str = "") -> list[Finding]:
    """NX315, NX316: a percentage stated with units, and an outcome, must agree with the target."""
    found = []
    for section, i, figure in _results(plan):
        target = plan.target(figure.of) if figure.of else None
        goal = target.units if target is not None else None
        if figure.percent is not None and figure.units is not None and goal:
            actual = Decimal(figure.units) * 100 / Decimal(goal)
            if abs(actual - figure.percent) > _TOLERANCE.get(figure.qualifier, Decimal("2.5")):
                text = msg(
                    "{units} of {goal} is {actual}%, not the {percent}% stated",
                    units=_vn(figure.units),
                    goal=_vn(goal),
                    actual=_pct(actual),
                    percent=_pct(figure.percent),
                )
                found.append(finding("NX315", text, (section, i, "percent"), document, file))
        if figure.outcome is not None:
            ratio = figure.percent if figure.percent is not None else None
            if ratio is None and figure.units is not None and goal:
                ratio = Decimal(figure.units) * 100 / Decimal(goal)
            if ratio is not None and (ratio >= 100) != (figure.outcome == "met"):
                text = msg("'{outcome}' beside {percent}% of the target", outcome=figure.outcome, percent=_pct(ratio))
                found.append(finding("NX316", text, (section, i, "outcome"), document, file))
    return found


def check_same_slot(plan: Plan, document: YamlDocument | None = None, file: str = "") -> list[Finding]:
    """NX314, NX318: two figures of one slot — both used, or an alternative that differs from the
    one used where NX308 (final counts and targets) does not look."""
    records = records_of(plan)
    paths = _paths(plan)
    found = []
    for n, record in enumerate(records):
        earlier = [r for r in records[:n] if r.same_slot(record) and not r.same_figure(record)]
        used = [r for r in earlier if not r.alternative]
        if not record.alternative and used:
            text = msg("a second figure for the same slot, {what}, and neither is an alternative", what=_what(record))
            found.append(finding("NX314", text, paths[n], document, file))
        final = record.section == "reported" and record.units is not None and not record.partial
        if record.section != "targets" and not final and record.alternative:
            others = [r for r in records if r.same_slot(record) and not r.alternative and not r.same_figure(record)]
            if others:
                text = msg("sources disagree on {what}; the plan uses the other figure", what=_what(record))
                found.append(finding("NX318", text, paths[n], document, file))
    return found


#: Every check of this module, in the order the lead may register them.
CHECKS: tuple[Callable[[Plan, YamlDocument | None, str], list[Finding]], ...] = (
    check_percent_targets,
    check_provincial_quotas,
    check_sources,
    check_percent_units,
    check_same_slot,
)


def check_imported(plan: Plan, document: YamlDocument | None = None, file: str = "") -> list[Finding]:
    """All of this module's checks of one plan, in file order."""
    found = [f for check in CHECKS for f in check(plan, document, file)]
    return sorted(found, key=lambda f: (f.line, f.column, f.code))


def _paths(plan: Plan) -> list[Path]:
    """The path of each record of records_of(plan), in the same order."""
    paths: list[Path] = [("targets", i) for i in range(len(plan.targets))]
    paths += [("reported", i) for i in range(len(plan.reported))]
    paths += [("expected", i) for i in range(len(plan.expected))]
    return paths


def _what(record: Record) -> str:
    years = record.years or (0, 0)
    span = str(years[0]) if years[0] == years[1] else f"{years[0]}-{years[1]}"
    return f"{record.kind} {span} ({record.territory})"


def _span(figure: Reported | Expected) -> str:
    first, last = figure.years
    return str(first) if first == last else f"{first}-{last}"


def _vn(units: int) -> str:
    return f"{units:,}".replace(",", ".")


def _pct(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.1')).normalize():f}".replace(".", ",")
