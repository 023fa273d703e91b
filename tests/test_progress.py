"""Long work reports its progress as numbers (the API's `progress` callback); the CLI draws a bar on
stderr only when it is a terminal and not in CI (issue 18)."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from nhaoxh_cli import api

from .conftest import PLANS, ROOT, Run


def _calls() -> tuple[list[tuple[int, int]], object]:
    seen: list[tuple[int, int]] = []
    return seen, lambda done, total: seen.append((done, total))


def test_validate_and_report_count_every_file() -> None:
    files = len(list(PLANS.glob("*.yaml")))
    seen, tick = _calls()
    api.validate(PLANS, progress=tick)  # type: ignore[arg-type]
    assert seen[0] == (0, files) and seen[-1] == (files, files) and len(seen) == files + 1
    seen, tick = _calls()
    api.report(plans_dir=PLANS, progress=tick)  # type: ignore[arg-type]
    assert seen[-1] == (files, files)


def test_extract_counts_its_paragraphs() -> None:
    seen, tick = _calls()
    api.extract(ROOT.parent / "shared" / "seeds" / "haiphong-qd117-2024-action-programme.txt", progress=tick)  # type: ignore[arg-type]
    assert seen and seen[-1][0] == seen[-1][1] > 0 and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_no_bar_in_a_pipe(run: Run, tmp_path: Path) -> None:
    for index in range(60):
        (tmp_path / f"p{index}.yaml").write_text("schema_version: 1\n", encoding="utf-8")
    code, _, err = run("validate", str(tmp_path), "--jobs", "1")
    assert code == 1 and "checking plan files" not in err and "\x1b" not in err


def _on_a_terminal(args: list[str], env: dict[str, str]) -> str:
    """What a command writes to a terminal (stdout and stderr on one pty)."""
    leader, follower = pty.openpty()
    child = subprocess.Popen(args, stdin=follower, stdout=follower, stderr=follower, env=env, close_fds=True)
    os.close(follower)
    chunks = []
    while True:
        ready, _, _ = select.select([leader], [], [], 60)
        if not ready:
            break
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    child.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.slow
def test_a_bar_on_a_terminal_never_in_ci(tmp_path: Path) -> None:
    for index in range(400):
        (tmp_path / f"p{index}.yaml").write_text("schema_version: 1\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"} | {"TERM": "xterm", "COLUMNS": "100"}
    args = [sys.executable, "-m", "nhaoxh_cli", "validate", str(tmp_path), "--jobs", "1"]
    assert "checking plan files" in _on_a_terminal(args, env)
    assert "checking plan files" not in _on_a_terminal(args, env | {"CI": "true"})
