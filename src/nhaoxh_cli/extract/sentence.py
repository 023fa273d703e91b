"""A sentence as the recognisers see it: tokens, clauses, cues, periods, place words, and its counts.

`build` reads a sentence once (one tokenizer pass, one dictionary pass per
phrase family, one pass for periods) so every question asked of each figure
afterwards is a look-up; `figures` finds the counts ("4.979 căn", "3.364/3.400
căn", "số căn … 2.381", "1 triệu căn"). `DocState` carries what earlier
sentences tell later ones. `has_figure` lets a sentence without a count be
skipped with substring tests.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..loader.registry import Registry
from . import lexicon as lx
from . import when as wh
from .candidate import ANAPHOR, AREA, NATIONAL, Candidate
from .places import Mention, Place, mentions
from .result import Kind, Qualifier, When
from .text import Block
from .words import Token, amount_value, count_value, tokenize

_BOUNDARY = {",", ";", ":"}
_CITING = {"theo", "tại", "trong"}


@dataclass
class DocState:
    """What the sentences read so far tell the next one."""

    registry: Registry
    year: int | None = None  # the document's year, for "năm nay"
    topic: tuple[Kind, When] | None = None  # a national allocation article's frame
    last_named: Place | None = None
    list_kind: tuple[Kind, int] | None = None  # (kind, block) of a lead-in ending with ":"
    forecast: str | None = None  # under a "Dự báo … đến năm 2025" heading: its plan period
    forecast_when: When | None = None  # … and its wording
    social: bool = True  # the text speaks of social housing at all
    places_seen: list[Place] = field(default_factory=list)
    block_subject: tuple[str, str | None] | None = None  # who the paragraph's last sentence was about
    labels: dict[str, list[str]] = field(default_factory=dict)  # a plan period's labels in the source
    last_goal: Candidate | None = None  # the goal a "trong đó phấn đấu N%" part belongs to
    #: the counts of the last sentence that had any, while nothing but captions (no final stop) came after it
    last_counts: list[Candidate] = field(default_factory=list)
    paragraph_year: When | None = None  # "Năm 2025, …" opening a sentence: the year of its paragraph
    programme: When | None = None
    programme_block: int = (
        -1
    )  # the paragraph that named it  # the period of the national programme the text names, as it states it


@dataclass
class Sentence:
    block: Block
    index: tuple[int, int]
    tokens: list[Token]
    clauses: list[int]  # token index where each clause starts
    segments: list[int]  # token index where each ";"-part starts
    cues: list[tuple[int, int, str]]
    spans: list[wh.Span]
    places: list[Mention]
    markers: list[tuple[int, str, Place | None]]  # (token, NATIONAL/AREA/ANAPHOR/slug, place)
    words: list[str] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)  # tokens that are numbers and not years

    def clause(self, i: int) -> tuple[int, int]:
        return span_of(self.clauses, i, len(self.tokens))

    def segment(self, i: int) -> tuple[int, int]:
        return span_of(self.segments, i, len(self.tokens))

    def says(self, phrases: tuple[str, ...]) -> bool:
        """Whether the sentence holds one of `phrases` as whole words ("đề án", "338", "chính phủ")."""
        said = " " + " ".join(self.words) + " "
        return any(f" {p} " in said for p in phrases)


def span_of(starts: list[int], i: int, end: int) -> tuple[int, int]:
    """The [first, last) of the part holding token i; `starts` is sorted and begins with 0."""
    k = bisect_right(starts, i)
    return starts[k - 1], (starts[k] if k < len(starts) else end)


def build(block: Block, index: tuple[int, int], start: int, end: int, state: DocState) -> Sentence:
    tokens = tokenize(block.text, start, end)
    clauses = [0] + [i + 1 for i, t in enumerate(tokens) if t.text in _BOUNDARY]
    segments = [0] + [i + 1 for i, t in enumerate(tokens) if t.text == ";"]
    cues = list(lx.CUES.find(tokens))
    spans = _unquoted(tokens, wh.find(tokens, block.text))
    places = mentions(tokens, state.registry)
    markers: list[tuple[int, str, Place | None]] = [(m.first, m.place.current, m.place) for m in places]
    found = list(lx.MARKERS.find(tokens))
    named_at = [m.first for m in places] + [i for i, _, what in found if what == "province"]
    for i, j, what in found:
        if what == "national" and cited(tokens, i) and any(k < i for k in named_at):
            continue  # "Riêng tại Bình Dương, chỉ tiêu giao tại Đề án …": the programme cited, not the country
        if what == "national":
            markers.append((i, NATIONAL, None))
        elif what == "province":
            markers.append((i, ANAPHOR, None))
        elif what == "here" or (j < len(tokens) and tokens[j].text[0].isupper()):
            markers.append((i, AREA, None))
    markers.sort(key=lambda m: m[0])
    years = {i for span in spans for i in range(span.first, span.last)}
    numbers = [i for i, t in enumerate(tokens) if t.is_number and i not in years]
    words = [t.word for t in tokens]
    return Sentence(block, index, tokens, clauses, segments, cues, spans, places, markers, words, numbers)


def cited(tokens: list[Token], i: int) -> bool:
    """ "(theo | tại | trong) Đề án" at token i: the programme cited, not the whole country named."""
    return tokens[i].word == "đề" and i > 0 and tokens[i - 1].word in _CITING


_OPEN, _CLOSE = {"“", "«"}, {"”", "»"}
_TITLE_OF_PROGRAMME = {"triệu", "338"}


def _unquoted(tokens: list[Token], spans: list[wh.Span]) -> list[wh.Span]:
    """The periods outside the quoted title of the national programme: inside, they are the programme's
    ("thực hiện Đề án “… ít nhất 1 triệu căn … giai đoạn 2021 - 2030”, Nghệ An đã hoàn thành 1.675 căn" is
    not a count of 2021–2030); a plan's own title keeps its year ("Kế hoạch “… năm 2025”")."""
    if not any(t.text in _OPEN or t.text == '"' for t in tokens):
        return spans
    quoted: list[tuple[int, int]] = []
    start = None
    for i, t in enumerate(tokens):
        if start is None and (t.text in _OPEN or t.text == '"'):
            start = i
        elif start is not None and (t.text in _CLOSE or t.text == '"'):
            if any(tokens[k].word in _TITLE_OF_PROGRAMME for k in range(start, i)):
                quoted.append((start, i))
            start = None
    return [sp for sp in spans if not any(a < sp.first and sp.last <= b for a, b in quoted)]


@dataclass
class Found:
    first: int  # token of the number
    last: int  # after the unit words
    written: str
    units: int | None
    unit: str  # căn, hộ, %, tỷ
    of_units: int | None = None
    scale: str = ""  # "nghìn" for "12.000 nghìn hộ"


def figures(s: Sentence) -> Iterator[Found]:
    tokens = s.tokens
    words = s.words
    whole_of: set[int] = set()  # the Y of "X trong tổng số Y căn": read with its X
    for i in s.numbers:
        if i in whole_of:
            continue
        token = tokens[i]
        out_of = _out_of(s, i)
        if out_of is not None:  # "đã hoàn thành 4.877 trong tổng số 5.249 căn": read as 4.877/5.249 căn
            k, last = out_of
            units, whole = count_value(token.text), count_value(tokens[k].text)
            if units is not None and whole is not None:
                whole_of.add(k)
                yield Found(i, last, s.block.text[token.start : tokens[last - 1].end], units, "căn", whole)
                continue
        parts = token.text.split("/")
        j = i + 1
        nxt = words[j] if j < len(words) else ""
        scale = ""
        if nxt in ("triệu", "nghìn", "ngàn") and j + 1 < len(words) and words[j + 1] in ("căn", "hộ"):
            scale, j = nxt, j + 1
            nxt = words[j]
        if nxt in ("căn", "hộ", "%", "tỷ"):
            written = s.block.text[token.start : tokens[j].end]
            if nxt in ("%", "tỷ"):
                yield Found(i, j + 1, written, None, nxt)
                continue
            last = j + 1 + (nxt == "căn" and j + 1 < len(words) and words[j + 1] in ("hộ", "nhà"))
            if len(parts) == 2:
                units, whole = count_value(parts[0]), count_value(parts[1])
                if units is not None and whole is not None:
                    yield Found(i, last, written, units, nxt, whole)
                continue
            units = count_value(token.text)
            if scale and nxt == "căn":
                amount = amount_value(token.text)  # "1,5 nghìn căn" is 1.500 units
                scaled = amount * (1_000_000 if scale == "triệu" else 1000) if amount is not None else None
                units = int(scaled) if scaled is not None and scaled == int(scaled) else None
            yield Found(i, last, written, units, nxt, scale=scale if nxt == "hộ" else "")
        elif len(parts) == 1 and "số căn" in " ".join(words[max(0, i - 8) : i]) and nxt in ("", ",", ".", ";"):
            units = count_value(token.text)  # "số căn đã hoàn thành lên tới 2.381,"
            if units is not None and units >= 10:
                yield Found(i, i + 1, token.text, units, "căn")


def _out_of(s: Sentence, i: int) -> tuple[int, int] | None:
    """ "4.877 trong tổng số 5.249 căn" at token i: (the token of 5.249, the end of its unit)."""
    words, tokens = s.words, s.tokens
    j = i + 1
    if words[j : j + 3] not in (["trong", "tổng", "số"], ["trên", "tổng", "số"]):
        return None
    k = j + 3
    if k + 1 >= len(tokens) or not tokens[k].is_number or words[k + 1] != "căn":
        return None
    return k, k + 2 + (k + 2 < len(words) and words[k + 2] in ("hộ", "nhà"))


#: A sentence worth reading word by word holds a count with its unit (or "số căn … N"); the others are only
#: scanned for the province they name. One linear pattern: a digit, optional spaces, a unit word.
#: A share alone ("dành 20% quỹ đất") does not make a sentence worth reading: the constructions of
#: `decision` read the shares that are targets, and a share beside a count is listed with it.
_HINT = re.compile(r"\d\s{0,3}(?:[cC]ăn|[hH]ộ|[tT]ỷ|[tT]riệu|[nN]ghìn|[nN]gàn)|[sS]ố căn")


_UNIT_WORDS = ("căn", "Căn", "hộ", "Hộ", "tỷ", "triệu", "nghìn", "ngàn")


def has_figure(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] may hold a figure: substring tests in C first, the pattern only then."""
    part = text[start:end] if start or end is not None else text
    return any(w in part for w in _UNIT_WORDS) and _HINT.search(part) is not None


def quote(s: Sentence, at: int) -> str:
    """The sentence, or 300 characters of it around the figure (offset `at`) with "…" where cut."""
    first, last = s.tokens[0].start, s.tokens[-1].end
    if last - first <= 300:
        return s.block.text[first:last]
    start = max(first, min(at - 150, last - 300))
    start = s.block.text.find(" ", start, at) + 1 if start > first else first
    end = min(last, start + 300)
    return ("…" if start > first else "") + s.block.text[start:end].strip() + ("…" if end < last else "")


def qualifier(s: Sentence, i: int) -> Qualifier:
    for back in (3, 2, 1):
        if i - back >= 0:
            hit = lx.QUALIFIERS.at(s.tokens, i - back)
            if hit is not None and hit[0] == back:
                return hit[1]
    return Qualifier.EXACT


def words_of(s: Sentence, first: int, last: int) -> str:
    return s.block.text[s.tokens[first].start : s.tokens[last - 1].end]
