"""`list --format text`."""

from ..tables import text_renderer
from .rows import table

render = text_renderer(lambda result, options: table(result))
