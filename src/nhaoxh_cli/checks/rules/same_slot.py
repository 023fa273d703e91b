"""Two figures of one slot: a target, a result or a projection given twice.

A slot is what a figure is a figure of (`checks.slots`): a target's kind,
years, territory and deciding document; a result's years and territory (and,
for a count so far, its date); a projection's years, territory and date. A
plan keeps one figure per slot and another source's figure for the same slot
marked `alternative: true`, so that the disagreement is on record and the
plan uses one figure. (`nhaoxh import` marks them so itself.)

NX314 — two figures for the same slot.

Two different figures for one slot, neither marked `alternative`: which one
the plan uses depends on their order.

Passes::

    reported:
      - {years: 2025, units: 400, partial: true, as_of: "2025-06", source: {doc: doc1, section: "4"}}
      - {years: 2025, units: 400, partial: true, as_of: "2025-06", alternative: true, source: {doc: doc1, section: "5"}}

Fails with NX314::

    targets:
      - {id: quota-1, kind: quota, period: 2021-2025, units: 1000, source: {doc: doc1, section: "1"}}
      - {id: quota-1b, kind: quota, period: 2021-2025, units: 1100, source: {doc: doc1, section: "3"}}

NX318 — sources disagree on a result or projection.

An alternative that differs from the figure the plan uses, where NX308
(targets and final counts) does not look: a percentage, an outcome, a count
so far, a projection.

Fails with NX318::

    reported:
      - {years: 2025, units: 400, partial: true, as_of: "2025-06", source: {doc: doc1, section: "4"}}
      - {years: 2025, units: 450, partial: true, as_of: "2025-06", alternative: true, source: {doc: doc1, section: "5"}}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...findings import Finding, ProblemCode
from ...i18n import Text, msg
from ..rule import ARITHMETIC, WARNING, Rule
from ..slots import Record, records_of
from .percent_targets import years_label

if TYPE_CHECKING:
    from ...loader.yamlnodes import Path
    from ..context import CheckContext

SAME_SLOT = ProblemCode(
    "NX314",
    WARNING,
    "two figures for the same slot",
    "keep both, and mark the one the plan should not use `alternative: true`",
)
ALTERNATIVE_DIFFERS = ProblemCode(
    "NX318",
    WARNING,
    "sources disagree on a result or projection",
    "the plan uses the figure not marked `alternative`; check which is right",
)

_KIND: dict[str, Text] = {
    "quota": msg("quota"),
    "goal": msg("goal"),
    "demand": msg("demand"),
    "reported": msg("reported result"),
    "expected": msg("expected"),
}


def check(context: CheckContext) -> Iterator[Finding]:
    plan = context.plan
    records = records_of(plan)
    paths: list[Path] = [("targets", i) for i in range(len(plan.targets))]  # in the order of records_of
    paths += [("reported", i) for i in range(len(plan.reported))]
    paths += [("expected", i) for i in range(len(plan.expected))]
    for n, record in enumerate(records):
        earlier = [r for r in records[:n] if r.same_slot(record) and not r.same_figure(record)]
        if not record.alternative and any(not r.alternative for r in earlier):
            what = _what(context, record)
            text = msg("a second figure for the same slot, {what}, and neither is an alternative", what=what)
            yield context.finding(SAME_SLOT, text, paths[n])
        final = record.section == "reported" and record.units is not None and not record.partial
        if record.section != "targets" and not final and record.alternative:
            others = [r for r in records if r.same_slot(record) and not r.alternative and not r.same_figure(record)]
            if others:
                text = msg("sources disagree on {what}; the plan uses the other figure", what=_what(context, record))
                yield context.finding(ALTERNATIVE_DIFFERS, text, paths[n])


def _what(context: CheckContext, record: Record) -> Text:
    """ "quota 2021-2025 (Hải Phòng)": the slot, as a reader names it."""
    return msg(
        "{kind} {years} ({territory})",
        kind=_KIND.get(record.kind, record.kind),
        years=years_label(record.years),
        territory=context.registry.territory_text(record.territory),
    )


RULE = Rule(__name__, (SAME_SLOT, ALTERNATIVE_DIFFERS), ARITHMETIC, check)
