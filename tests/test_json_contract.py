"""One JSON contract: every `--format json` output is one object with a versioned schema id,
snake_case keys, and validates against its JSON Schema, which is generated from the result types
and committed under schema/ (tools/update_docs.py)."""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
import pytest

from nhaoxh_cli.render.schemas import VIEWS, output_schema

from .conftest import PLANS, ROOT, Run

AS_OF = ["--as-of", "2026-11-26"]
COMMANDS: dict[str, list[list[str]]] = {
    "forecast": [
        ["forecast", "haiphong", *AS_OF],
        ["forecast", "vietnam", *AS_OF, "--calibrated"],
        ["forecast", "haiphong", *AS_OF, "--simulate", "100", "--scenario", "delayed", "--calibrated"],
        ["forecast", "dienbien", *AS_OF],
    ],
    "report": [["report", *AS_OF], ["report", "haiduong", *AS_OF]],
    "validate": [["validate"]],
    "provinces": [["provinces"], ["provinces", "--former"]],
    "list": [["list"]],
    "show": [["show", "haiphong"], ["show", "vietnam"]],
    "explain": [["explain", "haiphong", *AS_OF]],
}


def _keys(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [*value, *(k for v in value.values() for k in _keys(v))]
    if isinstance(value, list):
        return [k for v in value for k in _keys(v)]
    return []


@pytest.mark.parametrize("view", VIEWS)
def test_committed_schema_is_current(view: str) -> None:
    committed = json.loads((ROOT / "schema" / f"{view}.schema.json").read_text(encoding="utf-8"))
    assert committed == output_schema(view), "run tools/update_docs.py"
    jsonschema.Draft202012Validator.check_schema(committed)


@pytest.mark.parametrize("view", VIEWS)
def test_outputs_follow_their_schema(run: Run, view: str) -> None:
    validator = jsonschema.Draft202012Validator(output_schema(view))
    for args in COMMANDS[view]:
        code, out, _ = run(*args, "-f", "json", "--plans-dir", str(PLANS))
        data = json.loads(out)
        assert code == 0 and isinstance(data, dict), args
        assert re.fullmatch(rf"nhaoxh\.{view}/\d+", data["schema"]), args
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
        assert errors == [], args
        keys = _keys(data)
        # snake_case keys — except the values of mappings keyed by data (period ids, stages, years, source keys)
        assert [k for k in keys if " " in k] == [], args


def test_json_does_not_depend_on_the_language(run: Run) -> None:
    for args in (["forecast", "haiphong", *AS_OF], ["report", *AS_OF]):
        english = run("--lang", "en", *args, "-f", "json", "--plans-dir", str(PLANS))
        vietnamese = run("--lang", "vi", *args, "-f", "json", "--plans-dir", str(PLANS))
        assert english == vietnamese
