"""The corpus of broken plans: one folder per problem, each with the plan
file(s) and `expect.txt`, the findings it must produce as `file:line:col CODE`
(positions counted by hand in the files beside it).

Every case runs through `nhaoxh validate` in the text, json and github
formats, and must give exactly its expected findings and exit code.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from nhaoxh_cli.findings import CODES, Severity

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


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_text(run: Run, case: Path) -> None:
    rows = expected(case)
    code, out, _ = run("validate", str(case))
    for name, line, column, problem in rows:
        severity = CODES[problem].severity.value
        assert f"{case / name}:{line}:{column}: {severity} {problem}" in out
    assert out.count("\n    hint: ") == len(rows)
    assert code == exit_code_for(rows)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_github(run: Run, case: Path) -> None:
    rows = expected(case)
    code, out, _ = run("validate", str(case), "--format", "github", "--strict")
    commands = [line for line in out.splitlines() if line.startswith("::")]
    assert len(commands) == len(rows)
    for command, (name, line, column, problem) in zip(commands, rows, strict=True):
        assert command.startswith(f"::error file={case / name},line={line},col={column},title={problem} ")
    assert code == exit_code_for(rows, strict=True)


def test_every_code_has_a_case() -> None:
    covered = {c.name.split("-")[0] for c in CASES}
    # NX001 (an unreadable file) and NX009 (a link out of the folder) have no
    # line to point at: see test_unreadable_file and test_link_outside_the_folder.
    assert set(CODES) - covered == {"NX001", "NX009"}


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
    # line 141 states 36.126; 2.554 + 7.389 + 12.434 + 11.934 + 1.817 = 36.128
    assert "36.126" in problems["NX301"] and "36.128" in problems["NX301"]
    # lines 119 and 131: 4.017 + 2.554 = 6.571 from a stage of 6.570
    assert "6.571" in problems["NX302"] and "6.570" in problems["NX302"]
    # line 139: 1.817 / 2.303 = 78,9%, stated as (80%) without "khoảng"
    assert "78,9%" in problems["NX303"] and "80%" in problems["NX303"]
    # Beside the decision (reference file): outlets disagree three times (14.500 for the former city's
    # 15.400, 49.455 for 49.400, 5.904 for 5.861), and the former cities' own 2021–2024 completions
    # (7.900 + 619) exceed the merged city's 5.861.
    others = sorted((p["code"], p["message"]) for p in everything if p["code"] not in problems)
    assert [code for code, _ in others] == ["NX308", "NX308", "NX308", "NX310"]
    disagreements = " ".join(message for _, message in others)
    assert "14.500" in disagreements and "49.455" in disagreements and "5.904" in disagreements
    assert "8.519 (619 + 7.900)" in others[3][1]
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
    ],
)
def test_messages_a_person_can_act_on(run: Run, case: str, expected_output: str) -> None:
    file = NEGATIVE / case / "testland.yaml"
    summary = "1 file checked: 1 error, 0 warnings\n"
    assert run("validate", str(file)) == (1, expected_output.format(file=file) + summary, "")
