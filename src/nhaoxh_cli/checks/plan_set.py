"""Clashes between plan files, one plan at a time: a file's name against its
slug (rule NX207, `rules/file_names.py`) and the names plans claim (rule
NX208, `rules/claims.py`).

A validation run keeps only names in memory: each file's claims are found
where the file is read (perhaps in another process) and settled here in the
files' order, with a dict lookup per name.
"""

from __future__ import annotations

from ..findings import Finding
from ..loader.catalog import fold
from ..loader.plans import LoadResult
from ..loader.yamlnodes import Place
from ..values import frozen
from .rules import claims, file_names


@frozen
class Claim:
    """A name a plan answers to (its slug or an alias), folded, and where the file says so."""

    key: str
    name: str
    field: str  # slug, aliases[0], ...
    at: Place


class PlanSet:
    """The names claimed so far; `settle` takes what `claims_of` found in a plan."""

    def __init__(self) -> None:
        self.claimed: dict[str, str] = {}  # folded name → the file that claimed it first

    def settle(self, file: str, claims_found: list[Claim]) -> list[Finding]:
        """NX208 for each name another file claimed first; the others are now this file's."""
        found: list[Finding] = []
        for claim in claims_found:
            if claim.key in self.claimed:
                found.append(claims.clash(file, claim.name, claim.field, claim.at, self.claimed[claim.key]))
            else:
                self.claimed[claim.key] = file
        return found


def file_name_findings(result: LoadResult) -> list[Finding]:
    """NX207: the file's name is not its plan's slug."""
    return file_names.check(result)


def claims_of(result: LoadResult) -> list[Claim]:
    """The names the plan answers to, each once."""
    if result.plan is None or result.document is None:
        return []
    province = result.plan.province
    found: list[Claim] = []
    mine: set[str] = set()
    for index, name in enumerate([province.slug, *province.aliases]):
        key = fold(name)
        if key in mine:
            continue
        mine.add(key)
        where: tuple[str | int, ...] = ("province", "slug") if index == 0 else ("province", "aliases", index - 1)
        field = "slug" if index == 0 else f"aliases[{index - 1}]"
        found.append(Claim(key, name, field, result.document.locate(where)))
    return found
