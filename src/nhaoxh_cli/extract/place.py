"""Deciding the province, the territory, and where each candidate goes — or why it does not.

The province is `--province`, else the issuer of a decision, else the unit
the text names most (a headline counts three times). A text naming another
unit at least twice is "about several": a figure whose sentence names no
unit is then not placed (province_unclear), and a figure about another unit
or the whole country never is (other_province, national_figure; province_not_chosen when the
draft's own unit is not known).

The territory is the former unit when the document predates the merger of
01/07/2025 (or names a unit that no longer exists, when it has no date);
otherwise the current unit.

A candidate is placed only when its kind, its years (for targets and yearly
completions) and its province are all known; the same figure stated twice
(a headline and its paragraph) is placed once, from the fuller statement.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ..loader.registry import FORMER, Registry
from .candidate import AREA, NATIONAL, UNNAMED, Candidate
from .header import Header
from .places import Place
from .result import Decision, Kind, Note, When


@dataclass
class Choice:
    province: Decision
    territory: Decision
    unit_name: str | None
    several: bool
    checks: list[Note] = field(default_factory=list)
    fill: list[Note] = field(default_factory=list)


#: How many units a text names to be a roundup rather than about one of them.
ROUNDUP = 4


def choose(
    registry: Registry,
    given: str | None,
    header: Header,
    seen: list[Place],
    title_places: list[Place],
    date: str | None,
) -> Choice:
    """The province and territory of the draft."""
    place: Place | None = None
    how: Note
    if given is not None:
        found = registry.lookup(given)
        if found is not None:
            unit, former = found
            place = Place(unit.slug, former.slug if former and former.slug != unit.slug else None, unit.name)
        how = Note.of("province_option", name=given)
    elif header.issuer is not None and header.place is not None:
        place = _place_in(registry, header.place)
        how = Note.of("province_issuer", words=header.issuer)
    else:
        how = Note.of("province_named", words="")
    counts = Counter(p.current for p in seen)
    for p in title_places:
        counts[p.current] += 2
    if place is None and header.place is not None:
        place = _place_in(registry, header.place)
        how = Note.of("province_named", words=header.place)
    # a text naming four units or more is a roundup (a national article, a ranking) unless its title names
    # the unit it is about: which one a figure is for is then the reader's choice (--province)
    roundup = len(counts) >= ROUNDUP
    if place is None and counts:
        (top, n), *rest = counts.most_common()
        titled = any(p.current == top for p in title_places)
        if (not rest or n >= 2 * rest[0][1]) and (titled or not roundup):
            place = next(p for p in [*title_places, *seen] if p.current == top)
            named = [p for p in seen if p.current == top]
            how = Note.of("province_named", words=(named or [place])[0].name)
    several = place is not None and any(n >= 2 for slug, n in counts.items() if slug != place.current)
    choice = Choice(Decision(None, how), Decision(None, Note.of("territory_current")), None, several)
    if place is None:
        names = ", ".join(registry.territory_name(s) for s, _ in counts.most_common(4))
        choice.fill.append(Note.of("province_several", names=names) if counts else Note.of("province_unknown"))
        return choice
    current = registry.unit(place.current)
    choice.province = Decision(place.current, how)
    choice.unit_name = current.name if current else place.name
    choice.checks.append(Note.of("province_is", name=choice.unit_name, how=_how_text(how)))
    choice.territory = _territory(registry, place, date, seen, choice)
    return choice


def _how_text(how: Note) -> str:
    from .messages import say

    return say(how)


def _place_in(registry: Registry, text: str) -> Place | None:
    from .places import mentions
    from .words import tokenize

    tokens = tokenize(text, 0, len(text))
    found = mentions(tokens, registry)
    if found:
        return found[0].place
    result = registry.lookup(text)
    if result is None:
        return None
    unit, former = result
    return Place(unit.slug, former.slug if former and former.slug != unit.slug else None, unit.name)


def _territory(registry: Registry, place: Place, date: str | None, seen: list[Place], choice: Choice) -> Decision:
    merger = registry.merger.effective
    former_slug = place.former or (place.current if registry.former_unit(place.current) else None)
    if date is not None:
        when = dt.date.fromisoformat(date if len(date) == 10 else f"{date}-01")
        if when < merger and former_slug is not None:
            territory = f"{FORMER}{former_slug}"
            choice.checks.append(
                Note.of("territory_former", territory=territory, date=date, merger=merger.strftime("%d/%m/%Y"))
            )
            return Decision(territory, Note.of("territory_former", territory=territory, date=date, merger=str(merger)))
        return Decision(place.current, Note.of("territory_current"))
    if place.former is not None:
        territory = f"{FORMER}{place.former}"
        choice.checks.append(Note.of("territory_guess", territory=territory, why=_say("territory_former_names")))
        return Decision(territory, Note.of("territory_former_names"))
    choice.checks.append(Note.of("territory_guess", territory=place.current, why=_say("territory_current_names")))
    return Decision(place.current, Note.of("territory_current_names"))


def _say(code: str) -> str:
    from .messages import say

    return say(Note.of(code))


def screen(c: Candidate, choice: Choice, registry: Registry, has_date: bool) -> Note | None:
    """Why a candidate cannot be placed, or None when it can."""
    if c.hold is not None:
        return c.hold
    if c.subject == NATIONAL:
        return Note.of("national_figure")
    if c.subject == AREA:
        return Note.of("sub_area", words=c.quote[:60])
    province = choice.province.value
    if c.subject not in (UNNAMED, province) and c.subject:
        if province is None or choice.unit_name is None:  # the draft's unit is not known: not "another" one
            return Note.of("province_not_chosen", unit=registry.territory_name(c.subject))
        return Note.of("other_province", unit=registry.territory_name(c.subject), province=choice.unit_name)
    if c.subject == UNNAMED and choice.several:
        return Note.of("province_unclear")
    if c.kind is None:
        return Note.of("kind_unclear")
    if c.kind is Kind.EXPECTED:
        return Note.of("expected_completion")
    if c.single_project and not c.fields.get("project_name"):
        return Note.of("single_project")
    if c.kind.is_target and c.when is None and not c.fields.get("of_kind") and not c.fields.get("of_goal"):
        return Note.of("period_unclear")
    if c.kind is Kind.COMPLETED and (c.when is None or c.when.last is None) and not has_date and not c.as_of:
        return Note.of("date_unknown")
    if c.kind is Kind.STATED_TOTAL and c.when is None and not has_date and not c.as_of:
        return Note.of("date_unknown")
    return None


def _richness(c: Candidate) -> tuple[int, int, int]:
    return (c.when is not None, c.qualifier.value != "exact", len(c.quote))


def dedupe(
    ready: list[Candidate], titles: set[int] | frozenset[int] = frozenset()
) -> tuple[list[Candidate], list[tuple[Candidate, Candidate]]]:
    """One figure per (units, kind, years); a statement without years repeats one with them.

    Linear: candidates are grouped by (units, kind), then by years; each group keeps its fullest
    statement (years known, a qualifier, the longer quote) and the others point at it.
    """
    groups: dict[tuple[int | None, Kind | None], dict[object, list[Candidate]]] = {}
    for c in ready:
        if c.kind is Kind.DELIVERY or c.units is None:
            continue
        groups.setdefault(c.key, {}).setdefault(c.when, []).append(c)
    winner_of: dict[int, Candidate] = {}
    for by_when in groups.values():
        dated = {when: max(group, key=_richness) for when, group in by_when.items() if when is not None}
        best_dated = max(dated.values(), key=_richness) if dated else None
        # "Đến cuối năm 2025, tỉnh dự kiến đạt chỉ tiêu 2.255 căn" restates "riêng năm 2025 … 2.255 căn": an
        # open "to 2025" is the figure whose years end in 2025, when there is one
        closed = {  # a title's period is the headline's gloss: it does not overrule the body's words
            w.last: c for w, c in dated.items() if isinstance(w, When) and w.first is not None and c.line not in titles
        }
        for when, group in by_when.items():
            best = dated.get(when) if when is not None else (best_dated or max(group, key=_richness))
            if isinstance(when, When) and when.first is None and when.last in closed:
                best = closed[when.last]
            for c in group:
                winner_of[id(c)] = best or c
    return _apart(ready, [], lambda c: None if (winner := winner_of.get(id(c), c)) is c else winner)


def headline_repeats(
    kept: list[Candidate], repeats: list[tuple[Candidate, Candidate]], title_lines: set[int]
) -> tuple[list[Candidate], list[tuple[Candidate, Candidate]]]:
    """A news title repeats a figure of its body in other words ("phấn đấu hoàn thành 28.500 căn năm 2026"
    over "hoàn thành chỉ tiêu 28.500 căn … trong năm 2026"): one figure, the body's — for a target,
    whatever its verb (goal or quota)."""
    if not title_lines:
        return kept, repeats

    def key(c: Candidate) -> tuple[object, ...] | None:
        if c.kind is None or c.when is None or c.units is None:
            return None
        kind = "target" if c.kind.is_target else c.kind
        return (c.units, kind, c.when.first, c.when.last)

    keys = [key(c) for c in kept]
    body = {k: c for c, k in zip(kept, keys, strict=True) if k is not None and c.line not in title_lines}
    # a title figure without years of its own is the body's figure of the same units, however the body reads
    # it ("An Giang chấp thuận chủ trương đầu tư 13 dự án … với 10.611 căn" over the total the body splits)
    by_units = {c.units: c for c in kept if c.units is not None and c.line not in title_lines}
    key_of = {id(c): k for c, k in zip(kept, keys, strict=True)}

    def twin(c: Candidate) -> Candidate | None:
        if c.line not in title_lines:
            return None
        k = key_of[id(c)]
        found = body.get(k) if k is not None else None
        if found is None and c.when is None and c.units in by_units:
            body_twin = by_units[c.units]
            # the same reading, or the body's total of what the title calls a stage
            same = body_twin.kind is c.kind or (body_twin.kind is Kind.STATED_TOTAL and c.kind is Kind.PIPELINE)
            found = body_twin if same else None
        return found

    return _apart(kept, repeats, twin)


def _apart(
    kept: list[Candidate], repeats: list[tuple[Candidate, Candidate]], twin: Callable[[Candidate], Candidate | None]
) -> tuple[list[Candidate], list[tuple[Candidate, Candidate]]]:
    """`kept` split into what stays and the repeats of what `twin` names (added to `repeats`)."""
    keep: list[Candidate] = []
    for c in kept:
        found = twin(c)
        if found is None:
            keep.append(c)
        else:
            repeats.append((c, found))
    return keep, repeats


def rounded_repeats(
    kept: list[Candidate], repeats: list[tuple[Candidate, Candidate]]
) -> tuple[list[Candidate], list[tuple[Candidate, Candidate]]]:
    """A round figure with a qualifier restating a precise one of the same slot ("tổng quy mô hơn 38.000
    căn" in the lead, "khoảng 38.058 căn" in the body): one figure, the precise one. Round: a multiple of
    100; the same: within 2 %."""

    def slot(c: Candidate) -> tuple[object, ...]:
        return (c.kind, c.stage, c.when, c.as_of, c.former)

    precise: dict[tuple[object, ...], list[Candidate]] = {}
    for c in kept:
        if c.units is not None and c.units % 100:
            precise.setdefault(slot(c), []).append(c)

    def agrees(rounded: int, direction: str, units: int) -> bool:
        """ "hơn 38.000" and 38.058, "gần 38.000" and 37.960, "khoảng 38.000" and either."""
        if abs(units - rounded) > 0.02 * rounded:
            return False
        return direction not in ("above", "under") or (units > rounded) == (direction == "above")

    def twin(c: Candidate) -> Candidate | None:
        if c.units is None or c.units % 100 or c.qualifier.value == "exact":
            return None
        candidates = precise.get(slot(c), [])
        return next((p for p in candidates if p.units and agrees(c.units, c.qualifier.value, p.units)), None)

    return _apart(kept, repeats, twin)
