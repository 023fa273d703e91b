"""`report --format markdown`: the same headline and tables, for a document."""

from ..tables import markdown_renderer
from .rows import blocks

render = markdown_renderer(lambda result, options: blocks(result))
