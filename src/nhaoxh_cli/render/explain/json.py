"""`explain --format json` (`nhaoxh.explain/2`): the steps and the targets, as data."""

from ...results.catalogue import EXPLAIN_SCHEMA
from ..jsonout import json_renderer

render = json_renderer(EXPLAIN_SCHEMA)
