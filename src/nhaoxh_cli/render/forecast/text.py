"""`forecast --format text`: the tables for a terminal (coloured there), a pipe or a file."""

from ..tables import text_renderer
from .rows import blocks

render = text_renderer(lambda result, options: blocks(result, details=options.details, by_year=options.by_year))
