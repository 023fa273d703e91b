"""NX109 — YAML read text as a number.

Province codes are two digits, `01` to `96`: unquoted, YAML 1.1 reads `01`
as the number 1 (and `010` as 8, in octal), so text fields refuse numbers.

Passes::

    province:
      slug: testland
      name: Tỉnh Thử
      code: "01"

Fails with NX109::

    province:
      slug: testland
      name: Tỉnh Thử
      code: 01
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

NUMBER_AS_TEXT = ProblemCode(
    "NX109", ERROR, "YAML read text as a number", 'put the value in quotes so it stays text (e.g. code: "01")'
)

RULE = Rule(__name__, (NUMBER_AS_TEXT,), Stage.LOADER)
