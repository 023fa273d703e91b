"""NX104 — units that are not a whole number.

Vietnamese documents group thousands with a dot: "4.017 căn" is four
thousand and seventeen units. Unquoted, YAML reads 4.017 as the decimal
number four point zero one seven, so a units field refuses decimals (and
says which whole number the source probably means) instead of silently
reading four units. Text with a decimal comma ("1,5") is refused too.

Passes::

    housing_support:
      - {programme: xóa nhà tạm, households: "4.017", source: {doc: doc1, section: "3"}}

Fails with NX104::

    housing_support:
      - {programme: xóa nhà tạm, households: 4.017, source: {doc: doc1, section: "3"}}
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

NOT_WHOLE = ProblemCode(
    "NX104",
    ERROR,
    "units are not a whole number",
    'write units as 4017 or "4.017" (quoted), never `4.017` unquoted',
)

RULE = Rule(__name__, (NOT_WHOLE,), Stage.LOADER)
