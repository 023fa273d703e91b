"""NX006: a YAML tag other than the plain types."""

from __future__ import annotations

from .helpers import findings, plan, problems


def test_plain_types_pass_even_tagged() -> None:
    assert problems(plan("territory: !!str haiphong\nnotes: !!seq [a]\n"), "NX006") == []


def test_a_binary_value() -> None:
    assert problems(plan("territory: !!binary aGk=\n"), "NX006") == [(7, 12)]


def test_a_set() -> None:
    assert problems(plan("notes: !!set {a: null}\n"), "NX006") == [(7, 8)]


def test_a_python_object_runs_nothing() -> None:
    found = findings(plan('territory: !!python/object/apply:os.system ["exit 1"]\n'))
    assert [(f.code, f.line, f.column) for f in found] == [("NX006", 7, 12)]
    assert "!!python/object/apply:os.system" in found[0].message
