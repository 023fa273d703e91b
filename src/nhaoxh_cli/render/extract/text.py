"""What `extract` tells a person, in English or Vietnamese: lines made from an `Extraction`.

The CLI prints these lines to standard error; a script reads the
`Extraction` itself. Every sentence comes from the message catalogue
(`messages.py`, Vietnamese in `i18n/vi_extract.py`).
"""

from __future__ import annotations

import contextlib

from ...extract.messages import say
from ...extract.result import Extraction
from ...i18n import t, using
from ..safe import visible

#: The sections a summary counts, in the plan's order.
SECTIONS = ("targets", "completed", "reported", "snapshots", "pipeline", "stated_totals", "housing_support")
_SECTION_WORDS = {
    "targets": "targets",
    "completed": "completed",
    "reported": "reported",
    "snapshots": "snapshots",
    "pipeline": "pipeline",
    "stated_totals": "stated totals",
    "housing_support": "housing support",
}


def summary_lines(extraction: Extraction, lang: str | None = None, output: str | None = None) -> list[str]:
    """What was drafted, what to fill and check, and each figure seen but not placed with its reason."""
    with using(lang) if lang is not None else contextlib.nullcontext():
        return [visible(line) for line in _lines(extraction, output)]


def _lines(extraction: Extraction, output: str | None) -> list[str]:
    counts = [(s, extraction.count(s)) for s in SECTIONS]
    summary = ", ".join(f"{n} {t(_SECTION_WORDS[s])}" for s, n in counts if n) or t("nothing")
    where = t(" into {output}", output=output) if output else ""
    lines = [
        t(
            "drafted {n} figures from {name} ({summary}){where}.",
            n=len(extraction.placed),
            name=extraction.name,
            summary=summary,
            where=where,
        )
    ]
    lines += [t("to fill: {note}", note=say(n)) for n in extraction.to_fill]
    lines += [t("to check: {note}", note=say(n)) for n in extraction.to_check]
    lines += [
        t("not placed: line {line}: {figure} — {reason}", line=u.line, figure=u.written, reason=say(u.reason))
        for u in extraction.unplaced
    ]
    if not extraction.placed:
        lines.append(t("error: {message}", message=say_nothing(extraction)))
    return lines


def say_nothing(extraction: Extraction) -> str:
    from ...extract.result import Note

    return say(Note.of("nothing", name=extraction.name))
