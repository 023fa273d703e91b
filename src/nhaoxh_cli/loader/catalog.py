"""Finding plan files and the province a person means.

A province is named by its slug, an alias, or its Vietnamese name with or
without diacritics, in any case and in either Unicode form (NFC or NFD). The
name is only ever compared with the slugs, aliases and names of the plans
found in the plans folder: it never becomes part of a path.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..values import frozen
from .limits import DEFAULT_LIMITS, Limits
from .names import fold, packaged_data_dir
from .plans import LoadResult, load_plan_file, plan_files
from .registry import Registry, closest, default_registry

ENV_PLANS_DIR = "NHAOXH_PLANS_DIR"

#: `fold` and `packaged_data_dir` live in .names (the registry needs them too); kept importable from here.
__all__ = [
    "ENV_PLANS_DIR",
    "Catalog",
    "PlansLocation",
    "Resolution",
    "UnknownProvince",
    "fold",
    "locate_plans_dir",
    "packaged_data_dir",
    "packaged_plans_dir",
    "shown_folder",
    "shown_path",
]


@frozen
class PlansLocation:
    path: Path
    how: str  # which rule of SPEC.md found it


def packaged_plans_dir() -> Path:
    """The plans shipped inside the package (or, in a source checkout, data/plans)."""
    return packaged_data_dir() / "plans"


def locate_plans_dir(option: Path | None = None, cwd: Path | None = None) -> PlansLocation:
    """--plans-dir, else $NHAOXH_PLANS_DIR, else ./data/plans, else the packaged plans."""
    if option is not None:
        return PlansLocation(option, "--plans-dir")
    env = os.environ.get(ENV_PLANS_DIR)
    if env:
        return PlansLocation(Path(env), f"${ENV_PLANS_DIR}")
    local = (cwd or Path.cwd()) / "data" / "plans"
    if local.is_dir():
        return PlansLocation(local, "./data/plans")
    return PlansLocation(packaged_plans_dir(), "the plans shipped with nhaoxh")


def shown_path(file: str, folder: Path | None = None) -> str:
    """A plan file's path as results give it: relative to the current folder when the file is below it
    ("data/plans/haiphong.yaml"), else relative to its plans folder ("haiphong.yaml"), else as it is —
    never a local absolute path in an output someone may share or commit."""
    path = Path(os.path.normpath(Path.cwd() / file))
    for base in (Path.cwd(), *([Path(os.path.normpath(folder.absolute()))] if folder is not None else [])):
        if path.is_relative_to(base) and path != base:
            return path.relative_to(base).as_posix()
    return file


def shown_folder(folder: Path) -> Path:
    """The plans folder as nhaoxh names it, and names its files by: relative to the current folder when
    it is below it (so `validate` and every finding say "data/plans/…"), else as it is."""
    absolute, here = Path(os.path.normpath(folder.absolute())), Path.cwd()
    return absolute.relative_to(here) if absolute.is_relative_to(here) and absolute != here else folder


class UnknownProvince(LookupError):
    def __init__(self, query: str, suggestions: list[str], known: list[str], unit: str | None = None) -> None:
        super().__init__(query)
        self.query = query
        self.suggestions = suggestions
        self.known = known
        self.unit = unit  # the registry knows the province, but no plan covers it


@frozen
class Resolution:
    """The plan a name leads to, and why when it is not the plan's own name."""

    result: LoadResult
    note: str | None = None  # e.g. "Hải Dương merged into Hải Phòng on 01/07/2025 ..."
    former: str | None = None  # the former province's name, when the query named one
    unit: str | None = None  # the current unit it merged into
    effective: dt.date | None = None  # the merger's date


@dataclass
class Catalog:
    """The plans of one folder, loaded on demand."""

    folder: Path
    limits: Limits = DEFAULT_LIMITS

    def files(self) -> list[Path]:
        return plan_files(self.folder)

    def load_all(self) -> list[LoadResult]:
        return list(self.each())

    def each(self) -> Iterator[LoadResult]:
        """The plans one at a time, for a caller that keeps only what it needs of each."""
        for path in self.files():
            yield load_plan_file(path, self.limits, within=self.folder)

    def resolve(self, query: str) -> LoadResult:
        """The plan a person means by `query` (its slug, an alias or a name); raises UnknownProvince."""
        return self.find(query).result

    def find(self, query: str) -> Resolution:
        """Like `resolve`, and a former province (before the 2025 merger) leads to the plan of the
        unit it merged into, with a note saying so."""
        wanted = fold(query)
        files = self.files()
        # The common case: the query is a slug, and the file is named after it.
        for path in files:
            if wanted and fold(path.stem) == wanted:
                result = load_plan_file(path, self.limits, within=self.folder)
                if result.plan is None or fold(result.plan.province.slug) == wanted:
                    return Resolution(result)
        names: dict[str, str] = {}
        loaded = [load_plan_file(path, self.limits, within=self.folder) for path in files]
        by_slug = {r.plan.province.slug: r for r in loaded if r.plan}
        for result in loaded:
            if result.plan is None:
                continue
            province = result.plan.province
            for name in [province.slug, province.name, *province.aliases, province.name_en or ""]:
                if name:
                    names.setdefault(fold(name), province.slug)
            if names.get(wanted) == province.slug:
                return Resolution(result)
        registry = default_registry()
        found = registry.lookup(query) if wanted else None
        if found is not None:
            unit, former = found
            if former is not None and former.name == unit.name:
                former = None  # a former code of the same-named unit ("27", Bắc Ninh): no merger to explain
            if unit.slug in by_slug:
                note = None
                if former is not None:
                    note = (
                        f"{former.name} merged into {unit.name} on {registry.merger.effective:%d/%m/%Y} "
                        f"(Nghị quyết 202/2025/QH15): showing {unit.name}'s plan."
                    )
                return Resolution(
                    by_slug[unit.slug], note, former.name if former else None, unit.name, registry.merger.effective
                )
            raise UnknownProvince(query, [], sorted(by_slug), unit=unit.name)
        raise UnknownProvince(query, _suggestions(wanted, names, registry), sorted(by_slug))


def _suggestions(wanted: str, names: dict[str, str], registry: Registry) -> list[str]:
    """Close spellings, best first, among the folder's plans and every current or former unit
    ("Bac Ninhh" → bacninh, "Hai Duongg" → haiduong); at most three."""
    if not wanted:
        return []
    everything = {**registry.names(), **names}
    return list(dict.fromkeys(everything[c] for c in closest(wanted, list(everything))))[:3]
