"""Vietnamese and English: every message translated, numbers the Vietnamese way."""

from __future__ import annotations

import ast
import csv
import datetime as dt
import io
import re
from pathlib import Path

import pytest

from nhaoxh_cli.domain import Status, TargetKind
from nhaoxh_cli.i18n import VI, date, decimal, default_language, number, set_language, t

from .conftest import PLANS, ROOT, Run

SOURCE = ROOT / "src" / "nhaoxh_cli"


def _called(call: ast.Call) -> str | None:
    """The name of what is called: t for t(...), msg for msg(...) and i18n.msg(...)."""
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _messages() -> list[tuple[str, str]]:
    found = []
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = _called(node)
            # t, msg (a finding's message, translated when shown), N_ (marked where defined): the first
            # argument; plural: its two forms
            args = node.args[:1] if name in ("t", "msg", "N_") else node.args[1:3] if name == "plural" else []
            for arg in args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", arg.value))
    return found


def test_every_message_has_its_translation() -> None:
    messages = _messages()
    assert len(messages) > 80
    missing = [(where, text) for where, text in messages if text not in VI]
    assert missing == [], "add these to nhaoxh_cli.i18n.VI"


def test_statuses_kinds_and_notes_are_translated() -> None:
    from nhaoxh_cli.render import notes, words
    from nhaoxh_cli.results.common import NoteCode

    set_language("vi")
    try:
        assert [words.status(s) for s in Status] == [
            "đạt",
            "gần đạt",
            "có nguy cơ",
            "chậm tiến độ",
            "không đạt",
            "chưa rõ",
        ]
        assert [words.kind(k) for k in TargetKind] == ["chỉ tiêu", "mục tiêu", "nhu cầu"]
    finally:
        set_language("en")
    assert set(notes.TEMPLATES) == set(NoteCode)  # every note has its words
    assert all(template in VI for template in notes.TEMPLATES.values())


def test_every_catalogue_entry_is_used() -> None:
    """Every entry's English stands somewhere in the source (tools/prune_catalogue.py removes the rest)."""
    used = set()
    for path in SOURCE.rglob("*.py"):
        if not (path.parent.name == "i18n" and path.name.startswith("vi_")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            used |= {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    assert sorted(set(VI) - used) == [], "remove these from the catalogue: tools/prune_catalogue.py"


def test_placeholders_match() -> None:
    import re

    for english, vietnamese in VI.items():
        # a translation may leave a value out ("{english} ({vietnamese})" → "{vietnamese}"), never invent one
        assert set(re.findall(r"{(\w+)}", vietnamese)) <= set(re.findall(r"{(\w+)}", english)), english


@pytest.mark.parametrize(
    ("lang", "units", "share", "when"),
    [("vi", "15.540", "100,9", "15/01/2024"), ("en", "15,540", "100.9", "15 Jan 2024")],
)
def test_formats(lang: str, units: str, share: str, when: str) -> None:
    set_language(lang)
    try:
        assert (number(15540), decimal(100.909), date(dt.date(2024, 1, 15))) == (units, share, when)
        assert number(1062200) == ("1.062.200" if lang == "vi" else "1,062,200")
    finally:
        set_language("en")


@pytest.mark.parametrize(
    ("env", "lang"),
    [
        ({"NHAOXH_LANG": "vi"}, "vi"),
        ({"LANG": "vi_VN.UTF-8"}, "vi"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "vi_VN"}, "en"),
        ({}, "en"),
        ({"NHAOXH_LANG": "fr", "LANG": "vi_VN"}, "vi"),
    ],
)
def test_default_language(env: dict[str, str], lang: str) -> None:
    assert default_language(env) == lang


def test_forecast_reads_naturally_in_vietnamese(run: Run) -> None:
    code, out, _ = run(
        "--lang", "vi", "forecast", "haiphong", "--details", "--as-of", "2026-11-26", "--plans-dir", str(PLANS)
    )
    assert code == 0
    for expected in (
        "chỉ tiêu nhà ở xã hội tính đến 26/11/2026",
        "chỉ tiêu",
        "15.540",
        "122,9%",
        "đạt",
        "đã khởi công",
        "tình trạng",
        "nhóm dự án",
        "Hải Phòng (trước sáp nhập 2025)",
        "ngày 15/01/2024",
    ):
        assert expected in out, expected
    assert "15,540" not in out and "122.9%" not in out


def test_environment_chooses_the_language(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NHAOXH_LANG", "vi")
    code, out, _ = run("validate", str(PLANS))
    assert code == 0 and re.search(r"đã kiểm tra 35 tệp: 0 lỗi, \d+ cảnh báo", out) and "gợi ý:" in out


def test_csv_for_a_vietnamese_spreadsheet(run: Run) -> None:
    args = ("forecast", "haiphong", "-f", "csv", "--as-of", "2026-11-26", "--plans-dir", str(PLANS))
    code, out, _ = run("--lang", "vi", *args)
    assert code == 0 and out.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff")), delimiter=";"))
    # 13.147 against 10.694 in 2025 (merged Hải Phòng): 1,2294
    row = next(r for r in rows if r["target"] == "hp-quota-2025")
    assert row["value"] == "13147" and row["ratio"] == "1,2294"
    # neutral for scripts without --lang, even in a Vietnamese locale
    code, out, _ = run(*args)
    assert not out.startswith("\ufeff") and "1.2294" in out


def test_json_stays_neutral(run: Run) -> None:
    _, vi, _ = run("--lang", "vi", "forecast", "haiphong", "-f", "json", "--plans-dir", str(PLANS))
    _, en, _ = run("--lang", "en", "forecast", "haiphong", "-f", "json", "--plans-dir", str(PLANS))
    assert vi == en


@pytest.mark.parametrize(
    "args",
    [
        ["forecast", "haiphong"],
        ["forecast", "haiphong", "--by", "year", "--details", "--as-of", "2026-11-22"],
        ["forecast", "haiphong", "--simulate", "200", "--calibrated", "--scenario", "delayed"],
        ["forecast", "vietnam"],
        ["forecast", "dienbien", "-f", "markdown"],
        ["report"],
        ["report", "-f", "markdown"],
        ["report", "-f", "html"],
        ["provinces"],
        ["provinces", "--former"],
        ["validate"],
        ["forecast", "atlantis"],
    ],
)
def test_every_command_in_both_languages(run: Run, args: list[str]) -> None:
    results = {}
    for lang in ("en", "vi"):
        code, _, err = (
            run("--lang", lang, *args, "--plans-dir", str(PLANS))
            if args[0] != "validate"
            else run("--lang", lang, *args, str(PLANS))
        )
        results[lang] = code
        assert "Traceback" not in err
    assert results["en"] == results["vi"]


def test_unknown_language_is_a_usage_error(run: Run) -> None:
    code, _, err = run("--lang", "fr", "forecast", "haiphong", "--plans-dir", str(PLANS))
    assert code == 2 and "--lang fr" in err


def test_vietnamese_text_in_messages_is_nfc() -> None:
    import unicodedata

    assert all(unicodedata.is_normalized("NFC", v) for v in VI.values())
    set_language("en")
    assert t("met") == "met"  # English by default


def test_every_problem_title_and_hint_is_translated() -> None:
    from nhaoxh_cli.checks.registry import CODES

    assert [c.code for c in CODES.values() if c.title not in VI or c.hint not in VI] == []


def test_validate_in_vietnamese(run: Run) -> None:
    broken = PLANS.parent.parent / "tests" / "plans" / "negative" / "NX104-float-units" / "testland.yaml"
    code, out, _ = run("--lang", "vi", "validate", str(broken))
    assert code == 1 and "lỗi NX104 [targets[0].units] số căn không phải số nguyên —" in out
    assert 'gợi ý: viết số căn là 4017 hoặc "4.017" (có ngoặc kép)' in out
    # the message itself too (numbers.py): made in English, shown in Vietnamese, its numbers too
    assert "YAML đọc `1.000` thành số thập phân 1,0, không phải số căn nguyên" in out


def test_findings_are_translated_when_shown_even_from_workers(run: Run, tmp_path: Path) -> None:
    """Findings are made before anyone chooses how to show them — in worker processes too — so they
    carry their English template and values, and the text output shows them in the reader's language."""
    import shutil

    for n in range(3):  # three copies of the Hải Phòng plan: each repeats the decision's three slips
        shutil.copy(PLANS / "haiphong.yaml", tmp_path / f"hp{n}.yaml")
    one = run("--lang", "vi", "validate", str(tmp_path), "--jobs", "1")
    two = run("--lang", "vi", "validate", str(tmp_path), "--jobs", "2")
    assert one == two
    # QĐ 117 §II.1.2: 2.554 + 7.389 + 12.434 + 11.934 + 1.817 = 36.128 against the stated "khoảng 36.126"
    assert "văn bản ghi khoảng 36.126 căn cho 2026-2030" in one[1] and "chênh lệch +2" in one[1]
    assert "đã thuộc về" in one[1]  # NX208: hp1 and hp2 claim the names hp0 claimed
    english = run("validate", str(tmp_path), "--format", "json")[1]
    assert "the source states about 36,126 units for 2026-2030" in english and "văn bản ghi" not in english
    assert "văn bản ghi" not in run("--lang", "vi", "validate", str(tmp_path), "--format", "json")[1]


# Numbers in the reader's format, whatever the screen (item 26). Text quoted from a source — between
# quotation marks ("…", “…”) or a plan's own words (a label, a note, a title, how a figure was derived:
# any text of a plan file) — is shown as written and left out of the check.
_VIETNAMESE_NUMBERS = (re.compile(r"\b\d{1,3}(?:\.\d{3})+\b"), re.compile(r"\d+,\d+%"))
_ENGLISH_NUMBERS = (re.compile(r"\d,\d{3}"), re.compile(r"\d\.\d+%"))
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”')


def _plan_words() -> list[str]:
    """Every text of the plan files that holds a word (a label, a note, a quote, a document's name),
    longest first: a figure written as text ("15.400") is a figure, not words, and stays checked."""
    import yaml

    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str) and re.search(r"[^\W\d_]", node):
            found.add(node)

    for path in sorted(PLANS.glob("*.yaml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return sorted(found, key=len, reverse=True)


def _outside_quotes(text: str) -> str:
    text = _QUOTED.sub(" ", text)
    for words in _plan_words():
        text = text.replace(words, " ")
    return text


@pytest.mark.parametrize(("lang", "wrong"), [("en", _VIETNAMESE_NUMBERS), ("vi", _ENGLISH_NUMBERS)], ids=["en", "vi"])
def test_numbers_are_in_the_readers_format(
    run: Run, monkeypatch: pytest.MonkeyPatch, lang: str, wrong: tuple[re.Pattern[str], ...]
) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)  # at full width: no quote is cut by a wrapped line
    screens = {
        "forecast --details": run(
            "--lang", lang, "forecast", "haiphong", "--details", "--as-of", "2026-11-26", "--plans-dir", str(PLANS)
        ),
        "validate": run("--lang", lang, "validate", str(PLANS)),
        "report": run("--lang", lang, "report", "--as-of", "2026-11-26", "--plans-dir", str(PLANS)),
    }
    for name, (code, out, _) in screens.items():
        assert code == 0 and out, name
        checked = _outside_quotes(out)
        found = [m.group(0) for pattern in wrong for m in pattern.finditer(checked)]
        assert found == [], f"{name} in {lang}: {found}"
    # the quotes themselves are kept as the source writes them
    quoted = {"en": '"12.000 nghìn" is 12,000,000 households', "vi": '"12.000 nghìn" là 12.000.000 hộ'}[lang]
    assert quoted in screens["validate"][1]
    tolerance = {"en": "±0.5 points", "vi": "±0,5 điểm phần trăm"}[lang]  # a Decimal, shown the reader's way
    assert tolerance in screens["forecast --details"][1]


def test_the_check_sees_a_number_in_the_wrong_format() -> None:
    """The check above would see a pre-formatted figure: a Vietnamese one in English, and the other way."""
    assert [p.search(_outside_quotes("gives 14.500 for it; 78,9%")) is not None for p in _VIETNAMESE_NUMBERS] == [
        True,
        True,
    ]
    assert not re.search(r"\d", _outside_quotes('the source\'s "15.400 căn" and “khoảng 48.700”'))
    assert _ENGLISH_NUMBERS[0].search("ghi 14,500") and _ENGLISH_NUMBERS[1].search("là 78.9%")


def test_a_message_has_one_translation() -> None:
    """A key in two catalogue files, translated differently: the later file's words are shown, the other's are
    dead text a translator would fix in vain ("not met" read "chưa đạt" in one file, "không đạt" on screen)."""
    import importlib

    files = ["vi_html", "vi_views", "vi_cli", "vi_help", "vi_findings", "vi_extract", "vi_import"]
    seen: dict[str, tuple[str, str]] = {}
    twice = []
    for name in files:
        for key, words in importlib.import_module(f"nhaoxh_cli.i18n.{name}").VI.items():
            if key in seen and seen[key][1] != words:
                twice.append((key, seen[key][0], name))
            seen[key] = (name, words)
    assert twice == []


def test_a_stage_is_never_a_period_in_vietnamese() -> None:
    """A pipeline stage is "nhóm dự án"; "giai đoạn" is a period (SPEC.md's glossary)."""
    stage_words = [(key, words) for key, words in VI.items() if re.search(r"\bstages?\b", key)]
    assert stage_words and [key for key, words in stage_words if "giai đoạn dự án" in words] == []
    assert [
        key for key, words in VI.items() if re.search(r"giai đoạn (dự án|\{stage\})|các giai đoạn\"?$", words)
    ] == []
    set_language("vi")
    try:
        assert t("whole span") == "cả giai đoạn"
    finally:
        set_language("en")


def test_a_finding_shows_dates_the_readers_way_and_keeps_them_neutral_in_json(run: Run) -> None:
    """NX312 on the national plan quotes the snapshots of 31/12/2024 and 31/12/2025
    (data/plans/vietnam.yaml): a person reads the date as people write it, JSON keeps ISO."""
    path = str(PLANS / "vietnam.yaml")
    _, english, _ = run("--lang", "en", "validate", path)
    _, vietnamese, _ = run("--lang", "vi", "validate", path)
    _, machine, _ = run("--lang", "en", "validate", path, "-f", "json")
    assert "between the snapshots of 31 Dec 2024 and 31 Dec 2025" in english
    assert "giữa hai lần thống kê 31/12/2024 và 31/12/2025" in vietnamese
    assert "between the snapshots of 2024-12-31 and 2025-12-31" in machine


def test_a_syntax_error_names_a_tab_and_is_said_once_in_vietnamese(run: Run, tmp_path: Path) -> None:
    """The parsers' words do not name a tab ("found character that cannot start any token"); the Vietnamese
    line used to say "lỗi cú pháp YAML — lỗi cú pháp YAML: …"."""
    plan = tmp_path / "x.yaml"
    plan.write_text("schema_version: 1\nprovince:\n\tslug: x\n", encoding="utf-8")
    _, english, _ = run("validate", str(plan))
    _, vietnamese, _ = run("--lang", "vi", "validate", str(plan))
    assert f"{plan}:3:1: error NX003 a tab character: YAML indents with spaces only (" in english
    assert f"{plan}:3:1: lỗi NX003 lỗi cú pháp YAML — có ký tự tab: YAML chỉ thụt lề bằng dấu cách (" in vietnamese
    assert vietnamese.count("lỗi cú pháp YAML") == 1


def test_a_folder_given_as_a_table_is_said_in_the_readers_words(run: Run, tmp_path: Path) -> None:
    assert run("--lang", "vi", "import", str(tmp_path)) == (
        2,
        "",
        f"lỗi: {tmp_path}: không đọc được: đó là một thư mục\n",
    )
    assert run("import", str(tmp_path)) == (2, "", f"error: {tmp_path}: cannot read it: it is a folder\n")
