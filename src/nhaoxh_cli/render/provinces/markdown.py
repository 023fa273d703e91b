"""`provinces --format markdown`."""

from ..tables import markdown_renderer
from .rows import table

render = markdown_renderer(lambda result, options: table(result))
