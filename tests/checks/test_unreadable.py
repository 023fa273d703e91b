"""NX001 and NX009: files that are not read. They have no line to point at: (0, 0)."""

from __future__ import annotations

import os
from pathlib import Path

from nhaoxh_cli.loader.plans import load_plan_file

from .helpers import HEAD, PERIODS


def _codes(path: Path, within: Path | None = None) -> list[tuple[str, int, int]]:
    return [(f.code, f.line, f.column) for f in load_plan_file(path, within=within).findings]


def test_a_plan_file_passes(tmp_path: Path) -> None:
    (tmp_path / "testland.yaml").write_text(HEAD + PERIODS, encoding="utf-8")
    assert _codes(tmp_path / "testland.yaml", tmp_path) == []


def test_a_folder_named_like_a_plan(tmp_path: Path) -> None:
    (tmp_path / "testland.yaml").mkdir()
    assert _codes(tmp_path / "testland.yaml") == [("NX001", 0, 0)]


def test_a_link_to_nothing(tmp_path: Path) -> None:
    (tmp_path / "testland.yaml").symlink_to(tmp_path / "gone.yaml")
    assert _codes(tmp_path / "testland.yaml") == [("NX001", 0, 0)]


def test_a_pipe_in_a_folder_is_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "testland.yaml")
    assert _codes(tmp_path / "testland.yaml", tmp_path) == [("NX001", 0, 0)]


def test_a_link_out_of_the_folder_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    (tmp_path / "elsewhere.yaml").write_text(HEAD + PERIODS, encoding="utf-8")
    (tmp_path / "plans" / "testland.yaml").symlink_to(tmp_path / "elsewhere.yaml")
    assert _codes(tmp_path / "plans" / "testland.yaml", tmp_path / "plans") == [("NX009", 0, 0)]
    assert _codes(tmp_path / "plans" / "testland.yaml") == []  # named directly, a link is read
