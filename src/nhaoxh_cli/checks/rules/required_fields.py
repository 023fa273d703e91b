"""NX102 — a required field is missing.

Every figure cites its source; a period has its years; a target its kind.
The finding points at the mapping that lacks the field.

Passes::

    completed:
      - {period: 2021-2025, units: 100, source: {doc: doc1, section: "2"}}

Fails with NX102::

    completed:
      - {period: 2021-2025, units: 100}
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

MISSING_FIELD = ProblemCode("NX102", ERROR, "missing field", "add the field; docs/plan-format.md says what it holds")

RULE = Rule(__name__, (MISSING_FIELD,), Stage.LOADER)
