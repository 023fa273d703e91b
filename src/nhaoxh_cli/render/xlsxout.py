"""Workbooks for `--format xlsx`, shared by the views that have one: sheets, formats, the extra.

A spreadsheet is for someone who goes on calculating, so figures are numbers (never text
with separators): units `#,##0`, ratios `0.0%`, a source's "khoảng 48.700" the number 48700
shown as `~48,700` by its format. A status is a word in its own column, tinted like the HTML
report's; every sheet has one header row, frozen. Sheet names are given whole by each view,
at most 31 characters (Excel's limit) in either language: `sheet_name` refuses to cut one.

openpyxl is an optional extra (`pip install 'nhaoxh-cli[xlsx]'`): without it, asking for
xlsx is a usage error saying how to install it, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any

from ..domain import Basis, Qualifier, Status
from ..i18n import language, t
from ..results.common import Assessment, SourceRef
from ..results.forecast import SnapshotRow
from ..values import frozen
from . import MissingExtra, words
from .forecast.rows import what_it_takes
from .safe import visible

NUMBER = "#,##0"
PERCENT = "0.0%"
PREFIX = {Qualifier.ABOUT: "~", Qualifier.AT_LEAST: "≥", Qualifier.ABOVE: ">", Qualifier.UNDER: "<"}
FILLS = {
    Status.MET: "DAFBE1",
    Status.NEAR: "FFF8C5",
    Status.AT_RISK: "FFE2CC",
    Status.OFF_TRACK: "FFEBE9",
    Status.NOT_MET: "FFEBE9",
    Status.UNKNOWN: "EAEEF2",
}
#: Characters Excel refuses in a sheet's name.
FORBIDDEN = set("[]:*?/\\")


@frozen
class Qualified:
    """A count as the source qualifies it ("khoảng", "trên"): a number, shown with its sign."""

    units: int | None
    qualifier: Qualifier | str


Cell = str | int | float | bool | dt.date | Status | Qualified | None


@dataclass
class Column:
    header: str
    format: str | None = None  # NUMBER, PERCENT, or None (text, as written)


@dataclass
class Sheet:
    name: str
    columns: list[Column]
    rows: list[list[Cell]] = field(default_factory=list)


def sheet_name(text: str) -> str:
    """A sheet's name as given: a name Excel would refuse or cut is a bug of the view."""
    if len(text) > 31 or FORBIDDEN & set(text) or not text.strip():
        raise ValueError(f"not a sheet name Excel keeps whole: {text!r}")
    return text


def _openpyxl() -> Any:
    try:
        import openpyxl
    except ImportError:
        raise MissingExtra("xlsx", "openpyxl") from None
    return openpyxl


def _write(ws: Any, row: int, column: int, value: Cell, number_format: str | None, styles: Any) -> Any:
    cell = ws.cell(row=row, column=column)
    if isinstance(value, Status):
        cell.value = words.status(value)
        cell.fill = styles.PatternFill("solid", fgColor=FILLS[value])
    elif isinstance(value, Qualified):
        cell.value = value.units
        prefix = PREFIX.get(Qualifier(value.qualifier), "")
        cell.number_format = f'"{prefix}"{NUMBER}' if prefix else NUMBER
    else:
        cell.value = visible(value) if isinstance(value, str) else value  # openpyxl refuses control characters
        if isinstance(value, dt.date):
            cell.number_format = "dd/mm/yyyy" if language() == "vi" else "d mmm yyyy"
        elif number_format is not None and isinstance(value, (int, float)) and not isinstance(value, bool):
            cell.number_format = number_format
    return cell


def workbook(sheets: list[Sheet]) -> bytes:
    """The sheets, in order, as the bytes of an .xlsx file."""
    openpyxl = _openpyxl()
    styles = openpyxl.styles
    book = openpyxl.Workbook()
    book.remove(book.active)
    names = [sheet_name(s.name) for s in sheets]
    if len(set(names)) != len(names):
        raise ValueError(f"two sheets with one name: {names}")
    for sheet in sheets:
        ws = book.create_sheet(sheet.name)
        for index, column in enumerate(sheet.columns, start=1):
            ws.cell(row=1, column=index, value=column.header).font = styles.Font(bold=True)
        for number, row in enumerate(sheet.rows, start=2):
            for index, (column, value) in enumerate(zip(sheet.columns, row, strict=True), start=1):
                _write(ws, number, index, value, column.format, styles)
        ws.freeze_panes = "A2"
        for index, column in enumerate(sheet.columns, start=1):
            longest = max([len(column.header), *(len(_shown(r[index - 1])) for r in sheet.rows)])
            ws.column_dimensions[openpyxl.utils.get_column_letter(index)].width = min(max(8, longest + 2), 60)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _shown(value: Cell) -> str:
    if isinstance(value, Status):
        return words.status(value)
    if isinstance(value, Qualified):
        return f"{value.units:,}" if value.units is not None else ""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return "" if value is None else str(value)


def source(ref: SourceRef | None) -> str | None:
    """A source as a person looks it up (document or outlet, date, section), or nothing."""
    return None if ref is None else words.source(ref)


def basis(a: Assessment) -> str | None:
    """The basis in words; none when the status is unknown (no basis)."""
    return None if a.basis is Basis.UNKNOWN else words.basis(a)


def assessment_columns() -> list[Column]:
    """A target's assessment in columns: the same figures every view shows, one status."""
    names = [
        ("target", None), ("id", None), ("kind", None), ("from", None), ("to", None), ("units", NUMBER),
        ("delivered or expected", NUMBER), ("delivered", NUMBER), ("reported to", None), ("expected", NUMBER),
        ("plan's projection", NUMBER), ("ratio", PERCENT), ("status", None), ("basis", None), ("final", None),
        ("needed a year", NUMBER), ("years left", None), ("recent a year", NUMBER), ("recent years", None),
        ("decided by", None), ("source", None), ("what it takes", None),
    ]  # fmt: skip
    return [Column(t(name), number_format) for name, number_format in names]


def assessment_cells(a: Assessment) -> list[Cell]:
    target = a.target
    return [
        words.target_name(target),
        target.id,
        words.kind(target.kind),
        target.start_year,
        target.end_year,
        Qualified(target.units, target.qualifier),
        Qualified(a.value, a.value_qualifier),
        a.delivered,
        a.reported_to,
        a.expected,
        a.projected,
        words.ratio_value(a),
        a.status,
        basis(a),
        a.final,
        a.needed_per_year,
        a.years_left,
        a.recent_per_year,
        a.recent_years,
        target.decision,
        source(target.source),
        what_it_takes(a) or None,
    ]


def snapshot_columns() -> list[Column]:
    columns = [Column(t("as of")), Column(t("label"))]
    for stage in ("total", "completed", "started", "approved"):
        columns += [Column(t("{stage}: projects", stage=t(stage)), NUMBER), Column(t("{stage}: units", stage=t(stage)))]
    return [*columns, Column(t("source"))]


def snapshot_cells(snap: SnapshotRow) -> list[Cell]:
    cells: list[Cell] = [snap.as_of, snap.label]
    for stage in (snap.total, snap.completed, snap.started, snap.approved):
        cells += [None, None] if stage is None else [stage.projects, Qualified(stage.units, stage.qualifier)]
    return [*cells, source(snap.source)]
