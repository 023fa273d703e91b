"""Help like a well-made CLI: capital metavars, flags as flags, every choice, examples that run,
the exit codes, and the same help in Vietnamese."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from nhaoxh_cli.cli.help import COMMANDS

from .conftest import PLANS, Run


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_shows_no_python_internals(run: Run, command: str) -> None:
    code, out, _ = run(*([command] if command else []), "--help")
    assert code == 0
    for internal in ("<bool>", "<str>", "<int", "list[", "Path]", "{province}", "{PROVINCE}", "{file}"):
        assert internal not in out, (command, internal)
    assert "Examples:" in out
    if command:
        assert f"Usage: nhaoxh {command} [OPTIONS]" in out


def test_the_tool_help_has_the_exit_codes_and_the_options_that_work_anywhere(run: Run) -> None:
    out = run("--help")[1]
    for line in (
        "  0    success",
        "  2    usage error",
        "  130  interrupted (Ctrl-C)",
        "--lang vi|en",
        "-V, --version",
    ):
        assert line in out


def test_choices_are_listed_and_flags_take_no_value(run: Run) -> None:
    out = " ".join(run("forecast", "--help")[1].split())
    assert "-f, --format text|markdown|json|csv|xlsx" in out and "--by period|year" in out
    assert "--details Add" in out and "--calibrated Another" in out  # flags: no metavar after them


def test_help_in_vietnamese(run: Run) -> None:
    out = run("--lang", "vi", "forecast", "--help")[1]
    assert out.startswith("Cách dùng: nhaoxh forecast") and "Ví dụ:" in out and "Tùy chọn:" in out
    assert "Định dạng kết quả (mặc định: text; với --output, dạng mà phần mở rộng" in " ".join(out.split())
    assert "Output format" not in out and "Examples" not in out
    assert run("forecast", "--help", "--lang", "vi")[1] == out  # the option after the command, too


@pytest.mark.parametrize(("command", "example"), [(c, e) for c, h in COMMANDS.items() for e, _ in h.examples])
def test_every_example_runs(
    run: Run, command: str, example: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The examples in the help are real commands: they run (on the shipped plans, in a scratch folder)."""
    monkeypatch.chdir(tmp_path)
    args = shlex.split(example)[1:]
    table = tmp_path / "figures.csv"
    table.write_text("unit,kind,years,units,percent,source,date,note\nHà Nội,quota,2025,4.670,,Lao Động,2025-12-18,\n")
    if "decision.pdf" in example or "article.html" in example:
        pytest.skip("an example of a document the reader has")
    plans = ["--plans-dir", str(PLANS)] if command not in ("new", "schema", "extract") else []
    if command in ("import", "new"):
        plans = ["--plans-dir", str(tmp_path / "plans")]
    args = [str(PLANS / Path(a).relative_to("data/plans")) if a.startswith("data/plans") else a for a in args]
    code, _, err = run(*args, *plans)
    assert code in (0, 1) and "Traceback" not in err, (example, err)
