"""Which figures of a plan an imported row competes with, and whether it says the same thing.

A slot is what a figure is a figure *of* (`checks.slots`, which the rule `same_slot` uses too). Two
figures in one slot that differ are two sources disagreeing: the plan keeps both, one of them marked
`alternative`. A figure equal to one already there changes nothing, which is what makes an import
safe to run twice.
"""

from __future__ import annotations

from ..checks.slots import Record
from .parse import Figure


def record_of(figure: Figure, section: str, alternative: bool, figure_id: str | None) -> Record:
    """An imported row's figure as a record, to compare with the plan's (`checks.slots.records_of`)."""
    return Record(
        section,
        figure.territory,
        figure.kind if section == "targets" else section,
        figure.years,
        figure.decision,
        figure.units,
        figure.qualifier,
        figure.percent,
        figure.outcome,
        figure.not_assigned,
        figure.partial,
        figure.as_of,
        alternative,
        figure_id,
    )
