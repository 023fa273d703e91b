"""NX108 — YAML read a word as yes/no.

YAML 1.1 (what PyYAML and most tools read) turns the unquoted words yes, no,
on, off, true and false — in any of their capitalisations — into a boolean.
Where text belongs, the finding names the word; where a number belongs too.

Passes::

    province:
      slug: testland
      name: "No"

Fails with NX108::

    province:
      slug: testland
      name: No
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

YES_NO = ProblemCode(
    "NX108",
    ERROR,
    "YAML read a word as yes/no",
    "put the text in quotes: YAML 1.1 reads yes/no/on/off as true/false",
)

RULE = Rule(__name__, (YES_NO,), Stage.LOADER)
