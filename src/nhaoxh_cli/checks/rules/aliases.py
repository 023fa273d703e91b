"""NX005 — an alias or a merge key.

An alias (`*name`) reuses the value an anchor (`&name`) marks; a merge key
(`<<: *name`) copies a whole mapping. Both make one figure stand in two
places, and aliases of aliases grow exponentially ("billion laughs"): every
alias and merge key is refused where it stands, nothing is expanded.

Passes::

    sources:
      doc1: {document: 1/QĐ-UBND, date: "2024-01-15"}
      doc2: {document: 1/QĐ-UBND, date: "2024-01-15"}

Fails with NX005::

    sources:
      doc1: &decision {document: 1/QĐ-UBND, date: "2024-01-15"}
      doc2: *decision
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

ALIAS = ProblemCode(
    "NX005", ERROR, "anchors and aliases are not allowed", "write the value out in full instead of using & and *"
)

RULE = Rule(__name__, (ALIAS,), Stage.LOADER)
