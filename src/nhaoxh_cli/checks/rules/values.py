"""NX103 — a value of the wrong type or form.

A mapping where a list belongs, a kind that is not quota/goal/demand, a year
that is no year, a date that is no date, a number too long to be a figure.
The message says what was expected, in nhaoxh's words where it has them
(pydantic's otherwise).

Passes::

    targets:
      - {id: quota-1, kind: quota, period: 2021-2025, units: 1000, source: {doc: doc1, section: "1"}}

Fails with NX103::

    targets:
      - {id: quota-1, kind: target, period: 2021-2025, units: 1000, source: {doc: doc1, section: "1"}}
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

WRONG_VALUE = ProblemCode("NX103", ERROR, "wrong type or value", "write the value as docs/plan-format.md shows")

RULE = Rule(__name__, (WRONG_VALUE,), Stage.LOADER)
