"""nhaoxh: progress calculator for Vietnam's social housing programme (nhà ở xã hội).

The package is a library first: load plans, forecast them and compare them
with their targets from Python, exactly as the `nhaoxh` command does. See
`nhaoxh_cli.api` for the functions and an example.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_API = {"InvalidPlan", "find_plan", "forecast", "forecast_all", "load_plan", "report", "validate"}


def __getattr__(name: str) -> Any:
    # Imported on first use, so that `nhaoxh --version` does not load pydantic or YAML.
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'nhaoxh_cli' has no attribute {name!r}")


__all__ = ["InvalidPlan", "__version__", "find_plan", "forecast", "forecast_all", "load_plan", "report", "validate"]
