"""Every rule, in one explicit list: what `check_plan` runs, what the codes
table of docs/plan-format.md is generated from, and what the broken plans of
tests/plans/negative/ are matched against (one folder per code at least,
each folder named after a code).

To add a rule: write its module in `checks/rules/` (its problem codes, its
docstring with a plan that passes and one that fails, its `RULE`), add the
`RULE` here, and add a case to tests/plans/negative/ and a test to
tests/checks/. Rules of other modules (an importer's checks, say) are added
to `RULES` the same way.
"""

from __future__ import annotations

import sys

from ..findings import Finding, ProblemCode
from ..loader.plans import LoadResult
from .context import CheckContext
from .rule import ARITHMETIC, STRUCTURE, Rule, Stage
from .rules import (
    across_territories,
    alternatives,
    backwards_periods,
    claims,
    duplicate_ids,
    figures,
    file_names,
    files,
    goal_below_quota,
    overlapping_periods,
    parts,
    percent_targets,
    percent_units,
    period_refs,
    placeholders,
    plan_fields,
    predecessors,
    projects,
    provincial_quotas,
    quotes,
    reported_vs_snapshots,
    repository_sources,
    same_slot,
    shares,
    snapshot_totals,
    source_refs,
    stage_allocation,
    stage_units,
    stated_totals,
    target_refs,
    target_scope,
    thousands_twice,
    unknown_territories,
    yaml11_typing,
    yaml_safety,
)

RULES: tuple[Rule, ...] = (
    # reading the file (the loader, and through it the plan model)
    files.RULE,
    yaml_safety.RULE,
    plan_fields.RULE,
    figures.RULE,
    yaml11_typing.RULE,
    # the structure of one plan
    backwards_periods.RULE,
    overlapping_periods.RULE,
    period_refs.RULE,
    source_refs.RULE,
    target_refs.RULE,
    duplicate_ids.RULE,
    unknown_territories.RULE,
    across_territories.RULE,
    target_scope.RULE,
    percent_targets.RULE,
    provincial_quotas.RULE,
    repository_sources.RULE,
    placeholders.RULE,
    # names across plan files
    file_names.RULE,
    claims.RULE,
    # the source's own arithmetic
    stated_totals.RULE,
    stage_allocation.RULE,
    shares.RULE,
    goal_below_quota.RULE,
    parts.RULE,
    stage_units.RULE,
    quotes.RULE,
    alternatives.RULE,
    thousands_twice.RULE,
    predecessors.RULE,
    snapshot_totals.RULE,
    reported_vs_snapshots.RULE,
    projects.RULE,
    percent_units.RULE,
    same_slot.RULE,
)

#: Every problem code, in code order, and the rule that reports it.
CODES: dict[str, ProblemCode] = dict(sorted((p.code, p) for rule in RULES for p in rule.problems))
RULE_OF: dict[str, Rule] = {problem.code: rule for rule in RULES for problem in rule.problems}
#: Codes whose findings stop the arithmetic rules (see `Rule.blocking`).
BLOCKING: frozenset[str] = frozenset(code for rule in RULES if rule.blocking for code in rule.codes)


def check_plan(result: LoadResult) -> list[Finding]:
    """All single-plan checks of a loaded plan, in file order: the structure, then — when no finding
    makes the figures mean something else — the source's own arithmetic."""
    if result.plan is None or result.document is None:
        return []
    context = CheckContext(result.plan, result.document, result.file)
    found = _run(STRUCTURE, context)
    if not any(f.code in BLOCKING for f in found):
        found += _run(ARITHMETIC, context)
    return sorted(found, key=lambda f: (f.line, f.column, f.code))


def _run(stage: Stage, context: CheckContext) -> list[Finding]:
    return [finding for rule in RULES if rule.stage == stage and rule.check for finding in rule.check(context)]


def codes_table() -> str:
    """The Markdown table of every problem code, as docs/plan-format.md shows it."""
    rows = ["| code | severity | problem | what to do | rule |", "|---|---|---|---|---|"]
    for problem in CODES.values():
        module = RULE_OF[problem.code].module
        path = "src/" + module.replace(".", "/") + ".py"
        rows.append(
            f"| {problem.code} | {problem.severity.value} | {problem.title} | {problem.hint} "
            f"| [{module.rsplit('.', 1)[1]}](../{path}) |"
        )
    return "\n".join(rows) + "\n"


def rule_doc(rule: Rule) -> str:
    """The rule's documentation: its module's docstring."""
    return sys.modules[rule.module].__doc__ or ""


__all__ = ["BLOCKING", "CODES", "RULES", "RULE_OF", "check_plan", "codes_table", "rule_doc"]
