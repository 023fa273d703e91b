"""`report --format markdown`: the same headline and tables, for a document."""

from __future__ import annotations

from ...results.report import ReportResult
from .. import RenderOptions
from ..tables import to_markdown
from .rows import blocks


def render(result: ReportResult, options: RenderOptions) -> str:
    shown = blocks(result)
    return f"## {shown[0]}\n\n" + to_markdown(shown[1:])
