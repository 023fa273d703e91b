"""Small plans for the rule tests, and the problems a rule finds in them as
(line, column) tuples, as yamllint's rule tests write them."""

from __future__ import annotations

from textwrap import dedent

from nhaoxh_cli.checks.registry import RULE_OF, check_plan
from nhaoxh_cli.checks.rule import ARITHMETIC, STRUCTURE
from nhaoxh_cli.findings import Finding
from nhaoxh_cli.loader.limits import DEFAULT_LIMITS, Limits
from nhaoxh_cli.loader.plans import load_plan_text

#: The start of every test plan: three lines, then three of periods (`plan`) or none (`plan_without_periods`).
HEAD = """\
schema_version: 1
province: {slug: testland, name: Tỉnh Thử}
sources: {doc1: {document: 1/QĐ-UBND, date: "2024-01-15"}}
"""
PERIODS = """\
periods:
  - {id: 2021-2025, start_year: 2021, end_year: 2025}
  - {id: 2026-2030, start_year: 2026, end_year: 2030}
"""


#: A completion of the first period, as the tests of other rules need one.
COMPLETED = 'completed:\n  - {period: 2021-2025, units: 100, source: {doc: doc1, section: "2"}}\n'


def plan(body: str) -> str:
    """HEAD and PERIODS followed by `body` (dedented): the body's first line is line 7."""
    return HEAD + PERIODS + dedent(body)


def plan_without_periods(body: str) -> str:
    """HEAD followed by `body` (dedented): the body's first line is line 4."""
    return HEAD + dedent(body)


def findings(text: str | bytes, limits: Limits = DEFAULT_LIMITS) -> list[Finding]:
    """What validate finds in one plan file (all but the clashes between files)."""
    result = load_plan_text(text, "testland.yaml", limits)
    return result.findings + check_plan(result)


def problems(text: str | bytes, code: str, limits: Limits = DEFAULT_LIMITS) -> list[tuple[int, int]]:
    """Where `code` is reported in `text` (a whole plan file). A rule that checks loaded plans is
    only asked about a plan that loads: a test cannot pass because the plan never got to the rule."""
    result = load_plan_text(text, "testland.yaml", limits)
    if RULE_OF[code].stage in (STRUCTURE, ARITHMETIC):
        assert result.plan is not None, [(f.code, f.line, f.column, f.message) for f in result.findings]
    return [(f.line, f.column) for f in result.findings + check_plan(result) if f.code == code]


def messages(text: str | bytes, code: str) -> list[str]:
    return [f.message for f in findings(text) if f.code == code]
