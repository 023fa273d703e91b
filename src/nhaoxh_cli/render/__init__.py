"""Renderers: each turns engine results into text in one format.

A renderer is a module with `render_forecast(forecast, plan, options) -> str`
(and, for validation results, `render_findings`). They never print; the CLI
writes what they return. Modules are imported only when their format is
asked for, so `forecast` does not pay for formats it does not use.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

#: format name → module under nhaoxh_cli.render
FORECAST_FORMATS: dict[str, str] = {
    "table": "table",
    "json": "json_format",
    "csv": "csv_format",
    "markdown": "markdown",
}


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False  # ANSI colours (a terminal, NO_COLOR unset)
    width: int = 100  # terminal columns for tables


def renderer(name: str, formats: dict[str, str]) -> ModuleType:
    return importlib.import_module(f"{__name__}.{formats[name]}")
