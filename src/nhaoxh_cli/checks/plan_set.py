"""Clashes between plan files.

NX207 a file's name is not its plan's slug (`hai-phong.yaml` holding `slug: haiphong`)
NX208 two plans claim the same slug or alias (a province could then not be found)
"""

from __future__ import annotations

from pathlib import Path

from ..findings import Finding
from ..loader.catalog import fold
from ..loader.plans import LoadResult


class PlanSet:
    """The clashes between plans, one plan at a time, so that a validation run
    keeps only names in memory (a dict lookup per name: linear in the plans)."""

    def __init__(self) -> None:
        self.claimed: dict[str, str] = {}  # folded name → the file that claimed it first

    def add(self, result: LoadResult) -> list[Finding]:
        return _check_one(result, self.claimed)


def _check_one(result: LoadResult, claimed: dict[str, str]) -> list[Finding]:
    found: list[Finding] = []
    if result.plan is None or result.document is None:
        return found
    province = result.plan.province
    stem = Path(result.file).stem
    if not result.file.startswith("<") and stem != province.slug:
        place = result.document.locate(("province", "slug"))
        found.append(
            Finding.of(
                "NX207",
                f"the file is named {stem} but its slug is '{province.slug}'",
                file=result.file,
                at=place,
                path="province.slug",
                hint=f"rename the file to {province.slug}.yaml, or change the slug",
            )
        )
    names = [("slug", province.slug)] + [(f"aliases[{i}]", a) for i, a in enumerate(province.aliases)]
    mine: set[str] = set()
    for field, name in names:
        key = fold(name)
        if key in mine:
            continue
        mine.add(key)
        if key in claimed:
            where = ("province", "slug") if field == "slug" else ("province", "aliases", int(field[8:-1]))
            place = result.document.locate(where)
            found.append(
                Finding.of(
                    "NX208",
                    f"'{name}' is already claimed by {claimed[key]}",
                    file=result.file,
                    at=place,
                    path=f"province.{field}",
                )
            )
        else:
            claimed[key] = result.file
    return found
