"""Reading YAML safely: one document of plain values, each key once, no alias,
no tag, within the limits.

NX003 — the text is not YAML.

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

NX004 — a key appears twice in one mapping.

Most YAML readers silently keep the last of the two (PyYAML issue #165), so
a stage pasted twice would lose its first figures, a source pasted twice its
first document. Each duplicate is reported where it stands, with the line of
the first; the duplicate's value is left out and the rest of the file is
still checked.

Passes::

    sources:
      doc1: {document: 1/QĐ-UBND, date: "2024-01-15"}
      doc2: {document: 2/QĐ-UBND, date: "2024-02-01"}

Fails with NX004::

    sources:
      doc1: {document: 1/QĐ-UBND, date: "2024-01-15"}
      doc1: {document: 2/QĐ-UBND, date: "2024-02-01"}

NX005 — an alias or a merge key.

An alias (`*name`) reuses the value an anchor (`&name`) marks; a merge key
(`<<: *name`) copies a whole mapping. Both make one figure stand in two
places, and aliases of aliases grow exponentially ("billion laughs"): every
alias and merge key is refused where it stands, nothing is expanded.

Passes::

    sources:
      doc1: {document: 1/QĐ-UBND, date: "2024-01-15"}
      doc2: {document: 1/QĐ-UBND, date: "2024-01-15"}

Fails with NX005::

    sources:
      doc1: &decision {document: 1/QĐ-UBND, date: "2024-01-15"}
      doc2: *decision

NX006 — a YAML tag other than the plain types.

Plans hold text, numbers, yes/no, dates, lists and mappings. Any other tag
(`!!python/object/apply:os.system`, `!!binary`, `!custom`) is refused where
it stands; no constructor ever runs.

Passes::

    province:
      slug: testland
      name: Tỉnh Thử

Fails with NX006::

    province:
      slug: testland
      name: !!python/object/apply:os.system ["echo hi"]

NX007 — the file exceeds a limit.

A hostile file must not exhaust the machine that reads it (CI runs nhaoxh on
strangers' pull requests): files over 20 MiB are refused before they are
read (`--max-file-size`), files of more than 2.000.000 values while they are
read (`--max-values`), and values nested more than 64 levels deep — bracket
nesting before the parser sees it, since libyaml slows down with the square
of its depth (see loader/limits.py and docs/security.md).

Passes::

    scenarios: {slow: {stages: {started: {share_factor: 80, delay_years: 1}}}}

Fails with NX007::

    notes: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["sixty-five levels"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, LOADER, Rule

SYNTAX = ProblemCode(
    "NX003", ERROR, "YAML syntax error", "fix the YAML at the position shown; quote text containing ': ' or '#'"
)

DUPLICATE_KEY = ProblemCode("NX004", ERROR, "duplicate key", "merge the two entries into one, or delete the wrong one")

ALIAS = ProblemCode(
    "NX005", ERROR, "anchors and aliases are not allowed", "write the value out in full instead of using & and *"
)

TAG = ProblemCode(
    "NX006",
    ERROR,
    "unsupported YAML tag",
    "remove the tag (the part starting with '!'); plans hold plain values only",
)

LIMIT = ProblemCode(
    "NX007", ERROR, "file exceeds a size limit", "split the file, or raise the limit if the plan really is this large"
)

RULE = Rule(
    __name__,
    (
        SYNTAX,
        DUPLICATE_KEY,
        ALIAS,
        TAG,
        LIMIT,
    ),
    LOADER,
)
