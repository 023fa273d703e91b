"""A new user's first hour with nhaoxh: the problems they reported, each pinned by a test
(items 21–39 of the round; the item's number is in each test's docstring)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nhaoxh_cli import api
from nhaoxh_cli.cli.app import app
from nhaoxh_cli.errors import UsageError
from nhaoxh_cli.render.messages import message

from .conftest import PLANS, ROOT, SEEDS, Run

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
    [
        ("26 Nov 2026", "bad_date"),
        ("2026-02-30", "no_such_day"),
        ("31/04/2026", "no_such_day"),
        ("2026-13-01", "no_such_month"),
        ("", "bad_date"),
    ],
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
        ("30/02/2026", "error: --as-of 30/02/2026 is not a date: February 2026 has 28 days\n"),
        ("2026", "error: --as-of 2026: write the date as DD/MM/YYYY or YYYY-MM-DD\n"),
        ("26/11/26", "error: --as-of 26/11/26: write the date as DD/MM/YYYY or YYYY-MM-DD\n"),  # no 2-digit year
    ],
)
def test_an_impossible_date_says_why(run: Run, value: str, said: str) -> None:
    """Item 31: `--as-of 2026-02-30` asked for the format it was already written in."""
    assert run("forecast", "haiphong", "--as-of", value, "--plans-dir", str(PLANS)) == (2, "", said)


@pytest.mark.parametrize("written", ["26/11/2026", "26-11-2026", "26.11.2026", "2026-11-26"])
def test_a_date_as_people_write_it_is_the_same_date(run: Run, written: str) -> None:
    """Vietnamese documents and people write the day first (26/11/2026): the same answer as ISO."""
    iso = run("forecast", "haiphong", "-f", "json", "--as-of", "2026-11-26", "--plans-dir", str(PLANS))
    assert iso[0] == 0
    assert run("forecast", "haiphong", "-f", "json", "--as-of", written, "--plans-dir", str(PLANS)) == iso


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


def test_forecast_of_an_unknown_province(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    """Item 31: the whole line, as a user sees it."""
    monkeypatch.chdir(ROOT)
    code, out, err = run("forecast", "narnia", "--plans-dir", str(PLANS))
    assert (code, out) == (2, "")
    assert "error: no plan for 'narnia' in data/plans. Plans there: angiang, " in err and err.endswith("vinhlong.\n")


# -- 30: extract's summary counts in words, names no "?" and writes no empty draft ---------------------------


def test_extract_summary_says_one_figure_one_target(run: Run, tmp_path: Path) -> None:
    """Item 30: "1 figures", "1 targets", "1 snapshots" in the summary on stderr."""
    from nhaoxh_cli.extract import extract_text
    from nhaoxh_cli.render.extract.text import summary_lines

    text = "Đà Nẵng.\n\nNăm 2025, Đà Nẵng được giao chỉ tiêu hoàn thành 4.500 căn nhà ở xã hội."
    extraction = extract_text(text, "t.txt", province="danang")
    assert len(extraction.placed) == 1
    assert summary_lines(extraction, "en")[0] == "drafted 1 figure from t.txt (1 target)."
    code, _, err = run("extract", str(ROOT / "tests" / "extract" / "hochiminh-2026-news.txt"))
    assert code == 0 and "(1 target, 1 reported, 1 snapshot, 2 pipeline stages)" in err


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_extract_without_a_province_names_no_question_mark(run: Run, tmp_path: Path, lang: str) -> None:
    """Item 30: "about Hà Nội, not ?" when the text names several units and no --province is given."""
    document = tmp_path / "two.txt"
    document.write_text(
        "Hà Nội hoàn thành 5.000 căn nhà ở xã hội năm 2025.\n"
        "TP Hồ Chí Minh hoàn thành 3.000 căn nhà ở xã hội năm 2025.\n",
        encoding="utf-8",
    )
    code, out, err = run("--lang", lang, "extract", str(document))
    assert (code, out) == (1, "") and "?" not in err
    said = {
        "en": "line 1: 5.000 căn — about Hà Nội, and the draft's province is not known: give --province",
        "vi": "dòng 1: 5.000 căn — thuộc Hà Nội, mà chưa rõ bản nháp là của tỉnh nào: hãy dùng --province",
    }
    assert said[lang] in err
    from nhaoxh_cli.extract import extract_file

    reasons = [u.reason.code for u in extract_file(document).unplaced]
    assert reasons == ["province_not_chosen", "province_not_chosen"]


def test_extract_with_nothing_placed_writes_nothing(run: Run, tmp_path: Path) -> None:
    """Item 30: an "empty draft" was written while the error said the draft is empty."""
    document = tmp_path / "two.txt"
    text = "Hà Nội hoàn thành 5.000 căn nhà ở xã hội năm 2025.\nHồ Chí Minh: 3.000 căn.\n"
    document.write_text(text, encoding="utf-8")
    draft = tmp_path / "draft" / "plan.yaml"
    code, out, err = run("extract", str(document), "--province", "danang", "-o", str(draft))
    assert (code, out) == (1, "")
    assert "drafted" not in err  # one message says nothing was drafted: the error at the end (a trial, 01/12/2026)
    assert "not placed: line 1: 5.000 căn — about Hà Nội, not Đà Nẵng" in err
    assert err.splitlines()[-1] == (
        "error: none of the 2 figures seen in two.txt could be placed (the reasons are above); "
        f"no draft, so nothing was written to {draft}"
    )
    assert not draft.parent.exists()
    document.write_text("Hà Nội hoàn thành 5.000 căn nhà ở xã hội năm 2025.\n", encoding="utf-8")
    code, out, err = run("extract", str(document), "--province", "danang")
    assert (code, out) == (1, "")
    assert err.endswith("error: the 1 figure seen in two.txt could not be placed (the reason is above); no draft\n")


# -- 21: import's exit code is the same in a dry run and a write; refused rows are left out, the rest written --


def test_import_refused_row_same_exit_code_both_modes_and_the_rest_written(run: Run, tmp_path: Path) -> None:
    """Item 21: a dry run with a refused row exited 1 while --write wrote and (reportedly) exited 0."""
    import shutil

    plans = tmp_path / "plans"
    shutil.copytree(PLANS, plans)
    table = tmp_path / "t.csv"
    table.write_text(
        "unit,kind,years,units,percent,source,date,note\n"
        'Hà Nội,reported,2027,5000,,"Example Daily, example.vn/123",2028-01-05,\n'
        'Atlantis,quota,2025,100,,"Example Daily, example.vn/1",2025,\n',
        encoding="utf-8",
    )
    before = (plans / "hanoi.yaml").read_text(encoding="utf-8")
    code, out, _ = run("import", str(table), "--plans-dir", str(plans))
    assert code == 1 and (plans / "hanoi.yaml").read_text(encoding="utf-8") == before
    assert out.rstrip().endswith(
        "nothing written (a dry run): add --write to apply. "
        "--write writes the accepted rows and leaves out the refused one."
    )
    code, out, _ = run("import", str(table), "--plans-dir", str(plans), "--write")
    assert code == 1 and 'units: "5.000"' in (plans / "hanoi.yaml").read_text(encoding="utf-8")
    assert out.rstrip().endswith(
        "written to 1 plan. The refused row was left out: correct it and import the table again."
    )
    code, out, _ = run("import", str(table), "--plans-dir", str(plans), "--write", "-f", "json")
    assert code == 1 and '"status": "refused"' in out  # again: the accepted row changes nothing, still exit 1
    assert api.import_figures(table, plans_dir=plans).exit_code == 1


def test_import_help_and_docs_state_the_rule(run: Run) -> None:
    """Item 21: the rule is written where an analyst looks: the command's help and docs/import.md."""
    _, out, _ = run("import", "--help")
    said = " ".join(out.split())
    assert "--write still writes the accepted rows" in said and "in a dry run as with --write" in said
    docs = " ".join((ROOT / "docs" / "import.md").read_text(encoding="utf-8").split())
    assert "The exit code is the same in a dry run and with `--write`" in docs


# -- 34: a former unit's merge note is said once: in the output when it has a place for it, else on stderr ----


@pytest.mark.parametrize(
    ("name", "former", "unit"),
    [
        ("Bình Dương", "Bình Dương", "Hồ Chí Minh"),
        ("Hai Duong", "Hải Dương", "Hải Phòng"),
        ("Bac Can", "Bắc Kạn", "Thái Nguyên"),
    ],
)
@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "csv"])
def test_the_merge_note_is_said_once(run: Run, name: str, former: str, unit: str, fmt: str) -> None:
    """Item 34: `forecast "Bình Dương"` printed the note on stderr and again on stdout."""
    import json

    code, out, err = run("forecast", name, *AS_OF, "-f", fmt, "--plans-dir", str(PLANS))
    assert code == 0
    if fmt == "json":  # scripts get it as a note of the result, and nothing on stderr
        assert (
            err == ""
            and {"code": "merged_into", "params": {"former": former, "unit": unit, "date": "2025-07-01"}}
            in (json.loads(out)["notes"])
        )
        return
    shown = "Ho Chi Minh City" if unit == "Hồ Chí Minh" else unit  # a person's name: the city is named as one
    said = f"{former} merged into {shown} on 1 Jul 2025"
    assert (out + err).count(said) == 1
    assert (said in err) == (fmt == "csv")  # CSV rows have no place for it: stderr says it


# -- 36: show names every figure in words; ids only in JSON or after the words with --details ----------------


def test_show_names_figures_in_words_not_ids(run: Run) -> None:
    """Item 36: `show haiphong` printed "quota — hp-quota-2021-2025, 2021–2025: 16,555"."""
    plan = api.load_plan(PLANS / "haiphong.yaml")
    ids = {t.id for t in plan.targets if t.id and "-" in t.id} | {f"[{key}]" for key in plan.sources} | {"[haiphong]"}
    code, out, _ = run("show", "haiphong", "--plans-dir", str(PLANS))
    assert code == 0 and "hp-quota-2021-2025" in ids
    assert [i for i in ids if i in out] == []
    assert (
        "- quota 2021–2025 (444/QĐ-TTg): 16,555\n      Kinh tế & Đô thị, kinhtedothi.vn/…810282.html of 2025\n" in out
    )
    assert (
        "- quota 2021–2030 “as printed by one outlet” (444/QĐ-TTg): 49,455 — another source's figure, kept, not used"
        in out
    )
    assert "\n== Hải Phòng (before the 2025 merger)\n" in out
    code, out, _ = run("--lang", "vi", "show", "haiphong", "--plans-dir", str(PLANS))
    assert (
        "- chỉ tiêu 2021–2025 (444/QĐ-TTg): 16.555\n" in out and "as printed by one outlet" not in out
    )  # English words: not shown
    code, out, _ = run("show", "haiphong", "--details", "--plans-dir", str(PLANS))
    assert "- quota 2021–2025 (444/QĐ-TTg): 16,555 [hp-quota-2021-2025]\n" in out and "[qd117] 117/QĐ-UBND" in out
    code, out, _ = run("show", "haiphong", "-f", "json", "--plans-dir", str(PLANS))
    # JSON: the id in its own field, the label only the source's words
    assert '"id": "hp-quota-2021-2025"' in out and '"label": "hp-quota-2021-2025"' not in out


# -- 37: ./data/plans made by `nhaoxh new` outside a checkout: said when made, and when it hides a plan -------


def test_new_outside_a_checkout_says_where_and_a_miss_points_at_the_shipped_plans(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Item 37 (a): after `nhaoxh new caobang` in an empty folder, `forecast haiphong` there said only
    "Hải Phòng has no plan in …/data/plans yet": the local folder hid the shipped plans silently."""
    monkeypatch.chdir(tmp_path)
    code, _, err = run("new", "caobang")
    folder = tmp_path / "data" / "plans"
    assert code == 0 and (folder / "caobang.yaml").is_file()
    assert f"note: {folder} did not exist: nhaoxh created it" in err and f"give --plans-dir {folder}" in err
    assert "did not exist" not in run("new", "danang")[2]  # said once, when the folder is made
    code, out, err = run("forecast", "haiphong")
    assert (code, out) == (2, "")
    assert err.startswith("error: Hải Phòng has no plan in data/plans (nhaoxh reads ./data/plans when the current")
    assert f"the plans shipped with nhaoxh have it: pass --plans-dir {PLANS}, or copy {PLANS / 'haiphong.yaml'}" in err
    # a folder the person chose is theirs: no word about the shipped plans
    code, _, err = run("forecast", "haiphong", "--plans-dir", str(folder))
    assert code == 2 and "has no plan in" in err and "shipped" not in err


def test_the_templates_schema_pointer_holds_where_it_is_written(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Item 37 (b): `$schema=../../schema/plan.schema.json` and "docs/plan-format.md" pointed at nothing
    outside a checkout."""
    monkeypatch.chdir(tmp_path)
    assert run("new", "caobang", "--plans-dir", "plans")[0] == 0
    text = (tmp_path / "plans" / "caobang.yaml").read_text(encoding="utf-8")
    assert "$schema=../" not in text and "#   nhaoxh schema > plan.schema.json" in text
    assert "# Kiểm tra bằng: nhaoxh validate plans/caobang.yaml" in text
    # in a checkout (a schema/ folder above the plans), the pointer is relative and resolves
    (tmp_path / "repo" / "schema").mkdir(parents=True)
    (tmp_path / "repo" / "schema" / "plan.schema.json").write_text("{}", encoding="utf-8")
    assert run("new", "caobang", "--plans-dir", "repo/data/plans")[0] == 0
    first = (tmp_path / "repo" / "data" / "plans" / "caobang.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../schema/plan.schema.json"
    # a plan import starts holds the same
    table = tmp_path / "t.csv"
    table.write_text(
        'unit,kind,years,units,percent,source,date,note\nCao Bằng,quota,2026,500,,"Báo Thử, example.vn/1",2026,\n',
        encoding="utf-8",
    )
    assert run("import", str(table), "--write", "--plans-dir", "elsewhere")[0] == 0
    started = (tmp_path / "elsewhere" / "caobang.yaml").read_text(encoding="utf-8")
    assert "$schema=../" not in started and "nhaoxh schema > plan.schema.json" in started
    # and so does a draft from extract: relative to where --output puts it, or how to make one
    seed = SEEDS / "haiphong-qd117-2024-action-programme.txt"
    assert run("extract", str(seed), "--province", "haiphong", "-o", "repo/drafts/haiphong.yaml")[0] == 0
    first = (tmp_path / "repo" / "drafts" / "haiphong.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/plan.schema.json"
    assert run("extract", str(seed), "--province", "haiphong", "-o", "away/haiphong.yaml")[0] == 0
    away = (tmp_path / "away" / "haiphong.yaml").read_text(encoding="utf-8")
    assert "$schema=" not in away.splitlines()[0] and "nhaoxh schema > plan.schema.json" in away
    code, printed, _ = run("extract", str(seed), "--province", "haiphong")  # to a pipe: no place to point from
    assert code == 0 and "$schema=../" not in printed


# -- 39: every command's help lists the options that work anywhere; JSON names files without local paths ----

COMMANDS = [info.name or info.callback.__name__ for info in app.registered_commands]  # every command the app has


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("command", COMMANDS)
def test_every_commands_help_lists_the_global_options(run: Run, command: str, lang: str) -> None:
    """Item 39: `nhaoxh forecast --help` did not list --lang, --no-color, --debug (README: they work after it)."""
    code, out, _ = run("--lang", lang, command, "--help")
    title = {"en": "Global options (before or after the command):", "vi": "Tùy chọn chung (đặt trước hoặc sau lệnh):"}
    assert code == 0 and title[lang] in out
    shared = out.split(title[lang])[1]
    assert all(option in shared for option in ("--lang vi|en", "--no-color", "--debug"))
    assert "--plans-dir" not in shared  # where it means something it is the command's own option
    assert out.count("--plans-dir DIR") <= 1
    # and each works after the command as the help says
    assert run(command, "--help", "--lang", lang, "--no-color", "--debug")[1] == out


def test_json_names_plan_files_without_a_local_path(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Item 39: `forecast -f json` carried "file": "/tmp/…/haiphong.yaml"."""
    import json
    import shutil

    monkeypatch.chdir(ROOT)
    code, out, _ = run("forecast", "haiphong", "-f", "json", *AS_OF)
    data = json.loads(out)
    assert code == 0 and data["file"] == "data/plans/haiphong.yaml"  # below the current folder: relative to it
    assert {w["file"] for w in data["warnings"]} <= {"data/plans/haiphong.yaml"}
    elsewhere = tmp_path / "plans"
    shutil.copytree(PLANS, elsewhere)
    monkeypatch.chdir(ROOT / "docs")
    for args in (["forecast", "haiphong", *AS_OF], ["show", "haiphong"], ["report", *AS_OF], ["provinces"], ["list"]):
        code, out, _ = run(*args, "-f", "json", "--plans-dir", str(elsewhere))
        assert code == 0 and str(tmp_path) not in out.replace(f'"folder": "{elsewhere}"', ""), args
    code, out, _ = run("forecast", "haiphong", "-f", "json", *AS_OF, "--plans-dir", str(elsewhere))
    assert json.loads(out)["file"] == "haiphong.yaml"  # relative to its plans folder
    code, out, _ = run("report", "-f", "json", *AS_OF, "--plans-dir", str(elsewhere))
    assert {u["file"] for u in json.loads(out)["units"]} >= {"haiphong.yaml", "hanoi.yaml"}
    assert api.forecast(elsewhere / "haiphong.yaml", as_of="2026-11-26").file == "haiphong.yaml"


# -- 38: a snapshot dated by its month is shown as a month, never as the 15th ----------------------------------


@pytest.mark.parametrize(
    ("lang", "month", "day"),
    [("en", "Jun 2024 → 31 Dec 2024", "15 Jun 2024"), ("vi", "06/2024 → 31/12/2024", "15/06/2024")],
)
def test_calibration_dates_a_month_as_a_month(run: Run, lang: str, month: str, day: str) -> None:
    """Item 38: the snapshots "06/2024" and "09/2025" (vietnam.yaml: as_of 2024-06, 2025-09) were dated
    "15 Jun 2024" and "15 Sep 2025", days no source gives."""
    code, out, _ = run(
        "--lang", lang, "forecast", "vietnam", "--calibrated", "--details", *AS_OF, "--plans-dir", str(PLANS)
    )
    assert code == 0 and month in out and day not in out
    assert ("15 Sep 2025" if lang == "en" else "15/09/2025") not in out
