"""NX002 — the file is not UTF-8 text.

Plans are UTF-8 (a byte-order mark is allowed). A byte UTF-8 does not allow
— `T\xecnh` saved by an editor set to Latin-1 or Windows-1258 — is placed
by its byte offset, line and column; a UTF-16 or UTF-32 file is named as
such. Bytes, not YAML: tests/plans/negative/NX002-latin1-bytes shows it.
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

NOT_UTF8 = ProblemCode("NX002", ERROR, "file is not UTF-8 text", "save the file as UTF-8")

RULE = Rule(__name__, (NOT_UTF8,), Stage.LOADER)
