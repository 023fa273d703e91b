"""Provinces named in a sentence, and the words for the whole country.

Names come from the registry (data/provinces.yaml: the 34 current and the 63
former units) plus the ways news text writes a few of them ("TP.HCM",
"TPHCM", "Thủ đô" for Hà Nội, "Thừa Thiên Huế"). A name counts only when
written as a proper noun (each word capitalised: "Hòa Bình" the province,
not "hòa bình" peace) and not inside a company's name ("Công ty … Sài Gòn").
"""

from __future__ import annotations

import re

from ..loader.registry import Registry
from ..values import frozen
from .words import _TONES_OLD, Phrases, Token

_EXTRA = {
    "hochiminh": ("TP.HCM", "TPHCM", "TP HCM", "TP. HCM", "HCM", "Sài Gòn", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
    "hanoi": ("Thủ đô", "Thủ đô Hà Nội"),
    "hue": ("Thừa Thiên Huế", "Thừa Thiên - Huế"),
    "bariavungtau": ("Bà Rịa – Vũng Tàu", "Bà Rịa-Vũng Tàu", "BR-VT", "Bà Rịa Vũng Tàu"),
}
_COMPANY = {"công", "ty", "tập", "đoàn", "cổ", "phần", "tnhh", "ngân", "hàng", "liên", "danh"}


@frozen
class Place:
    """A unit a name means: the current unit's slug, and the former unit's when the name is a former one's."""

    current: str
    former: str | None  # set only for a name that is no longer a current unit's (Nam Định, Bắc Giang)
    name: str


_CACHE: dict[int, tuple[Registry, Phrases[Place]]] = {}


def _names(registry: Registry) -> Phrases[Place]:
    cached = _CACHE.get(id(registry))
    if cached is not None and cached[0] is registry:
        return cached[1]
    entries: list[tuple[str, Place]] = []
    current_names = {u.name for u in registry.current}
    for unit in registry.current:
        entries.append((unit.name, Place(unit.slug, None, unit.name)))
        entries += [(extra, Place(unit.slug, None, unit.name)) for extra in _EXTRA.get(unit.slug, ())]
    for former in registry.former:
        if former.name in current_names:
            continue
        place = Place(former.merged_into, former.slug, former.name)
        entries.append((former.name, place))
        entries += [(extra, place) for extra in _EXTRA.get(former.slug, ())]
    phrases = Phrases(entries)
    _CACHE[id(registry)] = (registry, phrases)
    return phrases


_LIGHT: dict[int, tuple[Registry, re.Pattern[str], dict[str, Place]]] = {}
_OLD_TONES = {new: old for old, new in _TONES_OLD.items()}
_LIGHT_WORDS = {
    "cả nước": "vietnam", "toàn quốc": "vietnam", "các địa phương": "vietnam", "từng địa phương": "vietnam",
    "Cả nước": "vietnam", "Toàn quốc": "vietnam", "tỉnh": "anaphor", "thành phố": "anaphor", "Tỉnh": "anaphor",
}  # fmt: skip


def _variants(name: str) -> set[str]:
    found = {name}
    for new, old in _OLD_TONES.items():
        for word in name.split():
            if word.lower().endswith(new):
                found.add(name.replace(word, word[:-2] + (old if word[-2:].islower() else old.upper())))
    return found


def light_scan(text: str, registry: Registry) -> list[tuple[int, str, Place | None]]:
    """Province names, "cả nước" and "tỉnh" in a sentence with no figure: one pass of one pattern.

    Only what the next sentences need (the last province named, who a paragraph is about); a sentence
    with a figure is read word by word instead.
    """
    cached = _LIGHT.get(id(registry))
    if cached is None or cached[0] is not registry:
        table: dict[str, Place] = {}
        for unit in registry.current:
            for name in (unit.name, *_EXTRA.get(unit.slug, ())):
                for variant in _variants(name):
                    table[variant] = Place(unit.slug, None, unit.name)
        current_names = {u.name for u in registry.current}
        for former in registry.former:
            if former.name not in current_names:
                for variant in _variants(former.name):
                    table[variant] = Place(former.merged_into, former.slug, former.name)
        words = sorted([*table, *_LIGHT_WORDS], key=len, reverse=True)
        pattern = re.compile("(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")  # literals first: fast
        cached = (registry, pattern, table)
        _LIGHT[id(registry)] = cached
    _, pattern, table = cached
    found: list[tuple[int, str, Place | None]] = []
    for m in pattern.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue  # inside a word
        word = m.group()
        place = table.get(word)
        if place is not None and _after_feature_or_partner(text[max(0, m.start() - 24) : m.start()]):
            continue  # "sông Điện Biên", "sáp nhập với Thái Bình" (as `mentions` does)
        found.append((m.start(), place.current, place) if place else (m.start(), _LIGHT_WORDS[word], None))
    return found


@frozen
class Mention:
    first: int  # token indexes
    last: int
    place: Place


#: Words before a name that make it a river's, a street's, a bridge's … not the province.
_FEATURE = {"sông", "đường", "phố", "cầu", "hồ", "núi", "chợ", "bến", "ngõ", "kênh", "đèo"}


def _after_feature_or_partner(before: str) -> bool:
    raw = before.split()
    return _not_the_unit([w.lower() for w in raw], raw[-1] if raw else "")


#: Words before "phố", "cầu" that make them part of another word: "thành phố", "yêu cầu", "nhu cầu".
_NOT_FEATURE = {"thành", "yêu", "nhu", "đường"}


def _not_the_unit(words: list[str], last: str) -> bool:
    """Whether the words before a name make it not the unit: a river, a street ("sông Điện Biên", "đường Hà
    Nội", but not "thành phố Hà Nội", "yêu cầu Hà Nội"), a person ("Nguyễn Hà Nam": a capitalised family name;
    not "sáng mai Hà Nội"), or the partner of a merger ("sáp nhập với (tỉnh) Thái Bình")."""
    if not words:
        return False
    if words[-1] in _FEATURE and (len(words) < 2 or words[-2] not in _NOT_FEATURE):
        return True
    if words[-1] in _SURNAMES and last[:1].isupper():
        return True
    tail = words[-5:]
    for merged in (["sáp", "nhập", "với"], ["hợp", "nhất", "với"]):
        for unit in ([], ["tỉnh"], ["thành", "phố"], ["tp"]):
            if tail[len(tail) - len(merged) - len(unit) :] == merged + unit:
                return True
    return False


#: Family names: "Nguyễn Hà Nam", "Trần Thái Bình" are people.
_SURNAMES = {
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "ngô", "dương", "lý",
    "đinh", "trịnh", "đoàn", "lưu", "mai", "cao", "lâm", "tạ", "hà", "chu", "đào",
}  # fmt: skip


def mentions(tokens: list[Token], registry: Registry) -> list[Mention]:
    """The provinces named in a sentence, left to right."""
    names = _names(registry)
    found = []
    for first, last, place in names.find(tokens):
        words = [t for t in tokens[first:last] if t.text[0].isalpha()]
        if not all(t.text[0].isupper() for t in words):
            continue
        before = tokens[max(0, first - 6) : first]
        if any(t.word in _COMPANY for t in before) and not any(t.text in ",;:." for t in before):
            continue  # inside a company's name
        if _not_the_unit([t.word for t in before], before[-1].text if before else ""):
            continue  # "sông Điện Biên", "ông Nguyễn Hà Nam", "sáp nhập với Thái Bình": a river, a person, a partner
        after = [t.word for t in tokens[last : last + 3]]
        if place.former is None and (after[:1] == ["cũ"] or after[:2] == ["(", "cũ"]):
            former = next((u for u in registry.former if u.slug == place.current), None)
            if former is not None:  # "Hải Phòng (cũ)": the city before the merger
                place = Place(place.current, former.slug, place.name)
        found.append(Mention(first, last, place))
    return found
