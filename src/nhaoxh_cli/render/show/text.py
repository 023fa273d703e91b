"""`show --format text`: every figure of a plan in plain words, with its source (ids only with --details)."""

from __future__ import annotations

from ...results.catalogue import ShowResult
from .. import RenderOptions
from ..safe import visible
from .rows import lines


def render(result: ShowResult, options: RenderOptions) -> str:
    return "\n".join(visible(line) for line in lines(result, options.details)) + "\n"
