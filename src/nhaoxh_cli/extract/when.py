"""Periods and years in a sentence: "giai đoạn 2025 - 2030", "trong năm 2026",
"đến năm 2030", "từ năm 2021 đến nay", "năm nay", "vào ngày 19/5/2026".

Each expression found is a `Span` over the sentence's tokens with what it
says: a period or year (`When`), a deadline ("to 2030"), a start ("since
2021"), a year relative to the document's date ("năm nay"), or a point in
time a count is taken at ("đến tháng 3/2026": a cumulative count, no years).
Dates that only name a document ("Quyết định số 338/QĐ-TTg ngày 03/4/2023")
are not periods: a date counts only after "vào"/"trong" (an event) or
"đến"/"tính đến" (a count as of then).
"""

from __future__ import annotations

from ..values import frozen
from .result import When
from .words import Token, year_value

PERIOD, YEAR, TO, SINCE, RELATIVE, AS_OF = "period", "year", "to", "since", "relative", "as_of"

_DASH = {"-", "–", "—", "đến", "tới"}
_QUARTER = {
    "i": "03-31",
    "ii": "06-30",
    "iii": "09-30",
    "iv": "12-31",
    "1": "03-31",
    "2": "06-30",
    "3": "09-30",
    "4": "12-31",
}
_TO = {"đến", "tới", "hết", "trước"}
_NOW = {"nay", "hiện", "thời"}  # nay, hiện nay, hiện tại, thời điểm này
_YEAR_PREFIX = {"trong", "riêng", "vào", "cho", "của", "tại", "cuối", "đầu"}


#: The words an expression can start with (besides a year): checked first, so most words cost one look-up.
_STARTS = {"giai", "thời", "từ", "tính", "năm", *_TO, *_YEAR_PREFIX}


@frozen
class Span:
    first: int  # token indexes, end exclusive
    last: int
    type: str
    when: When | None = None
    offset: int = 0  # RELATIVE: years after the document's year
    as_of: str | None = None  # AS_OF: "2026-03" when the text gives it


def _date_parts(token: Token) -> list[int] | None:
    """ "19/5/2026" → [19, 5, 2026], "3/2026" → [3, 2026]; None when not a date."""
    parts = token.text.split("/")
    if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts):
        return None
    values = [int(p) for p in parts]
    if not 1990 <= values[-1] <= 2100 or len(parts[-1]) != 4:
        return None
    return values


def _label(tokens: list[Token], first: int, last: int, text: str) -> str:
    return text[tokens[first].start : tokens[last - 1].end]


def find(tokens: list[Token], text: str) -> list[Span]:
    """Every period expression of a sentence, left to right."""
    spans: list[Span] = []
    words = [t.word for t in tokens]
    n = len(tokens)
    i = 0
    while i < n:
        if words[i] not in _STARTS and not (tokens[i].is_number and len(tokens[i].text) == 4):
            i += 1
            continue
        span = _at(tokens, words, i, text)
        if span is None:
            i += 1
            continue
        spans.append(span)
        i = span.last
    return spans


def _word(words: list[str], i: int) -> str:
    return words[i] if 0 <= i < len(words) else ""


def _at(tokens: list[Token], words: list[str], i: int, text: str) -> Span | None:
    w = words[i]
    year = year_value(tokens[i])
    if year is not None:
        return _from_year(tokens, words, i, i, year, text)
    if w in ("giai", "thời") and _word(words, i + 1) in ("đoạn", "kỳ"):
        j = i + 2
        if _word(words, j) in _TO and _word(words, j + 1) == "năm":
            j += 2
        elif _word(words, j) in _TO:
            j += 1
        y = year_value(tokens[j]) if j < len(tokens) else None
        if y is not None:
            if words[i + 2] in _TO:
                return Span(i, j + 1, TO, When(None, y, _label(tokens, i, j + 1, text)))
            return _from_year(tokens, words, i, j, y, text)
        return None
    if w == "từ":
        j = i + 1 + (_word(words, i + 1) == "năm")
        y = year_value(tokens[j]) if j < len(tokens) else None
        if y is not None:
            return _from_year(tokens, words, i, j, y, text)
        return None
    if w in _TO or (w == "tính" and _word(words, i + 1) in ("đến", "tới")):
        return _to(tokens, words, i, text)
    if w in _YEAR_PREFIX or w == "năm":
        return _year(tokens, words, i, text)
    return None


def _from_year(tokens: list[Token], words: list[str], start: int, j: int, y: int, text: str) -> Span | None:
    """A year at token j (its expression starting at `start`): a range, a start, or one year."""
    k = j + 1
    if _word(words, k) in _DASH:
        k2 = k + 1
        while _word(words, k2) in ("hết", "năm", "cuối"):
            k2 += 1
        y2 = year_value(tokens[k2]) if k2 < len(tokens) else None
        if y2 is not None and y <= y2 <= y + 30:
            return Span(start, k2 + 1, PERIOD, When(y, y2, _label(tokens, start, k2 + 1, text)))
        if _word(words, k2) in _NOW:
            end = k2 + 1 + (_word(words, k2 + 1) in ("nay", "tại", "điểm"))
            return Span(start, end, SINCE, When(y, None, _label(tokens, start, end, text)))
    if start == j and _word(words, j - 1) != "năm":
        return None  # a bare year with nothing around it says nothing
    return Span(start, j + 1, YEAR, When(y, y, _label(tokens, start, j + 1, text)))


def _to(tokens: list[Token], words: list[str], i: int, text: str) -> Span | None:
    j = i + 1 + (words[i] == "tính")
    while _word(words, j) in ("hết", "cuối", "năm"):
        j += 1
    if j < len(tokens):
        y = year_value(tokens[j])
        if y is not None and (_word(words, j - 1) == "năm" or words[i] in _TO):
            return Span(i, j + 1, TO, When(None, y, _label(tokens, i, j + 1, text)))
        if words[j] in ("nay", "hiện", "thời"):
            end = j + 1 + (_word(words, j + 1) in ("nay", "tại", "điểm"))
            return Span(i, end, AS_OF)
        if words[j] == "quý" and j + 3 < len(tokens) and words[j + 1] in _QUARTER and words[j + 2] == "/":
            y = year_value(tokens[j + 3])
            if y is not None:  # "đến hết quý III/2025": a count at the quarter's end
                return Span(i, j + 4, AS_OF, as_of=f"{y}-{_QUARTER[words[j + 1]]}")
        if words[j] in ("tháng", "ngày", "quý") and j + 1 < len(tokens):
            parts = _date_parts(tokens[j + 1])
            if parts is not None:
                as_of = f"{parts[-1]}-{parts[-2]:02d}" if words[j] == "tháng" else None
                if words[j] == "ngày" and len(parts) == 3:
                    as_of = f"{parts[2]}-{parts[1]:02d}-{parts[0]:02d}"
                return Span(i, j + 2, AS_OF, as_of=as_of)
            if words[j] == "tháng" and tokens[j + 1].text.isdigit() and 1 <= int(tokens[j + 1].text) <= 12:
                return Span(i, j + 2, AS_OF)  # "tính đến tháng 10": a count at a month, its year not said
    return None


def _year(tokens: list[Token], words: list[str], i: int, text: str) -> Span | None:
    j = i
    while _word(words, j) in _YEAR_PREFIX:
        j += 1
    if _word(words, j) in ("ngày", "tháng", "quý") and j + 1 < len(tokens) and j > i:
        parts = _date_parts(tokens[j + 1])
        if parts is not None and words[i] in ("vào", "trong", "cuối", "đầu"):
            y = parts[-1]
            return Span(i, j + 2, YEAR, When(y, y, _label(tokens, i, j + 2, text)))
        return None
    if _word(words, j) != "năm":
        return None
    nxt = _word(words, j + 1)
    if j + 1 < len(tokens) and year_value(tokens[j + 1]) is not None:
        if _word(words, j - 2) == "tháng":
            return None  # "ngày 15 tháng 01 năm 2024": a date
        return _from_year(tokens, words, i, j + 1, year_value(tokens[j + 1]) or 0, text)
    if i > 0 and tokens[i - 1].is_number:
        return None  # "5 năm tới": a length of time
    offset = {"nay": 0, "ngoái": -1, "trước": -1, "qua": -1, "tới": 1, "sau": 1}.get(nxt)
    if offset is not None:
        return Span(i, j + 2, RELATIVE, offset=offset)
    if words[i] in ("trong", "cuối") and j == i + 1 and not tokens[j + 1 : j + 2]:
        return Span(i, j + 1, RELATIVE, offset=0)
    if words[i] in ("trong", "cuối") and j == i + 1 and not tokens[j + 1].is_number:
        return Span(i, j + 1, RELATIVE, offset=0)
    return None
