"""CSV for scripts (commas, decimal points: neutral) or, with `--lang vi`, for a
Vietnamese spreadsheet: semicolons, decimal commas, and UTF-8 with a byte-order
mark so Excel shows Vietnamese text. A fraction is written to 4 decimals (a ratio 1.2294 is
122.94 %: finer than any status threshold); JSON keeps every digit."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from typing import Any

from ..i18n import spreadsheet_csv
from .safe import visible


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, bool):  # as JSON writes it; a Vietnamese spreadsheet reads "có"/"không"
        return ("có" if value else "không") if spreadsheet_csv() else ("true" if value else "false")
    if isinstance(value, float):
        value = round(value, 4)
        return repr(value).replace(".", ",") if spreadsheet_csv() else value
    return value


def write(rows: Iterable[Iterable[object]]) -> str:
    out = io.StringIO()
    spreadsheet = spreadsheet_csv()
    writer = csv.writer(out, delimiter=";" if spreadsheet else ",", lineterminator="\r\n" if spreadsheet else "\n")
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return ("\ufeff" if spreadsheet else "") + out.getvalue()


def csv_renderer(make: Callable[[Any], list[list[object]]]) -> Callable[[Any, Any], str]:
    """A view's CSV renderer from the function that makes its rows (the header first)."""

    def render(result: Any, options: Any) -> str:
        return write(make(result))

    return render
