"""The checks of what `nhaoxh import` writes (the rules percent_targets, provincial_quotas,
repository_sources, percent_units and same_slot, run by check_plan like every rule) and the new fields'
own validation, one small plan per problem code, with the expected (code, line) as yamllint's tests
write them. Each rule's own tests are in tests/checks/."""

from __future__ import annotations

import textwrap

import pytest

from nhaoxh_cli.checks.registry import CODES, RULE_OF, check_plan
from nhaoxh_cli.i18n import VI
from nhaoxh_cli.loader.plans import load_plan_text

HEAD = """\
schema_version: 1
province: {slug: hanoi, name: Hà Nội}
sources:
  ld: {document: "Lao Động, news.laodong.vn/…-1637562.ldo", date: "2025-12-18"}
"""


#: The rules of the fields import writes.
IMPORT_RULES = ("percent_targets", "provincial_quotas", "repository_sources", "percent_units", "same_slot")
IMPORT_CODES = {code: CODES[code] for code, rule in RULE_OF.items() if rule.module.rsplit(".", 1)[1] in IMPORT_RULES}


def _check(body: str) -> list[tuple[str, int]]:
    result = load_plan_text(HEAD + textwrap.dedent(body), "hanoi.yaml")
    assert result.plan is not None, result.findings
    return [(f.code, f.line) for f in check_plan(result)]


QUOTA = "  - {id: q25, kind: quota, years: 2025, units: 4670, decision: 444/QĐ-TTg, source: {doc: ld}}\n"


def targets(*items: str) -> str:
    return "targets:\n" + QUOTA + "".join(f"  - {{{item}, source: {{doc: ld}}}}\n" for item in items)


def reported(*items: str, quota: bool = True) -> str:
    lines = "".join(f"  - {{{item}, source: {{doc: ld}}}}\n" for item in items)
    return ("targets:\n" + QUOTA if quota else "") + "reported:\n" + lines


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # PASS: a percent of the target of its years, agreeing with its units (5.158 / 4.670 = 110,4%)
        (reported("years: 2025, units: 5158, percent: 110, of: q25"), []),
        # NX111: `of` names no target
        (reported("years: 2025, percent: 110, of: q52"), [("NX111", 8)]),
        # NX114: of a target of other years
        (reported("years: 2026, percent: 110, of: q25"), [("NX114", 8)]),
        # NX112: a provincial plan's figure as a quota
        (
            "targets:\n  - {kind: quota, years: 2025, units: 5249, decision: 105/KH-UBND, source: {doc: ld}}\n",
            [("NX112", 6)],
        ),
        # NX315: 5.158 of 4.670 is 110,4%, not 120%
        (reported("years: 2025, units: 5158, percent: 120, of: q25"), [("NX315", 8)]),
        # NX316: "missed" while the count is above the target
        (reported("years: 2025, units: 5158, outcome: missed, of: q25"), [("NX316", 8)]),
        # NX317: a percentage naming no target, though the plan has the quota of its years
        (reported("years: 2025, percent: 204"), [("NX317", 8)]),
        # no quota of those years: the percentage is of a target no source numbers, nothing to name
        (reported("years: 2025, percent: 204", quota=False), []),
        # NX314: two figures for one slot, neither an alternative
        (targets("kind: quota, years: 2025, units: 4700"), [("NX314", 7)]),
        # NX318: an alternative percent that differs from the one used
        (
            reported("years: 2025, percent: 108", "years: 2025, percent: 109, alternative: true", quota=False),
            [("NX318", 7)],
        ),
    ],
)
def test_imported_checks(body: str, expected: list[tuple[str, int]]) -> None:
    assert _check(body) == expected


def test_a_source_that_is_a_file_of_this_repository() -> None:
    text = (
        "schema_version: 1\nprovince: {slug: hanoi, name: Hà Nội}\n"
        "sources:\n  ref: {document: shared/reference/national-figures.md}\n"
    )
    result = load_plan_text(text, "hanoi.yaml")
    assert result.plan is not None
    assert [(f.code, f.line) for f in check_plan(result)] == [("NX113", 4)]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("targets:\n  - {kind: quota, years: 2025, units: 1, not_assigned: true, source: {doc: ld}}\n", "NX103"),
        ("reported:\n  - {years: 2025, source: {doc: ld}}\n", "NX102"),
        ("reported:\n  - {years: 2025, percent: -5, source: {doc: ld}}\n", "NX105"),
        ("reported:\n  - {years: 2025, outcome: exceeded, source: {doc: ld}}\n", "NX103"),
        ("expected:\n  - {years: 2025, source: {doc: ld}}\n", "NX102"),
        ("sources:\n  x: {document: d, published: 12/2025}\n", "NX103"),
    ],
)
def test_the_new_fields_validate_each_value(body: str, code: str) -> None:
    text = HEAD.replace("sources:\n", "sources:\n") + textwrap.dedent(body)
    if body.startswith("sources:"):
        text = "schema_version: 1\nprovince: {slug: hanoi, name: Hà Nội}\n" + body
    result = load_plan_text(text, "hanoi.yaml")
    assert result.plan is None and [f.code for f in result.findings] == [code]


def test_a_news_citation_needs_no_section_and_a_result_percent_may_pass_100() -> None:
    result = load_plan_text(
        HEAD + "reported:\n  - {years: 2025, percent: 390, source: {doc: ld, also: [Việt Nam News]}}\n", "hanoi.yaml"
    )
    assert result.plan is not None and result.plan.reported[0].source.section is None


def test_every_code_has_its_vietnamese() -> None:
    assert sorted(IMPORT_CODES) == ["NX111", "NX112", "NX113", "NX114", "NX314", "NX315", "NX316", "NX317", "NX318"]
    assert [c for c in IMPORT_CODES.values() if c.title not in VI or c.hint not in VI] == []
