"""The document's number, date, issuer and title.

A decision's header gives them in fixed places ("Số: 117/QĐ-UBND", "Hải
Phòng, ngày 15 tháng 01 năm 2024", "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
the line after "QUYẾT ĐỊNH"); an attached programme cites its decision
("Kèm theo Quyết định số 117/QĐ-UBND ngày 15/01/2024"). A news page gives a
dateline near the top ("Thứ Năm, 08/01/2026", "16:00 | 10/07/2024",
"Cập nhật: 14/03/2026") or opens a paragraph on its day ("Quảng Ngãi, ngày
15/12/2025 – …"); an article reporting a plan gives the day it was
issued ("ngày 3/10/2024 Ban TVTU Nam Định đã ban hành Kế hoạch số 162-KH/TU").
The first of these found, in that order of trust, dates the document.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .text import Block

HEADER_NUMBER = re.compile(r"Số\s*:\s*(\d{0,6})\s*/\s*([\wĐđ./-]{1,30})")
ATTACHED = re.compile(
    r"(?:Kèm theo|ban hành kèm theo)\s+Quyết định số\s+(\d{1,6}/[\wĐđ-]{1,20})\s+ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})",
    re.IGNORECASE,
)
PLACE_DATE = re.compile(r"([^,]{2,40}),\s*ngày\s+(\d{1,2})?\s*tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
ISSUER = re.compile(r"(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|UBND)\s+(THÀNH PHỐ|TỈNH)\s+(.{2,40})$")
DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
_DATELINE_WORDS = re.compile(r"thứ|chủ nhật|cập nhật|ngày đăng|đăng ngày|ngày|gmt|\d{1,2}:\d{2}|[|,:()+\-]|\s", re.I)
ISSUED = re.compile(  # "ký ban hành ngày 27/2/2025", "ngày 3/10/2024 Ban TVTU … đã ban hành"
    r"ban hành\s+(?:\S+\s+){0,3}?ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})"
    r"|ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})\s+(?:\S+\s+){0,8}?(?:đã\s+)?ban hành",
    re.IGNORECASE,
)
REPORTED_NUMBER = re.compile(r"(?:Kế hoạch|Quyết định|Nghị quyết|Chương trình)\s+(?:số\s+)?(\d{1,5}[-/][\wĐđ/-]{2,20})")


@dataclass
class Header:
    number: str | None = None
    number_line: int = 0
    date: str | None = None  # YYYY-MM-DD, or YYYY-MM when the day is blank ("ngày tháng 9 năm 2024")
    date_how: str = "date_none"
    date_line: int = 0
    place: str | None = None
    issuer: str | None = None
    issuer_line: int = 0
    title: str | None = None
    notes: list[tuple[str, dict[str, str | int]]] = field(default_factory=list)
    decision: bool = False  # the text has a decision's header ("Số: …/QĐ-…")


def _iso(day: str | None, month: str, year: str) -> str | None:
    try:
        if not day:
            return f"{int(year):04d}-{int(month):02d}"
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def read(blocks: list[Block], lines: list[str]) -> Header:
    """The header fields of a document (the first 60 blocks, and an attached reference anywhere)."""
    h = Header()
    expect_title = False
    for block in blocks[:60]:
        text = block.text[:300]
        line = block.lines[0]
        if expect_title:
            h.title, expect_title = block.text[:300], False
        if (m := HEADER_NUMBER.match(text)) is not None and h.number is None:
            h.decision = True
            if m.group(1):
                h.number, h.number_line = f"{m.group(1)}/{m.group(2)}", line
        if (m := PLACE_DATE.match(text)) is not None and h.date is None:
            h.place = m.group(1).strip()
            h.date, h.date_how, h.date_line = _iso(m.group(2), m.group(3), m.group(4)), "date_place", line
        if (m := ISSUER.match(text)) is not None and h.issuer is None:
            h.issuer = f"Ủy ban nhân dân {m.group(2).lower()} {m.group(3).strip().title()}"
            h.issuer_line = line
            h.place = h.place or m.group(3).strip().title()
        if text.strip().upper() == "QUYẾT ĐỊNH" and h.title is None:
            expect_title = True
    for block in blocks:
        if "theo" not in block.text[:40].lower() and "kèm" not in block.text[:40].lower():
            continue
        if (m := ATTACHED.search(block.text[:400])) is not None:
            line = block.line_at(m.start())
            if h.number and h.number != m.group(1):
                h.notes.append(("header_number", {"header": h.number, "attached": m.group(1), "line": line}))
            h.number, h.number_line = m.group(1), line
            if h.date is None:
                h.date, h.date_how, h.date_line = _iso(m.group(2), m.group(3), m.group(4)), "date_attached", line
            break
    if h.date is None:
        _dateline(h, lines)
    if h.date is None:
        _opening(h, blocks)
    if h.date is None:
        _issued(h, blocks)
    if h.number is None:
        for block in blocks[:8]:
            for m in REPORTED_NUMBER.finditer(block.text[:1500]):
                # the plan an article reports on ("đã ban hành Kế hoạch số 162-KH/TU"), not a document named in
                # passing ("thí điểm … theo Nghị quyết 201/2025/QH15")
                near = block.text[max(0, m.start() - 120) : m.end() + 120]
                if _ISSUING_VERB.search(near):
                    h.number, h.number_line = m.group(1), block.line_at(m.start())
                    break
            if h.number is not None:
                break
    return h


def _dateline(h: Header, lines: list[str]) -> None:
    best: tuple[int, int, str] | None = None
    for number, raw in enumerate(lines[:15], start=1):
        line = raw.strip()
        if len(line) > 80:
            continue
        m = DATE.search(line)
        if m is None:
            continue
        rest = len(_DATELINE_WORDS.sub("", DATE.sub("", line)))
        iso = _iso(m.group(1), m.group(2), m.group(3))
        if iso and rest <= 30 and (best is None or rest < best[0]):
            best = (rest, number, iso)
    if best is not None:
        h.date, h.date_how, h.date_line = best[2], "date_dateline", best[1]


#: A news paragraph opening on its day: "Quảng Ngãi, ngày 15/12/2025 – …", "Ngày 20/3/2025, UBND tỉnh …",
#: "(PLO) - Ngày 12-1-2026, …".
OPENING = re.compile(r"([^,\n]{0,40}?)\s*[,–-]?\s*ngày\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)", re.IGNORECASE)
#: Words saying a document was issued or approved: a number near them is the reported document's.
_ISSUING_VERB = re.compile(r"ban hành|phê duyệt|kèm theo|\bký\b|triển khai thực hiện", re.IGNORECASE)
#: A paragraph reporting a document issued that day is about the document, not dated by it.
_ISSUING = re.compile(r"ban hành|thông qua|quyết định|nghị quyết|\bký\b", re.IGNORECASE)


def _opening(h: Header, blocks: list[Block]) -> None:
    """The day a news paragraph near the top opens with: the document's date, to check."""
    for block in blocks[:4]:
        m = OPENING.match(block.text[:80])
        if m is None or not _dateline_prefix(m.group(1)) or _ISSUING.search(block.text[:300]):
            continue
        if iso := _iso(m.group(2), m.group(3), m.group(4)):
            h.date, h.date_how, h.date_line = iso, "date_opening", block.line_at(m.start())
            return


def _dateline_prefix(prefix: str) -> bool:
    """Before "ngày": nothing ("Ngày 12/1/2026, …"), a place ("Quảng Ngãi", "TP.HCM") or an outlet's tag
    ("(PLO) -"): capitalised words only — not "Trước đó", "Theo kế hoạch"."""
    words = [w.strip("()–-") for w in prefix.split()]
    return all(w[:1].isupper() for w in words if w)


def _issued(h: Header, blocks: list[Block]) -> None:
    for block in blocks[:12]:
        m = ISSUED.search(block.text[:2000])
        if m is None:
            continue
        day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
        h.date, h.date_how, h.date_line = _iso(day, month, year), "date_issued", block.line_at(m.start())
        number = REPORTED_NUMBER.search(block.text[m.start() : m.end() + 120])
        if number is not None and h.number is None:
            h.number, h.number_line = number.group(1), block.line_at(m.start())
        return
