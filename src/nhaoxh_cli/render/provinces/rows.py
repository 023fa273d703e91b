"""The units as a table for people (text and Markdown) and as rows for CSV."""

from __future__ import annotations

from pathlib import Path

from ...i18n import N_, date, t
from ...results.catalogue import ProvincesResult
from .. import words
from ..tables import Table


def table(result: ProvincesResult) -> Table:
    if result.former:
        found = Table(
            title=t(
                "The {count} former units and the unit each merged into on {date}",
                count=len(result.units),
                date=date(result.merger_effective),
            ),
            header=[
                t(h)
                for h in (
                    N_("former code"),
                    N_("name"),
                    N_("slug"),
                    N_("kind"),
                    N_("merged into"),
                    N_("code"),
                    N_("plan"),
                )
            ],
            key_columns=2,  # a card is headed "30 · Hải Dương"
        )
        for u in result.units:
            found.add(
                [
                    u.code,
                    words.place(u.name),
                    u.slug,
                    words.unit_kind(u.kind),
                    words.place(u.merged_into_name) if u.merged_into_name else "",
                    u.merged_into_code or "",
                    Path(u.plan).name if u.plan else "",
                ]
            )
        return found
    found = Table(
        title=t(
            "The {count} provincial units since {date} (Nghị quyết 202/2025/QH15)",
            count=len(result.units),
            date=date(result.merger_effective),
        ),
        header=[t(h) for h in (N_("code"), N_("name"), N_("slug"), N_("kind"), N_("former units"), N_("plan"))],
        key_columns=2,  # a card is headed "01 · Hà Nội"
    )
    for u in result.units:
        former = ", ".join(words.place(p) for p in u.predecessors) if len(u.predecessors) > 1 else ""
        found.add(
            [u.code, words.place(u.name), u.slug, words.unit_kind(u.kind), former, Path(u.plan).name if u.plan else ""]
        )
    return found


def csv_rows(result: ProvincesResult) -> list[list[object]]:
    header: list[object] = [
        "code",
        "slug",
        "name",
        "kind",
        "current",
        "merged_into",
        "merged_into_code",
        "predecessors",
        "plan",
    ]
    rows = [header]
    for u in result.units:
        rows.append(
            [
                u.code,
                u.slug,
                u.name,
                u.kind,
                u.current,
                u.merged_into,
                u.merged_into_code,
                "; ".join(u.predecessors),
                u.plan,
            ]
        )
    return rows
