"""The JSON Schema editors use, and the pre-commit hooks other repositories run."""

from __future__ import annotations

import json
import shlex

import jsonschema
import pytest
import yaml

from nhaoxh_cli.model import plan_json_schema

from .conftest import PLANS, ROOT, Run

SCHEMA_FILE = ROOT / "schema" / "plan.schema.json"


def test_schema_command_matches_the_committed_file(run: Run) -> None:
    code, out, _ = run("schema")
    assert code == 0
    assert json.loads(out) == json.loads(SCHEMA_FILE.read_text(encoding="utf-8")), (
        "schema/plan.schema.json is stale: run `nhaoxh schema -o schema/plan.schema.json`"
    )


def test_schema_is_valid_and_accepts_the_shipped_plans() -> None:
    schema = plan_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in [*PLANS.glob("*.yaml"), ROOT / "tests" / "plans" / "testland.yaml"]:
        errors = [e.message for e in validator.iter_errors(yaml.safe_load(path.read_text(encoding="utf-8")))]
        assert errors == [], path


def test_schema_catches_a_typo_and_an_unquoted_code() -> None:
    validator = jsonschema.Draft202012Validator(plan_json_schema())
    broken = ROOT / "tests" / "plans" / "negative"
    typo = yaml.safe_load((broken / "NX101-typo-untis" / "testland.yaml").read_text(encoding="utf-8"))
    code = yaml.safe_load((broken / "NX109-code-number" / "testland.yaml").read_text(encoding="utf-8"))
    assert any("untis" in e.message for e in validator.iter_errors(typo))
    assert list(validator.iter_errors(code))


def test_every_model_and_field_is_described() -> None:
    schema = plan_json_schema()
    for name, definition in schema["$defs"].items():
        if "properties" in definition:
            assert definition.get("description"), name


def test_modeline_in_the_shipped_plan_points_at_the_schema() -> None:
    first = (PLANS / "haiphong.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../schema/plan.schema.json"
    assert (PLANS / "../../schema/plan.schema.json").resolve() == SCHEMA_FILE


@pytest.mark.parametrize("hook", yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")))
def test_pre_commit_hook_runs(run: Run, hook: dict[str, object]) -> None:
    """Run each hook's entry as pre-commit would, on the shipped plan and a broken one."""
    assert {"id", "name", "entry", "language", "files"} <= set(hook)
    program, *args = shlex.split(str(hook["entry"]))
    assert program == "nhaoxh"
    code, _, _ = run(*args, str(PLANS / "haiphong.yaml"))
    assert code == (1 if "--strict" in args else 0)  # the decision's own slips are warnings
    broken = ROOT / "tests" / "plans" / "negative" / "NX104-float-units" / "testland.yaml"
    assert run(*args, str(broken))[0] == 1
