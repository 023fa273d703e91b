"""NX207 (a file not named after its slug) and NX208 (two plans claim one name)."""

from __future__ import annotations

from nhaoxh_cli.checks.plan_set import PlanSet, claims_of, file_name_findings
from nhaoxh_cli.loader.plans import load_plan_text

from .helpers import HEAD, PERIODS


def test_a_file_named_after_its_slug_passes() -> None:
    assert file_name_findings(load_plan_text(HEAD + PERIODS, "plans/testland.yaml")) == []


def test_a_file_named_otherwise() -> None:
    found = file_name_findings(load_plan_text(HEAD + PERIODS, "plans/tinh-thu.yaml"))
    assert [(f.code, f.line, f.column) for f in found] == [("NX207", 2, 18)]
    assert found[0].hint == "rename the file to testland.yaml, or change the slug"


def test_names_claimed_twice() -> None:
    first = load_plan_text(HEAD + PERIODS, "a.yaml")
    second = load_plan_text(
        HEAD.replace("{slug: testland, name: Tỉnh Thử}", "{slug: thu, name: Thử, aliases: [testland, thu2]}"),
        "b.yaml",
    )
    plans = PlanSet()
    assert plans.settle("a.yaml", claims_of(first)) == []
    found = plans.settle("b.yaml", claims_of(second))
    assert [(f.code, f.line, f.column, f.path) for f in found] == [("NX208", 2, 44, "province.aliases[0]")]
    assert found[0].message == "'testland' is already claimed by a.yaml"
