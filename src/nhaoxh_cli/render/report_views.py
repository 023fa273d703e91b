"""The report's tables as rows of text, shared by the table and markdown renderers."""

from __future__ import annotations

from ..domain import Status
from ..engine.report import NationalReport
from ..results import ProgrammeReport
from . import fmt

PROVINCE_HEADER = ["code", "province", "period", "target", "forecast", "ratio", "status", "basis"]
NATIONAL_HEADER = [
    "period",
    "national target",
    "units",
    "actual",
    "ratio",
    "status",
    "provinces' targets",
    "difference",
]
YEAR_HEADER = ["scope", "years", "target", "reported", "ratio", "status"]


def period_label(period_id: str, report: NationalReport) -> str:
    if period_id != "total" or not report.periods:
        return period_id
    return f"total {report.periods[0].start_year}-{report.periods[-1].end_year}"


def province_rows(result: ProgrammeReport) -> list[tuple[list[str], Status]]:
    report = result.report
    rows = []
    for row in report.provinces:
        for index, (period_id, cell) in enumerate(row.cells.items()):
            basis = cell.forecast_basis if cell.forecast is not None else ""
            if cell.target is not None and cell.target_basis != "stated":
                basis = f"target: {cell.target_basis}" + (f"; {basis}" if basis else "")
            rows.append(
                (
                    [
                        row.code or "" if index == 0 else "",
                        row.name if index == 0 else "",
                        period_label(period_id, report),
                        fmt.units(cell.target),
                        fmt.units(cell.forecast),
                        fmt.percent(cell.ratio),
                        fmt.status_word(cell.status),
                        basis,
                    ],
                    cell.status,
                )
            )
    return rows


def year_rows(result: ProgrammeReport) -> list[tuple[list[str], Status]]:
    rows = []
    scopes = [("Việt Nam", result.report.national_years)] + [(r.name, r.years) for r in result.report.provinces]
    for name, cells in scopes:
        for cell in cells:
            years = str(cell.years[0]) if cell.years[0] == cell.years[1] else f"{cell.years[0]}-{cell.years[1]}"
            rows.append(
                (
                    [
                        name,
                        years + (f" ({cell.label})" if cell.label else ""),
                        fmt.units(cell.target),
                        fmt.units(cell.reported),
                        fmt.percent(cell.ratio),
                        fmt.status_word(cell.status),
                    ],
                    cell.status,
                )
            )
    return rows


def national_rows(result: ProgrammeReport) -> list[tuple[list[str], Status]]:
    report = result.report
    rows = []
    for totals in report.totals:
        provinces = f"{fmt.units(totals.provincial_targets)} ({totals.provinces_with_target} provinces)"
        for index, target in enumerate(totals.national_targets or [None]):
            first = index == 0
            if target is None:
                rows.append(
                    (
                        [
                            period_label(totals.id, report),
                            "—",
                            "—",
                            fmt.units(totals.national_actual),
                            "—",
                            "unknown",
                            provinces,
                            "—",
                        ],
                        Status.UNKNOWN,
                    )
                )
                continue
            rows.append(
                (
                    [
                        period_label(totals.id, report) if first else "",
                        target.label,
                        fmt.units(target.units),
                        fmt.units(totals.national_actual) if first else "",
                        fmt.percent(target.ratio),
                        fmt.status_word(target.status),
                        provinces if first else "",
                        fmt.signed(totals.difference) if first else "",
                    ],
                    target.status,
                )
            )
    return rows


def coverage_line(result: ProgrammeReport) -> str:
    c = result.report.coverage
    if c is None:
        return ""
    return (
        f"Coverage: {c.with_plan} of {c.units} provinces have a plan; {c.with_target} state a target, "
        f"{c.with_forecast} a computable forecast or complete reports, {c.with_pipeline} a pipeline, "
        f"{c.with_reported} reported completions."
    )


def notes(result: ProgrammeReport) -> list[str]:
    lines = [coverage_line(result)]
    lines.append(
        "The provinces' targets are summed only where known; the difference to the national quota is "
        "what the plans do not cover yet."
    )
    for row in result.report.provinces:
        if row.missing:
            lines.append(f"{row.name}: missing {', '.join(row.missing)}")
        lines += [f"{row.name}: {note}" for note in row.notes]
    for invalid in result.invalid:
        lines.append(f"Left out: {invalid.file} has errors (run nhaoxh validate {invalid.file})")
    return lines
