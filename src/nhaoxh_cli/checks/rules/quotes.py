"""NX307 — a figure does not appear in the quote of its source.

A citation may keep the source's own words (`quote`). The figure must appear
in them as a Vietnamese document writes it (4.017, or 4017; "01 triệu" for
a million), not inside a longer number: a mistyped digit shows here.

Passes::

    completed:
      - {period: 2021-2025, units: 100, source: {doc: doc1, section: "2", quote: "hoàn thành 100 căn"}}

Fails with NX307::

    completed:
      - {period: 2021-2025, units: 110, source: {doc: doc1, section: "2", quote: "hoàn thành 100 căn"}}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...findings import Finding, ProblemCode
from ...i18n import msg
from ...model import Citation
from ..rule import ARITHMETIC, WARNING, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

NOT_IN_QUOTE = ProblemCode(
    "NX307",
    WARNING,
    "figure not found in its quote",
    "check the figure against the quoted words: a digit may be mistyped",
)


def as_written(units: int) -> list[str]:
    """The ways a Vietnamese document writes `units`: 36.126 (a dot groups thousands), 36126, and
    "01 triệu" or "1 triệu" for a whole number of millions. (How the source writes a figure, which a
    quote is searched for; how nhaoxh shows a figure is the reader's choice, i18n.number.)"""
    written = [f"{units:,}".replace(",", "."), str(units)]
    if units and units % 1_000_000 == 0:
        millions = units // 1_000_000
        written += [f"{millions} triệu", f"{millions:02d} triệu"]
    return written


def _appears(figure: str, quote: str) -> bool:
    r"""Whether `figure` stands in `quote` as a number of its own — not after a digit, a dot or a comma;
    not before a digit, nor before a dot or a comma and a digit: what `(?<![\d.,])FIGURE(?![\d]|[.,]\d)`
    finds (`\d` any decimal digit, as `str.isdecimal` says), without compiling a pattern per figure."""
    start = quote.find(figure)
    while start != -1:
        before = quote[start - 1] if start else ""
        after = quote[start + len(figure) : start + len(figure) + 2]
        if not (before.isdecimal() or before in (".", ",")) and not (
            after[:1].isdecimal() or (after[:1] in (".", ",") and after[1:].isdecimal())
        ):
            return True
        start = quote.find(figure, start + 1)
    return False


def check(context: CheckContext) -> Iterator[Finding]:
    plan = context.plan
    candidates: list[tuple[int | None, Citation | None, tuple[str | int, ...]]] = []
    candidates += [(t.units, t.source, ("targets", i)) for i, t in enumerate(plan.targets)]
    candidates += [(c.units, c.source, ("completed", i)) for i, c in enumerate(plan.completed)]
    candidates += [(t.units, t.source, ("stated_totals", i)) for i, t in enumerate(plan.stated_totals)]
    for stage, pipeline in plan.pipeline.items():
        candidates.append((pipeline.units, pipeline.source, ("pipeline", stage.value)))
        candidates += [
            (d.units, d.source, ("pipeline", stage.value, "deliveries", j)) for j, d in enumerate(pipeline.deliveries)
        ]
    for units, citation, path in candidates:
        if units is None or citation is None or not citation.quote:
            continue
        if any(_appears(written, citation.quote) for written in as_written(units)):
            continue
        yield context.finding(
            NOT_IN_QUOTE,
            msg(
                '{units} does not appear in its quote "{quote}" ({cite})',
                units=units,
                quote=citation.quote,
                cite=context.cite(citation),
            ),
            (*path, "units"),
        )


RULE = Rule(__name__, (NOT_IN_QUOTE,), ARITHMETIC, check)
