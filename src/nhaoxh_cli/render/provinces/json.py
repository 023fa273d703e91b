"""`provinces --format json`."""

from ...results.catalogue import PROVINCES_SCHEMA
from ..jsonout import json_renderer

render = json_renderer(PROVINCES_SCHEMA)
