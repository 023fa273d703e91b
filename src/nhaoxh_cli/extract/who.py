"""Who a figure is about: a province, the whole country, an area inside a province, or nobody named.

The nearest place word before the figure in its sentence decides ("Hà Nội
đứng thứ ba với 84.000 căn"); "cả nước" right after it counts too; "tỉnh",
"thành phố" point back at the last province named; a sentence naming none
continues the one before it in its paragraph (`DocState.block_subject`). A
named commune or district ("xã Mỹ Hạnh", "ở đây") counts only in the figure's
own clause. Sentences without counts are only scanned (`light`).
"""

from __future__ import annotations

from .candidate import ANAPHOR, AREA, NATIONAL, UNNAMED, Candidate
from .places import light_scan
from .sentence import DocState, Found, Sentence


def light(text: str, state: DocState) -> None:
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


def carry(s: Sentence, state: DocState) -> None:
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


def subject(s: Sentence, f: Found, c: Candidate, state: DocState) -> None:
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
        if f.last <= m[0] <= f.last + 8
        and m[1] == NATIONAL
        and s.clause(m[0]) == clause
        # "… căn trên cả nước", "Chính phủ giao … 159.000 căn nhà ở xã hội cho các địa phương" (a province giving
        # its communes theirs is not the country); never "theo Đề án …"
        and (s.tokens[m[0]].word in ("cả", "toàn", "trên") or (s.tokens[m[0] - 1].word == "cho" and _national_giver(s)))
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
        if named and place is not None and _fits(s, marker[0], named[-1].first, place.current, state):
            c.fields["named"] = True  # "Tại TP. Hồ Chí Minh, … thành phố …": the unit its sentence names
        return
    c.subject = kind
    c.former = place.former if place else None
    if place is not None:
        c.fields["named"] = True  # its own sentence names the unit (not "tỉnh", not the paragraph's)


def _fits(s: Sentence, anaphor: int, name: int, slug: str, state: DocState) -> bool:
    """Whether "tỉnh" / "thành phố" at token `anaphor` can be the unit named at token `name`: of its kind
    ("tỉnh" is no city), and not named in a comparison ("Giống như Quảng Ngãi, tỉnh …")."""
    if any(w in ("giống", "như", "so", "hơn") for w in s.words[max(0, name - 3) : name]):
        return False
    unit = state.registry.unit(slug)
    word = s.words[anaphor]
    if unit is None:
        return True
    return not ((word == "tỉnh" and unit.kind == "city") or (word == "thành" and unit.kind == "province"))


def _national_giver(s: Sentence) -> bool:
    return s.says(("chính phủ", "thủ tướng", "bộ xây dựng", "trung ương"))


def is_here(s: Sentence, i: int) -> bool:
    return s.tokens[i].word in ("ở", "tại")
