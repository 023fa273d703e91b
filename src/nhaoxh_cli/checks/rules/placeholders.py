"""NX116 — a template's placeholder not yet filled.

`nhaoxh new` writes a plan template whose values a person must fill from the
unit's documents; each one it cannot guess reads "FILL: …" (the number of the
deciding document, say). Until every one is filled, the file is not a plan:
its figures could not be cited, and `report` counts it as holding no data.

Passes::

    sources:
      doc1: {document: 1/QĐ-UBND, date: "2024-01-15"}

Fails with NX116::

    sources:
      doc1: {document: "FILL: số hiệu văn bản, ví dụ 117/QĐ-UBND"}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ...findings import Finding, ProblemCode
from ...i18n import msg
from ..rule import ERROR, STRUCTURE, Rule

if TYPE_CHECKING:
    from ...loader.yamlnodes import Path
    from ..context import CheckContext

#: What `nhaoxh new` writes where a person must fill a value (render/template.py).
PLACEHOLDER = "FILL:"

UNFILLED = ProblemCode(
    "NX116", ERROR, "template placeholder not filled", "write the value the unit's document gives, with its source"
)


def _strings(value: Any, path: Path) -> Iterator[tuple[Path, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))


def check(context: CheckContext) -> Iterator[Finding]:
    if PLACEHOLDER not in context.document.text:  # the common case: one scan of the text, no walk
        return
    for path, text in _strings(context.document.data, ()):
        if PLACEHOLDER in text:
            yield context.finding(UNFILLED, msg("still the template's placeholder: {text}", text=text), path)


RULE = Rule(__name__, (UNFILLED,), STRUCTURE, check)
