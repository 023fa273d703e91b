"""The report's tables as rows of text, shared by the table and markdown renderers."""

from __future__ import annotations

from ..domain import Status
from ..engine.report import NationalReport
from ..i18n import t
from ..results import ProgrammeReport
from . import fmt
from .views import years_label

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
    return t("total {start}-{end}", start=report.periods[0].start_year, end=report.periods[-1].end_year)


def province_rows(result: ProgrammeReport) -> list[tuple[list[str], Status]]:
    report = result.report
    rows = []
    for row in report.provinces:
        for index, (period_id, cell) in enumerate(row.cells.items()):
            basis = t(cell.forecast_basis) if cell.forecast is not None else ""
            if cell.target is not None and cell.target_basis != "stated":
                basis = f"{t('target')}: {t(cell.target_basis)}" + (f"; {basis}" if basis else "")
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
            years = years_label(cell.years)
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
        provinces = t(
            "{units} ({count} provinces)",
            units=fmt.units(totals.provincial_targets),
            count=totals.provinces_with_target,
        )
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
                            fmt.status_word(Status.UNKNOWN),
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
    return t(
        "Coverage: {plan} of {units} provinces have a plan; {target} state a target, {forecast} a computable "
        "forecast or complete reports, {pipeline} a pipeline, {reported} reported completions.",
        plan=c.with_plan,
        units=c.units,
        target=c.with_target,
        forecast=c.with_forecast,
        pipeline=c.with_pipeline,
        reported=c.with_reported,
    )


def notes(result: ProgrammeReport) -> list[str]:
    lines = [coverage_line(result)]
    lines.append(
        t(
            "The provinces' targets are summed only where known; the difference to the national quota is what the "
            "plans do not cover yet."
        )
    )
    for row in result.report.provinces:
        if row.missing:
            missing = ", ".join(_missing(item) for item in row.missing)
            lines.append(t("{name}: missing {items}", name=row.name, items=missing))
        lines += [f"{row.name}: {note}" for note in row.notes]
    for invalid in result.invalid:
        lines.append(t("Left out: {file} has errors (run nhaoxh validate {file})", file=invalid.file))
    for file, slug in result.report.outside:
        lines.append(
            t(
                "Left out: {file} is about '{slug}', which is not one of today's {units} provincial units "
                "(a former province's figures go in the plan of the unit it merged into, as a territory)",
                file=file,
                slug=slug,
                units=result.report.coverage.units if result.report.coverage else 34,
            )
        )
    return lines


def _missing(item: str) -> str:
    kind, _, period = item.partition(" ")
    return t("quota {period}", period=period) if kind == "quota" else t("forecast {period}", period=period)
