"""`forecast --format text`: the tables for a terminal (coloured there), a pipe or a file."""

from __future__ import annotations

from ...results.forecast import ForecastResult
from .. import RenderOptions
from ..tables import to_text
from .rows import blocks


def render(result: ForecastResult, options: RenderOptions) -> str:
    shown = blocks(result, details=options.details, by_year=options.by_year)
    return to_text(shown, color=options.color, width=options.width)
