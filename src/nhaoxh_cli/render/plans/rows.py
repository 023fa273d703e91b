"""The plans as a table for people (text and Markdown) and as rows for CSV."""

from __future__ import annotations

from pathlib import Path

from ...i18n import N_, iso_date, plural, t
from ...results.catalogue import PlansResult
from .. import words
from ..tables import Table


def table(result: PlansResult) -> Table:
    found = Table(
        title=t("Plans in {folder}", folder=result.folder),
        header=[
            t(h)
            for h in (
                N_("plan"),
                N_("unit"),
                N_("territory"),
                N_("targets"),
                N_("deliveries"),
                N_("reports"),
                N_("last report"),
                N_("lacks"),
            )
        ],
        numeric={3, 4, 5},
    )
    for plan in result.plans:
        if plan.province is None or not plan.valid:
            found.add([plan.file, "—", "", "", "", "", "", t("not a valid plan ({errors} errors)", errors=plan.errors)])
            continue
        lacks = [words.lack(m) for m in plan.missing]
        if plan.placeholders:
            lacks.append(plural(plan.placeholders, "{count} value to fill", "{count} values to fill"))
        for index, territory in enumerate(plan.territories):
            first = index == 0
            found.add(
                [
                    Path(plan.file).name if first else "",
                    words.place(plan.province.name) if first else "",
                    words.territory_id(territory.territory),
                    str(territory.targets),
                    str(territory.deliveries),
                    str(territory.reported),
                    iso_date(territory.last_report) if territory.last_report else "—",
                    ", ".join(lacks) if first else "",
                ]
            )
    return found


def csv_rows(result: PlansResult) -> list[list[object]]:
    rows: list[list[object]] = [
        [
            "file",
            "slug",
            "valid",
            "errors",
            "warnings",
            "territory",
            "targets",
            "deliveries",
            "reported",
            "last_report",
            "missing",
            "placeholders",
        ]
    ]
    for plan in result.plans:
        slug = plan.province.slug if plan.province else None
        if not plan.territories:
            rows.append(
                [
                    plan.file,
                    slug,
                    plan.valid,
                    plan.errors,
                    plan.warnings,
                    None,
                    None,
                    None,
                    None,
                    None,
                    "; ".join(plan.missing),
                    plan.placeholders,
                ]
            )
        for territory in plan.territories:
            rows.append(
                [
                    plan.file,
                    slug,
                    plan.valid,
                    plan.errors,
                    plan.warnings,
                    territory.territory,
                    territory.targets,
                    territory.deliveries,
                    territory.reported,
                    territory.last_report,
                    "; ".join(plan.missing),
                    plan.placeholders,
                ]
            )
    return rows
