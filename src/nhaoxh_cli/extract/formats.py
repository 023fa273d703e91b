"""Text out of HTML, Word (.docx) and PDF, keeping lines and table rows.

HTML uses the standard library's parser (linear, tolerant of broken pages):
scripts, styles and the page's head are dropped, block elements end lines,
and a table row becomes one line with its cells joined by " | " — the pipe
table the recognisers read. Word files need python-docx (`pip install
'nhaoxh-cli[docx]'`), the maintained reader of the format; PDFs need pypdf
(`[pdf]`), pure Python and maintained. Both are optional so the base
install stays light; a missing one is a clear message, never a traceback.
"""

from __future__ import annotations

import io
import re
import unicodedata
from html.parser import HTMLParser

from .inputs import ExtractError

_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas"}
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "header", "footer", "blockquote", "pre", "dd", "dt", "figcaption", "title", "hr",
}  # fmt: skip


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.rows: set[int] = set()  # indexes of lines that are table rows
        self.current: list[str] = []
        self.skipping = 0
        self.cells: list[str] | None = None

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        self.current = []
        if self.cells is not None:
            if text:
                self.cells.append(text)
        elif text:
            self.lines.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP and tag != "title":
            self.skipping += 1
        elif tag == "tr":
            self._flush()
            self.cells = []
        elif tag in ("td", "th"):
            self._flush()
        elif tag in _BLOCK:
            self._flush()
            if tag == "li":
                self.current.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and tag != "title":
            self.skipping = max(0, self.skipping - 1)
        elif tag in ("td", "th"):
            self._flush()
        elif tag == "tr":
            self._flush()
            if self.cells:
                self.rows.add(len(self.lines))
                self.lines.append(" | ".join(self.cells))
            self.cells = None
        elif tag in _BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.current.append(data)


def html_text(page: str) -> str:
    """The page's text: one line per paragraph or table row, blank lines between paragraphs."""
    parser = _Text()
    parser.feed(page)
    parser.close()
    parser._flush()
    return _join(parser.lines, parser.rows)


def _join(lines: list[str], rows: set[int]) -> str:
    """Paragraphs apart by a blank line; the rows of a table one under the other."""
    out: list[str] = []
    for k, line in enumerate(lines):
        if k:
            out.append("\n" if k in rows and k - 1 in rows else "\n\n")
        out.append(line)
    return "".join(out) + "\n"


def _missing(kind: str, package: str, extra: str) -> ExtractError:
    return ExtractError("missing_extra", kind=kind, package=package, extra=extra)


def docx_text(data: bytes, name: str) -> str:
    """Paragraphs and tables in document order; a table row is one line of " | "-joined cells."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:
        raise _missing("Word (.docx)", "python-docx", "docx") from None
    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        rows: set[int] = set()
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                text = block.text.strip()
                style = (block.style.name or "") if block.style is not None else ""
                if text:
                    lines.append(("- " + text) if style.lower().startswith("list") else text)
            elif isinstance(block, Table):
                for row in block.rows:
                    cells: list[str] = []
                    for cell in row.cells:
                        text = " ".join(cell.text.split())
                        if not cells or cells[-1] != text:  # a merged cell repeats itself
                            cells.append(text)
                    rows.add(len(lines))
                    lines.append(" | ".join(cells))
    except Exception as error:  # python-docx raises many types for a damaged file
        raise ExtractError("broken", file=name, kind="Word (.docx)", error=str(error) or type(error).__name__) from None
    return unicodedata.normalize("NFC", _join(lines, rows))


_LETTERS = re.compile(r"[^\W\d_]")


def pdf_text(data: bytes, name: str) -> str:
    """The text layer, page by page, columns kept apart by spaces (pypdf's layout mode)."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:
        raise _missing("PDF", "pypdf", "pdf") from None
    import logging

    library = logging.getLogger("pypdf")  # its warnings ("EOF marker not found") are ours to word, not to echo
    library.addHandler(logging.NullHandler())
    library.propagate = False
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ExtractError("broken", file=name, kind="PDF", error="encrypted")
        pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
    except ExtractError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise ExtractError("broken", file=name, kind="PDF", error=str(error) or type(error).__name__) from None
    text = "\n".join(pages)
    if len(_LETTERS.findall(text[:200_000])) < 20 * max(1, min(len(pages), 5)):
        raise ExtractError("scanned_pdf", file=name)
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
