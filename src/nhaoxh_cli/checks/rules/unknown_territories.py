"""NX209 — a territory nhaoxh does not know.

Figures say what land they cover: `vietnam`, a current unit's slug
(`haiphong`, the city merged in 2025), or `former:<slug>` for a unit before
the 2025 merger (`former:haiduong`). Anything else would be compared with
nothing, so the arithmetic checks are not run.

Passes::

    territory: former:haiphong

Fails with NX209::

    territory: haiphong-cu
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...findings import Finding, ProblemCode
from ...i18n import msg
from ..rule import ERROR, STRUCTURE, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

UNKNOWN_TERRITORY = ProblemCode(
    "NX209",
    ERROR,
    "unknown territory",
    "use a current unit's slug, former:<slug> for a unit before the 2025 merger, or vietnam",
)


def check(context: CheckContext) -> Iterator[Finding]:
    for path, territory in context.territories():
        if not context.registry.is_territory(territory):
            yield context.finding(
                UNKNOWN_TERRITORY, msg("'{territory}' is not a territory nhaoxh knows", territory=territory), path
            )


RULE = Rule(__name__, (UNKNOWN_TERRITORY,), STRUCTURE, check, blocking=True)
