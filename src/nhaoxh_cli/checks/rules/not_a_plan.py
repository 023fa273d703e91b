"""NX008 — the file holds no plan.

A plan file is a mapping of fields: an empty file, or one whose top level is
a list or a single value, holds none.

Passes (whole file)::

    schema_version: 1
    province: {slug: testland, name: Tỉnh Thử}

Fails with NX008 (whole file)::

    - schema_version: 1
    - province: {slug: testland, name: Tỉnh Thử}
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

NOT_A_PLAN = ProblemCode(
    "NX008",
    ERROR,
    "file is empty or not a mapping",
    "a plan file starts with 'schema_version: 1' and a 'province:' mapping",
)

RULE = Rule(__name__, (NOT_A_PLAN,), Stage.LOADER)
