"""`list --format json`."""

from ...results.catalogue import PLANS_SCHEMA
from ..jsonout import json_renderer

render = json_renderer(PLANS_SCHEMA)
