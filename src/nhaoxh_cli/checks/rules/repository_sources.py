"""NX113 — a source that is a file of this repository.

A source names what a reader can look up: a document by its number (số
hiệu), or an outlet and its article. A file of this repository — a
reference note under shared/, data/ or docs/, a .md, .yaml or .csv — is
where someone wrote the figure down, not where it comes from: cite the
outlet or document the file cites, with its date.

Passes::

    sources:
      doc1: {document: "Lao Động, news.laodong.vn/…-1637562.ldo", date: "2025-12-18"}

Fails with NX113::

    sources:
      doc1: {document: shared/reference/national-figures.md}
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...findings import Finding, ProblemCode
from ...i18n import msg
from ..rule import ERROR, STRUCTURE, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

REPOSITORY_SOURCE = ProblemCode(
    "NX113", ERROR, "source is a file of this repository", "cite the outlet or document the file cites, with its date"
)

_REPOSITORY_FILE = re.compile(r"(^|[\s/])(shared|data|docs|src|tests)/\S|\.(md|ya?ml|csv|py)\b", re.IGNORECASE)


def check(context: CheckContext) -> Iterator[Finding]:
    for key, source in context.plan.sources.items():
        if _REPOSITORY_FILE.search(source.document):
            yield context.finding(
                REPOSITORY_SOURCE,
                msg("the source '{key}' is the file {document}; cite what it cites", key=key, document=source.document),
                ("sources", key, "document"),
            )


RULE = Rule(__name__, (REPOSITORY_SOURCE,), STRUCTURE, check)
