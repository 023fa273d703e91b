"""Slots: what a figure of a plan is a figure *of*, so that two figures of one slot can be compared.

A slot is a target's territory, kind, years, deciding document and what a share is of; a result's
territory and years (and, for a count so far, its date); a projection's territory, years and date.
Two figures in one slot that differ are two sources disagreeing: the plan keeps both, one of them
marked `alternative`. `nhaoxh import` places its rows by slot (importer/slots.py), and the rule
`same_slot` warns about two figures of one slot.

(Here, not in the importer: the checks must not import the importer's package, which imports
`check_plan`.)
"""

from __future__ import annotations

from decimal import Decimal

from ..domain import WHOLE_SPAN, Qualifier
from ..model import Expected, Plan, Reported, Target
from ..values import frozen


@frozen
class Record:
    """A figure of a plan (or a row an import would add), reduced to what is compared."""

    section: str  # targets, reported, expected
    territory: str
    kind: str
    years: tuple[int, int] | None
    decision: str | None
    units: int | None
    qualifier: Qualifier
    percent: Decimal | None
    outcome: str | None
    not_assigned: bool
    partial: bool
    as_of: str | None
    alternative: bool
    id: str | None = None
    measure: str | None = None  # a share's `of` or `of_text`: a share of something else is another slot

    def same_slot(self, other: Record) -> bool:
        if (self.section, self.territory, self.kind, self.years) != (
            other.section,
            other.territory,
            other.kind,
            other.years,
        ):
            return False
        if self.section == "targets":  # a figure without its decision may be any decision's
            if self.measure != other.measure:
                return False
            return self.decision is None or other.decision is None or self.decision == other.decision
        if self.section == "reported":
            return self.partial == other.partial and (not self.partial or self.as_of == other.as_of)
        return self.as_of == other.as_of

    def same_figure(self, other: Record) -> bool:
        return (self.units, self.qualifier, self.percent, self.outcome, self.not_assigned) == (
            other.units,
            other.qualifier,
            other.percent,
            other.outcome,
            other.not_assigned,
        )


def target_years(plan: Plan, target: Target) -> tuple[int, int] | None:
    """A target's years: its own, else its period's, else (for `total`) the span of all periods."""
    if target.years is not None:
        return target.years
    if target.period == WHOLE_SPAN and plan.periods:
        return min(p.start_year for p in plan.periods), max(p.end_year for p in plan.periods)
    period = plan.period(target.period) if target.period else None
    return (period.start_year, period.end_year) if period else None


def records_of(plan: Plan) -> list[Record]:
    """Every target, result and projection of a plan, as records."""
    found = [
        Record(
            "targets",
            plan.territory_of(t),
            t.kind.value,
            target_years(plan, t),
            t.decision,
            t.units,
            t.qualifier,
            None,
            None,
            t.not_assigned,
            False,
            None,
            t.alternative,
            t.id,
            t.of or t.of_text,
        )
        for t in plan.targets
    ]
    found += [_result(plan, "reported", r) for r in plan.reported]
    found += [_result(plan, "expected", e) for e in plan.expected]
    return found


def _result(plan: Plan, section: str, figure: Reported | Expected) -> Record:
    partial = isinstance(figure, Reported) and figure.partial
    return Record(
        section,
        plan.territory_of(figure),
        section,
        figure.years,
        None,
        figure.units,
        figure.qualifier,
        figure.percent,
        figure.outcome,
        False,
        partial,
        figure.as_of,
        figure.alternative,
    )
