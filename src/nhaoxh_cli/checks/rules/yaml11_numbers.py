"""NX111 — a figure written in a number form of YAML 1.1.

YAML 1.1 reads `1:2:3` as 3.723 (base 60), `0x1F` as 31, `017` as 15 (octal)
and `1_000` as 1.000: none of them is a figure as a document writes it. A
units, share or amount field refuses them instead of reading another number
(plain digits, a leading + or -, and quoted Vietnamese-style text are read).

Passes::

    housing_support:
      - {programme: xóa nhà tạm, households: "4.017", source: {doc: doc1, section: "3"}}

Fails with NX111::

    housing_support:
      - {programme: xóa nhà tạm, households: 1:2:3, source: {doc: doc1, section: "3"}}
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

YAML11_NUMBER = ProblemCode(
    "NX111",
    ERROR,
    "figure written in a YAML 1.1 number form",
    'write figures in plain digits (4017) or quoted the Vietnamese way ("4.017"): '
    "YAML 1.1 reads 1:30, 0x1F, 017 and 1_000 as other numbers",
)

RULE = Rule(__name__, (YAML11_NUMBER,), Stage.LOADER)
