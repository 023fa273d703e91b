"""NX003 — the text is not YAML.

A syntax error (placed where the parser stopped, in the parser's own
words), a character YAML does not allow (a control character, placed
exactly), a second document (`---`) in one file, or a key that is a list or
a mapping.

Passes::

    province:
      slug: testland
      name: "Tỉnh Thử: tỉnh mẫu"

Fails with NX003::

    province:
      slug: testland
      name: Tỉnh Thử: tỉnh mẫu
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

SYNTAX = ProblemCode(
    "NX003", ERROR, "YAML syntax error", "fix the YAML at the position shown; quote text containing ': ' or '#'"
)

RULE = Rule(__name__, (SYNTAX,), Stage.LOADER)
