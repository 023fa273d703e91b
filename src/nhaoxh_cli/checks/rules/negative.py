"""NX105 — a negative number of units.

Passes::

    completed:
      - {period: 2021-2025, units: 100, source: {doc: doc1, section: "2"}}

Fails with NX105::

    completed:
      - {period: 2021-2025, units: -100, source: {doc: doc1, section: "2"}}
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

NEGATIVE = ProblemCode("NX105", ERROR, "negative number", "units and years cannot be negative")

RULE = Rule(__name__, (NEGATIVE,), Stage.LOADER)
