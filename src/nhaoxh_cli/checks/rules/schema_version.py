"""NX110 — a schema_version this nhaoxh does not read.

Every plan starts with `schema_version: 1`; a plan of a later format is not
read as if it were this one.

Passes::

    schema_version: 1

Fails with NX110::

    schema_version: 2
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

UNSUPPORTED_VERSION = ProblemCode(
    "NX110", ERROR, "unsupported schema_version", "this version of nhaoxh reads schema_version 1"
)

RULE = Rule(__name__, (UNSUPPORTED_VERSION,), Stage.LOADER)
