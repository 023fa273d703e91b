"""The docs say what the code does: problem codes and fields checked against
the definitions they come from."""

from __future__ import annotations

import re

import pytest
from pydantic import BaseModel

from nhaoxh_cli import model
from nhaoxh_cli.checks.registry import codes_table
from nhaoxh_cli.domain import Stage

from .conftest import ROOT

PLAN_FORMAT = (ROOT / "docs" / "plan-format.md").read_text(encoding="utf-8")


def test_codes_table_is_current() -> None:
    found = re.search(r"<!-- codes:begin -->\n(.*?)<!-- codes:end -->", PLAN_FORMAT, re.S)
    assert found, "docs/plan-format.md lost its codes markers"
    assert found.group(1) == codes_table(), "regenerate the codes table: tools/update_docs.py"


def test_every_field_and_stage_is_documented() -> None:
    models = [m for m in vars(model).values() if isinstance(m, type) and issubclass(m, BaseModel)]
    for cls in models:
        for name in cls.model_fields:
            assert f"`{name}`" in PLAN_FORMAT, f"{cls.__name__}.{name} is not in docs/plan-format.md"
    for stage in Stage:
        assert f"| `{stage.value}` | {stage.vietnamese}" in PLAN_FORMAT


def test_readme_python_example_runs(monkeypatch: object, capsys: object) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```python\n(.*?)```", readme, re.S)
    assert example, "the README lost its Python example"
    exec(compile(example.group(1), "README.md", "exec"), {})


def test_readme_starts_with_the_two_commands() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    commands = [line for line in lines[:8] if line.startswith("python3 -m venv")]
    assert len(commands) == 2
    assert commands[0].endswith("nhaoxh forecast haiphong") and "pytest" in commands[1]
    assert commands[1].split("&& ", 1)[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _tool():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location("update_docs", ROOT / "tools" / "update_docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("lang", "name"), [("en", "cli.md"), ("vi", "cli.vi.md")])
def test_cli_reference_is_current(lang: str, name: str) -> None:
    assert (ROOT / "docs" / name).read_text(encoding="utf-8") == _tool().cli_reference(lang), "run tools/update_docs.py"


def test_api_reference_is_current() -> None:
    assert (ROOT / "docs" / "api.md").read_text(encoding="utf-8") == _tool().api_reference()


def test_every_api_function_has_an_example_and_it_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/api.md is the API's docstrings: every function shows an example, and doctest runs them all."""
    import doctest
    import inspect

    from nhaoxh_cli import api

    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("NHAOXH_PLANS_DIR", raising=False)
    for name in api.__all__:
        item = getattr(api, name)
        if inspect.isfunction(item):
            assert ">>>" in (item.__doc__ or ""), f"api.{name} has no example"
    found = doctest.testfile(
        str(ROOT / "docs" / "api.md"), module_relative=False, globs=dict(vars(api)), optionflags=doctest.ELLIPSIS
    )
    result = found
    assert result.failed == 0 and result.attempted > 20


def test_every_command_has_help() -> None:
    from nhaoxh_cli.cli.app import app

    names = {c.name or c.callback.__name__ for c in app.registered_commands if c.callback}
    assert names == set(_tool().COMMANDS) - {""}
    assert all(c.callback and c.callback.__doc__ for c in app.registered_commands)
