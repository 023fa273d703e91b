"""NX208: two plans claim the same name."""

from __future__ import annotations

from nhaoxh_cli.checks.plan_set import PlanSet, claims_of
from nhaoxh_cli.loader.plans import load_plan_text

from .helpers import HEAD, PERIODS


def test_names_of_their_own_pass() -> None:
    other = HEAD.replace("{slug: testland, name: Tỉnh Thử}", "{slug: thu, name: Thử, aliases: [thu2]}")
    plans = PlanSet()
    assert plans.settle("a.yaml", claims_of(load_plan_text(HEAD + PERIODS, "a.yaml"))) == []
    assert plans.settle("b.yaml", claims_of(load_plan_text(other, "b.yaml"))) == []


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
