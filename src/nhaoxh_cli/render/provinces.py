"""`nhaoxh provinces`: the registry of provincial units, in every format.

One module for the four formats: the listing is a single flat table, so
each format is a few lines over the same rows.
"""

from __future__ import annotations

import io
import json

from rich.table import Table

from ..i18n import t
from ..loader.registry import Registry
from . import RenderOptions, csvfmt
from .table import console_for

HEADER = ["code", "slug", "name", "kind", "predecessors", "plan"]
FORMER_HEADER = ["former code", "slug", "name", "kind", "merged into", "current code"]


def rows(registry: Registry, planned: set[str], former: bool) -> tuple[list[str], list[list[str]]]:
    if former:
        return FORMER_HEADER, [
            [u.code, u.slug, u.name, u.kind, u.merged_into, (registry.unit(u.merged_into) or u).code]
            for u in registry.former
        ]
    return HEADER, [
        [
            u.code,
            u.slug,
            u.name,
            u.kind,
            ", ".join(p.name for p in registry.predecessors(u.slug)),
            "yes" if u.slug in planned else "",
        ]
        for u in registry.current
    ]


def render(registry: Registry, planned: set[str], former: bool, fmt: str, options: RenderOptions) -> str:
    header, body = rows(registry, planned, former)
    if fmt == "json":
        records = [dict(zip(header, row, strict=True)) for row in body]
        return (
            json.dumps(
                {"schema": "nhaoxh.provinces/1", "merger": registry.merger.model_dump(mode="json"), "units": records},
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
    if fmt == "csv":
        writer = csvfmt.Collector()
        writer.writerows([header, *body])
        return writer.text()
    if fmt == "markdown":
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in body]) + "\n"
    buffer = io.StringIO()
    if former:
        title = t("The 63 former units and the unit each merged into on 01/07/2025")
    else:
        title = t(
            "The {count} provincial units since 01/07/2025 (Nghị quyết 202/2025/QH15)", count=len(registry.current)
        )
    table = Table(title=title, title_justify="left")
    for name in header:
        table.add_column(t(name))
    for row in body:
        table.add_row(*[t(cell) if cell in ("province", "city", "yes") else cell for cell in row])
    console_for(options, buffer).print(table)
    return buffer.getvalue()


def render_rows(title: str, header: list[str], body: list[list[str]], fmt: str, options: RenderOptions) -> str:
    """Any flat listing in the four formats."""
    if fmt == "json":
        return json.dumps([dict(zip(header, row, strict=True)) for row in body], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        writer = csvfmt.Collector()
        writer.writerows([header, *body])
        return writer.text()
    if fmt == "markdown":
        lines = ["| " + " | ".join(t(h) for h in header) + " |", "|" + "---|" * len(header)]
        return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in body]) + "\n"
    buffer = io.StringIO()
    table = Table(title=t(title), title_justify="left")
    for name in header:
        table.add_column(t(name))
    for row in body:
        table.add_row(*row)
    console_for(options, buffer).print(table)
    return buffer.getvalue()
