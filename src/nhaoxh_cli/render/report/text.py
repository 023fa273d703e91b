"""`report --format text`: the headline, then the tables, for a terminal, a pipe or a file."""

from __future__ import annotations

from ...results.report import ReportResult
from .. import RenderOptions
from ..tables import to_text
from .rows import blocks


def render(result: ReportResult, options: RenderOptions) -> str:
    return to_text(blocks(result), color=options.color, width=options.width)
