"""What `extract` tells a person, in English or Vietnamese: lines made from an `Extraction`.

The CLI prints these lines to standard error; a script reads the
`Extraction` itself. Every sentence comes from the message catalogue
(`messages.py`, Vietnamese in `i18n/vi_extract.py`).
"""

from __future__ import annotations

import contextlib

from ...extract.messages import say
from ...extract.result import Extraction
from ...i18n import N_, plural, t, using
from ..safe import visible

#: The sections a summary counts, in the plan's order, each as "1 target" / "2 targets".
SECTIONS = ("targets", "completed", "reported", "snapshots", "pipeline", "stated_totals", "housing_support")
_SECTION_WORDS = {
    "targets": (N_("{count} target"), N_("{count} targets")),
    "completed": (N_("{count} completed"), N_("{count} completed")),
    "reported": (N_("{count} reported"), N_("{count} reported")),
    "snapshots": (N_("{count} snapshot"), N_("{count} snapshots")),
    "pipeline": (N_("{count} pipeline stage"), N_("{count} pipeline stages")),
    "stated_totals": (N_("{count} stated total"), N_("{count} stated totals")),
    "housing_support": (N_("{count} housing support"), N_("{count} housing support")),
}


def summary_lines(extraction: Extraction, lang: str | None = None, output: str | None = None) -> list[str]:
    """What was drafted, what to fill and check, and each figure seen but not placed with its reason.

    `output` is where the draft was written; when no figure was placed, no draft is written and the
    last line says so (an error: the command exits 1)."""
    with using(lang) if lang is not None else contextlib.nullcontext():
        return [visible(line) for line in _lines(extraction, output)]


def _lines(extraction: Extraction, output: str | None) -> list[str]:
    counts = [(s, extraction.count(s)) for s in SECTIONS]
    summary = ", ".join(plural(n, *_SECTION_WORDS[s]) for s, n in counts if n) or t("nothing")
    where = t(" into {output}", output=output) if output and extraction.placed else ""
    lines = (
        [
            plural(
                len(extraction.placed),
                "drafted {count} figure from {name} ({summary}){where}.",
                "drafted {count} figures from {name} ({summary}){where}.",
                name=extraction.name,
                summary=summary,
                where=where,
            )
        ]
        if extraction.placed
        else []  # nothing drafted: the closing error says so, once
    )
    lines += [t("to fill: {note}", note=say(n)) for n in extraction.to_fill]
    lines += [t("to check: {note}", note=say(n)) for n in extraction.to_check]
    lines += [
        t("not placed: line {line}: {figure} — {reason}", line=u.line, figure=u.written, reason=say(u.reason))
        for u in extraction.unplaced
    ]
    if not extraction.placed:
        lines.append(t("error: {message}", message=say_nothing(extraction, output)))
    return lines


def say_nothing(extraction: Extraction, output: str | None = None) -> str:
    """Why there is no draft: no figure seen at all, or none of those seen placed; and that nothing was written."""
    if extraction.unplaced:
        text = plural(
            len(extraction.unplaced),
            "the {count} figure seen in {name} could not be placed (the reason is above)",
            "none of the {count} figures seen in {name} could be placed (the reasons are above)",
            name=extraction.name,
        )
    else:
        text = t("no figure in {name} matches a known phrasing", name=extraction.name)
    if output:
        return text + t("; no draft, so nothing was written to {output}", output=output)
    return text + t("; no draft")
