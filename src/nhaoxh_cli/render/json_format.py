"""`--format json`: one object following the forecast contract (SPEC.md)."""

from __future__ import annotations

import json

from ..engine import Forecast
from ..model import Plan
from . import RenderOptions
from .data import forecast_dict


def render_forecast(forecast: Forecast, plan: Plan, options: RenderOptions) -> str:
    return json.dumps(forecast_dict(forecast, plan), ensure_ascii=False, indent=2) + "\n"
