"""NX004 — a key appears twice in one mapping.

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
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

DUPLICATE_KEY = ProblemCode("NX004", ERROR, "duplicate key", "merge the two entries into one, or delete the wrong one")

RULE = Rule(__name__, (DUPLICATE_KEY,), Stage.LOADER)
