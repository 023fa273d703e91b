"""`report --format text`: the headline, then the tables, for a terminal, a pipe or a file."""

from ..tables import text_renderer
from .rows import blocks

render = text_renderer(lambda result, options: blocks(result))
