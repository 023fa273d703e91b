"""A new user's first hour with nhaoxh: the problems they reported, each pinned by a test
(items 21–39 of the round; the item's number is in each test's docstring)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nhaoxh_cli import api
from nhaoxh_cli.errors import UsageError
from nhaoxh_cli.render.messages import message

from .conftest import PLANS, Run

AS_OF = ("--as-of", "2026-11-26")


# -- 23: every API function that takes a date takes a date or ISO text ---------------------------------------


def test_api_dates_may_be_iso_text() -> None:
    """Item 23: `api.forecast("haiphong", as_of="2026-11-26")` was a bare TypeError."""
    as_date = api.forecast("haiphong", as_of=dt.date(2026, 11, 26), plans_dir=PLANS)
    assert api.forecast("haiphong", as_of="2026-11-26", plans_dir=PLANS) == as_date
    assert api.report(["haiphong"], as_of="2026-11-26", plans_dir=PLANS).as_of == dt.date(2026, 11, 26)
    assert api.explain("haiphong", period="2021-2025", as_of="2026-11-26", plans_dir=PLANS).projection == 15540


@pytest.mark.parametrize(
    ("value", "code"),
    [("26/11/2026", "bad_date"), ("2026-02-30", "no_such_day"), ("2026-13-01", "no_such_month"), ("", "bad_date")],
)
def test_api_refuses_what_is_not_a_date(value: str, code: str) -> None:
    """Item 23: a bad date is a UsageError with its code, never a TypeError or ValueError."""
    for call in (
        lambda: api.forecast("haiphong", as_of=value, plans_dir=PLANS),
        lambda: api.report(as_of=value, plans_dir=PLANS),
        lambda: api.explain("haiphong", as_of=value, plans_dir=PLANS),
    ):
        with pytest.raises(UsageError) as refused:
            call()
        assert refused.value.code == code and refused.value.params["value"] == value


# -- 31: an impossible date is not a malformed one; sentences are joined with a period ------------------------


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("2026-02-30", "error: --as-of 2026-02-30 is not a date: February 2026 has 28 days\n"),
        ("2024-04-31", "error: --as-of 2024-04-31 is not a date: April 2024 has 30 days\n"),
        ("2026-13-01", "error: --as-of 2026-13-01 is not a date: there is no month 13\n"),
        ("26/11/2026", "error: --as-of 26/11/2026: write the date as YYYY-MM-DD\n"),
    ],
)
def test_an_impossible_date_says_why(run: Run, value: str, said: str) -> None:
    """Item 31: `--as-of 2026-02-30` asked for the format it was already written in."""
    assert run("forecast", "haiphong", "--as-of", value, "--plans-dir", str(PLANS)) == (2, "", said)


def test_an_impossible_date_in_vietnamese_and_for_extract(run: Run, tmp_path: Path) -> None:
    """Item 31: the same words in Vietnamese; extract's --date names its own option."""
    code, _, err = run("--lang", "vi", "forecast", "haiphong", "--as-of", "2026-02-30", "--plans-dir", str(PLANS))
    assert (code, err) == (2, "lỗi: --as-of 2026-02-30 không phải là một ngày: tháng 2 năm 2026 chỉ có 28 ngày\n")
    document = tmp_path / "letter.txt"
    document.write_text("Hà Nội hoàn thành 5.000 căn nhà ở xã hội năm 2025.\n", encoding="utf-8")
    code, _, err = run("extract", str(document), "--date", "2025-04-31")
    assert (code, err) == (2, "error: --date 2025-04-31 is not a date: April 2025 has 30 days\n")


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_an_unknown_province_lists_the_plans_in_a_sentence_of_its_own(lang: str) -> None:
    """Item 31: "no plan for 'narnia' in …/data/plans Plans there: …" had no period between its sentences."""
    params = {"query": "narnia", "folder": "data/plans", "suggestions": None, "known": "haiphong, hanoi"}
    text = message("unknown_province", params, language=lang)
    assert text.startswith(message("unknown_province", {**params, "known": None}, language=lang) + ". ")
    assert text.endswith(": haiphong, hanoi.")
    suggested = message("unknown_province", {**params, "suggestions": "'haiphong'"}, language=lang)
    assert "data/plans. " in suggested and suggested.endswith("'haiphong'?")


def test_forecast_of_an_unknown_province(run: Run) -> None:
    """Item 31: the whole line, as a user sees it."""
    code, out, err = run("forecast", "narnia", "--plans-dir", str(PLANS))
    assert (code, out) == (2, "")
    assert f"error: no plan for 'narnia' in {PLANS}. Plans there: angiang, " in err and err.endswith("vinhlong.\n")
