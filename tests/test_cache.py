"""The run cache (cli/cache.py): a replay is the earlier run byte for byte, and
only ever of a run whose inputs are all unchanged.

Commands run in their own process (`python -c`) with the cache in a temporary
folder; a marker written at exit says whether the command ran (the CLI
module was imported) or was replayed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nhaoxh_cli.cli import cache

from .conftest import PLANS

PROBE = (
    "import sys, atexit\n"
    "def said():\n"
    "    heavy = [m for m in ('nhaoxh_cli.cli.app', 'typer', 'pydantic', 'rich', 'yaml') if m in sys.modules]\n"
    "    sys.stderr.write('[ran]\\n' if heavy else '[replayed]\\n')\n"
    "atexit.register(said)\n"
    "from nhaoxh_cli.cli import main\n"
    "main(sys.argv[1:])\n"
)


def nhaoxh(cache_dir: Path, *args: str, cwd: Path, **env: str) -> tuple[int, str, str, bool]:
    """(exit code, stdout, stderr without the marker, replayed?)."""
    environ = {k: v for k, v in os.environ.items() if k not in {"NHAOXH_NO_CACHE", "NHAOXH_PLANS_DIR", "NO_COLOR"}}
    environ.update({"NHAOXH_CACHE_DIR": str(cache_dir), "NHAOXH_LANG": "en", **env})
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=cwd, env=environ, timeout=60
    )
    err, marker = done.stderr.rsplit("[", 1)
    assert marker in ("ran]\n", "replayed]\n"), done.stderr
    return done.returncode, done.stdout, err, marker == "replayed]\n"


def settled(folder: Path) -> Path:
    """Wait until the files just written are older than the cache's one-second 'racy' window."""
    time.sleep(cache.RACY_NS / 1e9 + 0.1)
    return folder


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the shipped plans, settled once for the tests that do not change it."""
    folder = tmp_path_factory.mktemp("shared") / "plans"
    shutil.copytree(PLANS, folder)
    return settled(folder)


def test_a_second_identical_run_is_replayed_without_loading_anything(plans: Path, tmp_path: Path) -> None:
    first = nhaoxh(tmp_path / "c", "forecast", "haiphong", "--plans-dir", str(plans), "-f", "json", cwd=tmp_path)
    second = nhaoxh(tmp_path / "c", "forecast", "haiphong", "--plans-dir", str(plans), "-f", "json", cwd=tmp_path)
    assert first[0] == 0 and not first[3]
    assert second[3], "the second run should be replayed"
    assert second[:3] == first[:3]
    assert '"forecast_units": 36128' in second[1]  # QĐ 117 §II.1.2, 2026–2030 (tests/test_forecast_haiphong.py)


def test_replay_keeps_stderr_its_order_and_the_exit_code(plans: Path, tmp_path: Path) -> None:
    # a former province: a note on stderr, then Hải Phòng's table on stdout
    args = ("forecast", "haiduong", "--plans-dir", str(plans))
    first, second = (nhaoxh(tmp_path / "c", *args, cwd=tmp_path) for _ in range(2))
    assert second[3] and second[:3] == first[:3]
    assert "merged into Hải Phòng" in second[2]
    # warnings of the shipped plans: exit 0 with text; the same again
    args = ("validate", str(plans), "--strict")
    first, second = (nhaoxh(tmp_path / "c", *args, cwd=tmp_path) for _ in range(2))
    assert first[0] == 1 and "NX301" in first[1]  # --strict: the source's warnings fail the run
    assert second[3] and second[:3] == first[:3]


def test_an_edit_that_keeps_the_size_is_seen(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(PLANS / "haiphong.yaml", folder)
    settled(folder)
    args = ("forecast", "haiphong", "--plans-dir", str(folder), "-f", "csv")
    before = nhaoxh(tmp_path / "c", *args, cwd=tmp_path)
    assert nhaoxh(tmp_path / "c", *args, cwd=tmp_path)[3]
    plan = folder / "haiphong.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace('units: "1.080"', 'units: "1.081"'), encoding="utf-8")  # same size
    assert plan.stat().st_size == len(text.encode())
    after = nhaoxh(tmp_path / "c", *args, cwd=tmp_path)
    assert not after[3]
    # 2021–2025: completions 1.080 → 1.081, so 15.540 → 15.541 (QĐ 117 §II.1)
    assert "15540" in before[1] and "15541" in after[1]
    # changed less than a second ago: not kept, so the next run runs again too
    assert not nhaoxh(tmp_path / "c", *args, cwd=tmp_path)[3]


def test_a_new_file_in_a_folder_read_is_seen(plans: Path, tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    shutil.copytree(plans, folder)
    settled(folder)
    args = ("validate", str(folder))
    first = nhaoxh(tmp_path / "c", *args, cwd=tmp_path)
    assert nhaoxh(tmp_path / "c", *args, cwd=tmp_path)[3]
    (folder / "broken.yaml").write_text("province: [\n", encoding="utf-8")
    after = nhaoxh(tmp_path / "c", *args, cwd=tmp_path)
    assert not after[3] and after[0] == 1 and first[0] == 0
    assert "broken.yaml" in after[1]


def test_files_nhaoxh_does_not_read_change_nothing(plans: Path, tmp_path: Path) -> None:
    """An editor's swap file or notes beside the plans: nhaoxh reads *.yaml and *.yml only."""
    folder = tmp_path / "plans"
    shutil.copytree(plans, folder)
    settled(folder)
    args = ("forecast", "haiphong", "--plans-dir", str(folder))
    first = nhaoxh(tmp_path / "c", *args, cwd=tmp_path)
    (folder / ".haiphong.yaml.swp").write_bytes(b"\0" * 100)
    (folder / "notes.txt").write_text("to check with the department")
    again = nhaoxh(tmp_path / "c", *args, cwd=tmp_path)
    assert again[3] and again[:3] == first[:3]


def test_the_language_is_part_of_what_is_compared(plans: Path, tmp_path: Path) -> None:
    args = ("forecast", "haiphong", "--plans-dir", str(plans))
    english = nhaoxh(tmp_path / "c", *args, cwd=tmp_path)
    nhaoxh(tmp_path / "c", *args, cwd=tmp_path)
    vietnamese = nhaoxh(tmp_path / "c", *args, cwd=tmp_path, NHAOXH_LANG="vi")
    assert not vietnamese[3] and vietnamese[1] != english[1]


@pytest.mark.parametrize(
    "args, env",
    [
        (("forecast", "haiphong", "--output", "OUT"), {}),
        (("forecast", "haiphong", "-oOUT"), {}),
        (("forecast", "haiphong"), {"NHAOXH_NO_CACHE": "1"}),
        (("--debug", "forecast", "haiphong"), {}),
        (("forecast", "--help"), {}),
    ],
)
def test_runs_that_are_never_replayed(plans: Path, tmp_path: Path, args: tuple[str, ...], env: dict[str, str]) -> None:
    args = (*(a.replace("OUT", str(tmp_path / "out.txt")) for a in args), "--plans-dir", str(plans))
    for _ in range(2):
        code, _out, err, replayed = nhaoxh(tmp_path / "c", *args, cwd=tmp_path, **env)
        assert code == 0 and not replayed, err
    assert not (tmp_path / "c").exists() or not any((tmp_path / "c").iterdir())


def test_a_cache_folder_that_cannot_be_written_only_costs_time(plans: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    args = ("forecast", "haiphong", "--plans-dir", str(plans))
    for _ in range(2):
        code, out, _err, replayed = nhaoxh(blocked / "c", *args, cwd=tmp_path)
        assert code == 0 and "Hải Phòng" in out and not replayed


def test_a_damaged_entry_is_ignored(plans: Path, tmp_path: Path) -> None:
    args = ("forecast", "haiphong", "--plans-dir", str(plans), "-f", "json")
    first = nhaoxh(tmp_path / "c", *args, cwd=tmp_path)
    (entry,) = (tmp_path / "c").iterdir()
    entry.write_bytes(entry.read_bytes()[:-10])
    again = nhaoxh(tmp_path / "c", *args, cwd=tmp_path)
    assert not again[3] and again[:3] == first[:3]


# -- the parts ---------------------------------------------------------------


def test_every_cut_of_an_entry_is_refused() -> None:
    chunks = [(2, "note: Hải Dương …\n"), (1, "table\n"), (2, "")]
    data = cache._encode(1, chunks, "k" * 64)
    assert cache._decode(data, "k" * 64) == (1, chunks)
    assert cache._decode(data, "j" * 64) is None  # another run's entry under a colliding name
    for cut in range(len(data)):
        assert cache._decode(data[:cut], "k" * 64) is None
    assert cache._decode(data + b"x", "k" * 64) is None
    assert cache._decode(cache._encode(3, chunks, "k" * 64), "k" * 64) is None  # only exit codes 0 and 1


@pytest.mark.parametrize(
    "args, expected",
    [
        (["forecast", "haiphong"], True),
        (["--lang", "vi", "report"], True),
        (["--lang", "forecast", "extract", "x.txt"], False),  # the command is extract
        (["extract", "x.txt"], False),
        (["new", "danang"], False),
        (["forecast", "haiphong", "-o", "x"], False),
        (["validate", "--output=x"], False),
        (["forecast", "-h"], False),
        ([], False),
    ],
)
def test_which_runs_may_use_the_cache(args: list[str], expected: bool) -> None:
    assert cache.cacheable(args, {}) is expected


def test_completion_and_debug_runs_do_not_use_the_cache() -> None:
    assert not cache.cacheable(["forecast", "x"], {"_NHAOXH_COMPLETE": "bash_complete"})
    assert not cache.cacheable(["forecast", "x"], {"NHAOXH_DEBUG": "1"})
    assert cache.cacheable(["forecast", "x"], {"NHAOXH_NO_CACHE": "0"})


def test_the_date_is_part_of_the_key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    env = {"NHAOXH_CACHE_DIR": str(tmp_path)}
    today = cache.Memo(["forecast", "haiphong"], env).key
    monkeypatch.setattr(cache.time, "strftime", lambda _format: "2099-01-01")
    assert cache.Memo(["forecast", "haiphong"], env).key != today


def test_a_file_changed_just_now_is_not_kept(tmp_path: Path) -> None:
    plan = tmp_path / "haiphong.yaml"
    shutil.copy(PLANS / "haiphong.yaml", plan)
    memo = cache.Memo(["validate", str(plan)], {"NHAOXH_CACHE_DIR": str(tmp_path / "c")})
    assert not memo.keep(0, [(1, "x")])
    assert not (tmp_path / "c").exists()


def test_a_pipe_or_device_argument_is_never_cached(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.yaml"
    os.mkfifo(fifo)
    assert cache.cacheable(["validate", str(fifo)], {})
    with pytest.raises(cache.NotCacheable):
        cache.Memo(["validate", str(fifo)], {})
    with pytest.raises(cache.NotCacheable):
        cache.Memo(["validate", "/dev/stdin"], {})


def test_the_oldest_entries_go_beyond_the_limit(tmp_path: Path) -> None:
    for n in range(cache.MAX_ENTRIES + 1):
        entry = tmp_path / f"{n:040d}"
        entry.write_bytes(b"x")
        os.utime(entry, ns=(n * 10**9, n * 10**9))
    cache._prune(tmp_path)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert len(left) == cache.MAX_ENTRIES * 3 // 4
    assert left[0] == f"{cache.MAX_ENTRIES + 1 - len(left):040d}"  # the newest kept


def test_the_cache_folder_is_absolute_or_there_is_none(monkeypatch: pytest.MonkeyPatch) -> None:
    assert cache.cache_dir({"NHAOXH_CACHE_DIR": "/tmp/x"}) == Path("/tmp/x")
    assert cache.cache_dir({"XDG_CACHE_HOME": "/c"}) == Path("/c/nhaoxh")
    monkeypatch.setattr(cache.os.path, "expanduser", lambda _path: "/home/a")
    assert cache.cache_dir({"XDG_CACHE_HOME": "relative"}) == Path("/home/a/.cache/nhaoxh")  # as the XDG spec says
    assert cache.cache_dir({"NHAOXH_CACHE_DIR": "relative"}) is None
    monkeypatch.setattr(cache.os.path, "expanduser", lambda path: path)  # no home folder at all
    assert cache.cache_dir({}) is None
    for name in ("NHAOXH_NO_CACHE", "NHAOXH_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    assert cache.cacheable(["forecast", "haiphong"]) and cache.memo_for(["forecast", "haiphong"]) is None


def test_text_the_cache_cannot_store_leaves_the_run_alone(tmp_path: Path) -> None:
    """A lone surrogate cannot be encoded: the entry is not kept and the run ends as it would have."""
    chunks = [(1, "a \ud800 b")]
    with pytest.raises(UnicodeEncodeError):
        cache._encode(0, chunks, "k" * 64)
    script = (
        "import sys\n"
        "from nhaoxh_cli.cli import cache\n"
        "cache.Memo.keep = lambda self, code, chunks: 1 / 0\n"  # any failure while keeping
        "from nhaoxh_cli.cli import main\n"
        "main(sys.argv[1:])\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "NHAOXH_NO_CACHE"}
    env["NHAOXH_CACHE_DIR"] = str(tmp_path / "c")
    done = subprocess.run(
        [sys.executable, "-c", script, "schema"], capture_output=True, text=True, env=env, timeout=60, cwd=tmp_path
    )
    assert done.returncode == 0 and '"title": "nhaoxh plan"' in done.stdout and "Traceback" not in done.stderr
