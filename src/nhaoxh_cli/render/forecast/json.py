"""`forecast --format json`: the result as it is (`nhaoxh.forecast/2`, docs/json.md)."""

from ...results.forecast import FORECAST_SCHEMA
from ..jsonout import json_renderer

render = json_renderer(FORECAST_SCHEMA)
