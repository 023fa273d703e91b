"""validate and report over several processes: the same output, in the same order, as in one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nhaoxh_cli import parallel, validation
from nhaoxh_cli.checked import checked_plans
from nhaoxh_cli.checks.plan_set import claims_of
from nhaoxh_cli.loader.plans import load_plan_file

from .conftest import PLANS, ROOT, Run


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """The shipped plans, plus files that clash across files, a broken one and an invalid one."""
    folder = tmp_path / "plans"
    shutil.copytree(PLANS, folder)
    for n in range(3):  # each claims Hải Phòng's slug and aliases again: NX207 and NX208
        shutil.copy(PLANS / "haiphong.yaml", folder / f"copy{n}.yaml")
    (folder / "broken.yaml").write_text("province: [\n", encoding="utf-8")
    text = (PLANS / "ninhbinh.yaml").read_text(encoding="utf-8")
    (folder / "zz-invalid.yaml").write_text(text.replace("slug: ninhbinh", "slug: zz-invalid\n  colour: red"))
    # loads, but a check fails: a citation of a source the plan does not list (NX204)
    shutil.copy(ROOT / "tests" / "plans" / "negative" / "NX204-unknown-source" / "testland.yaml", folder)
    return folder


@pytest.mark.slow
def test_processes_give_the_same_findings_in_the_same_order(mixed: Path) -> None:
    alone = validation.validate_paths([mixed], jobs=1)
    spread = validation.validate_paths([mixed], jobs=3)
    assert spread == alone
    codes = [f.code for f in alone.findings]
    # three copies: each named copyN but slugged haiphong (NX207); each name claimed before (NX208)
    assert codes.count("NX207") == 3 and codes.count("NX208") >= 3
    assert "NX003" in codes and "NX101" in codes and alone.errors > 0
    # files are read in name order: copy0 claims the names first, the later files clash with it
    clashes = {Path(f.file).name for f in alone.findings if f.code == "NX208"}
    assert clashes == {"copy1.yaml", "copy2.yaml", "haiphong.yaml"}
    assert all(f.message.endswith("copy0.yaml") for f in alone.findings if f.code == "NX208")


@pytest.mark.slow
def test_the_cli_option(run: Run, mixed: Path) -> None:
    one = run("validate", str(mixed), "-j", "1")
    two = run("validate", str(mixed), "--jobs", "2")
    assert one == two and one[0] == 1
    assert run("validate", str(mixed), "--jobs", "0")[0] == 2


@pytest.mark.parametrize("files, cpus, expected", [(34, 8, 1), (250, 8, 2), (10_000, 4, 4), (10_000, 1, 1)])
def test_default_jobs(monkeypatch: pytest.MonkeyPatch, files: int, cpus: int, expected: int) -> None:
    monkeypatch.setattr(parallel.os, "sched_getaffinity", lambda _pid: set(range(cpus)), raising=False)
    assert parallel.default_jobs(files) == expected


def test_a_large_plan_locates_its_names(tmp_path: Path) -> None:
    """A plan of several MB keeps every place (an offset per value, counted down only when asked for):
    the province's names, which clashes point at, are placed exactly."""
    text = (PLANS / "haiphong.yaml").read_text(encoding="utf-8")
    padding = "# " + "x" * 98 + "\n"
    big = tmp_path / "haiphong.yaml"
    big.write_text(text + padding * 30_000, encoding="utf-8")  # 3 MB
    result = load_plan_file(big)
    claims = claims_of(result)
    lines = text.splitlines()
    assert claims[0].field == "slug" and "slug: haiphong" in lines[claims[0].at.line - 1]
    for claim in claims[1:]:
        assert claim.name in lines[claim.at.line - 1]


@pytest.mark.slow
def test_report_reads_the_plans_in_processes_with_the_same_result(run: Run, mixed: Path) -> None:
    one = run("report", "--plans-dir", str(mixed), "-f", "json", "-j", "1")
    two = run("report", "--plans-dir", str(mixed), "-f", "json", "--jobs", "2")
    assert one == two and one[0] == 1
    # the plans left out are named with their errors, those found by the checks too
    for name, code in (("broken.yaml", "NX003"), ("zz-invalid.yaml", "NX101"), ("testland.yaml", "NX204")):
        assert f"{name} has errors and was left out" in one[2]
        assert any(name in line and code in line for line in one[2].splitlines()), (name, code)


@pytest.mark.slow
def test_a_plan_comes_back_from_a_worker_whole(tmp_path: Path) -> None:
    here = list(checked_plans(PLANS, jobs=1))
    there = list(checked_plans(PLANS, jobs=2))
    assert here == there and all(c.valid for c in here)


SPAWNED = """
import multiprocessing, sys
from pathlib import Path
if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")  # macOS's default, and Linux's forkserver also pickles everything
    from nhaoxh_cli.checked import checked_plans
    from nhaoxh_cli.validation import validate_paths
    folder = Path(sys.argv[1])
    report = validate_paths([folder], jobs=2)
    print(len(report.findings), report.errors, sum(c.valid for c in checked_plans(folder, jobs=2)))
"""


@pytest.mark.slow
def test_workers_started_by_spawn_give_the_same_results(mixed: Path, tmp_path: Path) -> None:
    script = tmp_path / "spawned.py"
    script.write_text(SPAWNED, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(mixed)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    alone = validation.validate_paths([mixed], jobs=1)
    valid = sum(c.valid for c in checked_plans(mixed, jobs=1))
    assert done.stdout.split() == [str(len(alone.findings)), str(alone.errors), str(valid)]


@pytest.mark.slow
def _group_size(group: int) -> int:
    """How many processes are in a process group (Linux /proc)."""
    count = 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as stat:
                    fields = stat.read().rsplit(b")", 1)[1].split()
            except OSError:
                continue
            count += int(fields[2]) == group  # the fifth field: the process group
    return count


def test_ctrl_c_stops_every_process_at_once(tmp_path: Path) -> None:
    """Ctrl-C reaches the command and its workers (one process group): all end within seconds,
    with the conventional exit code 130, no traceback and no output half-printed."""
    import os
    import signal
    import time

    folder = tmp_path / "plans"
    folder.mkdir()
    text = (PLANS / "haiphong.yaml").read_text(encoding="utf-8")
    for n in range(5000):  # several seconds of work on two processes, however fast reading a plan gets
        (folder / f"p{n:04d}.yaml").write_text(text.replace("slug: haiphong", f"slug: p{n:04d}"), encoding="utf-8")
    command = [sys.executable, "-m", "nhaoxh_cli", "validate", str(folder), "--jobs", "2"]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 30  # Ctrl-C once the work has begun (its workers exist), however busy the machine
    while _group_size(child.pid) < 2 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.05)
    time.sleep(0.3)
    os.killpg(child.pid, signal.SIGINT)
    start = time.monotonic()
    out, err = child.communicate(timeout=30)
    assert child.returncode == 130, err.decode()
    assert time.monotonic() - start < 10 and out == b"" and b"Traceback" not in err
    time.sleep(0.5)
    with pytest.raises(ProcessLookupError):  # no worker left behind
        os.killpg(child.pid, 0)
