"""`provinces --format csv`."""

from ..csvout import csv_renderer
from .rows import csv_rows

render = csv_renderer(csv_rows)
