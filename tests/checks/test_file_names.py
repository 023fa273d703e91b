"""NX207: a plan file not named after its slug."""

from __future__ import annotations

from nhaoxh_cli.checks.plan_set import file_name_findings
from nhaoxh_cli.loader.plans import load_plan_text

from .helpers import HEAD, PERIODS


def test_a_file_named_after_its_slug_passes() -> None:
    assert file_name_findings(load_plan_text(HEAD + PERIODS, "plans/testland.yaml")) == []


def test_a_file_named_otherwise() -> None:
    found = file_name_findings(load_plan_text(HEAD + PERIODS, "plans/tinh-thu.yaml"))
    assert [(f.code, f.line, f.column) for f in found] == [("NX207", 2, 18)]
    assert found[0].hint == "rename the file to testland.yaml, or change the slug"
