"""Text made readable for the recognisers: clean lines, blocks, sentences.

Noise removed: Markdown-ish bold (`**`), strike-through (`~~147~~`, whose
text is dropped and remembered), non-breaking and zero-width spaces,
repeated spaces. Hard line breaks inside a paragraph are joined: a block
runs until a blank line or a line that opens a new item ("- ", "+ ",
"1.2. ", "II. ", "Điều 3."), or a paragraph-long line without a final stop
is followed by one opening with a capital (a web page that lost its stops). A block keeps the offset where each of its
lines starts, so any character maps back to its line in the file by a
binary search (a per-character table would cost gigabytes on a large text).

Sentences end at ". ", "! ", "? " before a capital or a digit, except after
abbreviations ("TP. Hải Phòng"); a sentence longer than `MAX_SENTENCE`
characters is cut at its next comma or space so no later step ever works
on unbounded text. Every pattern here is linear: no nested quantifiers.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..values import frozen

MAX_SENTENCE = 1500

_ITEM = re.compile(r"\s*(?:[-+•*–]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[IVX]{1,5}\.\s|Điều\s\d|Số\s?:|QUYẾT ĐỊNH)")
_HEADING = re.compile(r"([IVX]{1,5})\.\s|(\d{1,2}(?:\.\d{1,2})*)\.\s")
_STRIKE = re.compile(r"~~([^~\n]{0,200})~~")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_NOISE = re.compile("[\ufeff\u200b~*_\t\u00a0\u202f\u3000\u2000-\u200a]|  ")
_END = re.compile(r"[.!?…]+[\"”)]?\s+")
_ABBREVIATIONS = {"tp", "tx", "q", "p", "ts", "ths", "pgs", "gs", "ô", "bà", "st", "tt", "v.v", "ks", "bs", "h", "đ"}


@frozen
class Block:
    """A paragraph, list item or heading: its text and where each of its lines starts."""

    text: str
    starts: tuple[int, ...]
    lines: tuple[int, ...]
    item: bool = False  # opens with a list marker
    heading: tuple[str | None, str | None] = (None, None)  # (roman, numbered)

    def line_at(self, offset: int) -> int:
        return self.lines[max(0, bisect_right(self.starts, offset) - 1)]


def clean_line(raw: str) -> tuple[str, list[str]]:
    """One line without noise, and the struck-through texts it held."""
    if _NOISE.search(raw) is None:
        return raw.strip(), []  # nothing to clean: the common case, a few substring tests in C
    text = raw.replace("\ufeff", "").replace("\u200b", "")
    struck = [m.strip() for m in _STRIKE.findall(text)] if "~~" in text else []
    if struck:
        text = _STRIKE.sub("", text)
    text = text.replace("**", "").replace("__", "")
    return _SPACES.sub(" ", text).strip(), struck


def blocks(
    lines: list[str], skip: set[int] | frozenset[int] = frozenset()
) -> tuple[list[Block], list[tuple[int, str]]]:
    """The blocks of the text (lines numbered from 1; `skip` holds lines read as tables)."""
    result: list[Block] = []
    struck_all: list[tuple[int, str]] = []
    parts: list[str] = []
    starts: list[int] = []
    numbers: list[int] = []
    length = 0

    def close() -> None:
        nonlocal length
        if parts:
            text = " ".join(parts)
            match = _HEADING.match(text)
            heading = (match.group(1), match.group(2)) if match else (None, None)
            result.append(Block(text, tuple(starts), tuple(numbers), bool(_ITEM.match(text)), heading))
        parts.clear()
        starts.clear()
        numbers.clear()
        length = 0

    for number, raw in enumerate(lines, start=1):
        if number in skip:
            close()
            continue
        line, struck = clean_line(raw)
        struck_all += [(number, s) for s in struck]
        if not line:
            close()
            continue
        credited = _CREDIT.search(line) is not None
        # a caption stands alone; a wrapped paragraph's last line carrying the credit stays with its paragraph
        caption = credited and (not parts or parts[-1].rstrip()[-1:] in '.!?…"”)')
        if parts and (_ITEM.match(line) or length > 50_000 or _paragraph_ended(parts[-1], line) or caption):
            close()
        starts.append(length + (1 if parts else 0))
        numbers.append(number)
        length += len(line) + (1 if parts else 0)
        parts.append(line)
        if credited:
            close()  # a photo's caption ("… trong năm 2021 Ảnh: Phước Bình") is a block of its own
    close()
    return result, struck_all


#: A photo credit ending a line: the line is a caption, or a paragraph a caption was glued to.
_CREDIT = re.compile(r"(?:Ảnh|ẢNH|Ảnh minh họa|Ảnh minh hoạ)\s*:\s*[^.:;]{1,60}\.?$")

#: A line this long is a paragraph of a web page, not a line a PDF or a typist wrapped (those stay under ~120).
_PARAGRAPH = 160


def _paragraph_ended(previous: str, line: str) -> bool:
    """A page whose paragraphs lost their full stops: a paragraph-long line without one, then a line opening
    with a capital ("… với 393 căn nhà ở xã hội" / "Đến cuối năm 2025, …") is a new paragraph."""
    return len(previous) >= _PARAGRAPH and previous[-1] not in '.!?:;…")”,-' and line[:1].isupper()


def _is_end(text: str, match: re.Match[str]) -> bool:
    after = match.end()
    if after >= len(text):
        return True
    following = text[after]
    if not (following.isupper() or following.isdigit() or following in '"“(-+•'):
        return False
    if match.group().startswith("."):
        window = max(0, match.start() - 12)  # an abbreviation is short: never search further back
        word_start = max(text.rfind(" ", window, match.start()), text.rfind("(", window, match.start())) + 1
        word = text[max(word_start, window) : match.start()].lower()
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            return False
    return True


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a block; none longer than MAX_SENTENCE."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        if _is_end(text, match):
            spans.append((start, match.end()))
            start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    bounded: list[tuple[int, int]] = []
    for first, last in spans:
        while last - first > MAX_SENTENCE:
            cut = text.rfind(", ", first, first + MAX_SENTENCE)
            cut = cut + 2 if cut > first + MAX_SENTENCE // 2 else text.rfind(" ", first, first + MAX_SENTENCE) + 1
            cut = cut if cut > first else first + MAX_SENTENCE
            bounded.append((first, cut))
            first = cut
        bounded.append((first, last))
    return bounded
