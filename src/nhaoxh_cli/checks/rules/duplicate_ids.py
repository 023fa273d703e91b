"""NX206 — two periods or two targets share an id.

Figures name periods and targets by id: an id used twice names two things.
`total` names the plan's whole span and cannot be a period's id either.

Passes::

    periods:
      - {id: 2021-2025, start_year: 2021, end_year: 2025}
      - {id: 2026-2030, start_year: 2026, end_year: 2030}

Fails with NX206::

    periods:
      - {id: 2021-2025, start_year: 2021, end_year: 2025}
      - {id: 2021-2025, start_year: 2026, end_year: 2030}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...domain import WHOLE_SPAN
from ...findings import Finding, ProblemCode
from ...i18n import msg
from ..phrases import label
from ..rule import ERROR, STRUCTURE, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

DUPLICATE_ID = ProblemCode("NX206", ERROR, "duplicate id", "give each period and target its own id")


def check(context: CheckContext) -> Iterator[Finding]:
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
                yield context.finding(
                    DUPLICATE_ID,
                    msg(
                        "{section} {first} and {second} both have the id '{id}'",
                        section=section,
                        first=label(seen[item_id]),
                        second=label(i),
                        id=item_id,
                    ),
                    (section, i, "id"),
                )
            else:
                seen[item_id] = i
    for i, period in enumerate(context.plan.periods):
        if period.id == WHOLE_SPAN:
            yield context.finding(
                DUPLICATE_ID,
                msg("'{total}' names the whole span and cannot be a period id", total=WHOLE_SPAN),
                ("periods", i, "id"),
            )
            break


RULE = Rule(__name__, (DUPLICATE_ID,), STRUCTURE, check, blocking=True)
