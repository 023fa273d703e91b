"""YAML 1.1's typing: plain text YAML reads as something else.

YAML 1.1 (what PyYAML and most tools read) types plain scalars by their
looks: `NO` is false, `01` is the number 1, `1:30` is 90. Where the plan
wants text or a figure, such a reading is refused with what YAML read and
how to write what was meant.

NX108 — YAML read a word as yes/no.

YAML 1.1 (what PyYAML and most tools read) turns the unquoted words yes, no,
on, off, true and false — in any of their capitalisations — into a boolean.
Where text belongs, the finding names the word; where a number belongs too.

Passes::

    province:
      slug: testland
      name: "No"

Fails with NX108::

    province:
      slug: testland
      name: No

NX109 — YAML read text as a number.

Province codes are two digits, `01` to `96`: unquoted, YAML 1.1 reads `01`
as the number 1 (and `010` as 8, in octal), so text fields refuse numbers.

Passes::

    province:
      slug: testland
      name: Tỉnh Thử
      code: "01"

Fails with NX109::

    province:
      slug: testland
      name: Tỉnh Thử
      code: 01

NX115 — a figure written in a number form of YAML 1.1.

YAML 1.1 reads `1:2:3` as 3.723 (base 60), `0x1F` as 31, `017` as 15 (octal)
and `1_000` as 1.000: none of them is a figure as a document writes it. A
units, share or amount field refuses them instead of reading another number
(plain digits, a leading + or -, and quoted Vietnamese-style text are read).

Passes::

    housing_support:
      - {programme: xóa nhà tạm, households: "4.017", source: {doc: doc1, section: "3"}}

Fails with NX115::

    housing_support:
      - {programme: xóa nhà tạm, households: 1:2:3, source: {doc: doc1, section: "3"}}
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, LOADER, Rule

YES_NO = ProblemCode(
    "NX108",
    ERROR,
    "YAML read a word as yes/no",
    "put the text in quotes: YAML 1.1 reads yes/no/on/off as true/false",
)

NUMBER_AS_TEXT = ProblemCode(
    "NX109", ERROR, "YAML read text as a number", 'put the value in quotes so it stays text (e.g. code: "01")'
)

YAML11_NUMBER = ProblemCode(
    "NX115",
    ERROR,
    "figure written in a YAML 1.1 number form",
    'write figures in plain digits (4017) or quoted the Vietnamese way ("4.017"): '
    "YAML 1.1 reads 1:30, 0x1F, 017 and 1_000 as other numbers",
)

RULE = Rule(
    __name__,
    (
        YES_NO,
        NUMBER_AS_TEXT,
        YAML11_NUMBER,
    ),
    LOADER,
)
