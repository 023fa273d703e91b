"""NX001, NX002 and NX009: files, bytes and links that are not read as a plan."""

from __future__ import annotations

import os
from pathlib import Path

from nhaoxh_cli.loader.plans import load_plan_file

from .helpers import HEAD, PERIODS, problems

# -- NX002: the file is not UTF-8 text.


def test_utf8_with_a_byte_order_mark_passes() -> None:
    assert problems(b"\xef\xbb\xbf" + (HEAD + PERIODS).encode(), "NX002") == []


def test_a_latin1_byte_is_placed() -> None:
    text = b"schema_version: 1\nprovince: {slug: t\xecst, name: x}\n"
    assert problems(text, "NX002") == [(2, 19)]


def test_utf16() -> None:
    assert problems((HEAD + PERIODS).encode("utf-16"), "NX002") == [(1, 1)]


# -- NX001 and NX009: files that are not read. They have no line to point at: (0, 0).


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
