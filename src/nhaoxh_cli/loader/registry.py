"""The registry of provincial units (data/provinces.yaml): the 34 current
units and the 63 former ones, with the unit each merged into on 01/07/2025.

Territory ids name what a figure covers: `vietnam`, a current unit's slug
(`haiphong`, the merged city), or `former:<slug>` (`former:haiphong`, the
city before the merger). Figures of different territories are never
compared or added, except a current unit's figure as the sum of all its
predecessors'.
"""

from __future__ import annotations

import datetime as dt
import difflib
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..i18n import N_, Text, msg
from ..values import frozen
from .names import fold, packaged_data_dir
from .yamlnodes import parse_yaml

NATIONAL = "vietnam"
FORMER = "former:"

#: Names shown otherwise than bare. A centrally-run city is named bare where the name alone means the
#: city (Hà Nội, Hải Phòng, Đà Nẵng, Cần Thơ, Huế, as people write them); "Hồ Chí Minh" alone is a
#: person's name, so the city is "TP. Hồ Chí Minh" ("Ho Chi Minh City" in English; the catalogue has
#: the Vietnamese). Shown only: slugs, codes, JSON and lookup keep the registry's name, and every
#: spelling ("Hồ Chí Minh", "TP. Hồ Chí Minh", "Ho Chi Minh City", "hcmc") still finds the unit.
DISPLAY_NAMES = {"Hồ Chí Minh": N_("Ho Chi Minh City")}


def display_name(name: str) -> str | None:
    """The English (a catalogue key) a unit's name is shown as, when not the name itself."""
    return DISPLAY_NAMES.get(name)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Unit(_Model):
    code: str = Field(pattern=r"^\d{2}$")
    slug: str
    name: str
    kind: Literal["province", "city"]
    aliases: list[str] = Field(default_factory=list)
    note: str | None = None

    @property
    def vietnamese_kind(self) -> str:
        return "Thành phố" if self.kind == "city" else "Tỉnh"


class FormerUnit(Unit):
    merged_into: str


class Merger(_Model):
    in_force: dt.date
    effective: dt.date
    source: str


class RegistrySource(_Model):
    document: str
    date: dt.date | None = None
    title: str | None = None
    issuer: str | None = None


class Registry(_Model):
    schema_: str = Field(alias="schema")
    sources: dict[str, RegistrySource]
    merger: Merger
    current: list[Unit]
    former: list[FormerUnit]

    def unit(self, slug: str) -> Unit | None:
        return next((u for u in self.current if u.slug == slug), None)

    def former_unit(self, slug: str) -> FormerUnit | None:
        return next((u for u in self.former if u.slug == slug), None)

    def predecessors(self, slug: str) -> list[FormerUnit]:
        return [u for u in self.former if u.merged_into == slug]

    def is_territory(self, territory: str) -> bool:
        if territory == NATIONAL:
            return True
        if territory.startswith(FORMER):
            return self.former_unit(territory[len(FORMER) :]) is not None
        return self.unit(territory) is not None

    def territory_name(self, territory: str) -> str:
        if territory == NATIONAL:
            return "Việt Nam"
        if territory.startswith(FORMER):
            former = self.former_unit(territory[len(FORMER) :])
            when = f"{self.merger.effective:%d/%m/%Y}"
            return f"{former.name} (before {when})" if former else territory
        unit = self.unit(territory)
        return unit.name if unit else territory

    def territory_text(self, territory: str) -> str | Text:
        """A territory as a message names it, in the reader's language when shown: "Hải Phòng", "Hải
        Phòng (before the 2025 merger)", "Ho Chi Minh City" / "TP. Hồ Chí Minh"."""
        if territory == NATIONAL:
            return msg("the whole country")
        former = self.former_unit(territory[len(FORMER) :]) if territory.startswith(FORMER) else None
        unit = former if former is not None else self.unit(territory)
        if unit is None:
            return territory
        shown = display_name(unit.name)
        name: str | Text = msg(shown) if shown else unit.name
        return msg("{name} (before the 2025 merger)", name=name) if former is not None else name

    def current_of(self, territory: str) -> str | None:
        """The current unit a territory belongs to (itself, or the unit a former one merged into)."""
        if territory.startswith(FORMER):
            former = self.former_unit(territory[len(FORMER) :])
            return former.merged_into if former else None
        return territory if self.unit(territory) else None

    def lookup(self, query: str) -> tuple[Unit, FormerUnit | None] | None:
        """The current unit a name means, and the former unit when the name is a former one's.

        A name is a slug, a name with or without diacritics, an alias, or a code. A current code
        ("31") means today's unit; a code that is only a former unit's ("30", Hải Dương) means that
        former unit. Every former code belongs to the unit whose current code it equals, if any, so a
        code never leads to two different current units (provinces-63-to-34.md).
        """
        code = query.strip()
        if code.isdigit() and len(code) <= 2:
            return self._by_code(code.zfill(2))
        wanted = fold(query)
        if not wanted:
            return None
        for unit in self.current:
            if wanted in _folded_names(unit):
                return unit, None
        for former in self.former:
            if wanted in _folded_names(former):
                current = self.unit(former.merged_into)
                if current is not None:
                    return current, former
        return None

    def _by_code(self, code: str) -> tuple[Unit, FormerUnit | None] | None:
        for unit in self.current:
            if unit.code == code:
                return unit, None
        for former in self.former:
            current = self.unit(former.merged_into) if former.code == code else None
            if current is not None:
                return current, former
        return None

    def names(self) -> dict[str, str]:
        """Every folded name, slug and alias of current and former units → the slug that finds it."""
        names: dict[str, str] = {}
        for unit in [*self.current, *self.former]:
            for name in _folded_names(unit):
                names.setdefault(name, unit.slug)
        return names

    def suggest(self, query: str, n: int = 3) -> list[str]:
        """Close spellings of `query` among current and former units' names, as the slugs that find
        them: "Bac Ninhh" → bacninh, "Hai Duongg" → haiduong (a former unit, now Hải Phòng)."""
        names = self.names()
        return list(dict.fromkeys(names[c] for c in closest(fold(query), list(names), cutoff=0.75)))[:n]


def closest(word: str, choices: list[str], cutoff: float = 0.6) -> list[str]:
    """The choices most like `word`, best first: those at least `cutoff` alike and nearly as close as
    the best (within 0.1), so that one clear match is not followed by far ones."""
    scored = sorted(((difflib.SequenceMatcher(None, word, c).ratio(), c) for c in choices), reverse=True)
    scored = [(score, c) for score, c in scored if score >= cutoff]
    return [c for score, c in scored if score >= scored[0][0] - 0.1] if scored else []


def _folded_names(unit: Unit) -> set[str]:
    return {fold(n) for n in (unit.slug, unit.name, *unit.aliases)}


@frozen
class RegistryError(Exception):
    message: str


def load_registry(path: Path) -> Registry:
    document = parse_yaml(path.read_text(encoding="utf-8"))
    if document.findings:
        raise RegistryError(f"{path}: {document.findings[0].message}")
    try:
        return Registry.model_validate(document.data)
    except ValidationError as error:
        raise RegistryError(f"{path}: {error}") from None


@cache
def default_registry() -> Registry:
    """The registry shipped with nhaoxh (data/provinces.yaml)."""
    return load_registry(packaged_data_dir() / "provinces.yaml")
