"""NX008, NX101–NX103 and NX110: the plan's fields."""

from __future__ import annotations

import re

import pytest

from nhaoxh_cli.loader.plans import _RAISED_BY_THE_MODEL, load_plan_text

from ..conftest import ROOT
from .helpers import COMPLETED, HEAD, messages, plan, problems

# -- NX008: the file holds no plan.


def test_a_mapping_passes() -> None:
    assert problems("schema_version: 1\nprovince: {slug: testland, name: Tỉnh Thử}\n", "NX008") == []


@pytest.mark.parametrize("text", ["", "# only a comment\n", "- schema_version: 1\n", "hello\n", "~\n"])
def test_not_a_mapping(text: str) -> None:
    assert problems(text, "NX008") == [(1, 1)]


# -- NX110: a schema_version this nhaoxh does not read.


def test_version_1_passes() -> None:
    assert problems(HEAD, "NX110") == []


def test_version_2() -> None:
    assert problems(HEAD.replace("schema_version: 1", "schema_version: 2"), "NX110") == [(1, 17)]


def test_no_version_points_at_the_file() -> None:
    assert problems(HEAD.replace("schema_version: 1\n", ""), "NX110") == [(1, 1)]


def test_version_true() -> None:
    assert problems(HEAD.replace("schema_version: 1", "schema_version: yes"), "NX110") == [(1, 17)]


# -- NX101: a key the plan format does not have.


def test_known_keys_pass() -> None:
    assert problems(plan(COMPLETED), "NX101") == []


def test_a_misspelt_field_is_pointed_at_with_a_suggestion() -> None:
    text = plan('completed:\n  - {period: 2021-2025, untis: 100, source: {doc: doc1, section: "2"}}\n')
    assert problems(text, "NX101") == [(8, 25)]
    finding = next(f for f in load_plan_text(text).findings if f.code == "NX101")
    assert (finding.path, finding.hint) == ("completed[0].untis", "did you mean 'units'?")


def test_an_unknown_stage() -> None:
    text = plan("""\
        pipeline:
          strated: {units: 5}
    """)
    assert problems(text, "NX101") == [(8, 3)]
    finding = next(f for f in load_plan_text(text).findings if f.code == "NX101")
    assert finding.message == "unknown stage 'strated' in pipeline" and finding.hint == "did you mean 'started'?"


# -- NX102: a required field is missing.


def test_a_complete_figure_passes() -> None:
    assert problems(plan(COMPLETED), "NX102") == []


def test_a_figure_without_its_source() -> None:
    text = plan("completed:\n  - {period: 2021-2025, units: 100}\n")
    assert problems(text, "NX102") == [(8, 5)]
    assert messages(text, "NX102") == ["completed[0] lacks the required field 'source'"]


def test_a_plan_without_its_province() -> None:
    assert problems("schema_version: 1\n", "NX102") == [(1, 1)]


def test_a_result_without_a_figure() -> None:
    """The plan model raises NX102 itself (a result needs one of units, percent and outcome): the loader
    reports it under its own code, not as a wrong value (NX103)."""
    text = plan("reported:\n  - {years: 2025, source: {doc: doc1}}\n")
    assert problems(text, "NX102") == [(8, 5)] and problems(text, "NX103") == []
    assert messages(text, "NX102") == ["give at least one of units, percent and outcome"]


def test_every_code_the_plan_model_raises_is_reported_as_itself() -> None:
    """model.py and numbers.py raise problems by code (`_problem("NX102", ...)`): each one must be in the
    loader's table, else the loader reports it as NX103."""
    raised = set()
    for name in ("model.py", "numbers.py"):
        raised |= set(re.findall(r'"(NX\d{3})"', (ROOT / "src" / "nhaoxh_cli" / name).read_text(encoding="utf-8")))
    assert sorted(raised - set(_RAISED_BY_THE_MODEL)) == []


# -- NX103: a value of the wrong type or form.


def test_a_known_kind_passes() -> None:
    text = plan('targets:\n  - {id: q, kind: quota, period: total, units: 1000, source: {doc: doc1, section: "1"}}\n')
    assert problems(text, "NX103") == []


def test_an_unknown_kind() -> None:
    text = plan('targets:\n  - {id: q, kind: target, period: total, units: 1000, source: {doc: doc1, section: "1"}}\n')
    assert problems(text, "NX103") == [(8, 19)]


def test_a_mapping_where_a_list_belongs() -> None:
    assert problems(plan("notes: {a: b}\n"), "NX103") == [(7, 8)]


def test_a_number_too_long_to_be_a_figure() -> None:
    text = plan(f'completed:\n  - {{period: 2021-2025, units: {"9" * 5000}, source: {{doc: doc1, section: "2"}}}}\n')
    assert problems(text, "NX103") == [(8, 32)]
    assert messages(text, "NX103") == ["a number of 5,000 digits is too long to be a figure"]


def test_a_hexadecimal_number_too_long_to_print() -> None:
    text = plan(f'completed:\n  - {{period: 2021-2025, units: 0x{"F" * 4000}, source: {{doc: doc1, section: "2"}}}}\n')
    assert problems(text, "NX103") == [(8, 32)]
