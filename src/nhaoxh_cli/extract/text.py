"""Text as copied from a PDF or a web page, made readable for the recognisers.

Noise removed: Markdown-ish bold (`**`), strike-through (`~~147~~`, whose
text is dropped and remembered), non-breaking and repeated spaces. Hard line
breaks inside a sentence are joined: a paragraph runs until a blank line or a
line that opens a new item ("- ", "+ ", "1.2. ", "II. ", "Điều 3."). Every
character of a paragraph maps back to its line in the file, so each figure
cites the line it came from.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_ITEM = re.compile(r"^\s*(?:[-+•*]\s|\d+(?:\.\d+)*\.\s|[IVX]+\.\s|Điều\s+\d+|Số:|QUYẾT ĐỊNH|CHƯƠNG TRÌNH)")
_STRIKE = re.compile(r"~~(.*?)~~")


@dataclass(frozen=True)
class Paragraph:
    text: str
    lines: list[int]  # the file line of each character of `text`

    def line_at(self, offset: int) -> int:
        return self.lines[min(max(offset, 0), len(self.lines) - 1)] if self.lines else 0


@dataclass
class CleanText:
    paragraphs: list[Paragraph]
    struck: list[tuple[int, str]] = field(default_factory=list)  # (line, text) of strike-through


def clean_line(raw: str) -> tuple[str, list[str]]:
    """One line without noise, and the struck-through texts it held."""
    text = unicodedata.normalize("NFC", raw).replace("\u00a0", " ").replace("\ufeff", "")
    struck = [m.strip() for m in _STRIKE.findall(text)]
    text = _STRIKE.sub("", text).replace("**", "").replace("__", "")
    return re.sub(r"[ \t]+", " ", text).strip(), struck


def paragraphs(text: str) -> CleanText:
    result = CleanText([])
    current: list[tuple[str, int]] = []

    def close() -> None:
        if current:
            chars: list[int] = []
            parts: list[str] = []
            for index, (line_text, number) in enumerate(current):
                if index:
                    parts.append(" ")
                    chars.append(number)
                parts.append(line_text)
                chars.extend([number] * len(line_text))
            result.paragraphs.append(Paragraph("".join(parts), chars))
            current.clear()

    for number, raw in enumerate(text.splitlines(), start=1):
        line, struck = clean_line(raw)
        result.struck += [(number, s) for s in struck]
        if not line:
            close()
            continue
        if current and _ITEM.match(line):
            close()
        current.append((line, number))
    close()
    return result
