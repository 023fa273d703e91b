"""extract speaks the reader's language: every message has its Vietnamese, and --lang vi uses it."""

from __future__ import annotations

from pathlib import Path

from nhaoxh_cli.extract import extract_text
from nhaoxh_cli.extract.messages import MESSAGES
from nhaoxh_cli.i18n import VI
from nhaoxh_cli.render.extract.text import _SECTION_WORDS, summary_lines

from .conftest import ROOT, Run

FIXTURES = ROOT / "tests" / "extract"


def test_every_extract_message_has_its_vietnamese() -> None:
    missing = [m for m in [*MESSAGES.values(), *(w for pair in _SECTION_WORDS.values() for w in pair)] if m not in VI]
    assert missing == []


def test_summary_in_both_languages() -> None:
    text = "Đà Nẵng.\n\nCả nước đã hoàn thành hơn 100.000 căn nhà ở xã hội trong năm 2025."
    extraction = extract_text(text, "t.txt", province="danang")
    english, vietnamese = summary_lines(extraction, "en"), summary_lines(extraction, "vi")
    assert "not placed: line 3: 100.000 căn — a figure for the whole country" in english
    assert "chưa đưa vào: dòng 3: 100.000 căn — số liệu của cả nước" in vietnamese


def test_lang_vi_on_the_command_line(run: Run) -> None:
    code, out, err = run("--lang", "vi", "extract", str(FIXTURES / "danang-2026-news.txt"))
    assert code == 0 and "đã lập bản nháp với 5 số liệu" in err and "cần kiểm tra: tỉnh: Đà Nẵng" in err
    assert "# CHƯA ĐƯA VÀO" not in out or "chưa đưa vào" in out.lower()


def test_the_drafts_comments_are_in_the_readers_language() -> None:
    """The draft's headings follow its items' language, and a stage is named by its Vietnamese term (its
    YAML key beside it) — not "selecting_investor" in a Vietnamese sentence."""
    from nhaoxh_cli.i18n import using

    text = (
        "Đà Nẵng.\n\nThành phố đang lựa chọn chủ đầu tư cho 4 dự án với khoảng 4.250 căn nhà ở xã hội. "
        "Thành phố cũng đang lựa chọn chủ đầu tư 5 dự án với gần 3.500 căn."
    )
    with using("vi"):
        draft = extract_text(text, "t.txt", province="danang").plan_yaml
    assert "# CẦN KIỂM TRA (do nhaoxh extract tự quyết định):" in draft
    assert "#   - dòng 3: đang chọn chủ đầu tư (selecting_investor) 4.250 căn: khoảng" in draft
    assert "nhóm dự án đang chọn chủ đầu tư (selecting_investor) đã có số liệu ở dòng 3" in draft
    assert "TO CHECK" not in draft and "line 3" not in draft
    with using("en"):
        english = extract_text(text, "t.txt", province="danang").plan_yaml
    assert "#   - line 3: selecting_investor 4.250 căn: roughly" in english
    assert "the stage selecting_investor already holds the figure of line 3" in english


def test_a_folder_or_a_missing_file_is_said_in_the_readers_words(run: Run, tmp_path: Path) -> None:
    """A new user's trial (01/12/2026): "lỗi: không đọc được /tmp/x: Is a directory" — the system's English."""
    code, _, err = run("--lang", "vi", "extract", str(tmp_path))
    assert (
        code == 2
        and err.strip()
        == f"lỗi: {tmp_path} là một thư mục: hãy chỉ một văn bản (tệp .txt, .md, .html, .docx hoặc .pdf)"
    )
    code, _, err = run("--lang", "vi", "extract", str(tmp_path / "none.txt"))
    assert code == 2 and "không tồn tại" in err and "No such file" not in err
