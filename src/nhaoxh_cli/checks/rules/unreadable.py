"""NX001 — the file cannot be read.

A missing link target, no permission to read, a folder named like a plan
(`2025.yaml/`), or a pipe, socket or device found in a plans folder (it
could block a reader forever, so it is not opened). The loader reports it
with the system's reason; there is no line to point at, and no YAML can show
it: tests/plans/negative/NX001-folder is a folder named like a plan.
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

UNREADABLE = ProblemCode("NX001", ERROR, "file cannot be read", "check the path and its permissions")

RULE = Rule(__name__, (UNREADABLE,), Stage.LOADER)
