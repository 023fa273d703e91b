"""The registry of rules: complete, each code once, each rule documented with
examples that do what its docstring says (yamllint's `rules/` shape), and
`check_plan` running the structure first and the arithmetic only on a sound
structure."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nhaoxh_cli.checks import registry
from nhaoxh_cli.checks.registry import CODES, RULE_OF, RULES, rule_doc
from nhaoxh_cli.checks.rule import ARITHMETIC, PLAN_SET, STRUCTURE, Rule

from ..conftest import ROOT
from .helpers import findings, plan, problems

RULES_DIR = ROOT / "src" / "nhaoxh_cli" / "checks" / "rules"
BASE = (ROOT / "tests" / "plans" / "testland.yaml").read_text(encoding="utf-8")
#: Codes about files, links and pairs of files, which no YAML example shows: their docstrings say so
#: and name their case in tests/plans/negative/.
NO_YAML_EXAMPLE = {"NX001", "NX002", "NX009", "NX207", "NX208"}

_BLOCK = re.compile(r"^(Passes|Fails with (NX\d{3}))( \(whole file\))?::\n\n((?:    .*\n|\n)+)", re.M)


def _examples(rule: Rule) -> list[tuple[str | None, bool, str]]:
    """(the code it fails with, or None for a passing example; whether it is a whole file; the YAML)."""
    found = []
    for match in _BLOCK.finditer(rule_doc(rule) + "\n"):
        text = "".join(line[4:] + "\n" for line in match.group(4).rstrip("\n").split("\n"))
        found.append((match.group(2), bool(match.group(3)), text))
    return found


def _spliced(fragment: str) -> str:
    """tests/plans/testland.yaml with the top-level sections `fragment` defines replaced by it."""
    replaced = set(re.findall(r"^([A-Za-z_]+):", fragment, re.M))
    kept, keep = [], True
    for line in BASE.splitlines(keepends=True):
        key = re.match(r"^([A-Za-z_]+):", line)
        if key:
            keep = key.group(1) not in replaced
        if keep:
            kept.append(line)
    return "".join(kept) + fragment


def test_every_rule_module_is_registered() -> None:
    modules = {p.stem for p in RULES_DIR.glob("*.py") if p.stem != "__init__"}
    registered = {rule.module.rsplit(".", 1)[1] for rule in RULES}
    assert modules == registered


@pytest.mark.parametrize("rule", RULES, ids=[rule.module.rsplit(".", 1)[1] for rule in RULES])
def test_every_rule_has_its_tests(rule: Rule) -> None:
    module = rule.module.rsplit(".", 1)[1]
    tests = Path(__file__).parent / f"test_{module}.py"
    assert tests.is_file(), f"write tests/checks/test_{module}.py"
    assert all(f'"{code}"' in tests.read_text(encoding="utf-8") for code in rule.codes)


def test_each_code_belongs_to_one_rule() -> None:
    codes = [code for rule in RULES for code in rule.codes]
    assert len(codes) == len(set(codes)) == len(CODES)
    assert all(RULE_OF[code].codes.count(code) == 1 for code in codes)


def test_every_code_used_in_the_source_is_registered() -> None:
    """The plan model and the number readers raise codes by name: each must be a registered problem."""
    used = set()
    for path in (ROOT / "src" / "nhaoxh_cli").rglob("*.py"):
        used |= set(re.findall(r"\"(NX\d{3})\"", path.read_text(encoding="utf-8")))
    assert sorted(used - set(CODES)) == []


def test_the_rules_run_by_check_plan_have_a_check_and_the_others_none() -> None:
    for rule in RULES:
        assert (rule.check is not None) == (rule.stage in (STRUCTURE, ARITHMETIC)), rule.module
        assert not rule.blocking or rule.stage == STRUCTURE, rule.module
    assert {rule.stage for rule in RULES} == {"loader", STRUCTURE, ARITHMETIC, PLAN_SET}


@pytest.mark.parametrize("rule", RULES, ids=[rule.module.rsplit(".", 1)[1] for rule in RULES])
def test_the_docstring_says_what_the_rule_checks_with_examples(rule: Rule) -> None:
    doc = rule_doc(rule)
    for code in rule.codes:  # each code heads its own part: "NX301 — a stated total differs ..."
        assert re.search(rf"^{code} — \S", doc, re.M), f"{rule.module} says what {code} is"
    examples = _examples(rule)
    failing = {code for code, _, _ in examples if code}
    expected = set(rule.codes) - NO_YAML_EXAMPLE
    assert failing == expected, "a failing example for each code"
    assert any(code is None for code, _, _ in examples) == bool(expected), "a passing example"
    for code in set(rule.codes) & NO_YAML_EXAMPLE:
        assert f"tests/plans/negative/{code}-" in doc, "say which case of the corpus shows it"


@pytest.mark.parametrize("rule", RULES, ids=[rule.module.rsplit(".", 1)[1] for rule in RULES])
def test_the_examples_pass_and_fail_as_they_say(rule: Rule) -> None:
    for code, whole_file, text in _examples(rule):
        file = text if whole_file else _spliced(text)
        found = [(f.code, f.line, f.column, f.message) for f in findings(file)]
        if code is None:
            assert found == [], f"this example of {rule.module} should pass:\n{file}"
        else:
            assert code in {c for c, *_ in found}, f"this example of {rule.module} should fail with {code}:\n{file}"


def test_the_base_of_the_examples_passes() -> None:
    assert findings(BASE) == []


def test_a_blocking_finding_stops_the_arithmetic() -> None:
    """An unknown period (NX203) would make the sum of a stated total meaningless: NX301 is not run."""
    consistent = plan("""\
        completed:
          - {period: 2021-2025, units: 100, source: {doc: doc1, section: "2"}}
        stated_totals:
          - {period: 2021-2025, units: 99, source: {doc: doc1, section: "2"}}
    """)
    assert problems(consistent, "NX301") == [(10, 32)]
    broken = consistent.replace("  - {period: 2021-2025, units: 100", "  - {period: 2021-2026, units: 100")
    assert problems(broken, "NX203") == [(8, 14)] and problems(broken, "NX301") == []
    assert {"NX201", "NX202", "NX203", "NX205", "NX206", "NX209", "NX210", "NX211"} <= registry.BLOCKING
    assert "NX204" not in registry.BLOCKING


def test_findings_come_in_file_order() -> None:
    text = plan("""\
        territory: nowhere
        completed:
          - {period: 2021-2025, units: 100, source: {doc: qd9, section: "2"}}
          - {period: "1999", units: 1, source: {doc: doc1, section: "2"}}
    """)
    found = [(f.line, f.column, f.code) for f in findings(text)]
    assert found == sorted(found) == [(7, 12, "NX209"), (9, 51, "NX204"), (10, 14, "NX203")]


def test_the_codes_table_links_each_code_to_its_rule() -> None:
    table = registry.codes_table()
    for code, rule in RULE_OF.items():
        path = "src/" + rule.module.replace(".", "/") + ".py"
        assert f"| {code} | " in table and f"[{rule.module.rsplit('.', 1)[1]}](../{path})" in table
        assert (ROOT / path).is_file()
    docs = Path(ROOT / "docs" / "plan-format.md").read_text(encoding="utf-8")
    section = docs.split("<!-- codes:begin -->")[1].split("<!-- codes:end -->")[0]
    assert section.count("\n| NX") == len(CODES)
