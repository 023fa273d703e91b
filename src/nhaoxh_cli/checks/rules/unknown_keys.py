"""NX101 — a key the plan format does not have.

A misspelt field (`untis`) or stage (`strated`) would otherwise be ignored
and its figure lost. The finding points at the key and suggests the closest
field or stage.

Passes::

    completed:
      - {period: 2021-2025, units: 100, source: {doc: doc1, section: "2"}}

Fails with NX101::

    completed:
      - {period: 2021-2025, untis: 100, source: {doc: doc1, section: "2"}}
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

UNKNOWN_KEY = ProblemCode("NX101", ERROR, "unknown key", "check the spelling against docs/plan-format.md")

RULE = Rule(__name__, (UNKNOWN_KEY,), Stage.LOADER)
