"""Renderers: each turns engine results into text in one format.

A renderer is a module with `render_forecast(forecast, plan, options) -> str`
(and, for validation results, `render_findings`). They never print; the CLI
writes what they return. Modules are imported only when their format is
asked for, so `forecast` does not pay for formats it does not use.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from enum import StrEnum
from types import ModuleType


class ForecastFormat(StrEnum):
    """The formats of `forecast`; each value names its module under nhaoxh_cli.render."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"
    XLSX = "xlsx"

    @property
    def module(self) -> str:
        return {"json": "json_format", "csv": "csv_format", "xlsx": "xlsx_format"}.get(self.value, self.value)


class ValidateFormat(StrEnum):
    """The formats of `validate`; each value names its module under nhaoxh_cli.render."""

    TEXT = "text"
    JSON = "json"
    GITHUB = "github"

    @property
    def module(self) -> str:
        return f"findings_{self.value}"


class ReportFormat(StrEnum):
    """The formats of `report`; each value names its module under nhaoxh_cli.render."""

    TABLE = "table"
    MARKDOWN = "markdown"
    JSON = "json"
    CSV = "csv"
    HTML = "html"
    XLSX = "xlsx"

    @property
    def module(self) -> str:
        return "xlsx_format" if self is ReportFormat.XLSX else f"report_{self.value}"


class MissingExtra(RuntimeError):
    """A format needs an optional extra that is not installed (openpyxl for xlsx)."""


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False  # ANSI colours (a terminal, NO_COLOR unset)
    width: int = 100  # terminal columns for tables


def renderer(fmt: ForecastFormat | ValidateFormat | ReportFormat) -> ModuleType:
    return importlib.import_module(f"{__name__}.{fmt.module}")
