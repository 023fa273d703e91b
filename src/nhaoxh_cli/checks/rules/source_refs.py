"""NX204 — a citation names a document the plan does not list.

Every figure cites a document listed under `sources` by its key. A figure
with an unknown source is still a figure: the arithmetic checks still run.

Passes::

    completed:
      - {period: 2021-2025, units: 100, source: {doc: doc1, section: "2"}}

Fails with NX204::

    completed:
      - {period: 2021-2025, units: 100, source: {doc: qd118, section: "2"}}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...findings import Finding, ProblemCode
from ...i18n import msg
from ..rule import ERROR, STRUCTURE, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

UNKNOWN_SOURCE = ProblemCode("NX204", ERROR, "unknown source", "name a document defined under 'sources'")


def check(context: CheckContext) -> Iterator[Finding]:
    known = context.plan.sources
    for path, citation in context.citations():
        if citation.doc not in known:
            choices = ", ".join(sorted(known)) or msg("none is defined")
            yield context.finding(
                UNKNOWN_SOURCE,
                msg("'{doc}' is not a document under sources ({choices})", doc=citation.doc, choices=choices),
                (*path, "doc"),
            )


RULE = Rule(__name__, (UNKNOWN_SOURCE,), STRUCTURE, check)
