"""Finding the plan a person means."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from nhaoxh_cli.loader.catalog import ENV_PLANS_DIR, fold, locate_plans_dir, packaged_plans_dir


@pytest.mark.parametrize(
    "name",
    [
        "Hải Phòng",
        "hải phòng",
        "HAI-PHONG",
        "hai phong",
        "haiphong",
        "Thành phố Hải Phòng",
        "TP. Hải Phòng",
        unicodedata.normalize("NFD", "Hải Phòng"),
    ],
)
def test_fold(name: str) -> None:
    assert fold(name) == "haiphong"


def test_fold_d_with_stroke() -> None:
    assert fold("Điện Biên") == "dienbien" and fold("Đà Nẵng") == "danang"


def test_plans_dir_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(ENV_PLANS_DIR, raising=False)
    assert locate_plans_dir(tmp_path / "x", cwd=tmp_path).how == "--plans-dir"
    monkeypatch.setenv(ENV_PLANS_DIR, str(tmp_path))
    assert locate_plans_dir(None, cwd=tmp_path).path == tmp_path
    monkeypatch.delenv(ENV_PLANS_DIR)
    assert locate_plans_dir(None, cwd=tmp_path).path == packaged_plans_dir()
    (tmp_path / "data" / "plans").mkdir(parents=True)
    assert locate_plans_dir(None, cwd=tmp_path).path == tmp_path / "data" / "plans"


def test_packaged_plans_exist() -> None:
    assert (packaged_plans_dir() / "haiphong.yaml").is_file()
