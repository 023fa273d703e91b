"""NX004 — a key appears twice in one mapping.

Most YAML readers silently keep the last of the two (PyYAML issue #165), so
a stage pasted twice would lose its first figures. Each duplicate is
reported where it stands, with the line of the first; the duplicate's value
is left out and the rest of the file is still checked.

Passes::

    pipeline:
      started: {units: 1000, source: {doc: doc1, section: "2"}}
      investor_selected: {units: 500, source: {doc: doc1, section: "2"}}

Fails with NX004::

    pipeline:
      started: {units: 1000, source: {doc: doc1, section: "2"}}
      started: {units: 500, source: {doc: doc1, section: "2"}}
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

DUPLICATE_KEY = ProblemCode("NX004", ERROR, "duplicate key", "merge the two entries into one, or delete the wrong one")

RULE = Rule(__name__, (DUPLICATE_KEY,), Stage.LOADER)
