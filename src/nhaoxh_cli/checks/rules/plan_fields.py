"""The plan's fields: a mapping of the fields the format has, each of the
right type, in a format version this nhaoxh reads.

NX008 — the file holds no plan.

A plan file is a mapping of fields: an empty file, or one whose top level is
a list or a single value, holds none.

Passes (whole file)::

    schema_version: 1
    province: {slug: testland, name: Tỉnh Thử}

Fails with NX008 (whole file)::

    - schema_version: 1
    - province: {slug: testland, name: Tỉnh Thử}

NX110 — a schema_version this nhaoxh does not read.

Every plan starts with `schema_version: 1`; a plan of a later format is not
read as if it were this one.

Passes::

    schema_version: 1

Fails with NX110::

    schema_version: 2

NX101 — a key the plan format does not have.

A misspelt field (`untis`) or stage (`strated`) would otherwise be ignored
and its figure lost. The finding points at the key and suggests the closest
field or stage.

Passes::

    completed:
      - {period: 2021-2025, units: 100, source: {doc: doc1, section: "2"}}

Fails with NX101::

    completed:
      - {period: 2021-2025, untis: 100, source: {doc: doc1, section: "2"}}

NX102 — a required field is missing.

Every figure cites its source; a period has its years; a target its kind.
The finding points at the mapping that lacks the field.

Passes::

    completed:
      - {period: 2021-2025, units: 100, source: {doc: doc1, section: "2"}}

Fails with NX102::

    completed:
      - {period: 2021-2025, units: 100}

NX103 — a value of the wrong type or form.

A mapping where a list belongs, a kind that is not quota/goal/demand, a year
that is no year, a date that is no date, a number too long to be a figure.
The message says what was expected, in nhaoxh's words where it has them
(pydantic's otherwise).

Passes::

    targets:
      - {id: quota-1, kind: quota, period: 2021-2025, units: 1000, source: {doc: doc1, section: "1"}}

Fails with NX103::

    targets:
      - {id: quota-1, kind: target, period: 2021-2025, units: 1000, source: {doc: doc1, section: "1"}}
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, LOADER, Rule

NOT_A_PLAN = ProblemCode(
    "NX008",
    ERROR,
    "file is empty or not a mapping",
    "a plan file starts with 'schema_version: 1' and a 'province:' mapping",
)

UNSUPPORTED_VERSION = ProblemCode(
    "NX110", ERROR, "unsupported schema_version", "this version of nhaoxh reads schema_version 1"
)

UNKNOWN_KEY = ProblemCode("NX101", ERROR, "unknown key", "check the spelling against docs/plan-format.md")

MISSING_FIELD = ProblemCode("NX102", ERROR, "missing field", "add the field; docs/plan-format.md says what it holds")

WRONG_VALUE = ProblemCode("NX103", ERROR, "wrong type or value", "write the value as docs/plan-format.md shows")

RULE = Rule(
    __name__,
    (
        NOT_A_PLAN,
        UNSUPPORTED_VERSION,
        UNKNOWN_KEY,
        MISSING_FIELD,
        WRONG_VALUE,
    ),
    LOADER,
)
