"""The file itself: readable, UTF-8, inside the plans folder.

Files, bytes and links, which no YAML example shows: each code has its case in
tests/plans/negative/.

NX001 — the file cannot be read.

A missing link target, no permission to read, a folder named like a plan
(`2025.yaml/`), or a pipe, socket or device found in a plans folder (it
could block a reader forever, so it is not opened). The loader reports it
with the system's reason; there is no line to point at, and no YAML can show
it: tests/plans/negative/NX001-folder is a folder named like a plan.

NX002 — the file is not UTF-8 text.

Plans are UTF-8 (a byte-order mark is allowed). A byte UTF-8 does not allow
— `T\xecnh` saved by an editor set to Latin-1 or Windows-1258 — is placed
by its byte offset, line and column; a UTF-16 or UTF-32 file is named as
such. Bytes, not YAML: tests/plans/negative/NX002-latin1-bytes shows it.

NX009 — a link in a plans folder leads outside it.

`plans/x.yaml -> /etc/shadow` is not followed: nothing of its target is read
or printed (a pull request could otherwise make CI print a file of the
runner into its log). A link within the folder is read as usual. No YAML can
show it: tests/plans/negative/NX009-link-outside holds such a link.
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, LOADER, Rule

UNREADABLE = ProblemCode("NX001", ERROR, "file cannot be read", "check the path and its permissions")

NOT_UTF8 = ProblemCode("NX002", ERROR, "file is not UTF-8 text", "save the file as UTF-8")

OUTSIDE_LINK = ProblemCode(
    "NX009",
    ERROR,
    "link points outside the plans folder",
    "copy the plan into the folder instead of linking to it",
)

RULE = Rule(
    __name__,
    (
        UNREADABLE,
        NOT_UTF8,
        OUTSIDE_LINK,
    ),
    LOADER,
)
