"""`show --format json` (`nhaoxh.show/1`): every figure with its source, as data."""

from ...results.catalogue import SHOW_SCHEMA
from ..jsonout import json_renderer

render = json_renderer(SHOW_SCHEMA)
