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

import datetime as dt
import re
from bisect import bisect_left
from itertools import pairwise

from . import lexicon as lx
from . import when as wh
from .candidate import AREA, NATIONAL, UNNAMED, Candidate
from .groups import of_which, parts
from .result import Kind, Note, When
from .sentence import DocState, Found, Sentence, build, figures, has_figure, qualifier, quote, words_of
from .text import Block
from .who import carry, light, subject
from .words import amount_value, canon

__all__ = ["KIND_OF_CUE", "DocState", "has_figure", "read"]

KIND_OF_CUE = {
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
_AGGREGATE = {"các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "nhiều"}


def read(
    block: Block, index: int, start: int, end: int, sentence_no: int, state: DocState, used: list[tuple[int, int]]
) -> list[Candidate]:
    """The candidates of one sentence of a block (figures inside `used` spans are a construction's)."""
    if not has_figure(block.text, start, end):
        light(block.text[start:end], state)
        if block.text[start:end].rstrip().endswith((".", "!", "?", "…")):
            state.last_counts = []  # a sentence of prose, not a caption: what follows is no longer a split
        return []
    s = build(block, (index, sentence_no), start, end, state)
    opening = next((sp for sp in s.spans if sp.first <= 1 and sp.type == wh.YEAR and sp.when is not None), None)
    if opening is not None:
        state.paragraph_year = opening.when
    found = [f for f in figures(s) if not any(a <= s.tokens[f.first].start < b for a, b in used)]
    result: list[Candidate] = []
    previous_end = 0
    for f in found:
        candidate = _candidate(s, f, previous_end, state)
        if candidate is not None:
            result.append(candidate)
            result += _reached_of(s, f, found, candidate)
        previous_end = f.last
    costs = {c.fields["cost_token"] for c in result if "cost_token" in c.fields}
    result = [c for c in result if c.position[2] not in costs]  # an amount placed as a support's cost
    _split(s, result, state)
    of_which(s, found, result)
    parts(s, found, result)
    _sum_of_listed(s, found, result)
    for m in s.places:
        state.last_named = m.place
        state.places_seen.append(m.place)
    carry(s, state)
    return result


#: Words saying that the whole of "X/Y căn" is a target assigned from above, or one set locally.
_OF_QUOTA = ("chỉ tiêu", "đề án", "338", "được giao", "giao chỉ tiêu", "thủ tướng giao", "chính phủ giao")
_OF_GOAL = ("kế hoạch", "mục tiêu")


def _reached_of(s: Sentence, f: Found, found: list[Found], c: Candidate) -> list[Candidate]:
    """ "thực hiện 6 dự án với 3.591/4.100 căn, đạt 87,6% theo Quyết định số 338/QĐ-TTg": when the share
    after it is X/Y (to a tenth), Y is the target the sentence measures against — a quota when the sentence
    names the programme or an assignment, a goal when it names a plan — with the sentence's years; X,
    saying no kind of its own, is the total the source states."""
    if f.of_units is None or f.units is None or c.hold is not None or f.of_units <= 0:
        return []
    share = next((g for g in found if g.first > f.last and g.unit == "%"), None)
    reach = _description_end(s, f.last) + 6  # "… 5.249 căn nhà ở xã hội theo kế hoạch, đạt khoảng 93%"
    if share is None or share.first > reach or "đạt" not in s.words[f.last : share.first]:
        return []
    value = amount_value(s.tokens[share.first].text)
    if value is None or abs(float(value) - 100 * f.units / f.of_units) > 0.15:
        return []
    kind = Kind.QUOTA if s.says(_OF_QUOTA) else Kind.GOAL if s.says(_OF_GOAL) else None
    if kind is None or (c.kind is not None and c.kind.is_target) or c.single_project or _one_project(s, f):
        return []  # "dự án … đã bán được 300/400 căn, đạt 75%" measures one project, not a target
    target = Candidate(
        # "3.591/4.100 căn" → "4.100 căn"; "4.877 trong tổng số 5.249 căn" → "5.249 căn"
        written=f.written.split("/")[1] if "/" in f.written else f.written.split("tổng số", 1)[-1].strip(),
        units=f.of_units,
        line=c.line,
        quote=c.quote,
        kind=kind,
        when=c.when,
        subject=c.subject,
        former=c.former,
        position=(c.position[0], c.position[1], f.last - 1),
        notes=[Note.of("reached_of", at=c.line, figure=c.written, share=s.tokens[share.first].text)],
    )
    target.fields["cue"] = "đạt"
    if c.kind is None:
        c.kind = Kind.STATED_TOTAL
        c.single_project = False
        c.notes.append(Note.of("reached_of", at=c.line, figure=c.written, share=s.tokens[share.first].text))
    return [target]


def _sum_of_listed(s: Sentence, found: list[Found], result: list[Candidate]) -> None:
    """ "…: 1.787 căn năm 2026; 1.400 căn năm 2027; … và 2.150 căn năm 2030, tổng cộng 9.637 căn": a sum of the
    figures listed right before it spans their years (not the last one's)."""
    by_token = {c.position[2]: c for c in result}
    listed = [(f, by_token[f.first]) for f in found if f.first in by_token and f.units is not None]
    for k, (f, c) in enumerate(listed):
        if k < 2 or c.units is None or c.hold is not None:
            continue
        if not any(s.words[i : i + 2] == ["tổng", "cộng"] for i in range(max(0, f.first - 4), f.first)):
            continue
        total, years = 0, []
        for _, part in reversed(listed[:k]):
            if part.units is None or part.when is None or part.when.first is None or part.when.last is None:
                break
            total += part.units
            years += [part.when.first, part.when.last]
            if total >= c.units:
                break
        if total != c.units or len(years) < 4:
            continue
        first, last = min(years), max(years)
        stated = [sp.when for sp in s.spans if sp.when is not None and (sp.when.first, sp.when.last) == (first, last)]
        c.when = stated[0] if stated else When(first, last, f"{first}-{last}")
        c.notes = [n for n in c.notes if n.code != "topic"] + [Note.of("span_of_parts")]


def _split(s: Sentence, result: list[Candidate], state: DocState) -> None:
    """A sentence opening with "Trong đó" right after one with counts (only captions between) splits them.

    After a quota ("Thành phố được giao thực hiện 12.800 căn. Trong đó, giai đoạn 2021 - 2024 hoàn thành
    3.445 căn; giai đoạn 2025 - 2030 hoàn thành 9.355 căn, riêng năm 2025 là 1.500 căn"), its figures that
    say nothing else (or only a bare "hoàn thành") are the quota's parts, each with its own years. After a
    count of projects saying no stage, or one ("13 dự án đã được chấp thuận chủ trương đầu tư với 10.611 căn.
    Trong đó, 6.831 căn được khởi công; 2.336 căn chuẩn bị khởi công"), whose parts are stages or completions
    adding up to no more than it, that count is the total the source states."""
    before = state.last_counts
    counts = [c for c in result if c.units is not None and c.hold is None]
    state.last_counts = counts or ([] if result else before)
    if not before or lx.OF_WHICH.at(s.tokens, 0) is None:
        return
    quota = next((c for c in reversed(before) if c.kind is Kind.QUOTA), None)
    if quota is not None:
        for c in counts:
            if c.subject not in (UNNAMED, quota.subject) or c.when is None or _projects_counted(s, c):
                continue  # a part has its own years and is no count of projects ("năm 2025 có 4 dự án với …")
            past = c.when.last is not None and state.year is not None and c.when.last < state.year
            if c.kind is None or (c.kind is Kind.COMPLETED and c.fields.get("weak") and not past):
                c.kind = Kind.QUOTA
                c.fields.pop("weak", None)
                c.notes.append(Note.of("quota_part", at=c.line, figure=c.written, line=quota.line))
        return
    whole = before[-1]
    parts = [c for c in counts if c.kind in (Kind.PIPELINE, Kind.COMPLETED, Kind.EXPECTED)]
    if whole.units is not None and _total_of(whole, parts):
        whole.become_total()
        whole.notes.append(Note.of("total_of_parts", at=whole.line, figure=whole.written))


def _total_of(whole: Candidate, parts: list[Candidate]) -> bool:
    """Whether `whole`, saying no stage or only one, holds `parts` adding up to no more than it: a stage
    holds only a completion or another stage (what it "dự kiến hoàn thành" is a part of the same stage)."""
    if whole.kind not in (None, Kind.PIPELINE) or not parts or whole.units is None:
        return False
    if whole.kind is Kind.PIPELINE and not any(
        p.kind is Kind.COMPLETED or (p.kind is Kind.PIPELINE and p.stage != whole.stage) for p in parts
    ):
        return False
    return sum(p.units or 0 for p in parts) <= whole.units


def _counts_projects(s: Sentence, n: int) -> bool:
    """Token n is a count of projects: "12 dự án"."""
    return s.tokens[n].is_number and s.words[n + 1 : n + 3] == ["dự", "án"]


def _projects_counted(s: Sentence, c: Candidate) -> bool:
    """Whether the clause of `c` counts projects ("năm 2025 có 4 dự án với 1.500 căn …")."""
    first, last = s.clause(c.position[2])
    return any(_counts_projects(s, i) for i in range(first, last))


def _candidate(s: Sentence, f: Found, previous_end: int, state: DocState) -> Candidate | None:
    block = s.block
    token = s.tokens[f.first]
    c = Candidate(
        written=f.written,
        units=f.units,
        line=block.line_at(token.start),
        quote=quote(s, token.start),
        qualifier=qualifier(s, f.first),
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
    subject(s, f, c, state)
    if f.unit == "hộ":
        _support(s, f, c, state)
        return c
    _kind(s, f, c, previous_end, state)
    _years(s, f, c, state)
    _holds(s, f, c, state)
    # "Theo kế hoạch, năm 2027 tỉnh hoàn thành 3.000 căn": not done yet, and not said to be a goal; without the
    # document's date, nothing is done after this year
    now = state.year or dt.date.today().year
    if c.fields.get("weak") and c.when is not None and c.when.last and c.when.last > now:
        c.kind = None
    return c


def _cue_kind(cue: str) -> Kind | None:
    return KIND_OF_CUE.get(cue)


def strong(cue: tuple[int, int, str]) -> bool:
    """A cue that says a kind by itself (a bare "hoàn thành", "sẽ", "khi" do not)."""
    return cue[2] not in (lx.WEAK_COMPLETED, lx.NEUTRAL, lx.FUTURE, lx.HYPOTHETICAL, lx.TOTAL)


def _kind(s: Sentence, f: Found, c: Candidate, previous_end: int, state: DocState) -> None:
    first, last = s.clause(f.first)
    cues = s.cues
    own_before = [cue for cue in cues if first <= cue[0] < f.first and cue[0] >= previous_end]
    hold = next((cue for cue in reversed(own_before) if cue[2] in _HOLD), None)
    if hold is not None and hold[2] == lx.DIFFERENCE and _achieved(s.words[hold[1] : f.first]):
        hold = None  # "hoàn thành vượt chỉ tiêu với 3.073 căn": what was done, not by how much
    chosen: tuple[int, int, str] | None = None
    opening = next((cue for cue in cues if cue[0] <= 1), None)
    if opening is not None and opening[2] == lx.TOTAL:
        chosen = opening
    if chosen is None:
        chosen = next((cue for cue in reversed(own_before) if strong(cue) and cue[2] not in _HOLD), None)
    if hold is not None and (chosen is None or hold[0] > chosen[0]):
        c.hold = Note.of(_HOLD[hold[2]], words=words_of(s, hold[0], hold[1]))
        return
    if chosen is None:
        chosen = _started_verb(s, first, f, cues)
    if chosen is None:
        after = [cue for cue in cues if f.last <= cue[0] < last and not _handed_unsaid(s, cue, f)]
        chosen = next((cue for cue in after if strong(cue) and cue[2] not in _HOLD), None)
        if chosen is None and any(cue[2] == lx.MILESTONE for cue in after[:1]):
            c.hold = Note.of("milestone", words=words_of(s, after[0][0], after[0][1]))
            return
    if chosen is None:
        earlier = [cue for cue in cues if cue[0] < first and strong(cue) and cue[2] not in _HOLD]
        chosen = earlier[-1] if earlier else None
    if chosen is not None and chosen[2] == lx.EXPECTED and chosen[0] < f.first:
        # "13 dự án … đã lựa chọn chủ đầu tư, khi hoàn thành dự kiến sẽ cung cấp 12.248 căn": what the projects
        # of the earlier clause will hold, so theirs is the stage
        # ("… đang triển khai …, dự kiến khi hoàn thành sẽ cung ứng khoảng 114.400 căn": the same)
        when_done = next((cue for cue in cues if cue[2] == lx.HYPOTHETICAL and first <= cue[0] < f.first), None)
        hypothetical = when_done is not None
        stages = [cue for cue in cues if cue[0] < first and cue[2] in lx.STAGE_OF_CUE and strong(cue)]
        if stages and when_done is not None and any(_counts_projects(s, n) for n in range(stages[-1][1], f.first)):
            stages = []  # "3 dự án đang thi công, khi 12 dự án còn lại hoàn thành …": other projects'
        # "mục tiêu đến năm 2025 sẽ hoàn thành 22.500 căn": a goal says what will be done, so it is the goal
        aimed = [cue for cue in cues if s.clause(chosen[0])[0] <= cue[0] < chosen[0] and _aims(s, cue, chosen)]
        if hypothetical and stages:
            chosen = stages[-1]
        elif aimed and s.words[chosen[0]] not in ("để", "nhằm"):
            chosen = aimed[-1]
    if chosen is not None and " ".join(s.words[chosen[0] : chosen[1]]) in ("cần phát triển", "phải phát triển"):
        # "nhu cầu nhà ở xã hội … cần phát triển khoảng 20.000 căn": the demand
        demand = [cue for cue in cues if first <= cue[0] < chosen[0] and cue[2] == lx.DEMAND]
        if demand:
            chosen = demand[-1]
    if chosen is not None and chosen[2] == lx.COMPLETED:
        # "Lào Cai phấn đấu đưa vào sử dụng 1.580 căn": a goal of completions, not completions
        aimed = [cue for cue in cues if s.clause(chosen[0])[0] <= cue[0] < chosen[0] and _aims(s, cue, chosen)]
        reached = aimed and s.words[max(0, aimed[-1][0] - 1)] in ("đạt", "thành", "hiện", "được", "vượt")
        if aimed and aimed[-1][2] == lx.GOAL and not reached:  # "đã đạt mục tiêu đưa vào sử dụng …": done
            chosen = aimed[-1]
    if chosen is None:
        # a clause opening with the verb: "Ngoài ra, khởi công xây dựng 2 dự án, khoảng 907 căn"
        starts = [k for k in s.clauses if k < first][-1:]
        chosen = next((v for k in starts if (v := _started_verb(s, k, f, cues, k + 2)) is not None), None)
    if chosen is None and state.list_kind is not None and s.block.item:
        c.kind = state.list_kind[0]
        c.notes.append(Note.of("list_item"))
        return
    if chosen is None:
        weak = [cue for cue in cues if cue[2] == lx.WEAK_COMPLETED and cue[0] < last]
        # a bare "hoàn thành" reaches the figures listed after it ("hoàn thành … như Bắc Ninh (19.000 căn), Hải
        # Phòng (7.500 căn)"), not a clause with a time of its own: "giai đoạn 2025-2030 hoàn thành 9.355 căn,
        # riêng năm 2025 là 1.500 căn" says nothing of what the 1.500 are
        own_time = any(first <= sp.first and sp.last <= f.first for sp in s.spans)
        weak = [cue for cue in weak if cue[0] >= first or not own_time]
        chosen = weak[-1] if weak else None
    if _scale_of_all(s, f) and (chosen is None or chosen[2] in (lx.EXPECTED, lx.WEAK_COMPLETED)):
        # "đã, đang và dự kiến triển khai 38 dự án … với tổng quy mô khoảng 38.058 căn": the total of them all
        c.kind = Kind.STATED_TOTAL
        c.fields["cue"] = "tổng quy mô"
        return
    if chosen is None:
        return
    if chosen[2] == lx.RANKING:
        if state.topic is not None:
            c.kind, c.when = state.topic
            c.notes.append(Note.of("ranking"))
        return
    kind = _cue_kind(chosen[2])
    develop = " ".join(s.words[chosen[0] : chosen[1]]) in ("cần phát triển", "phải phát triển")
    if kind is Kind.GOAL and develop and s.says(("giao", "chính phủ", "thủ tướng")):
        kind = Kind.QUOTA  # "Thủ tướng giao … phát triển 84.000 căn", "… được giao, cần phát triển …": assigned
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
                Note.of("stage_guess", line=c.line, words=words_of(s, chosen[0], chosen[1]), stage=c.stage.value)
            )
    c.fields["cue"] = words_of(s, chosen[0], chosen[1])
    _single_project(s, f, c)


def _scale_of_all(s: Sentence, f: Found) -> bool:
    """ "(với) tổng quy mô (khoảng) N căn" right before the count."""
    words = s.words
    return any(words[i : i + 3] == ["tổng", "quy", "mô"] for i in range(max(0, f.first - 5), f.first - 2))


_AIMS = {"mục tiêu", "đặt mục tiêu", "phấn đấu", "phần đầu"}


def _started_verb(
    s: Sentence, first: int, f: Found, cues: list[tuple[int, int, str]], until: int | None = None
) -> tuple[int, int, str] | None:
    """A bare "khởi công" or "triển khai xây dựng" before the count in its clause ("Năm 2025, tỉnh khởi công 3
    dự án với 2.000 căn"), unless a phrase holding it says otherwise ("chưa được khởi công", "để khởi công")."""
    words = s.words
    stop = min(f.first, until) if until is not None else f.first
    for k in range(first, stop):
        verb = words[k : k + 2] == ["khởi", "công"] or words[k : k + 3] == ["triển", "khai", "xây"]
        if verb and not any(cue[0] <= k < cue[1] and cue[2] == lx.NEUTRAL for cue in cues):
            return (k, k + 2, lx.STARTED)
    return None


def _handed_unsaid(s: Sentence, cue: tuple[int, int, str], f: Found) -> bool:
    """ "… cho các nhà đầu tư" says a stage only when something was handed ("giao") before the count."""
    return " ".join(s.words[cue[0] : cue[1]]) in lx.HANDED and "giao" not in s.words[: f.first]


def _aims(s: Sentence, cue: tuple[int, int, str], verb: tuple[int, int, str]) -> bool:
    """A quota, or a goal in so many words ("mục tiêu", "phấn đấu"; a "kế hoạch" may be one project's),
    governing `verb` directly: only a time between them ("mục tiêu đến năm 2025 sẽ hoàn thành"), never "và"
    or another verb ("nằm trong chỉ tiêu được giao và dự kiến sẽ hoàn thành")."""
    if cue[2] != lx.QUOTA and (cue[2] != lx.GOAL or " ".join(s.words[cue[0] : cue[1]]) not in _AIMS):
        return False
    timed = {i for sp in s.spans for i in range(sp.first, sp.last)}
    return all(i in timed for i in range(cue[1], verb[0]))


def _programme_cited(s: Sentence) -> bool:
    """ "Theo Quyết định 338/QĐ-TTg …", "Đề án …": the programme's own span, 2021–2030, is the one meant."""
    return s.says(("đề án", "338", "triệu căn"))


def _programme_near(s: Sentence, state: DocState) -> bool:
    """Whether a quota's sentence speaks of the programme ("Theo Đề án, …", "… trong giai đoạn này") or its
    paragraph named it: a quota elsewhere in the text may be a year's ("Quyết định 444 … năm 2025")."""
    return state.programme_block == s.index[0] or s.says(("đề án", "338", "giai đoạn này", "triệu căn"))


def _cumulative(words: list[str]) -> bool:
    """ "từ khi", "kể từ", "lũy kế", "tổng cộng", "sau 4 năm": a count over several years."""
    pairs = {("từ", "khi"), ("kể", "từ"), ("lũy", "kế"), ("luỹ", "kế"), ("tổng", "cộng")}
    if any(pair in pairs for pair in pairwise(words)):
        return True
    return any(a == "sau" and b.isdigit() and c == "năm" for a, b, c in zip(words, words[1:], words[2:], strict=False))


def _achieved(gap: list[str]) -> bool:
    """The words between "vượt chỉ tiêu" and a count say it is the count achieved: "với (hơn) 3.073 căn"."""
    return bool(gap) and gap[0] == "với" and all(w in _WITH for w in gap)


_WITH = {"với", "khoảng", "hơn", "gần", "trên", "tổng", "cộng", "số"}


def _is_plan_verb(s: Sentence, cue: tuple[int, int, str]) -> bool:
    return cue[0] > 0 and s.tokens[cue[0] - 1].word in ("sẽ", "dự", "kiến")


def _single_project(s: Sentence, f: Found, c: Candidate) -> None:
    """One project's units ("dự án X … 225 căn"), not a count of several projects — never a quota: "dự án
    sẽ đóng góp vào chỉ tiêu 4.800 căn của tỉnh" is the province's."""
    if c.kind is Kind.QUOTA and any(cue[2] == lx.QUOTA and f.first - 2 <= cue[1] <= f.first for cue in s.cues):
        return  # "… đóng góp vào chỉ tiêu 4.800 căn của tỉnh"
    if _one_project(s, f):
        c.single_project = True


def _one_project(s: Sentence, f: Found) -> bool:
    """Whether the count is one project's: an item of a "gồm" list, or near a "dự án" not counted or
    aggregated ("các dự án", "12 dự án", "dự án khác")."""
    if _listed_item(s, f):
        return True
    seg_first, _ = s.segment(f.first)
    _, clause_last = s.clause(f.first)
    words = s.words
    look = max(seg_first, f.first - 40)  # the project a figure belongs to is named near it
    spots = [i for i in range(look, f.first) if words[i] == "dự" and words[i + 1 : i + 2] == ["án"]]
    spots += [i for i in range(f.last, clause_last) if words[i] == "dự" and words[i + 1 : i + 2] == ["án"]][:1]
    if not spots:
        return False
    nearest = max((i for i in spots if i < f.first), default=spots[-1])
    before = words[nearest - 1] if nearest > 0 else ""
    if before in _AGGREGATE or (
        s.tokens[nearest - 1].is_number and before not in ("1", "01") if nearest > 0 else False
    ):
        return False
    return not (before == "khác" or words[nearest + 2 : nearest + 3] == ["khác"])


def _listed_item(s: Sentence, f: Found) -> bool:
    """A figure in brackets after a name, in a list the sentence opens with "gồm": "2 DA đã hoàn thành
    gồm: Chung cư Nam Long Hồng Phát (187 căn); Chung cư An Phú (100 căn)" — each is one item's units."""
    if f.first == 0 or s.tokens[f.first - 1].text != "(":
        return False
    return "gồm" in s.words[: f.first]


def _years(s: Sentence, f: Found, c: Candidate, state: DocState) -> None:
    if c.when is not None:
        return
    clause_first, clause_last = s.clause(f.first)
    seg_first, _ = s.segment(f.first)
    k = bisect_left(s.numbers, f.last)
    next_figure = s.numbers[k] if k < len(s.numbers) else len(s.tokens)
    described = _description_end(s, f.last)
    if described > f.last:
        clause_last = max(clause_last, s.clause(described - 1)[1])
    after = [
        sp
        for sp in s.spans
        if f.last <= sp.first <= described + 8 and sp.first < clause_last and sp.first < next_figure
    ]
    if not after and described < len(s.tokens) and s.tokens[described].text == ",":
        # "… hoàn thành xây dựng 65.000 căn nhà ở xã hội, giai đoạn 2026-2030": a period set off by a comma —
        # unless the figure has its own before it, or the period opens the next item ("…, từ 2026 đến 2030 là
        # 1.800 căn")
        own = any(clause_first <= sp.first and sp.last <= f.first for sp in s.spans)
        apposed = [sp for sp in s.spans if sp.first == described + 1 and sp.type == wh.PERIOD]
        closes = apposed and (apposed[0].last >= len(s.tokens) or s.tokens[apposed[0].last].text in (".", ";", "…"))
        if apposed and closes and not own and s.clause(apposed[0].first)[1] <= next_figure:
            after = apposed
    span = after[0] if after else None
    if span is None:
        before = [sp for sp in s.spans if sp.last <= f.first]
        in_clause = [sp for sp in before if sp.first >= clause_first]
        scope_first = seg_first if c.kind in (Kind.PIPELINE, None) else 0
        in_scope = [sp for sp in before if sp.first >= scope_first]
        span = in_clause[-1] if in_clause else (in_scope[-1] if in_scope else None)
    if span is None and c.kind is Kind.COMPLETED and c.as_of is None and state.paragraph_year is not None:
        year = state.paragraph_year.last
        if year is not None and (state.year is None or year == state.year) and not _cumulative(s.words):
            # "Năm 2025, Thủ tướng giao … 1.420 căn. Tuy nhiên, chỉ sau hơn nửa năm, địa phương đã hoàn thành
            # tới 2.381 căn": the year its paragraph opened with
            c.when = state.paragraph_year
            c.notes.append(Note.of("paragraph_year", line=c.line, figure=c.written, year=year))
            return
    if span is None:
        ranked = c.kind is Kind.GOAL and any(cue[2] == lx.RANKING for cue in s.cues)
        if (c.kind is Kind.QUOTA or ranked) and state.topic is not None and state.topic[0] is Kind.QUOTA:
            # "Xếp sau TP.HCM về chỉ tiêu … là Bắc Ninh … với mục tiêu 19.900 căn", under "Năm 2026, Chính phủ
            # giao chỉ tiêu … cho các địa phương": the allocation of the article's frame
            c.kind = Kind.QUOTA
            c.when = state.topic[1]
            c.notes.append(Note.of("topic"))
        elif c.kind is Kind.QUOTA and state.programme is not None and _programme_near(s, state):
            c.when = state.programme  # "Theo Đề án, thành phố được giao thực hiện 12.800 căn hộ"
            c.notes.append(Note.of("programme_period", at=c.line, figure=c.written, words=state.programme.label))
        return
    if span.type == wh.AS_OF:
        years_before = [sp for sp in s.spans if sp.last <= span.first and sp.type == wh.YEAR]
        if span.as_of is None and years_before and c.kind is not Kind.PIPELINE:
            c.when = years_before[-1].when  # "Năm 2025, …; tới thời điểm này, … đã hoàn thành 2.381": in 2025
            return
        _, segment_last = s.segment(f.first)
        measured = next(
            (i for i in range(f.last, segment_last - 1) if s.words[i : i + 2] in (["chỉ", "tiêu"], ["kế", "hoạch"])),
            None,
        )
        # the year of the target the count is measured against, in its own ";"-part, a few words after "chỉ
        # tiêu"; a month's count ("đến tháng 10") takes a year up to the document's, a count "đến nay" only
        # the document's own ("đến nay … vượt xa kế hoạch năm 2024" is not a count of 2024)
        month = any(s.words[i] == "tháng" for i in range(span.first, span.last))
        years_after = [
            sp
            for sp in s.spans
            if measured is not None
            and measured < sp.first <= measured + 8
            and sp.last <= segment_last
            and sp.type == wh.YEAR
            and sp.when is not None
            and sp.when.last is not None
            and (
                (month and (state.year is None or sp.when.last <= state.year))
                or (not month and state.year == sp.when.last)
            )
        ]
        if span.as_of is None and years_after and c.kind is Kind.COMPLETED:
            # "Tính đến tháng 10 (đến nay), tỉnh đã hoàn thành 1.758 căn, đạt khoảng 80% chỉ tiêu … năm 2025": in 2025
            c.when = years_after[0].when
            c.notes.append(Note.of("month_of_year", line=c.line, figure=c.written))
            return
        c.as_of = span.as_of or ""
        return
    if span.type == wh.RELATIVE:
        label = words_of(s, span.first, span.last)
        if state.year is None:
            c.when_unresolved = label
            return
        year = state.year + span.offset
        c.when = When(year, year, label)
        c.notes.append(Note.of("relative_year", line=c.line, words=label, year=year))
        return
    if (
        span.type == wh.TO
        and c.kind is not None
        and c.kind.is_target
        and span.when is not None
        and span.when.last is not None
        and state.year is not None
        and state.year <= span.when.last
        and s.words[max(0, span.first - 2) : span.first] == ["từ", "nay"]
        and not _programme_cited(s)
    ):
        # a target "từ nay đến 2030" in a 2026 text: 2026–2030
        c.when = When(state.year, span.when.last, words_of(s, span.first - 2, span.last))
        return
    if (
        span.type == wh.SINCE
        and span.when is not None
        and span.when.first is not None
        and "đầu" in s.words[span.first : span.last]
    ):
        year = span.when.first  # "Từ đầu năm 2025 đến nay": the year so far, when the document is of that year
        if state.year == year:
            c.when = When(year, year, span.when.label)
            return
    c.when = span.when


def _description_end(s: Sentence, i: int) -> int:
    """Where the words after a count that say what its units are end: "2.600 căn nhà ở xã hội, nhà ở công
    nhân trong năm 2025" — a comma between two kinds of housing does not end the clause, so the year after
    them is the figure's."""
    tokens, end = s.tokens, i
    start = i - 1 if i > 0 and tokens[i - 1].word == "nhà" else i  # "căn nhà ở xã hội": "nhà" went with "căn"
    hit = lx.SOCIAL_HOUSING.at(tokens, start) if start < len(tokens) else None
    if hit is None:
        return i
    end = start + hit[0]
    while end + 1 < len(tokens) and (tokens[end].text == "," or tokens[end].word == "và"):
        nxt = lx.SOCIAL_HOUSING.at(tokens, end + 1)
        if nxt is None:
            break
        end = end + 1 + nxt[0]
    return end


_CHANGE = {"tăng", "giảm", "thiếu", "hụt", "vượt"}


def _before_merger(words: list[str]) -> list[int]:
    """Where the sentence says "trước (khi | thời điểm) sáp nhập / hợp nhất": a unit as it was before
    the merger of 01/07/2025."""
    found = []
    for i, word in enumerate(words):
        if word != "trước":
            continue
        rest = words[i + 1 : i + 5]
        if rest[:1] == ["khi"]:
            rest = rest[1:]
        elif rest[:2] == ["thời", "điểm"]:
            rest = rest[2:]
        if rest[:2] in (["sáp", "nhập"], ["hợp", "nhất"]):
            found.append(i)
    return found


def _holds(s: Sentence, f: Found, c: Candidate, state: DocState) -> None:
    if c.hold is not None:
        return
    before = [t.word for t in s.tokens[max(0, f.first - 2) : f.first]]
    after_words = s.words[f.last : f.last + 3]
    if (
        (before and before[-1] in _CHANGE - {"vượt"})
        or (len(before) == 2 and before[0] in _CHANGE and before[1] in ("khoảng", "hơn", "gần", "trên", "thêm"))
        or after_words[:2] == ["so", "với"]
    ):
        c.hold = Note.of("difference", words=words_of(s, max(0, f.first - 2), min(len(s.tokens), f.last + 2)))
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
        return
    other = _other_housing(s, f)
    if other is not None:
        c.hold = Note.of("not_social_housing", words=other)
        return
    clause_first, _ = s.clause(f.first)
    for at in _before_merger(s.words):  # "Trước khi sáp nhập …, TPHCM có chỉ tiêu 69.700 căn": the former unit's
        if (
            at < f.first
            and (at <= 1 or at >= clause_first)
            and at >= s.segment(f.first)[0]
            and not _since_merger(s.words[at : f.first])
        ):
            named = c.subject if c.subject not in (UNNAMED, NATIONAL, AREA) else None
            if named is not None and state.registry.former_unit(c.former or named) is not None:
                c.former = c.former or named  # a unit named as it was: its former territory
                if any(n.code == "topic" for n in c.notes):  # today's allocation is not the former unit's period
                    c.when, c.notes = None, [n for n in c.notes if n.code != "topic"]
                c.notes.append(
                    Note.of(
                        "before_merger_former",
                        at=c.line,
                        figure=c.written,
                        words=words_of(s, at, min(at + 4, len(s.tokens))),
                    )
                )
                return
            c.hold = Note.of("before_merger", words=words_of(s, at, min(at + 4, len(s.tokens))))
            return


def _other_housing(s: Sentence, f: Found) -> str | None:
    """The housing a count is of, when its sentence says it is not social housing: unless the words after
    it say "nhà ở xã hội", the nearest "nhà ở …" before it decides — "52 dự án nhà ở thương mại (84.319 căn
    hộ …)", "41 dự án nhà ở hoàn thành, … gần 26.000 căn hộ" (all housing) are not social housing."""
    tokens, words = s.tokens, s.words
    _, clause_last = s.clause(max(f.first, _description_end(s, f.last) - 1))
    if any(lx.SOCIAL_HOUSING.at(tokens, i) is not None for i in range(f.first + 1, clause_last)):
        return None  # "… 3.000 căn hộ chung cư nhà ở xã hội", "… 2.000 căn hộ xã hội"
    segment_first, _ = s.segment(f.first)
    for i in range(f.first - 1, max(segment_first - 1, f.first - 60), -1):
        if lx.SOCIAL_HOUSING.at(tokens, i) is not None:
            return None
        if words[i : i + 2] != ["nhà", "ở"]:
            continue
        kind = words[i + 2 : i + 4]
        built = words[max(0, i - 3) : i]  # "dự án (phát triển) nhà ở", "sàn nhà ở": housing of every kind
        if kind in _OTHER_KINDS or built[-1:] in (["án"], ["sàn"]) or built == ["án", "phát", "triển"]:
            return words_of(s, i, min(i + 4, f.first))
        # "Chương trình phát triển nhà ở", "chính sách nhà ở": the subject, not what the count is of
    return None


#: Housing that is not social housing, after "nhà ở".
_OTHER_KINDS = (["thương", "mại"], ["tái", "định"], ["riêng", "lẻ"], ["công", "vụ"])


def _since_merger(words: list[str]) -> bool:
    """ "…, nay …", "hiện nay", "sau (khi) sáp nhập/hợp nhất" between "trước khi sáp nhập" and a figure: today's."""
    return "nay" in words or any(a == "sau" and b in ("khi", "sáp", "hợp") for a, b in pairwise(words))


def _support(s: Sentence, f: Found, c: Candidate, state: DocState) -> None:
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
