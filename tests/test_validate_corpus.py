"""The corpus of broken plans: one folder per case, named `<CODE>-<case>`, each
with the plan file(s) and `expect.txt`, the findings it must produce as
`file:line:col CODE` (positions counted by hand in the files beside it; 0:0
for a file that has no line to point at).

The corpus maps onto the rule registry one to one: every code has a case,
every case is named after a code and produces it. Every case runs through
`nhaoxh validate` in the text, json and github formats, and must give exactly
its expected findings and exit code. The numbers in messages are written the
reader's way: no Vietnamese-style number in English output, no English-style
one in Vietnamese output.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from nhaoxh_cli.checks.registry import CODES
from nhaoxh_cli.findings import Severity

from .conftest import ROOT, Run

NEGATIVE = ROOT / "tests" / "plans" / "negative"
CASES = sorted(p for p in NEGATIVE.iterdir() if p.is_dir())


def expected(case: Path) -> list[tuple[str, int, int, str]]:
    rows = []
    for line in (case / "expect.txt").read_text(encoding="utf-8").splitlines():
        where, code = line.split()
        name, row, column = where.split(":")
        rows.append((name, int(row), int(column), code))
    return rows


def exit_code_for(rows: list[tuple[str, int, int, str]], strict: bool = False) -> int:
    has_error = any(CODES[code].severity is Severity.ERROR for *_, code in rows)
    return 1 if has_error or (strict and rows) else 0


def test_the_corpus_maps_onto_the_registry_one_to_one() -> None:
    named = {case.name.split("-")[0] for case in CASES}
    assert sorted(set(CODES) - named) == [], "add a case to tests/plans/negative/ for these codes"
    assert sorted(named - set(CODES)) == [], "these cases name no code of the registry"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_json(run: Run, case: Path) -> None:
    rows = expected(case)
    code, out, _ = run("validate", str(case), "--format", "json")
    problems = json.loads(out)["problems"]
    assert [(os.path.basename(p["file"]), p["line"], p["column"], p["code"]) for p in problems] == rows
    assert code == exit_code_for(rows)
    assert case.name.split("-")[0] in {c for *_, c in rows}, "the case produces its own code"
    for problem in problems:
        assert problem["message"] and problem["hint"] and problem["severity"] in {"error", "warning"}
        assert problem["title"] == CODES[problem["code"]].title


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_text(run: Run, case: Path) -> None:
    rows = expected(case)
    code, out, _ = run("validate", str(case))
    for name, line, column, problem in rows:
        severity = CODES[problem].severity.value
        where = f"{case / name}:{line}:{column}" if line else f"{case / name}"
        assert f"{where}: {severity} {problem}" in out
    assert out.count("\n    hint: ") == len(rows)
    assert code == exit_code_for(rows)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_github(run: Run, case: Path) -> None:
    rows = expected(case)
    code, out, _ = run("validate", str(case), "--format", "github", "--strict")
    commands = [line for line in out.splitlines() if line.startswith("::")]
    assert len(commands) == len(rows)
    for command, (name, line, column, problem) in zip(commands, rows, strict=True):
        where = f"file={case / name},line={line},col={column}" if line else f"file={case / name}"
        assert command.startswith(f"::error {where},title={problem} ")
    assert code == exit_code_for(rows, strict=True)


# -- numbers the reader's way ------------------------------------------------------------------

#: What a message quotes or shows as written — the source's words, a value as the file has it — is
#: in quotes or backticks, and keeps its own notation.
_LITERAL = re.compile(r'"[^"\n]*"|`[^`\n]*`|\'[^\'\n]*\'|YAML 1\.1')  # and a version is a name
#: 6.571 (thousands grouped with dots) and 78,9 (a decimal comma): Vietnamese.
_VIETNAMESE_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?![\w.]|,\d)|(?<![\w.,])\d+,\d{1,2}(?!\d)")
#: 6,571 (thousands grouped with commas) and 78.9 or 0.5 (a decimal point): English. Section numbers
#: (II.1.2) and file names (…-1612205.ldo) are no numbers.
_ENGLISH_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,]|\.\d)|(?<![\w.,-])\d+\.\d{1,2}(?![\w.])")


def _numbers(pattern: re.Pattern[str], text: str) -> list[str]:
    lines = [line.split(": ", 1)[1] if ": " in line else line for line in text.splitlines()]  # not the path
    return [match for line in lines for match in pattern.findall(_LITERAL.sub("", line))]


def _validate_everything(run: Run, language: str) -> str:
    texts = [run("--lang", language, "validate", str(ROOT / "data" / "plans"))[1]]
    texts += [run("--lang", language, "validate", str(case))[1] for case in CASES]
    return "".join(texts)


def test_english_output_has_no_vietnamese_numbers(run: Run) -> None:
    english = _validate_everything(run, "en")
    assert "6,571 (4,017 + 2,554)" in english and "78.9%" in english  # Quyết định 117, II.1.2
    assert _numbers(_VIETNAMESE_NUMBER, english) == []


def test_vietnamese_output_has_no_english_numbers(run: Run) -> None:
    vietnamese = _validate_everything(run, "vi")
    assert "6.571 (4.017 + 2.554)" in vietnamese and "78,9%" in vietnamese and "±0,5" in vietnamese
    assert _numbers(_ENGLISH_NUMBER, vietnamese) == []


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("x.yaml:1:1: warning NX302 the deliveries add up to 6.571", "en", ["6.571"]),
        ("x.yaml:1:1: warning NX303 1.817/2.303 is 78,9%", "en", ["1.817", "2.303", "78,9"]),
        ('x.yaml:1:1: warning NX307 1,100 does not appear in "hoàn thành 1.000 căn"', "en", []),
        ("x.yaml:1:1: cảnh báo NX302 cộng lại được 6,571", "vi", ["6,571"]),
        ("x.yaml:1:1: cảnh báo NX303 sai số ±0.5 điểm (117/QĐ-UBND II.1.2)", "vi", ["0.5"]),
    ],
)
def test_the_number_patterns_find_what_they_should(text: str, language: str, found: list[str]) -> None:
    assert _numbers(_VIETNAMESE_NUMBER if language == "en" else _ENGLISH_NUMBER, text) == found


# -- the CLI on the corpus and the shipped plans -----------------------------------------------


def test_unreadable_file(run: Run, tmp_path: Path) -> None:
    (tmp_path / "gone.yaml").symlink_to(tmp_path / "missing-target.yaml")
    code, out, _ = run("validate", str(tmp_path))
    assert code == 1
    assert f"{tmp_path / 'gone.yaml'}: error NX001 cannot read the file: No such file or directory" in out


def test_link_outside_the_folder_is_not_followed(run: Run, tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "passwd.yaml").symlink_to("/etc/passwd")
    (plans / "inside.yaml").symlink_to(plans / "testland.yaml")
    (plans / "testland.yaml").write_text((ROOT / "tests/plans/testland.yaml").read_text(encoding="utf-8"))
    code, out, _ = run("validate", str(plans), "--format", "json")
    problems = json.loads(out)["problems"]
    assert code == 1
    assert [(p["code"], os.path.basename(p["file"])) for p in problems if p["code"] != "NX208"] == [
        ("NX207", "inside.yaml"),
        ("NX009", "passwd.yaml"),
    ]
    assert "root:" not in out  # nothing of the linked file is read or shown


def test_shipped_plans_are_free_of_errors(run: Run) -> None:
    code, out, _ = run("validate", str(ROOT / "data" / "plans"))
    assert code == 0, out
    assert " 0 errors" in out


def test_haiphong_reports_the_decisions_own_slips(run: Run) -> None:
    """Three inconsistencies Quyết định 117/QĐ-UBND really contains (section II.1.2)."""
    code, out, _ = run("validate", str(ROOT / "data" / "plans" / "haiphong.yaml"), "--format", "json")
    everything = json.loads(out)["problems"]
    problems = {p["code"]: p["message"] for p in everything if p["code"] in ("NX301", "NX302", "NX303")}
    assert code == 0 and set(problems) == {"NX301", "NX302", "NX303"}
    # line 141 states 36.126; 2.554 + 7.389 + 12.434 + 11.934 + 1.817 = 36.128 (JSON is in English)
    assert "36,126" in problems["NX301"] and "36,128 (2,554 + 7,389 + 12,434 + 11,934 + 1,817)" in problems["NX301"]
    # lines 119 and 131: 4.017 + 2.554 = 6.571 from a stage of 6.570
    assert "6,571 (4,017 + 2,554)" in problems["NX302"] and "6,570" in problems["NX302"]
    # line 139: 1.817 / 2.303 = 78,9%, stated as (80%) without "khoảng"
    assert "1,817/2,303 is 78.9%" in problems["NX303"] and "80%" in problems["NX303"]
    # Beside the decision (reference file): outlets disagree three times (14.500 for the former city's
    # 15.400, 49.455 for 49.400, 5.904 for 5.861), and the former cities' own 2021–2024 completions
    # (7.900 + 619) exceed the merged city's 5.861.
    others = sorted((p["code"], p["message"]) for p in everything if p["code"] not in problems)
    assert [code for code, _ in others] == ["NX308", "NX308", "NX308", "NX310"]
    disagreements = " ".join(message for _, message in others)
    assert "14,500" in disagreements and "49,455" in disagreements and "5,904" in disagreements
    assert "8,519 (619 + 7,900)" in others[3][1]
    code, _, _ = run("validate", str(ROOT / "data" / "plans"), "--strict")
    assert code == 1


def test_missing_path_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    code, out, err = run("validate", str(tmp_path / "nope.yaml"))
    assert (code, out) == (2, "")
    assert err == f"error: {tmp_path / 'nope.yaml'} does not exist\n"


def test_all_files_reported_in_one_run(run: Run) -> None:
    code, out, _ = run(
        "validate",
        str(NEGATIVE / "NX104-float-units"),
        str(NEGATIVE / "NX108-yes-no"),
        str(NEGATIVE / "NX301-stated-total"),
    )
    assert code == 1
    assert out.endswith("3 files checked: 2 errors, 1 warning\n")


@pytest.mark.parametrize(
    ("case", "expected_output"),
    [
        (
            "NX004-duplicate-stage",
            "{file}:31:3: error NX004 [pipeline.started] duplicate key 'started' (first at line 25); a key may "
            "appear once in a mapping, and most YAML readers silently keep only the last\n"
            "    hint: merge the two entries into one, or delete the wrong one\n",
        ),
        (
            "NX101-typo-untis",
            "{file}:20:5: error NX101 [targets[1].untis] unknown key 'untis' in targets[1]\n"
            "    hint: did you mean 'units'?\n",
        ),
        (
            "NX106-share-160",
            "{file}:30:36: error NX106 [pipeline.started.deliveries[1].share] a share of 160% is outside 0–100%; "
            "write 60% for sixty percent\n"
            "    hint: write the share as a percentage between 0 and 100\n",
        ),
        (
            "NX115-sexagesimal-units",
            "{file}:20:12: error NX115 [targets[1].units] `1:2:3` is read by YAML 1.1 as 3,723 (a number in base "
            "60), not as the figure it seems to be\n"
            '    hint: write figures in plain digits (4017) or quoted the Vietnamese way ("4.017"): YAML 1.1 reads '
            "1:30, 0x1F, 017 and 1_000 as other numbers\n",
        ),
        (
            "NX103-huge-integer",
            "{file}:20:12: error NX103 [targets[1].units] a number of 5,000 digits is too long to be a figure\n"
            "    hint: check the value: no figure in a plan is that long\n",
        ),
    ],
)
def test_messages_a_person_can_act_on(run: Run, case: str, expected_output: str) -> None:
    file = NEGATIVE / case / "testland.yaml"
    summary = "1 file checked: 1 error, 0 warnings\n"
    assert run("validate", str(file)) == (1, expected_output.format(file=file) + summary, "")
