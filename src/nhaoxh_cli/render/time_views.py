"""The forecast over time as rows of text, shared by the table and markdown
renderers: years, progress as of a date, scenarios, simulation, calibration."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from ..domain import Status
from ..engine.calibrate import Calibration
from ..engine.yearly import Progress, YearRow
from ..i18n import date, decimal, t
from ..results import TimeView
from . import fmt

YEAR_HEADER = ["year", "forecast", "reported", "target", "ratio", "status", "cumulative", "cum. target"]
PROGRESS_HEADER = [
    "target",
    "years",
    "units",
    "delivered",
    "remaining",
    "due",
    "ratio",
    "status",
    "needed/yr",
    "recent/yr",
]
SIM_HEADER = ["scope", "P10", "P50", "P90"]


def year_rows(rows: list[YearRow]) -> list[tuple[list[str], Status]]:
    out = []
    for row in rows:
        target = row.targets[0][1] if row.targets else None
        out.append(
            (
                [
                    str(row.year),
                    fmt.units(row.forecast),
                    fmt.units(row.reported),
                    fmt.units(target),
                    fmt.percent(row.ratio),
                    fmt.status_word(row.status),
                    fmt.units(row.cumulative),
                    fmt.units(row.cumulative_target),
                ],
                row.status,
            )
        )
    return out


def has_years(rows: list[YearRow]) -> bool:
    return any(r.forecast is not None or r.reported is not None or r.targets for r in rows)


def progress_rows(items: list[Progress]) -> list[tuple[list[str], Status]]:
    out = []
    for item in items:
        years = str(item.first_year) if item.first_year == item.last_year else f"{item.first_year}-{item.last_year}"
        name = item.target.id or item.target.kind.value
        out.append(
            (
                [
                    name,
                    years,
                    fmt.units(item.units),
                    fmt.units(item.delivered),
                    fmt.units(item.remaining),
                    fmt.units(item.due),
                    fmt.percent(item.ratio),
                    fmt.status_word(item.status) + (t(" (final)") if item.final else ""),
                    fmt.units(item.required_rate),
                    fmt.units(item.recent_rate),
                ],
                item.status,
            )
        )
    return out


def alternative_rows(view: TimeView) -> tuple[list[str], list[tuple[list[str], Status]]]:
    header = [t("target or period"), *(_alt_name(a.name) for a in view.alternatives)]
    rows: list[tuple[list[str], Status]] = []
    if not view.alternatives:
        return header, rows
    first = view.alternatives[0]
    for period_id in first.periods:
        rows.append(([period_id, *(fmt.units(a.periods[period_id]) for a in view.alternatives)], Status.UNKNOWN))
    for index, comparison in enumerate(first.targets):
        cells = [f"{comparison.target_id} ({fmt.units(comparison.units)})"]
        for alt in view.alternatives:
            c = alt.targets[index]
            cells.append(f"{fmt.units(c.forecast)} · {fmt.percent(c.ratio)} {fmt.status_word(c.status)}")
        rows.append((cells, Status.UNKNOWN))
    return header, rows


def simulation_rows(view: TimeView) -> tuple[list[list[str]], list[list[str]]]:
    sim = view.simulation
    if sim is None:
        return [], []
    ranges = [[pid, fmt.units(r.p10), fmt.units(r.p50), fmt.units(r.p90)] for pid, r in sim.periods.items()]
    if sim.total:
        ranges.append([t("total"), fmt.units(sim.total.p10), fmt.units(sim.total.p50), fmt.units(sim.total.p90)])
    ranges += [[str(y), fmt.units(r.p10), fmt.units(r.p50), fmt.units(r.p90)] for y, r in sim.years.items()]
    odds = [
        [
            o.target_id,
            f"{o.first_year}-{o.last_year}",
            fmt.units(o.units),
            fmt.percent(Fraction(o.probability).limit_denominator(100_000)),
        ]
        for o in sim.odds
    ]
    return ranges, odds


def calibration_rows(calibration: Calibration) -> list[list[str]]:
    def rate(value: float | None) -> str:
        return "—" if value is None else t("{value}/yr", value=decimal(value * 100) + "%")

    def lead(value: float | None) -> str:
        return "—" if value is None else t("{value} yr", value=decimal(value))

    rows = []
    for r in [*calibration.intervals, *([calibration.overall] if calibration.overall else [])]:
        label = t("overall") if r is calibration.overall else ""
        rows.append(
            [
                f"{date(r.start)} → {date(r.end)} {label}".strip(),
                rate(r.completion_rate),
                lead(r.completion_lead_years),
                rate(r.start_rate),
                lead(r.start_lead_years),
            ]
        )
    return rows


CALIBRATION_HEADER = ["snapshots", "started → completed", "lead", "approved → started", "lead"]


def progress_title(title: str, items: list[Progress], as_of: dt.date) -> str:
    data = next((i.data_until for i in items if i.data_until is not None), None)
    reported = t("completions reported to the end of {year}", year=data) if data else t("no completions reported")
    return t(
        "{title} — as of {date}: {reported}; due = the time-pro-rated share of the target by the date; ratio = "
        "delivered / due by the end of the data; needed/yr from then on",
        title=title,
        date=date(as_of),
        reported=reported,
    )


def _alt_name(name: str) -> str:
    kind, _, value = name.partition(" ")
    if kind == "scenario":
        return t("scenario {name}", name=value)
    if kind == "calibrated":
        return t("calibrated from {year}", year=value.removeprefix("from "))
    return name
