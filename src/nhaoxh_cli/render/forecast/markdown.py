"""`forecast --format markdown`: the same tables as the text output, for a document or an issue."""

from __future__ import annotations

from ...results.forecast import ForecastResult
from .. import RenderOptions
from ..tables import to_markdown
from .rows import blocks


def render(result: ForecastResult, options: RenderOptions) -> str:
    shown = blocks(result, details=options.details, by_year=options.by_year)
    first, rest = shown[0], shown[1:]
    return f"## {first}\n\n" + to_markdown(rest)
