"""Spreadsheets: `--format xlsx` written and read back."""

from __future__ import annotations

import builtins
from pathlib import Path

import openpyxl
import pytest

from .conftest import PLANS, Run


def test_report_xlsx_numbers_and_vietnamese(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    code, out, _ = run("--lang", "vi", "report", "-f", "xlsx", "-o", str(target), "--plans-dir", str(PLANS))
    assert (code, out) == (0, "")
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[1] == "Cả nước" and book.sheetnames[-1] == "nguồn"
    provinces = book[book.sheetnames[0]]
    assert provinces.freeze_panes == "A2"
    assert [c.value for c in provinces[1]][:3] == ["mã", "tỉnh, thành phố", "giai đoạn"]
    hp = next(row for row in provinces.iter_rows(min_row=2, values_only=True) if row[1] == "Hải Phòng")
    assert hp[2:5] == ("2021-2025", 16555, 19008) and isinstance(hp[6], float) and hp[7] == "đạt"
    country = book["Cả nước"]
    first = next(country.iter_rows(min_row=2, values_only=True))
    assert first[2:4] == (428000, 169388)
    assert country["E2"].number_format == "0.0%"


def test_forecast_xlsx(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "hp.xlsx"
    code, _, _ = run("forecast", "haiphong", "-f", "xlsx", "-o", str(target), "--by", "year", "--plans-dir", str(PLANS))
    book = openpyxl.load_workbook(target)
    assert code == 0 and book.sheetnames == ["forecast", "Targets", "year", "sources"]
    first = next(book["forecast"].iter_rows(min_row=2, values_only=True))
    assert first[1:4] == ("2021-2025", 15540, 1080)


def test_xlsx_needs_a_file(run: Run) -> None:
    code, out, err = run("report", "-f", "xlsx", "--plans-dir", str(PLANS))
    assert (code, out) == (2, "") and "--output FILE.xlsx" in err


def test_missing_extra_says_how_to_install_it(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_openpyxl(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("openpyxl"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_openpyxl)
    code, _, err = run("report", "-f", "xlsx", "-o", str(tmp_path / "r.xlsx"), "--plans-dir", str(PLANS))
    assert code == 2 and "pip install 'nhaoxh-cli[xlsx]'" in err and not (tmp_path / "r.xlsx").exists()
