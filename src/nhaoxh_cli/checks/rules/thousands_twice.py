"""NX309 — a count written in thousands twice.

"12.000 nghìn hộ" reads as twelve thousand thousand — twelve million
households — where the source almost certainly means twelve thousand. A
count kept with `households_scale: nghìn` that is already 1.000 or more is
flagged.

Passes::

    housing_support:
      - {programme: xóa nhà tạm, households: 12, households_scale: nghìn, source: {doc: doc1, section: "3"}}

Fails with NX309::

    housing_support:
      - {programme: xóa nhà tạm, households: 12000, households_scale: nghìn, source: {doc: doc1, section: "3"}}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...findings import Finding, ProblemCode
from ...i18n import msg
from ..rule import ARITHMETIC, WARNING, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

THOUSANDS_TWICE = ProblemCode(
    "NX309",
    WARNING,
    "figure written in thousands twice",
    '"12.000 nghìn" is twelve million: check the source\'s unit',
)


def check(context: CheckContext) -> Iterator[Finding]:
    for i, support in enumerate(context.plan.housing_support):
        if support.households_scale == "nghìn" and support.households is not None and support.households >= 1000:
            yield context.finding(
                THOUSANDS_TWICE,
                msg(
                    '"{written} nghìn" is {households} households ({cite}); the source probably means {meant}',
                    written=f"{support.households:,}".replace(",", "."),  # quoted as the source writes it
                    meant=support.households,
                    households=support.households * 1000,
                    cite=context.cite(support.source),
                ),
                ("housing_support", i, "households"),
            )


RULE = Rule(__name__, (THOUSANDS_TWICE,), ARITHMETIC, check)
