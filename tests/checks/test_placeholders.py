"""NX116: a template's placeholder not yet filled (issue 15: an untouched `nhaoxh new` template used
to validate with 0 errors)."""

from __future__ import annotations

from pathlib import Path

from nhaoxh_cli import api

from .helpers import HEAD, messages, problems


def test_a_filled_plan_passes() -> None:
    assert problems(HEAD, "NX116") == []


def test_a_placeholder_anywhere_is_an_error_where_it_stands() -> None:
    text = HEAD.replace('doc1: {document: 1/QĐ-UBND, date: "2024-01-15"}', 'doc1: {document: "FILL: số hiệu"}')
    assert problems(text, "NX116") == [(3, 28)]
    assert messages(text, "NX116") == ["still the template's placeholder: FILL: số hiệu"]


def test_an_untouched_template_fails_validate(tmp_path: Path) -> None:
    written = api.new_plan("caobang", plans_dir=tmp_path)
    report = api.validate(written)
    assert report.errors >= 1 and "NX116" in {f.code for f in report.findings}
