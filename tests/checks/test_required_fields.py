"""NX102: a required field is missing."""

from __future__ import annotations

from .helpers import COMPLETED, messages, plan, problems


def test_a_complete_figure_passes() -> None:
    assert problems(plan(COMPLETED), "NX102") == []


def test_a_figure_without_its_source() -> None:
    text = plan("completed:\n  - {period: 2021-2025, units: 100}\n")
    assert problems(text, "NX102") == [(8, 5)]
    assert messages(text, "NX102") == ["completed[0] lacks the required field 'source'"]


def test_a_plan_without_its_province() -> None:
    assert problems("schema_version: 1\n", "NX102") == [(1, 1)]
