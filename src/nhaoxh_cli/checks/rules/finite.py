"""NX107 — not a finite number.

YAML reads `.nan` and `.inf` as numbers; no figure of a plan is either.

Passes::

    completed:
      - {period: 2021-2025, units: 100, source: {doc: doc1, section: "2"}}

Fails with NX107::

    completed:
      - {period: 2021-2025, units: .nan, source: {doc: doc1, section: "2"}}
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

NOT_FINITE = ProblemCode("NX107", ERROR, "not a finite number", "write a number (NaN and infinity are not figures)")

RULE = Rule(__name__, (NOT_FINITE,), Stage.LOADER)
