"""Hostile and broken input: nhaoxh never runs code from a file, never hangs,
never crashes, never leaves half-written output. Each test fails if its
protection is removed (see docs/security.md)."""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
import unicodedata
from pathlib import Path

import pytest

from nhaoxh_cli.cli import output
from nhaoxh_cli.loader import load_plan_text
from nhaoxh_cli.loader.limits import Limits
from nhaoxh_cli.loader.plans import load_plan_file

from .conftest import PLANS, ROOT, Run

pytestmark = pytest.mark.slow  # hostile input: processes, huge files, pipes, kills

BASE = (ROOT / "tests" / "plans" / "testland.yaml").read_text(encoding="utf-8")


def codes(text: str | bytes, limits: Limits | None = None) -> list[str]:
    result = load_plan_text(text, "x.yaml", limits) if limits else load_plan_text(text, "x.yaml")
    return [f.code for f in result.findings]


def nhaoxh(*args: str, cwd: Path | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The command in its own process: a crash (segfault) or a hang shows up here."""
    env = {k: v for k, v in os.environ.items() if k not in {"NHAOXH_PLANS_DIR", "NHAOXH_DEBUG"}}
    return subprocess.run(
        [sys.executable, "-m", "nhaoxh_cli", *args], capture_output=True, text=True, timeout=timeout, cwd=cwd, env=env
    )


# -- 1. safe parsing -------------------------------------------------------


def test_python_tag_is_refused_and_nothing_runs(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    plan = tmp_path / "testland.yaml"
    plan.write_text(BASE.replace("name: Tỉnh Thử", f'name: !!python/object/apply:os.system ["touch {marker}"]'))
    done = nhaoxh("validate", str(plan))
    assert done.returncode == 1 and "NX006" in done.stdout and "!!python/object/apply:os.system" in done.stdout
    assert not marker.exists()


# -- 2. resource bounds -----------------------------------------------------

BILLION_LAUGHS = textwrap.dedent("""\
    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
    h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
    i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
    """)


def test_billion_laughs_is_refused_without_expansion() -> None:
    found = codes(BILLION_LAUGHS)
    assert found.count("NX005") == 8 * 9  # every alias reported, none expanded


@pytest.mark.parametrize("opening", ["[", "{a: "])
def test_deep_nesting_is_refused_without_crashing(tmp_path: Path, opening: str) -> None:
    # 100.000 levels crash PyYAML's libyaml composer (a segfault) and take minutes to scan.
    closing = "]" if opening == "[" else "}"
    plan = tmp_path / "deep.yaml"
    plan.write_text("a: " + opening * 100_000 + "1" + closing * 100_000 + "\n")
    done = nhaoxh("validate", str(plan), timeout=30)
    assert done.returncode == 1, done.stderr
    assert "NX007" in done.stdout and "nested more than 64 levels" in done.stdout


def test_deep_block_nesting_is_bounded() -> None:
    found = codes("a:\n" + "".join("  " * i + "- \n" for i in range(1, 200)))
    assert "NX007" in found


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    plan = tmp_path / "testland.yaml"
    with plan.open("wb") as handle:  # 200 MB, sparse: nothing is really written
        handle.truncate(200 * 1024 * 1024)
    result = load_plan_file(plan)
    assert [f.code for f in result.findings] == ["NX007"]
    assert "209,715,200 bytes" in result.findings[0].message
    assert "--max-file-size" in result.findings[0].hint
    assert load_plan_file(plan, Limits(max_bytes=300 * 1024 * 1024)).findings[0].code != "NX007"


def test_limit_on_values_and_its_option(tmp_path: Path, run: Run) -> None:
    plan = tmp_path / "testland.yaml"
    plan.write_text(BASE + "notes: [" + ", ".join(["x"] * 5000) + "]\n", encoding="utf-8")
    code, out, _ = run("validate", str(plan), "--max-values", "1000")
    assert code == 1 and "NX007" in out and "more than 1,000 values" in out
    assert run("validate", str(plan))[0] == 0


def test_line_of_a_million_characters(tmp_path: Path) -> None:
    plan = tmp_path / "testland.yaml"
    plan.write_text(BASE + "notes: [" + "x" * 1_000_000 + "]\n", encoding="utf-8")
    result = load_plan_file(plan)
    assert result.ok and result.plan is not None and len(result.plan.notes[0]) == 1_000_000


def test_ten_thousand_stages(run: Run, tmp_path: Path) -> None:
    stages = "".join(f"  stage{i}: {{units: {i}}}\n" for i in range(10_000))
    plan = tmp_path / "testland.yaml"
    plan.write_text(BASE.replace("pipeline:\n", "pipeline:\n" + stages), encoding="utf-8")
    started = time.monotonic()
    code, out, _ = run("validate", str(plan), "--format", "json")
    assert code == 1
    problems = json.loads(out)["problems"]
    assert len(problems) == 10_000 and {p["code"] for p in problems} == {"NX101"}
    assert time.monotonic() - started < 60  # a hang guard, not a speed goal (see benchmarks/)


def test_ten_thousand_deliveries_forecast_exactly(tmp_path: Path) -> None:
    deliveries = "".join(
        '      - {period: 2021-2025, units: 1, source: {doc: doc1, section: "2"}}\n' for _ in range(10_000)
    )
    text = BASE.replace("    deliveries:\n", "    deliveries:\n" + deliveries).replace(
        "units: 1000\n", "units: 20000\n"
    )
    result = load_plan_text(text, "testland.yaml")
    assert result.plan is not None
    from nhaoxh_cli.engine.projection import project

    projection = project(result.plan, result.plan.default_territory)
    assert projection.periods["2021-2025"]["started"] == 10_600


@pytest.mark.parametrize(
    ("literal", "digits"),
    [
        ("9" * 5000, 5000),
        ("-" + "9" * 5000, 5000),
        ("0x" + "F" * 4000, 4000),
        ("9" * 4290 + ":59", 4292),
        ("0" + "7" * 5000, 5001),
    ],
)
@pytest.mark.parametrize("field", ["    units: 2000", '  code: "99"'])
def test_huge_number_literals_get_nhaoxhs_own_message(
    run: Run, tmp_path: Path, literal: str, digits: int, field: str
) -> None:
    """Python refuses to print an integer of more than 4.300 digits ("use sys.set_int_max_str_digits()");
    such a literal, in a figure or where text belongs, is refused as it is read, in nhaoxh's words."""
    plan = tmp_path / "testland.yaml"
    plan.write_text(BASE.replace(field, field.split(":")[0] + ": " + literal), encoding="utf-8")
    code, out, err = run("validate", str(plan), "--format", "json")
    assert code == 1 and err == ""
    problems = json.loads(out)["problems"]
    assert [(p["code"], p["message"]) for p in problems] == [
        ("NX103", f"a number of {digits:,} digits is too long to be a figure")
    ]
    assert "set_int_max_str_digits" not in out


# -- 3. encodings and text --------------------------------------------------


def test_bom_and_crlf() -> None:
    text = ("\ufeff" + BASE).replace("\n", "\r\n").encode("utf-8")
    result = load_plan_text(text, "testland.yaml")
    assert result.ok and result.plan is not None and result.plan.province.name == "Tỉnh Thử"


def test_nfd_plan_is_read_as_nfc_and_found_by_either_form(run: Run, tmp_path: Path) -> None:
    text = (PLANS / "haiphong.yaml").read_text(encoding="utf-8")
    (tmp_path / "haiphong.yaml").write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    nfc = run("forecast", "Hải Phòng", "-f", "json", "--plans-dir", str(tmp_path))
    nfd = run("forecast", unicodedata.normalize("NFD", "Hải Phòng"), "-f", "json", "--plans-dir", str(tmp_path))
    assert nfc == nfd and nfc[0] == 0
    assert json.loads(nfc[1])["province"]["name"] == unicodedata.normalize("NFC", "Hải Phòng")


def test_invalid_bytes_are_placed() -> None:
    text = BASE.encode("utf-8").replace("Tỉnh".encode(), b"T\xecnh")  # a Latin-1 byte
    result = load_plan_text(text, "x.yaml")
    assert [(f.code, f.line) for f in result.findings] == [("NX002", 4)]
    assert "byte " in result.findings[0].message


def test_utf16_is_named() -> None:
    result = load_plan_text(BASE.encode("utf-16"), "x.yaml")
    assert [f.code for f in result.findings] == ["NX002"] and "UTF-16" in result.findings[0].message


# -- 4. paths ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["../../etc/passwd", "/etc/passwd", "..", "haiphong/../haiphong", ""])
def test_province_is_never_a_path(run: Run, name: str) -> None:
    code, out, err = run("forecast", name, "--plans-dir", str(PLANS))
    assert code == 2 and out == "" and "no plan for" in err


def test_unreadable_file_gets_a_message(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = tmp_path / "testland.yaml"
    plan.write_text(BASE, encoding="utf-8")

    def refuse(path: Path, max_bytes: int) -> bytes:  # chmod 000 does not stop root, who runs CI here
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    import nhaoxh_cli.loader.plans as plans

    monkeypatch.setattr(plans, "read_limited", refuse)
    code, out, _ = run("validate", str(tmp_path))
    assert code == 1 and "NX001 cannot read the file: Permission denied" in out


def test_odd_things_in_a_plans_folder(run: Run, tmp_path: Path) -> None:
    (tmp_path / "folder.yaml").mkdir()
    (tmp_path / "empty.yaml").write_text("")
    (tmp_path / "notes.txt").write_text("not a plan")
    (tmp_path / "testland.yaml").write_text(BASE, encoding="utf-8")
    code, out, err = run("validate", str(tmp_path), "--format", "json")
    report = json.loads(out)
    assert code == 1 and err == ""
    assert sorted(os.path.basename(f) for f in report["files"]) == ["empty.yaml", "folder.yaml", "testland.yaml"]
    assert sorted(p["code"] for p in report["problems"]) == ["NX001", "NX008"]
    assert run("forecast", "testland", "--plans-dir", str(tmp_path))[0] == 0


def test_a_pipe_in_a_plans_folder_is_not_waited_for(tmp_path: Path) -> None:
    """A FIFO named like a plan would block a reader until a writer comes (found by the run cache's review)."""
    os.mkfifo(tmp_path / "pipe.yaml")
    (tmp_path / "testland.yaml").write_text(BASE, encoding="utf-8")
    for args in (["validate", str(tmp_path)], ["report", "--plans-dir", str(tmp_path)]):
        done = nhaoxh(*args, timeout=30)  # before: hung forever
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert "pipe.yaml" in done.stdout + done.stderr and "not a regular file" in done.stdout + done.stderr
    assert nhaoxh("forecast", "testland", "--plans-dir", str(tmp_path), timeout=30).returncode == 0


# -- 5. output never half-written ---------------------------------------------


def _only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_disk_full_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.json"
    target.write_text("previous")

    def full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output.os, "write", full)
    with pytest.raises(output.OutputError, match="No space left on device"):
        output.write_atomic(target, "new contents")
    assert target.read_text() == "previous" and _only(tmp_path) == ["report.json"]


def test_disk_full_through_the_cli(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.json"
    target.write_text("previous")
    monkeypatch.setattr(output.os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space")))
    code, out, err = run("forecast", "haiphong", "-f", "json", "-o", str(target), "--plans-dir", str(PLANS))
    # the disk, not the command, is the problem: exit 1 (a usage error is 2)
    assert (code, out) == (1, "") and "cannot write" in err and "Traceback" not in err
    assert target.read_text() == "previous" and _only(tmp_path) == ["report.json"]


def test_named_temporary_file_is_removed_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(output.os, "O_TMPFILE", raising=False)  # a system without anonymous files
    monkeypatch.setattr(output.os, "fsync", lambda fd: (_ for _ in ()).throw(KeyboardInterrupt()))
    target = tmp_path / "report.json"
    target.write_text("previous")
    with pytest.raises(KeyboardInterrupt):
        output.write_atomic(target, "new")
    assert target.read_text() == "previous" and _only(tmp_path) == ["report.json"]


def test_kill_during_the_write_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("previous")
    started = tmp_path.parent / f"{tmp_path.name}-started"
    script = textwrap.dedent(f"""
        import os, time
        from pathlib import Path
        from nhaoxh_cli.cli import output
        def stall(fd):
            Path({str(started)!r}).touch()
            time.sleep(60)
        output.os.fsync = stall
        output.write_atomic(Path({str(target)!r}), "x" * 1_000_000)
    """)
    child = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 30
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert started.exists(), "the writer never started"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        child.kill()
    assert target.read_text() == "previous" and _only(tmp_path) == ["report.json"]


def test_closed_pipe_is_quiet() -> None:
    done = subprocess.run(
        f"{sys.executable} -m nhaoxh_cli forecast haiphong | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode == 0 and done.stderr == ""


def test_output_into_a_missing_folder_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    code, _, err = run("forecast", "haiphong", "-o", str(tmp_path / "no" / "x.json"), "--plans-dir", str(PLANS))
    assert code == 2 and "does not exist" in err


# -- 6. no tracebacks for users -------------------------------------------------


def _break_the_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    import nhaoxh_cli.engine.province as province

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(province, "territory_forecast", boom)


def test_internal_error_says_it_is_a_bug(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    _break_the_engine(monkeypatch)
    code, out, err = run("forecast", "haiphong", "--plans-dir", str(PLANS))
    assert (code, out) == (3, "")
    assert "internal error" in err and "this is a bug" in err and "--debug" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("how", ["option", "environment"])
def test_debug_shows_the_traceback(run: Run, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    _break_the_engine(monkeypatch)
    if how == "environment":
        monkeypatch.setenv("NHAOXH_DEBUG", "1")
        args = ["forecast", "haiphong", "--plans-dir", str(PLANS)]
    else:
        args = ["--debug", "forecast", "haiphong", "--plans-dir", str(PLANS)]
    code, _, err = run(*args)
    assert code == 3 and "Traceback" in err and "RuntimeError: a bug" in err


# -- 7. devices, pipes, streams and processes (issue 17) -------------------------

IMPORT_HEADER = "unit,kind,years,units,percent,source,date,note\n"


def test_a_link_to_dev_zero_is_refused_at_once(tmp_path: Path) -> None:
    """Before: `validate` read /dev/zero until memory ran out (12 GB in 20 s)."""
    for name in ("zero.yaml", "zero.txt", "zero.csv"):
        (tmp_path / name).symlink_to("/dev/zero")
    for args, code in (
        (["validate", str(tmp_path / "zero.yaml")], 1),
        (["extract", str(tmp_path / "zero.txt")], 2),
        (["import", str(tmp_path / "zero.csv")], 2),
    ):
        done = nhaoxh(*args, timeout=30)
        assert done.returncode == code and "Traceback" not in done.stderr, args
        assert "device" in done.stdout + done.stderr, args


def test_a_character_device_made_with_mknod(tmp_path: Path) -> None:
    try:
        os.mknod(tmp_path / "null.yaml", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("mknod needs root")
    (tmp_path / "testland.yaml").write_text(BASE, encoding="utf-8")
    named = nhaoxh("validate", str(tmp_path / "null.yaml"), timeout=30)
    in_folder = nhaoxh("validate", str(tmp_path), timeout=30)
    assert named.returncode == 1 and "device" in named.stdout
    assert in_folder.returncode == 1 and "not a regular file" in in_folder.stdout


def test_a_pipe_nobody_writes_to_is_not_waited_for(tmp_path: Path) -> None:
    """A FIFO named on the command line is read, but opened without waiting for a writer."""
    os.mkfifo(tmp_path / "testland.yaml")
    os.mkfifo(tmp_path / "document.txt")
    assert nhaoxh("validate", str(tmp_path / "testland.yaml"), timeout=30).returncode == 1
    assert nhaoxh("extract", str(tmp_path / "document.txt"), timeout=30).returncode == 1


def test_a_plan_read_from_a_pipe_is_not_held_to_a_file_name() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "nhaoxh_cli", "validate", "/dev/stdin"],
        input=BASE,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and "NX207" not in done.stdout, done.stdout


def test_stdout_closed_or_full_or_ascii() -> None:
    closed = subprocess.run(
        f"{sys.executable} -m nhaoxh_cli forecast haiphong >&-", shell=True, capture_output=True, text=True, cwd=ROOT
    )
    assert closed.returncode == 1 and "standard output is closed" in closed.stderr and "Traceback" not in closed.stderr
    full = subprocess.run(
        f"{sys.executable} -m nhaoxh_cli forecast haiphong > /dev/full",
        shell=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert full.returncode == 1 and "no space left" in full.stderr and "Traceback" not in full.stderr
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    ascii_run = subprocess.run(
        [sys.executable, "-m", "nhaoxh_cli", "--lang", "vi", "forecast", "haiphong"],
        capture_output=True,
        env=env,
        cwd=ROOT,
    )
    assert ascii_run.returncode == 0 and b"Hai Phong" in ascii_run.stdout
    assert ascii_run.stdout.isascii() and b"PYTHONIOENCODING=utf-8" in ascii_run.stderr


def test_a_huge_jobs_count_is_capped_not_a_crash(run: Run) -> None:
    code, out, err = run("validate", str(PLANS), "--jobs", "99999999999999999999")
    assert code in (0, 1) and "processes per CPU" in err and "checked" in out


def test_a_killed_worker_is_reported_not_a_bug(tmp_path: Path) -> None:
    """A worker the system kills (out of memory) leaves the command with exit 1 and the file it held."""
    for index in range(6):
        (tmp_path / f"p{index}.yaml").write_text("schema_version: 1\n", encoding="utf-8")
    script = textwrap.dedent(f"""
        import os, signal, sys
        from nhaoxh_cli import validation
        from nhaoxh_cli.cli.app import main
        real = validation.check_file
        def dying(path, folder, limits):
            if path.name == "p3.yaml":
                os.kill(os.getpid(), signal.SIGKILL)
            return real(path, folder, limits)
        validation.check_file = dying
        main(["validate", {str(tmp_path)!r}, "--jobs", "2"])
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "worker process ended" in done.stderr and "Traceback" not in done.stderr


def test_import_writes_every_plan_or_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nhaoxh_cli import files
    from nhaoxh_cli.api import import_figures

    plans = tmp_path / "plans"
    plans.mkdir()
    for slug in ("hanoi", "haiphong"):
        (plans / f"{slug}.yaml").write_text((PLANS / f"{slug}.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    before = {p.name: p.read_text(encoding="utf-8") for p in plans.iterdir()}
    table = tmp_path / "figures.csv"
    table.write_text(
        IMPORT_HEADER
        + "Hà Nội,quota,2031,1.000,,Báo Thử,2026-11-01,\n"
        + "Hải Phòng,quota,2031,2.000,,Báo Thử,2026-11-01,\n",
        encoding="utf-8",
    )
    real, calls = files.write_atomic, []

    def second_fails(path: Path, text: str | bytes) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise files.OutputError.system(path, OSError(errno.ENOSPC, "No space left on device"))
        real(path, text)

    monkeypatch.setattr(files, "write_atomic", second_fails)
    with pytest.raises(files.OutputError):
        import_figures(table, plans_dir=plans, write=True)
    assert len(calls) == 2
    assert {p.name: p.read_text(encoding="utf-8") for p in plans.iterdir()} == before


# -- 8. --output onto devices and links; control characters never raw (issue 17's Done when) ----------


def test_output_onto_a_character_device_leaves_it_a_device(tmp_path: Path) -> None:
    device = tmp_path / "null"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # what /dev/null is
    except PermissionError:
        pytest.skip("mknod needs root")
    done = nhaoxh("schema", "--output", str(device), timeout=30)
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert stat.S_ISCHR(os.stat(device).st_mode)  # written to, never replaced by a file


def test_output_through_a_link_replaces_its_target(tmp_path: Path) -> None:
    target = tmp_path / "real" / "schema.json"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    done = nhaoxh("schema", "--output", str(link), timeout=30)
    assert done.returncode == 0 and link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text(encoding="utf-8"))["title"]  # the target holds the schema
    assert sorted(p.name for p in target.parent.iterdir()) == ["schema.json"]  # no temporary left


def test_output_into_a_fifo_is_written_through(tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    done = nhaoxh("schema", "--output", str(fifo), timeout=30)
    reader.join(timeout=30)
    assert done.returncode == 0 and got and json.loads(got[0])["title"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


HOSTILE = "\\e[31m\\n::error::pwned"  # YAML's escapes: ESC [31m, a newline, a GitHub annotation


def test_a_key_holding_escapes_prints_neither_raw_in_any_format(tmp_path: Path) -> None:
    plan = tmp_path / "testland.yaml"
    plan.write_text(BASE.replace("schema_version: 1", f'schema_version: 1\n"bad{HOSTILE}": 1'), encoding="utf-8")
    for fmt in ("text", "json", "github"):
        done = nhaoxh("validate", str(plan), "--format", fmt, timeout=60)
        assert done.returncode == 1 and "NX" in done.stdout, fmt
        assert "\x1b" not in done.stdout + done.stderr, fmt
        assert not any(line.startswith("::error::pwned") for line in done.stdout.splitlines()), fmt


def test_a_label_holding_escapes_prints_neither_raw_in_any_format(tmp_path: Path) -> None:
    plan = tmp_path / "testland.yaml"
    text = BASE.replace("  - id: quota-1\n", f'  - id: quota-1\n    label: "x{HOSTILE}"\n', 1)
    assert text != BASE
    plan.write_text(text, encoding="utf-8")
    for fmt in ("text", "markdown", "csv", "json"):
        done = nhaoxh("forecast", "testland", "--plans-dir", str(tmp_path), "--format", fmt, timeout=60)
        assert done.returncode == 0, (fmt, done.stderr)
        assert "\x1b" not in done.stdout + done.stderr, fmt
        assert not any(line.startswith("::error::pwned") for line in done.stdout.splitlines()), fmt
    page = tmp_path / "report.html"
    done = nhaoxh("report", "--plans-dir", str(tmp_path), "--format", "html", "--output", str(page), timeout=60)
    assert done.returncode in (0, 1) and "\x1b" not in page.read_text(encoding="utf-8")
