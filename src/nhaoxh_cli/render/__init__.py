"""Renderers: a view's result in one format, as text or bytes. They never compute and never print.

The layout says what exists: one folder per view (`forecast/`, `report/`, `validate/`,
`provinces/`, `plans/`, `show/`, `explain/`, `extract/`, `importer/`), one module per format in
it (`text.py`, `markdown.py`, `csv.py`, `json.py`, `html.py`, `xlsx.py`, `github.py`). Every
renderer is a function `render(result, options) -> str | bytes`; `REGISTRY` below is the one
list of them, which the CLI's `--format` choices, its help, the docs and the tests all read.
A format a view does not have is a usage error naming the ones it has — never a wrong file.
Modules are imported only when their format is asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from ..errors import UsageError
from ..values import frozen


@frozen
class RenderOptions:
    color: bool = False  # ANSI colours (a terminal, NO_COLOR unset)
    width: int | None = None  # columns to lay tables out for; None: never cut or wrap a cell
    details: bool = False  # forecast: the projection by stage, the plan against the outcome, sources
    by_year: bool = False  # forecast: the table of years
    terminal: bool = False  # stdout is a terminal (bar charts, progress)


class MissingExtra(UsageError):
    """A format needs an optional extra that is not installed (openpyxl for xlsx)."""

    def __init__(self, extra: str, package: str) -> None:
        super().__init__("missing_extra", extra=extra, package=package)


Renderer = Callable[[Any, RenderOptions], "str | bytes"]

#: view → format → "module:function" under nhaoxh_cli.render. The first format is the default.
REGISTRY: dict[str, dict[str, str]] = {
    "forecast": {
        "text": "forecast.text:render",
        "markdown": "forecast.markdown:render",
        "json": "forecast.json:render",
        "csv": "forecast.csv:render",
        "xlsx": "forecast.xlsx:render",
    },
    "report": {
        "text": "report.text:render",
        "markdown": "report.markdown:render",
        "json": "report.json:render",
        "csv": "report.csv:render",
        "html": "report.html:render",
        "xlsx": "report.xlsx:render",
    },
    "validate": {
        "text": "validate.text:render",
        "json": "validate.json:render",
        "github": "validate.github:render",
    },
    "provinces": {
        "text": "provinces.text:render",
        "markdown": "provinces.markdown:render",
        "json": "provinces.json:render",
        "csv": "provinces.csv:render",
    },
    "plans": {
        "text": "plans.text:render",
        "markdown": "plans.markdown:render",
        "json": "plans.json:render",
        "csv": "plans.csv:render",
    },
    "show": {"text": "show.text:render", "json": "show.json:render"},
    "import": {"text": "importer.text:render", "json": "importer.json:render"},
    "explain": {"text": "explain.text:render", "json": "explain.json:render"},
}

#: Formats that are bytes, not text: written only with --output.
BINARY = {"xlsx"}

#: view → the formats that show the result's own notes (a former unit's merger, …). For the others
#: (CSV rows, a workbook) the CLI says them on stderr, so that each note is said once, and JSON
#: always carries them for scripts (tests/test_first_use.py checks both).
SHOWS_NOTES: dict[str, set[str]] = {"forecast": {"text", "markdown", "json"}}

#: Names people type for a format: its file extension or another common name.
ALIASES = {"table": "text", "txt": "text", "md": "markdown", "htm": "html", "xls": "xlsx"}

#: Data formats nhaoxh does not write: an --output named so needs --format (text under a data
#: file's name would pass for one).
NOT_WRITTEN = {".yaml", ".yml", ".xml", ".tsv", ".xls", ".ods", ".pdf", ".docx", ".doc", ".png", ".svg", ".zip"}


def format_of_file(suffix: str) -> str | None:
    """The format a file's extension names ("report.html" → html, ".md" → markdown), else None."""
    if suffix.lower() in NOT_WRITTEN:
        return None
    name = suffix.lower().lstrip(".")
    name = ALIASES.get(name, name)
    return name if any(name in by_format for by_format in REGISTRY.values()) else None


def formats(view: str) -> list[str]:
    """The formats of a view, the default first."""
    return list(REGISTRY[view])


def chosen_format(view: str, format: str) -> str:
    """The format's name as the registry has it; a format the view does not have is a UsageError."""
    chosen = ALIASES.get(format.lower(), format.lower())
    if chosen not in REGISTRY[view]:
        raise UsageError("unknown_format", format=format, view=view, formats=", ".join(formats(view)))
    return chosen


def renderer(view: str, format: str) -> Renderer:
    """The renderer of a view in a format; a format the view does not have is a UsageError."""
    module, _, function = REGISTRY[view][chosen_format(view, format)].partition(":")
    found: Renderer = getattr(importlib.import_module(f"{__name__}.{module}"), function)
    return found


def render(view: str, format: str, result: Any, options: RenderOptions) -> str | bytes:
    return renderer(view, format)(result, options)
