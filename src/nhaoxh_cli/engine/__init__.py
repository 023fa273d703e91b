"""The calculation: pure functions from a loaded plan to its forecast."""

from .forecast import Forecast, PeriodForecast, SpanForecast, TargetComparison, forecast_plan, target_units

__all__ = ["Forecast", "PeriodForecast", "SpanForecast", "TargetComparison", "forecast_plan", "target_units"]
