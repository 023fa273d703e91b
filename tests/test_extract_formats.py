"""extract reads what analysts receive: Word, PDF, web pages, legacy encodings — and refuses the rest clearly."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
import zipfile
from pathlib import Path

import pytest

from nhaoxh_cli.extract import ExtractError, Limits, extract_file, extract_text
from nhaoxh_cli.extract.formats import html_text
from nhaoxh_cli.extract.inputs import read_path

from .conftest import ROOT, Run

FIXTURES = ROOT / "tests" / "extract"
CORPUS_TEXT = ROOT.parent / "shared" / "corpus" / "gialai-vietbao-2025.txt"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # a Unicode font for a PDF with Vietnamese text
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _figures(path: Path, **options: object) -> list[tuple]:  # type: ignore[type-arg]
    extraction = extract_file(path, **options)  # type: ignore[arg-type]
    return sorted((f.units, f.kind.value, f.years, f.qualifier.value, f.section) for f in extraction.placed)


def _write_docx(text: str, path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph.strip())
    document.save(str(path))


def _write_pdf(text: str, path: Path) -> None:
    fpdf = pytest.importorskip("fpdf")
    if not FONT.exists():
        pytest.skip("no DejaVu font to write Vietnamese into a PDF")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=11)
    for paragraph in text.split("\n\n"):
        pdf.multi_cell(0, 6, paragraph.strip())
        pdf.ln(4)
    pdf.output(str(path))


@pytest.mark.parametrize(
    ("source", "options"),
    [
        (FIXTURES / "danang-2026-news.txt", {}),
        (CORPUS_TEXT, {"province": "gialai", "date": dt.date(2025, 9, 15)}),  # the page's date (corpus README)
    ],
)
def test_word_and_pdf_draft_the_same_figures_as_the_text(
    source: Path, options: dict[str, object], tmp_path: Path
) -> None:
    if not source.exists():
        pytest.skip("shared/corpus/ is not beside this checkout")
    text = source.read_text(encoding="utf-8")
    expected = _figures(source, **options)
    assert len(expected) >= 5
    _write_docx(text, tmp_path / "doc.docx")
    assert _figures(tmp_path / "doc.docx", **options) == expected
    _write_pdf(text, tmp_path / "doc.pdf")
    assert _figures(tmp_path / "doc.pdf", **options) == expected


def test_type_is_read_from_content_not_name(tmp_path: Path) -> None:
    text = (FIXTURES / "danang-2026-news.txt").read_text(encoding="utf-8")
    _write_pdf(text, tmp_path / "doc.pdf")
    disguised = tmp_path / "really-a-pdf.txt"
    disguised.write_bytes((tmp_path / "doc.pdf").read_bytes())
    assert extract_file(disguised).input_type == "pdf"


def test_scanned_pdf_says_so(run: Run, tmp_path: Path) -> None:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 150, style="F")  # a page that is only a picture
    pdf.output(str(tmp_path / "scan.pdf"))
    code, _, err = run("extract", str(tmp_path / "scan.pdf"))
    assert code == 2 and "without a text layer" in err and "OCR" in err and "Traceback" not in err


def test_missing_extra_gives_the_pip_command(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_docx(name: str, *args: object, **kwargs: object) -> object:
        if name == "docx" or name.startswith("docx."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    _write_docx("Đà Nẵng", tmp_path / "a.docx")
    monkeypatch.setattr(builtins, "__import__", no_docx)
    code, _, err = run("extract", str(tmp_path / "a.docx"))
    assert code == 2 and "pip install 'nhaoxh-cli[docx]'" in err


def test_unsupported_and_bounded(run: Run, tmp_path: Path) -> None:
    archive = tmp_path / "photos.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a.jpg", b"\xff\xd8")
    code, _, err = run("extract", str(archive))
    assert code == 2 and "zip files are not read" in err
    with pytest.raises(ExtractError) as error:  # a device never ends: refused without reading
        read_path(Path("/dev/zero"), Limits(max_bytes=1000))
    assert error.value.note.code == "not_a_file"


def _windows_1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: base letters (â, ơ, ư, …) and separate tone marks."""
    out: list[str] = []
    base, marks, tones = "", "", ""
    for ch in [*unicodedata.normalize("NFD", text), "\n"]:
        if ch in _TONES:
            tones += ch
        elif unicodedata.combining(ch):
            marks += ch
        else:
            out.append(unicodedata.normalize("NFC", base + marks) + tones)
            base, marks, tones = ch, "", ""
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "windows-1258"])
def test_encodings(encoding: str, tmp_path: Path) -> None:
    source = FIXTURES / "danang-2026-news.txt"
    text = source.read_text(encoding="utf-8")
    path = tmp_path / "copy.txt"
    path.write_bytes(_windows_1258(text) if encoding == "windows-1258" else text.encode(encoding))
    assert _figures(path) == _figures(source)  # NFC: "Nẵng" with a combining tone mark is the same word


def test_html_keeps_text_and_table_rows() -> None:
    page = """<!doctype html><html><head><title>Tin</title><style>p{color:red}</style></head><body>
    <script>var x = "4.979 căn";</script><nav>Trang chủ</nav>
    <p>Đà Nẵng được giao chỉ tiêu hoàn thành <b>4.979</b> căn nhà ở xã hội trong năm 2026.</p>
    <table><tr><th>Tỉnh</th><th>Năm 2027</th></tr><tr><td>Đà Nẵng</td><td>5.100</td></tr></table>
    </body></html>"""
    text = html_text(page)
    assert "var x" not in text and "color" not in text
    assert "Đà Nẵng được giao chỉ tiêu hoàn thành 4.979 căn" in text and "Đà Nẵng | 5.100" in text
    extraction = extract_text(text, "page.html", province="danang")
    assert sorted((f.units, f.years) for f in extraction.placed) == [(4979, "2026"), (5100, "2027")]


def test_html_file(run: Run, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    body = "<html><body><p>Đà Nẵng được giao chỉ tiêu hoàn thành 4.979 căn nhà ở xã hội trong năm 2026.</p>"
    page.write_bytes(io.BytesIO((body + "</body></html>").encode()).getvalue())
    code, out, _ = run("extract", str(page))
    assert code == 0 and 'units: "4.979"' in out and 'years: "2026"' in out
