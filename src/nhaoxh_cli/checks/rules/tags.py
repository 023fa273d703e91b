"""NX006 — a YAML tag other than the plain types.

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
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

TAG = ProblemCode(
    "NX006",
    ERROR,
    "unsupported YAML tag",
    "remove the tag (the part starting with '!'); plans hold plain values only",
)

RULE = Rule(__name__, (TAG,), Stage.LOADER)
