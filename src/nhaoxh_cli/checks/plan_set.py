"""Clashes between plan files.

NX207 a file's name is not its plan's slug (`hai-phong.yaml` holding `slug: haiphong`)
NX208 two plans claim the same slug or alias (a province could then not be found)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..findings import Finding
from ..i18n import msg
from ..loader.catalog import fold
from ..loader.plans import LoadResult
from ..loader.yamlnodes import Place


@dataclass(frozen=True)
class Claim:
    """A name a plan answers to (its slug or an alias), folded, and where the file says so."""

    key: str
    name: str
    field: str  # slug, aliases[0], ...
    at: Place


class PlanSet:
    """The clashes between plans, one plan at a time, so that a validation run
    keeps only names in memory (a dict lookup per name: linear in the plans).

    `settle` takes what `claims_of` found in a plan, so files can be read in
    other processes and settled here in their order.
    """

    def __init__(self) -> None:
        self.claimed: dict[str, str] = {}  # folded name → the file that claimed it first

    def settle(self, file: str, claims: list[Claim]) -> list[Finding]:
        """NX208 for each name another file claimed first; the others are now this file's."""
        found: list[Finding] = []
        for claim in claims:
            if claim.key in self.claimed:
                found.append(
                    Finding.of(
                        "NX208",
                        msg("'{name}' is already claimed by {file}", name=claim.name, file=self.claimed[claim.key]),
                        file=file,
                        at=claim.at,
                        path=f"province.{claim.field}",
                    )
                )
            else:
                self.claimed[claim.key] = file
        return found


def file_name_findings(result: LoadResult) -> list[Finding]:
    """NX207: the file's name is not its plan's slug."""
    if result.plan is None or result.document is None:
        return []
    slug = result.plan.province.slug
    stem = Path(result.file).stem
    if result.file.startswith("<") or stem == slug:
        return []
    return [
        Finding.of(
            "NX207",
            msg("the file is named {stem} but its slug is '{slug}'", stem=stem, slug=slug),
            file=result.file,
            at=result.document.locate(("province", "slug")),
            path="province.slug",
            hint=msg("rename the file to {slug}.yaml, or change the slug", slug=slug),
        )
    ]


def claims_of(result: LoadResult) -> list[Claim]:
    """The names the plan answers to, each once."""
    if result.plan is None or result.document is None:
        return []
    province = result.plan.province
    claims: list[Claim] = []
    mine: set[str] = set()
    for index, name in enumerate([province.slug, *province.aliases]):
        key = fold(name)
        if key in mine:
            continue
        mine.add(key)
        where: tuple[str | int, ...] = ("province", "slug") if index == 0 else ("province", "aliases", index - 1)
        field = "slug" if index == 0 else f"aliases[{index - 1}]"
        claims.append(Claim(key, name, field, result.document.locate(where)))
    return claims
