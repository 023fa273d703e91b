"""`--format json`: one object following the forecast contract (SPEC.md)."""

from __future__ import annotations

import json

from ..results import PlanForecast
from . import RenderOptions
from .data import forecast_dict


def render_forecast(result: PlanForecast, options: RenderOptions) -> str:
    return json.dumps(forecast_dict(result), ensure_ascii=False, indent=2) + "\n"
