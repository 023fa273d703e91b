"""The plan an import starts for a unit that has none: who it is for, and nothing else yet.

It is written as text in the layout of the hand-written plans, so that the figures the import
then appends, and any an analyst adds by hand later, sit where a reader expects them.
"""

from __future__ import annotations

from pathlib import Path

from ..loader.registry import NATIONAL, Registry
from ..schemaref import schema_pointer
from .parse import fold_spaced
from .yamltext import flow, scalar


def english_name(name: str) -> str:
    """The name without diacritics, as plans write `name_en`: "Hồ Chí Minh" → "Ho Chi Minh"."""
    return " ".join(word.capitalize() for word in fold_spaced(name).split())


def schema_lines(folder: Path | None) -> list[str]:
    """The editor's pointer at the plan schema where one is within reach, else how to make one."""
    pointer = schema_pointer(folder) if folder is not None else None
    if pointer:
        return [f"# yaml-language-server: $schema={pointer}"]
    from ..i18n import t

    return [
        "# " + t("For an editor's checks as you type: run `nhaoxh schema > plan.schema.json` in this folder,"),
        "# "
        + t('then put the comment "yaml-language-server: $schema=plan.schema.json" (after a #) on the first line.'),
    ]


def new_plan_text(slug: str, registry: Registry, table: str, folder: Path | None = None) -> str:
    """A minimal valid plan for `slug` (a current unit, or vietnam), to be filled by the import;
    `folder` is where it will be written (for the schema pointer, nhaoxh_cli.schemaref)."""
    if slug == NATIONAL:
        name, aliases, code, about = "Việt Nam", ["national", "viet-nam"], None, "the whole country"
    else:
        unit = registry.unit(slug)
        if unit is None:
            raise ValueError(f"{slug} is not a current unit")
        name, aliases, code = unit.name, unit.aliases, unit.code
        former = [f.name for f in registry.predecessors(slug) if f.slug != slug]
        about = (
            f"since 01/07/2025 the merged unit of former {', '.join([*former, name])}"
            if former
            else "not merged in 2025"
        )
    lines = [
        *schema_lines(folder),
        "#",
        f"# {name}: {about}.",
        f"# Started by `nhaoxh import` from {table}; every figure cites the outlet or",
        "# document that reported it.",
        "schema_version: 1",
        "",
        "province:",
        f"  slug: {slug}",
        f"  name: {scalar(name)}",
        f"  name_en: {scalar(english_name(name))}",
    ]
    if aliases:
        lines.append(f"  aliases: {flow(aliases)}")
    if code:
        lines.append(f'  code: "{code}"')
    lines += [
        "",
        f"territory: {slug}",
        "",
        "# the two halves of Đề án 338 (Quyết định 338/QĐ-TTg), as the other plans have them",
        "periods:",
        "  - {id: 2021-2025, start_year: 2021, end_year: 2025}",
        "  - {id: 2026-2030, start_year: 2026, end_year: 2030}",
        "",
    ]
    return "\n".join(lines)
