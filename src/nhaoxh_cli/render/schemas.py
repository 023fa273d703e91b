"""The JSON Schema of every JSON output, generated from the result types the output is made of.

A view's JSON is its result as it is (render/jsonout.py), so walking the result's dataclass
fields and their type hints gives its schema: the two cannot drift apart. The schemas are
committed under `schema/` (tools/update_docs.py writes them; a test keeps them in sync) and
`nhaoxh schema VIEW` prints one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from enum import Enum
from typing import Any

from ..findings import Finding

#: view → (schema id, result type, title); the result types are imported when asked for.
OUTPUTS: dict[str, tuple[str, str, str]] = {
    "forecast": (
        "results.forecast:FORECAST_SCHEMA",
        "results.forecast:ForecastResult",
        "nhaoxh forecast --format json",
    ),
    "report": ("results.report:REPORT_SCHEMA", "results.report:ReportResult", "nhaoxh report --format json"),
    "provinces": (
        "results.catalogue:PROVINCES_SCHEMA",
        "results.catalogue:ProvincesResult",
        "nhaoxh provinces --format json",
    ),
    "list": ("results.catalogue:PLANS_SCHEMA", "results.catalogue:PlansResult", "nhaoxh list --format json"),
    "show": ("results.catalogue:SHOW_SCHEMA", "results.catalogue:ShowResult", "nhaoxh show --format json"),
    "explain": ("results.catalogue:EXPLAIN_SCHEMA", "results.catalogue:ExplainResult", "nhaoxh explain --format json"),
}

_PROBLEM = {
    "type": "object",
    "description": "A problem validate reports: its message and hint in English, whatever the language.",
    "properties": {
        "code": {"type": "string", "pattern": "^NX[0-9]{3}$"},
        "severity": {"enum": ["error", "warning"]},
        "title": {"type": "string"},
        "message": {"type": "string"},
        "file": {"type": "string"},
        "line": {"type": "integer", "minimum": 0},
        "column": {"type": "integer", "minimum": 0},
        "path": {"type": "string"},
        "hint": {"type": "string"},
    },
    "required": ["code", "severity", "title", "message", "file", "line", "column", "path", "hint"],
    "additionalProperties": False,
}


def _load(dotted: str) -> Any:
    import importlib

    module, _, name = dotted.partition(":")
    return getattr(importlib.import_module(f"nhaoxh_cli.{module}"), name)


class _Walker:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def type_schema(self, hint: Any) -> dict[str, Any]:
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if hint is type(None):
            return {"type": "null"}
        if origin in (typing.Union, types.UnionType):
            return {"anyOf": [self.type_schema(a) for a in args]}
        if origin in (list, tuple):
            return {"type": "array", "items": self.type_schema(args[0]) if args else {}}
        if origin is dict:
            return {"type": "object", "additionalProperties": self.type_schema(args[1])}
        if hint is Finding:
            self.defs.setdefault("Problem", _PROBLEM)
            return {"$ref": "#/$defs/Problem"}
        if isinstance(hint, type) and issubclass(hint, Enum):
            return {"enum": [m.value for m in hint]}
        if hint is bool:
            return {"type": "boolean"}
        if hint is int:
            return {"type": "integer"}
        if hint is float:
            return {"type": "number"}
        if hint is str:
            return {"type": "string"}
        if hint is dt.date:
            return {"type": "string", "format": "date"}
        if dataclasses.is_dataclass(hint):
            return self.dataclass_ref(hint)
        if hint is object or hint is Any:
            return {}
        raise TypeError(f"no JSON Schema for {hint!r}")

    def dataclass_ref(self, cls: Any) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder: a type may refer to itself
            self.defs[name] = self.object_schema(cls)
        return {"$ref": f"#/$defs/{name}"}

    def object_schema(self, cls: Any) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        fields = [f for f in dataclasses.fields(cls) if f.metadata.get("json", True)]
        schema: dict[str, Any] = {
            "type": "object",
            "properties": {f.name: self.type_schema(hints[f.name]) for f in fields},
            "required": [f.name for f in fields],
            "additionalProperties": False,
        }
        doc = (cls.__doc__ or "").strip()
        if doc and not doc.startswith(f"{cls.__name__}("):
            schema["description"] = " ".join(doc.split())
        return schema


def schema_address(schema: str) -> str:
    """nhaoxh.forecast/2 → https://nhaoxh.github.io/schema/forecast-2.schema.json"""
    return f"https://nhaoxh.github.io/schema/{schema.removeprefix('nhaoxh.').replace('/', '-')}.schema.json"


def output_schema(view: str) -> dict[str, Any]:
    """The JSON Schema of `nhaoxh VIEW --format json` (validate's is written by hand: its
    problems are findings, not a result dataclass)."""
    if view == "validate":
        return validate_schema()
    if view not in OUTPUTS:
        from ..errors import UsageError

        raise UsageError("unknown_schema", view=view, views=", ".join(["plan", *OUTPUTS, "validate"]))
    schema_id, result_type, title = OUTPUTS[view]
    walker = _Walker()
    body = walker.object_schema(_load(result_type))
    body["properties"] = {"schema": {"const": _load(schema_id)}, **body["properties"]}
    body["required"] = ["schema", *body["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_address(_load(schema_id)),
        "title": title,
        **body,
        "$defs": walker.defs,
    }


def validate_schema() -> dict[str, Any]:
    from ..validation import VALIDATE_SCHEMA

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_address(VALIDATE_SCHEMA),
        "title": "nhaoxh validate --format json",
        "type": "object",
        "properties": {
            "schema": {"const": VALIDATE_SCHEMA},
            "summary": {
                "type": "object",
                "properties": {
                    "files": {"type": "integer"},
                    "errors": {"type": "integer"},
                    "warnings": {"type": "integer"},
                    "strict": {"type": "boolean"},
                },
                "required": ["files", "errors", "warnings", "strict"],
                "additionalProperties": False,
            },
            "files": {"type": "array", "items": {"type": "string"}},
            "problems": {"type": "array", "items": {"$ref": "#/$defs/Problem"}},
        },
        "required": ["schema", "summary", "files", "problems"],
        "additionalProperties": False,
        "$defs": {"Problem": _PROBLEM},
    }


#: Every JSON output that has a schema, for docs and tests.
VIEWS = [*OUTPUTS, "validate"]
