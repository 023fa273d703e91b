"""Reading the analyst's table: CSV (UTF-8 with or without a BOM, commas or the semicolons Vietnamese
Excel writes) or an .xlsx sheet, into rows of text keyed by column name, each with its line.

Only the reading lives here: what a row means is `parse.py`'s. A file that cannot be read at all
raises `ImportFileError` with a message that says what to do; a row is never refused here.
"""

from __future__ import annotations

import csv
import errno
import io
from pathlib import Path

from ..files import NotAFile, TooLarge, read_limited
from ..i18n import N_, t
from ..values import frozen

#: The columns every file has (the layout an analyst keeps), then the ones it may have.
REQUIRED = ("unit", "kind", "years", "units", "percent", "source", "date", "note")
OPTIONAL = (
    "decision",
    "url",
    "also",
    "qualifier",
    "derived",
    "alternative",
    "partial",
    "as_of",
    "of",
    "outcome",
    "label",
    "quote",
    "id",
)
_MAX_BYTES = 20 * 1024 * 1024


class ImportFileError(Exception):
    """The file cannot be read as a table of figures. `template` (English, N_-marked) and `params`
    name the file and what to do; `message` words it in the reader's language."""

    def __init__(self, template: str, /, **params: object) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params

    @property
    def message(self) -> str:
        return t(self.template, **self.params)


@frozen
class Row:
    """One line of the table: its number in the file (1 = the header) and its cells by column."""

    line: int
    cells: dict[str, str]
    extra: int = 0  # cells beyond the header's columns that hold something: the row is refused

    def get(self, column: str) -> str:
        return self.cells.get(column, "").strip()


def read_rows(path: Path) -> list[Row]:
    """The rows of a CSV or .xlsx file, by lower-case column name; blank rows left out."""
    try:
        data = read_limited(path, _MAX_BYTES)
    except FileNotFoundError:
        raise ImportFileError(N_("{path}: no such file"), path=str(path)) from None
    except TooLarge:
        raise ImportFileError(
            N_("{path}: the file is larger than {mb} MB; split it"), path=str(path), mb=_MAX_BYTES >> 20
        ) from None
    except NotAFile:
        raise ImportFileError(
            N_("{path}: a device or a socket, not a table; give a CSV or .xlsx file"), path=str(path)
        ) from None
    except OSError as error:
        raise ImportFileError(
            N_("{path}: cannot read it: {reason}"),
            path=str(path),
            reason=error.strerror or str(error),
            errno=errno.errorcode.get(error.errno or 0, ""),  # the reason in the reader's words, where known
        ) from None
    table = _xlsx_table(path, data) if path.suffix.lower() in {".xlsx", ".xlsm"} else _csv_table(path, data)
    return _rows(path, table)


def _csv_table(path: Path, data: bytes) -> list[tuple[int, list[str]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            N_("{path}: byte {byte} is not UTF-8; save the file as 'CSV UTF-8' (Excel) or UTF-8 text"),
            path=str(path),
            byte=error.start + 1,
        ) from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    table = []
    try:
        for cells in reader:
            table.append((reader.line_num, cells))
    except csv.Error as error:
        raise ImportFileError(
            N_("{path}:{line}: {error}; check the quotes on that line"),
            path=str(path),
            line=reader.line_num,
            error=error,
        ) from None
    return table


def _xlsx_table(path: Path, data: bytes) -> list[tuple[int, list[str]]]:
    try:
        import openpyxl
    except ImportError:
        raise ImportFileError(
            N_("{path}: reading .xlsx needs openpyxl: pip install 'nhaoxh-cli[xlsx]', or save the sheet as CSV"),
            path=str(path),
        ) from None
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is not a workbook
        raise ImportFileError(
            N_("{path}: not a readable .xlsx workbook ({error})"), path=str(path), error=error
        ) from None
    try:
        sheet = book.worksheets[0]
        return [(i, [_cell_text(v) for v in row]) for i, row in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        book.close()


def _cell_text(value: object) -> str:
    """A cell as the analyst sees it: 4670 (not 4670.0), dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "date") and hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    return str(value)


def _rows(path: Path, table: list[tuple[int, list[str]]]) -> list[Row]:
    # blank rows, and comment rows (a first cell starting with #) that an analyst keeps for headings
    table = [
        (line, cells)
        for line, cells in table
        if any(c.strip() for c in cells) and not (cells and cells[0].lstrip().startswith("#"))
    ]
    if not table:
        raise ImportFileError(
            N_("{path}: the file is empty; its first line is the header {header}"),
            path=str(path),
            header=",".join(REQUIRED),
        )
    header_line, header = table[0]
    names = [h.strip().lower().lstrip("\ufeff") for h in header]
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise ImportFileError(
            N_(
                "{path}:{line}: the header lacks {missing}; the first line names the columns "
                "{header} (any order; optional: {optional})"
            ),
            path=str(path),
            line=header_line,
            missing=", ".join(missing),
            header=",".join(REQUIRED),
            optional=", ".join(OPTIONAL),
        )
    unknown = [n for n in names if n and n not in REQUIRED and n not in OPTIONAL]
    if unknown:
        raise ImportFileError(
            N_("{path}:{line}: unknown column {unknown}; the columns are {columns} (docs/import.md)"),
            path=str(path),
            line=header_line,
            unknown=", ".join(repr(u) for u in unknown),
            columns=", ".join(REQUIRED + OPTIONAL),
        )
    repeated = sorted({n for n in names if n and names.count(n) > 1})
    if repeated:
        raise ImportFileError(
            N_("{path}:{line}: the column {column} appears twice; keep one"),
            path=str(path),
            line=header_line,
            column=", ".join(repeated),
        )
    rows = []
    for line, cells in table[1:]:
        extra = sum(1 for c in cells[len(names) :] if c.strip())
        rows.append(Row(line, {n: c for n, c in zip(names, cells, strict=False) if n}, extra))
    return rows
