"""The country report as lines and tables for people, shared by the text and Markdown renderers:
the headline first, then the 34 units, the country's own targets, the sums, the conflicts."""

from __future__ import annotations

from ...domain import TargetKind
from ...i18n import N_, date, iso_date, percent, plural, t, units
from ...results.common import Assessment
from ...results.report import ReportedFigure, ReportResult, UnitRow
from .. import words
from ..forecast.rows import assessments_table, target_units, value
from ..tables import Table

SUMS_HEADER = [
    N_("years"),
    N_("units' stated quotas added up"),
    N_("units with one"),
    N_("not counted (goals, derived figures)"),
    N_("the country's target"),
    N_("left uncovered"),
]


def title(result: ReportResult) -> str:
    return t("Social housing across Vietnam as of {date}", date=date(result.as_of))


def figure(found: ReportedFigure | None) -> str:
    """A reported result as a reader reads it: "13.147 (2025)", "154% (2025)", "544 so far (2026, as of 26/02/2026)"."""
    if found is None:
        return "—"
    years = words.years(found.start_year, found.end_year)
    if found.units is not None:
        text = words.qualified(units(found.units), found.qualifier) + (words.DERIVED_MARK if found.derived else "")
    elif found.percent is not None:
        places = 0 if float(found.percent).is_integer() else 1
        text = words.qualified(percent(found.percent / 100, places), found.qualifier)
    else:
        text = words.status("met" if found.outcome == "met" else "not_met")
    if found.partial:
        return t("{figure} so far ({years}, as of {date})", figure=text, years=years, date=iso_date(found.as_of))
    when = f", {iso_date(found.as_of)}" if found.as_of else ""
    return f"{text} ({years}{when})"


def headline(result: ReportResult) -> list[str]:
    """The country's answers first, each with its basis; then how the units add up (always the
    whole country, whatever units a report shows)."""
    h = result.headline
    lines = []
    a = h.result_2025
    if a is not None:
        lines.append(
            t(
                "2025: the country completed {value} of its target {units} ({ratio}) — {status} ({basis}).",
                value=words.result_figure(a),
                units=words.target_figure(a),
                ratio=words.ratio(a),
                status=words.status(a.status),
                basis=words.basis(a),
            )
        )
    lines += tally_lines(result)
    a = h.target_2026
    if a is not None:
        so_far = figure(h.reported_2026) if h.reported_2026 is not None else t("nothing reported yet")
        lines.append(
            t(
                "2026: target {units} ({name}); reported: {so_far}.",
                units=words.target_figure(a),
                name=a.target.decision or words.target_name(a.target),
                so_far=so_far,
            )
        )
    a = h.target_2026_2030
    if a is not None and a.needed_per_year is not None:
        lines.append(
            t(
                "2026–2030: target {units} ({name}); {needed} a year needed in the {years} years left, "
                "against {recent} a year recently ({when}).",
                units=words.target_figure(a),
                name=a.target.decision or words.target_name(a.target),
                needed=units(a.needed_per_year),
                years=a.years_left,
                recent=units(a.recent_per_year),
                when=a.recent_years or "—",
            )
        )
    for s in h.sums:
        if not s.with_target or s.national is None or s.difference is None:
            continue
        national = units(s.national)
        if s.difference > 0:
            compared = t(
                "{difference} less than the country's {national}", difference=units(s.difference), national=national
            )
        elif s.difference < 0:
            compared = t(
                "{difference} more than the country's {national}", difference=units(-s.difference), national=national
            )
        else:
            compared = t("exactly the country's {national}", national=national)
        line = plural(
            s.with_target,
            "{slot}: the stated quota of {count} unit is {units}, {compared}",
            "{slot}: the stated quotas of {count} units add up to {units}, {compared}",
            slot=s.slot.replace("-", "–"),
            units=units(s.units),
            compared=compared,
        )
        if s.left_out:
            line += plural(
                s.left_out,
                " ({count} unit's own goal or derived figure not counted)",
                " ({count} units' own goals or derived figures not counted)",
            )
        lines.append(line + ".")
    return lines


def tally_lines(result: ReportResult) -> list[str]:
    """2025 by unit: the sources' own count, then what the plans here hold — both, never one for the other."""
    h = result.headline
    lines = []
    tallies = h.tallies_2025
    if tallies:
        used = tallies[0]
        line = t("2025 by unit: the sources count {met} units that met their target", met=used.met)
        if used.missed is not None:
            line += t(" and {missed} that missed it", missed=used.missed)
        if used.without_target:
            line += t(", {count} without a target", count=used.without_target)
        line += f" ({words.source(used.source)})"
        for other in tallies[1:]:
            line += t("; {source} counts {met} that met it", source=words.source(other.source), met=other.met)
        lines.append(line + ".")
    if h.units_with_2025:
        lines.append(
            t(
                "The plans here hold a 2025 result for {count} units: {met} met their target, {not_met} did not.",
                count=h.units_with_2025,
                met=h.units_met_2025,
                not_met=h.units_not_met_2025,
            )
        )
    return lines


#: The mark on a unit's own goal shown where its quota would be (Đắk Lắk's 2.800 for 2025, Resolution 19/2025).
GOAL_MARK = "†"


def _cell(a: Assessment | None, row: UnitRow, slot: str) -> str:
    if a is None:
        return t("none assigned") if slot in row.not_assigned else "—"
    return target_units(a) + (GOAL_MARK if a.target.kind is TargetKind.GOAL else "")


def units_table(result: ReportResult) -> Table:
    table = Table(
        title=t(
            "The {count} units (targets and results as of {date})", count=len(result.units), date=date(result.as_of)
        ),
        header=[
            t(h)
            for h in (
                N_("code"),
                N_("unit"),
                N_("2025 target"),
                N_("2025 result"),
                N_("ratio"),
                N_("status"),
                N_("2026 target"),
                N_("2026–2030"),
                N_("2021–2030"),
                N_("latest report"),
            )
        ],
        numeric={2, 3, 4, 6, 7, 8},
        status_column=5,
        key_columns=2,
    )
    for row in result.units:
        a = row.targets.get("2025")
        if a is not None:
            result_2025 = value(a)
            status = a.status
            status_word = words.status(a.status)
        else:
            result_2025, status, status_word = "—", None, ("" if row.file else t("no plan"))
        table.add(
            [
                row.code,
                words.place(row.name),
                _cell(a, row, "2025"),
                result_2025,
                words.ratio(a) if a is not None else "—",
                status_word,
                _cell(row.targets.get("2026"), row, "2026"),
                _cell(row.targets.get("2026-2030"), row, "2026-2030"),
                _cell(row.targets.get("2021-2030"), row, "2021-2030"),
                figure(row.latest),
            ],
            status,
        )
    if any(words.DERIVED_MARK in " ".join(cells[2:4]) for cells in table.rows):
        table.footnotes.append(t("* not stated by a source: computed or derived (the notes say how)"))
    if any(GOAL_MARK in " ".join(cells) for cells in table.rows):
        table.footnotes.append(t("† the unit's own goal: no quota assigned to it for those years is in the plans"))
    return table


def national_table(result: ReportResult) -> Table:
    table = assessments_table(t("The country's own targets"), result.national, has_pipeline=False)
    table.footnotes += [
        t("The country's plan has no pipeline of its own: a target still open is unknown until reported.")
    ]
    return table


def conflict_lines(result: ReportResult) -> list[str]:
    if not result.conflicts:
        return []
    lines = [t("Sources that disagree (both kept; the first is used):")]
    for c in result.conflicts:
        lines.append(
            t(
                "  {place}, {what}: {used} ({used_source}) — {other} ({other_source})",
                place=words.conflict_place(c),
                what=words.conflict_what(c),
                used=words.figure(c.used),
                used_source=words.conflict_used_source(c),
                other=words.figure(c.other),
                other_source=words.source(c.other_source),
            )
        )
    return lines


def coverage_lines(result: ReportResult) -> list[str]:
    c = result.coverage
    lines = [
        t(
            "Coverage: {plans} of {units} units have a plan, {data} hold figures; a 2025 target for {t2025}, "
            "a 2025 result for {r2025}, a 2026 target for {t2026}, a 2026–2030 target for {t2630}.",
            plans=c.with_plan,
            units=c.units,
            data=c.with_data,
            t2025=c.with_target.get("2025", 0),
            r2025=c.with_result_2025,
            t2026=c.with_target.get("2026", 0),
            t2630=c.with_target.get("2026-2030", 0),
        )
    ]
    for item in result.left_out:
        if item.reason == "errors":
            lines.append(t("Left out: {file} has errors (run `nhaoxh validate {file}`).", file=item.file))
        else:
            lines.append(
                t(
                    "Left out: {file} is about '{slug}', which is not one of today's units.",
                    file=item.file,
                    slug=item.slug,
                )
            )
    return lines


def blocks(result: ReportResult) -> list[Table | str]:
    out: list[Table | str] = [title(result), *headline(result), units_table(result)]
    if result.national:
        out.append(national_table(result))
    out += conflict_lines(result)
    out += coverage_lines(result)
    return out
