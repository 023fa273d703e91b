"""`forecast --format json`: the result as it is (`nhaoxh.forecast/2`, docs/json.md)."""

from __future__ import annotations

from ...results.forecast import FORECAST_SCHEMA, ForecastResult
from .. import RenderOptions
from ..jsonout import dumps


def render(result: ForecastResult, options: RenderOptions) -> str:
    return dumps(FORECAST_SCHEMA, result)
