"""Figures in running text: one sentence at a time, each figure read from the words around it.

For each count of dwelling units ("4.979 căn", "số căn … lên tới 2.381",
"3.364/3.400 căn") the sentence is asked, in this order:

- its **kind**: the nearest cue before it in its clause ("được giao chỉ
  tiêu", "đã hoàn thành", "đang thi công"), else the first after it in its
  clause ("364 căn … đã hoàn thành"), else the nearest in the sentence's
  earlier clauses ("7 dự án đã hoàn thành …, tổng cộng 4.427 căn"), else the
  list it is an item of. A sentence opening on "Tổng số căn" states a total.
  "sẽ", "dự kiến" make a completion a projected one; "khi" a hypothetical
  one. A bare "hoàn thành" is only a verb: it counts last.
- what **holds it back**: a difference ("vượt chỉ tiêu … hơn 1.100 căn"), a
  milestone ("phần thô"), flats that are not social housing ("căn hộ thương
  mại"), one project's size.
- its **years**: a period right after it ("4.979 căn … trong năm 2026"),
  else the nearest before it in its clause, else in its sentence (for a
  pipeline stage, a count at a moment, only within its ";"-part).
- **who** it is about: the nearest province, "cả nước" or area named before it
  in its sentence; "tỉnh"/"thành phố" mean the last province named; a
  sentence naming none continues the one before it in its paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from ..loader.registry import Registry
from . import lexicon as lx
from . import when as wh
from .candidate import ANAPHOR, AREA, NATIONAL, UNNAMED, Candidate
from .places import Mention, Place, light_scan, mentions
from .result import Kind, Note, Qualifier, When
from .text import Block
from .words import Token, amount_value, canon, count_value, tokenize

_KIND_OF_CUE = {
    lx.QUOTA: Kind.QUOTA,
    lx.GOAL: Kind.GOAL,
    lx.DEMAND: Kind.DEMAND,
    lx.COMPLETED: Kind.COMPLETED,
    lx.WEAK_COMPLETED: Kind.COMPLETED,
    lx.EXPECTED: Kind.EXPECTED,
    lx.TOTAL: Kind.STATED_TOTAL,
    **dict.fromkeys(lx.STAGE_OF_CUE, Kind.PIPELINE),
}
_HOLD = {lx.DIFFERENCE: "difference", lx.MILESTONE: "milestone"}
_BOUNDARY = {",", ";", ":"}
_AGGREGATE = {"các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "nhiều"}


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


@dataclass
class _Sentence:
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
        return _range(self.clauses, i, len(self.tokens))

    def segment(self, i: int) -> tuple[int, int]:
        return _range(self.segments, i, len(self.tokens))


def _range(starts: list[int], i: int, end: int) -> tuple[int, int]:
    """The [first, last) of the part holding token i; `starts` is sorted and begins with 0."""
    k = bisect_right(starts, i)
    return starts[k - 1], (starts[k] if k < len(starts) else end)


def _sentence(block: Block, index: tuple[int, int], start: int, end: int, state: DocState) -> _Sentence:
    tokens = tokenize(block.text, start, end)
    clauses = [0] + [i + 1 for i, t in enumerate(tokens) if t.text in _BOUNDARY]
    segments = [0] + [i + 1 for i, t in enumerate(tokens) if t.text == ";"]
    cues = list(lx.CUES.find(tokens))
    spans = wh.find(tokens, block.text)
    places = mentions(tokens, state.registry)
    markers: list[tuple[int, str, Place | None]] = [(m.first, m.place.current, m.place) for m in places]
    for i, j, what in lx.MARKERS.find(tokens):
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
    return _Sentence(block, index, tokens, clauses, segments, cues, spans, places, markers, words, numbers)


@dataclass
class _Found:
    first: int  # token of the number
    last: int  # after the unit words
    written: str
    units: int | None
    unit: str  # căn, hộ, %, tỷ
    of_units: int | None = None
    scale: str = ""  # "nghìn" for "12.000 nghìn hộ"


def _figures(s: _Sentence) -> Iterator[_Found]:
    tokens = s.tokens
    words = s.words
    for i in s.numbers:
        token = tokens[i]
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
                yield _Found(i, j + 1, written, None, nxt)
                continue
            last = j + 1 + (nxt == "căn" and j + 1 < len(words) and words[j + 1] in ("hộ", "nhà"))
            if len(parts) == 2:
                units, whole = count_value(parts[0]), count_value(parts[1])
                if units is not None and whole is not None:
                    yield _Found(i, last, written, units, nxt, whole)
                continue
            units = count_value(token.text)
            if scale and nxt == "căn":
                amount = amount_value(token.text)  # "1,5 nghìn căn" is 1.500 units
                scaled = amount * (1_000_000 if scale == "triệu" else 1000) if amount is not None else None
                units = int(scaled) if scaled is not None and scaled == int(scaled) else None
            yield _Found(i, last, written, units, nxt, scale=scale if nxt == "hộ" else "")
        elif len(parts) == 1 and "số căn" in " ".join(words[max(0, i - 8) : i]) and nxt in ("", ",", ".", ";"):
            units = count_value(token.text)  # "số căn đã hoàn thành lên tới 2.381,"
            if units is not None and units >= 10:
                yield _Found(i, i + 1, token.text, units, "căn")


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


def read(
    block: Block, index: int, start: int, end: int, sentence_no: int, state: DocState, used: list[tuple[int, int]]
) -> list[Candidate]:
    """The candidates of one sentence of a block (figures inside `used` spans are a construction's)."""
    if not has_figure(block.text, start, end):
        _light(block.text[start:end], state)
        return []
    s = _sentence(block, (index, sentence_no), start, end, state)
    found = [f for f in _figures(s) if not any(a <= s.tokens[f.first].start < b for a, b in used)]
    result: list[Candidate] = []
    previous_end = 0
    for f in found:
        candidate = _candidate(s, f, previous_end, state)
        if candidate is not None:
            result.append(candidate)
        previous_end = f.last
    costs = {c.fields["cost_token"] for c in result if "cost_token" in c.fields}
    result = [c for c in result if c.position[2] not in costs]  # an amount placed as a support's cost
    _of_which(s, found, result)
    _parts(s, found, result)
    for m in s.places:
        state.last_named = m.place
        state.places_seen.append(m.place)
    _carry(s, state)
    return result


def _light(text: str, state: DocState) -> None:
    """A sentence without figures still tells who the text is about."""
    markers = light_scan(text, state.registry)
    for _, _, place in markers:
        if place is not None:
            state.last_named = place
            state.places_seen.append(place)
    for _, kind, place in reversed(markers):
        if kind == ANAPHOR or kind == "anaphor":
            named = state.last_named
            if named is not None:
                state.block_subject = (named.current, named.former)
            return
        state.block_subject = (kind, place.former if place else None)
        return


def _carry(s: _Sentence, state: DocState) -> None:
    """The sentence's subject, for the next sentence of its paragraph that names none."""
    for _, kind, place in reversed(s.markers):
        if kind == AREA:
            continue
        if kind == ANAPHOR:
            named = state.last_named
            if named is not None:
                state.block_subject = (named.current, named.former)
            return
        state.block_subject = (kind, place.former if place else None)
        return


def _quote(s: _Sentence, at: int) -> str:
    """The sentence, or 300 characters of it around the figure (offset `at`) with "…" where cut."""
    first, last = s.tokens[0].start, s.tokens[-1].end
    if last - first <= 300:
        return s.block.text[first:last]
    start = max(first, min(at - 150, last - 300))
    start = s.block.text.find(" ", start, at) + 1 if start > first else first
    end = min(last, start + 300)
    return ("…" if start > first else "") + s.block.text[start:end].strip() + ("…" if end < last else "")


def _qualifier(s: _Sentence, i: int) -> Qualifier:
    for back in (3, 2, 1):
        if i - back >= 0:
            hit = lx.QUALIFIERS.at(s.tokens, i - back)
            if hit is not None and hit[0] == back:
                return hit[1]
    return Qualifier.EXACT


def _candidate(s: _Sentence, f: _Found, previous_end: int, state: DocState) -> Candidate | None:
    block = s.block
    token = s.tokens[f.first]
    c = Candidate(
        written=f.written,
        units=f.units,
        line=block.line_at(token.start),
        quote=_quote(s, token.start),
        qualifier=_qualifier(s, f.first),
        position=(s.index[0], s.index[1], f.first),
        of_units=f.of_units,
        unit_word=f.unit,
    )
    if f.unit == "tỷ":
        amount = amount_value(s.tokens[f.first].text)
        c.hold = Note.of("money", amount=str(amount) if amount is not None else f.written)
        return c
    if f.unit == "%":
        c.hold = Note.of("share")
        return c
    if f.units is None:
        c.hold = Note.of("not_units", words=f.written)
        return c
    _subject(s, f, c, state)
    if f.unit == "hộ":
        _support(s, f, c, state)
        return c
    _kind(s, f, c, previous_end, state)
    _years(s, f, c, state)
    _holds(s, f, c, state)
    if c.fields.get("weak") and c.when is not None and c.when.last and state.year and c.when.last > state.year:
        c.kind = None  # "Theo kế hoạch, năm 2027 tỉnh hoàn thành 3.000 căn": not done yet, and not said to be a goal
    return c


def _subject(s: _Sentence, f: _Found, c: Candidate, state: DocState) -> None:
    """Who the figure is about: the nearest place word before it in its sentence (see the module's doc)."""
    if f.units is not None and f.units >= 1_000_000:
        c.subject = NATIONAL  # no province builds a million units: the national programme
        return
    clause = s.clause(f.first)
    before = [m for m in s.markers if m[0] < f.first]
    # an area counts only in the figure's own clause ("ở đây mới có hơn 1.400 căn")
    before = [m for m in before if m[1] != AREA or s.clause(m[0]) == clause]
    after = [
        m
        for m in s.markers
        if f.last <= m[0] <= f.last + 5
        and m[1] == NATIONAL
        and s.clause(m[0]) == clause
        and s.tokens[m[0]].word in ("cả", "toàn", "trên")  # "… căn trên cả nước"; never "theo Đề án …"
    ]
    marker = before[-1] if before else (after[0] if after else None)
    if marker is None:
        c.subject, c.former = state.block_subject or (UNNAMED, None)
        return
    kind, place = marker[1], marker[2]
    if kind == ANAPHOR:
        named = [m for m in s.places if m.first < f.first]
        place = named[-1].place if named else state.last_named
        c.subject, c.former = (place.current, place.former) if place else (UNNAMED, None)
        return
    c.subject = kind
    c.former = place.former if place else None


def _is_here(s: _Sentence, i: int) -> bool:
    return s.tokens[i].word in ("ở", "tại")


def _cue_kind(cue: str) -> Kind | None:
    return _KIND_OF_CUE.get(cue)


def strong(cue: tuple[int, int, str]) -> bool:
    """A cue that says a kind by itself (a bare "hoàn thành", "sẽ", "khi" do not)."""
    return cue[2] not in (lx.WEAK_COMPLETED, lx.NEUTRAL, lx.FUTURE, lx.HYPOTHETICAL, lx.TOTAL)


def _kind(s: _Sentence, f: _Found, c: Candidate, previous_end: int, state: DocState) -> None:
    first, last = s.clause(f.first)
    cues = s.cues
    own_before = [cue for cue in cues if first <= cue[0] < f.first and cue[0] >= previous_end]
    hold = next((cue for cue in reversed(own_before) if cue[2] in _HOLD), None)
    chosen: tuple[int, int, str] | None = None
    opening = next((cue for cue in cues if cue[0] <= 1), None)
    if opening is not None and opening[2] == lx.TOTAL:
        chosen = opening
    if chosen is None:
        chosen = next((cue for cue in reversed(own_before) if strong(cue) and cue[2] not in _HOLD), None)
    if hold is not None and (chosen is None or hold[0] > chosen[0]):
        c.hold = Note.of(_HOLD[hold[2]], words=_words(s, hold[0], hold[1]))
        return
    if chosen is None:
        after = [cue for cue in cues if f.last <= cue[0] < last]
        chosen = next((cue for cue in after if strong(cue) and cue[2] not in _HOLD), None)
        if chosen is None and any(cue[2] == lx.MILESTONE for cue in after[:1]):
            c.hold = Note.of("milestone", words=_words(s, after[0][0], after[0][1]))
            return
    if chosen is None:
        earlier = [cue for cue in cues if cue[0] < first and strong(cue) and cue[2] not in _HOLD]
        chosen = earlier[-1] if earlier else None
    if chosen is None and state.list_kind is not None and s.block.item:
        c.kind = state.list_kind[0]
        c.notes.append(Note.of("list_item"))
        return
    if chosen is None:
        weak = [cue for cue in cues if cue[2] == lx.WEAK_COMPLETED and cue[0] < last]
        chosen = weak[-1] if weak else None
    if chosen is None:
        return
    if chosen[2] == lx.RANKING:
        if state.topic is not None:
            c.kind, c.when = state.topic
            c.notes.append(Note.of("ranking"))
        return
    kind = _cue_kind(chosen[2])
    if kind is Kind.COMPLETED:
        window = [cue for cue in cues if first <= cue[0] < chosen[0]]
        if any(cue[2] in (lx.FUTURE, lx.EXPECTED) for cue in window) or _is_plan_verb(s, chosen):
            kind = Kind.EXPECTED
        elif any(cue[2] == lx.HYPOTHETICAL and chosen[0] - cue[1] <= 1 for cue in window):
            kind = None
    c.kind = kind
    if chosen[2] == lx.WEAK_COMPLETED and kind is Kind.COMPLETED:
        c.fields["weak"] = True  # a bare "hoàn thành": a completion only if it is not in the future
    if kind is Kind.PIPELINE:
        c.stage = lx.STAGE_OF_CUE[chosen[2]]
        if chosen[2] == lx.IN_PROGRESS or chosen[2] == lx.TO_START:
            c.notes.append(
                Note.of("stage_guess", line=c.line, words=_words(s, chosen[0], chosen[1]), stage=c.stage.value)
            )
    c.fields["cue"] = _words(s, chosen[0], chosen[1])
    _single_project(s, f, c)


def _is_plan_verb(s: _Sentence, cue: tuple[int, int, str]) -> bool:
    return cue[0] > 0 and s.tokens[cue[0] - 1].word in ("sẽ", "dự", "kiến")


def _words(s: _Sentence, first: int, last: int) -> str:
    return s.block.text[s.tokens[first].start : s.tokens[last - 1].end]


def _single_project(s: _Sentence, f: _Found, c: Candidate) -> None:
    """One project's units ("dự án X … 225 căn"), not a count of several projects."""
    seg_first, _ = s.segment(f.first)
    _, clause_last = s.clause(f.first)
    words = s.words
    look = max(seg_first, f.first - 40)  # the project a figure belongs to is named near it
    spots = [i for i in range(look, f.first) if words[i] == "dự" and words[i + 1 : i + 2] == ["án"]]
    spots += [i for i in range(f.last, clause_last) if words[i] == "dự" and words[i + 1 : i + 2] == ["án"]][:1]
    if not spots:
        return
    nearest = max((i for i in spots if i < f.first), default=spots[-1])
    before = words[nearest - 1] if nearest > 0 else ""
    if before in _AGGREGATE or (
        s.tokens[nearest - 1].is_number and before not in ("1", "01") if nearest > 0 else False
    ):
        return
    if before == "khác" or words[nearest + 2 : nearest + 3] == ["khác"]:
        return
    c.single_project = True


def _years(s: _Sentence, f: _Found, c: Candidate, state: DocState) -> None:
    if c.when is not None:
        return
    clause_first, clause_last = s.clause(f.first)
    seg_first, _ = s.segment(f.first)
    k = bisect_left(s.numbers, f.last)
    next_figure = s.numbers[k] if k < len(s.numbers) else len(s.tokens)
    after = [
        sp for sp in s.spans if f.last <= sp.first <= f.last + 8 and sp.first < clause_last and sp.first < next_figure
    ]
    span = after[0] if after else None
    if span is None:
        before = [sp for sp in s.spans if sp.last <= f.first]
        in_clause = [sp for sp in before if sp.first >= clause_first]
        scope_first = seg_first if c.kind in (Kind.PIPELINE, None) else 0
        in_scope = [sp for sp in before if sp.first >= scope_first]
        span = in_clause[-1] if in_clause else (in_scope[-1] if in_scope else None)
    if span is None:
        if c.kind is Kind.QUOTA and state.topic is not None and state.topic[0] is Kind.QUOTA:
            c.when = state.topic[1]
            c.notes.append(Note.of("topic"))
        return
    if span.type == wh.AS_OF:
        years_before = [sp for sp in s.spans if sp.last <= span.first and sp.type == wh.YEAR]
        if span.as_of is None and years_before and c.kind is not Kind.PIPELINE:
            c.when = years_before[-1].when  # "Năm 2025, …; tới thời điểm này, … đã hoàn thành 2.381": in 2025
            return
        c.as_of = span.as_of or ""
        return
    if span.type == wh.RELATIVE:
        label = _words(s, span.first, span.last)
        if state.year is None:
            c.when_unresolved = label
            return
        year = state.year + span.offset
        c.when = When(year, year, label)
        c.notes.append(Note.of("relative_year", line=c.line, words=label, year=year))
        return
    c.when = span.when


_CHANGE = {"tăng", "giảm", "thiếu", "hụt", "vượt"}


def _holds(s: _Sentence, f: _Found, c: Candidate, state: DocState) -> None:
    if c.hold is not None:
        return
    before = [t.word for t in s.tokens[max(0, f.first - 2) : f.first]]
    after_words = s.words[f.last : f.last + 3]
    if (
        (before and before[-1] in _CHANGE - {"vượt"})
        or (len(before) == 2 and before[0] in _CHANGE and before[1] in ("khoảng", "hơn", "gần", "trên", "thêm"))
        or after_words[:2] == ["so", "với"]
    ):
        c.hold = Note.of("difference", words=_words(s, max(0, f.first - 2), min(len(s.tokens), f.last + 2)))
        return
    increment = before[-1:] == ["thêm"]  # "hoàn thành thêm 1.959 căn": more, since a time not said
    if increment and c.kind is Kind.COMPLETED and (c.when is None or c.when.first is None):
        c.hold = Note.of("period_unclear")
        return
    after = s.tokens[f.last : f.last + 4]
    for first, last, _ in lx.NOT_SOCIAL.find(after):
        c.hold = Note.of("not_social_housing", words=" ".join(t.text for t in after[first:last]))
        return
    if not state.social:
        c.hold = Note.of("not_social_housing", words="the text never names nhà ở xã hội")


def _support(s: _Sentence, f: _Found, c: Candidate, state: DocState) -> None:
    """Households helped to build or repair their homes: housing support, never units."""
    if not any(True for _ in lx.SUPPORT.find(s.tokens)):
        c.hold = Note.of("households")
        return
    c.kind = Kind.HOUSING_SUPPORT
    before = [sp for sp in s.spans if sp.last <= f.first and sp.type in (wh.YEAR, wh.PERIOD, wh.SINCE)]
    yearly = [sp for sp in before if sp.type in (wh.YEAR, wh.SINCE)]  # "Trong năm 2024, từ … chương trình … 2021-2025"
    if yearly or before:
        c.when = (yearly or before)[-1].when
    text = s.block.text
    sentence = text[s.tokens[0].start : s.tokens[-1].end]
    match = re.search(r"chương trình [^,;.]{3,150}", sentence)
    if match:
        c.fields["programme"] = match.group().strip()
    else:
        cue = next((first for first, _, _ in lx.SUPPORT.find(s.tokens)), f.first)
        end = next((t.start for t in s.tokens[f.last :] if t.text in ",;."), s.tokens[-1].end)
        c.fields["programme"] = text[s.tokens[cue].start : min(end, s.tokens[cue].start + 150)].strip()
    if f.scale:
        c.fields["households_scale"] = f.scale
    for i in range(f.last, len(s.tokens) - 1):
        if s.tokens[i + 1].word == "tỷ" and s.tokens[i].is_number and "kinh phí" in canon(sentence):
            c.fields["cost_billion_vnd"] = s.tokens[i].text
            c.fields["cost_token"] = i
            break


def _of_which(s: _Sentence, found: list[_Found], result: list[Candidate]) -> None:
    """ "12 dự án …, quy mô 4.447 căn; 2.929 căn trong số này đã hoàn thành": the first is a stated total."""
    counts = [(f, c) for f, c in zip(found, _aligned(found, result), strict=True) if c is not None and f.unit == "căn"]
    for (_, c1), (f2, c2) in pairwise(counts):
        if c1.kind is not None or c1.hold is not None or c2.kind is None:
            continue
        near = s.tokens[f2.last : f2.last + 4]
        if any(True for _ in lx.OF_WHICH.find(near)):
            c1.kind = Kind.STATED_TOTAL
            c1.fields["cue"] = "trong số này"
            c1.single_project = False


def _parts(s: _Sentence, found: list[_Found], result: list[Candidate]) -> None:
    """ "364 căn …: 240 căn … và 124 căn …": parts that add up to the figure before the colon."""
    pairs = [(f, c) for f, c in zip(found, _aligned(found, result), strict=True) if c is not None and f.units]
    stops = [i for i, t in enumerate(s.tokens) if t.text in (":", ";")]
    for k, (f, c) in enumerate(pairs):
        at = bisect_left(stops, f.last)
        colon = stops[at] if at < len(stops) else None
        if colon is None or s.tokens[colon].text != ":":
            continue
        later = [(g, d) for g, d in pairs[k + 1 : k + 12] if g.first > colon]
        total = 0
        for n, (g, _) in enumerate(later):
            total += g.units or 0
            if total == f.units and n >= 1:
                for _, part in later[: n + 1]:
                    if part.hold is None and (part.when is None or part.when == c.when):
                        part.hold = Note.of("part_of_total", total=c.written, line=c.line)
                break
            if total > (f.units or 0):
                break


def _aligned(found: list[_Found], result: list[Candidate]) -> list[Candidate | None]:
    by_token = {c.position[2]: c for c in result}
    return [by_token.get(f.first) for f in found]
