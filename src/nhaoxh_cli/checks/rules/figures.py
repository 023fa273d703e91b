"""Figures: whole units, no negative, shares within 0–100%, finite numbers.

NX104 — units that are not a whole number.

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

NX105 — a negative number of units.

Passes::

    completed:
      - {period: 2021-2025, units: 100, source: {doc: doc1, section: "2"}}

Fails with NX105::

    completed:
      - {period: 2021-2025, units: -100, source: {doc: doc1, section: "2"}}

NX106 — a share outside 0–100%.

Shares are percentages: 60, "60%" or "60,5%". A share of 160% is a typo
(or 0.6 written for 60%).

Passes::

    pipeline:
      started:
        units: 1000
        source: {doc: doc1, section: "2"}
        deliveries:
          - {period: 2021-2025, share: 60%, source: {doc: doc1, section: "2"}}

Fails with NX106::

    pipeline:
      started:
        units: 1000
        source: {doc: doc1, section: "2"}
        deliveries:
          - {period: 2021-2025, share: 160%, source: {doc: doc1, section: "2"}}

NX107 — not a finite number.

YAML reads `.nan` and `.inf` as numbers; no figure of a plan is either.

Passes::

    completed:
      - {period: 2021-2025, units: 100, source: {doc: doc1, section: "2"}}

Fails with NX107::

    completed:
      - {period: 2021-2025, units: .nan, source: {doc: doc1, section: "2"}}
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, LOADER, Rule

NOT_WHOLE = ProblemCode(
    "NX104",
    ERROR,
    "units are not a whole number",
    'write units as 4017 or "4.017" (quoted), never `4.017` unquoted',
)

NEGATIVE = ProblemCode("NX105", ERROR, "negative number", "units and years cannot be negative")

SHARE_RANGE = ProblemCode("NX106", ERROR, "share outside 0–100%", "write the share as a percentage between 0 and 100")

NOT_FINITE = ProblemCode("NX107", ERROR, "not a finite number", "write a number (NaN and infinity are not figures)")

RULE = Rule(
    __name__,
    (
        NOT_WHOLE,
        NEGATIVE,
        SHARE_RANGE,
        NOT_FINITE,
    ),
    LOADER,
)
