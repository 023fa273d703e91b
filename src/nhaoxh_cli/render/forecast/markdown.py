"""`forecast --format markdown`: the same tables as the text output, for a document or an issue."""

from ..tables import markdown_renderer
from .rows import blocks

render = markdown_renderer(lambda result, options: blocks(result, details=options.details, by_year=options.by_year))
