"""JSON for scripts: a view's result as it is, in one versioned object.

Every `--format json` output is `{"schema": "nhaoxh.<view>/N", ...the result's fields}`:
snake_case keys (the result's field names), lists for lists, `null` for unknown, dates as
YYYY-MM-DD, enums as their values. Nothing is worded: notes are codes with their parameters.
The JSON Schema of each output is generated from the same result types
(`nhaoxh_cli.render.schemas`), so the two cannot drift apart. JSON never depends on the language.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from enum import Enum
from fractions import Fraction
from typing import Any

from ..findings import Finding


def problem(finding: Finding) -> dict[str, Any]:
    """A problem as every JSON output gives it: its message and hint in English, whatever the language."""
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "title": finding.title,
        "message": finding.message,
        "file": finding.file,
        "line": finding.line,
        "column": finding.column,
        "path": finding.path,
        "hint": finding.hint,
    }


#: Values JSON takes as they are (exactly these types: an Enum of str is not one).
_AS_THEY_ARE = frozenset({str, int, float, bool, type(None)})
#: A dataclass's fields JSON shows (`metadata={"json": False}` leaves one out), by class.
_SHOWN: dict[type, tuple[str, ...]] = {}


def plain(value: Any) -> Any:
    """A result as JSON-ready data."""
    kind = type(value)
    if kind in _AS_THEY_ARE:
        return value
    if isinstance(value, Finding):
        return problem(value)
    shown = _SHOWN.get(kind)
    if shown is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        shown = _SHOWN[kind] = tuple(f.name for f in dataclasses.fields(value) if f.metadata.get("json", True))
    if shown is not None:
        return {name: plain(getattr(value, name)) for name in shown}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Fraction):
        return round(float(value), 4)
    return value


def document(schema: str, result: Any) -> dict[str, Any]:
    return {"schema": schema, **plain(result)}


def dumps(schema: str, result: Any) -> str:
    return json.dumps(document(schema, result), ensure_ascii=False, indent=2) + "\n"


def json_renderer(schema: str) -> Callable[[Any, Any], str]:
    """A view's JSON renderer: its result as it is, under its schema id."""

    def render(result: Any, options: Any) -> str:
        return dumps(schema, result)

    return render
