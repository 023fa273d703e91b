"""The calculation: pure functions from a loaded plan to its forecast."""

from .forecast import (
    Forecast,
    PeriodForecast,
    SpanForecast,
    TargetComparison,
    forecast_plan,
    forecast_territories,
    reported_sum,
    target_units,
)

__all__ = [
    "Forecast",
    "PeriodForecast",
    "SpanForecast",
    "TargetComparison",
    "forecast_plan",
    "forecast_territories",
    "reported_sum",
    "target_units",
]
