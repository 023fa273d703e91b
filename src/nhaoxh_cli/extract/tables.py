"""Tables, in the three shapes text copies give them.

- pipe rows, "Hà Nội | 56.200 | 4.670" (Markdown, and what `formats` makes
  of HTML and Word tables);
- columns kept apart by two or more spaces or tabs (a PDF's text layer);
- one cell per line, blank lines between (a web table copied as text): the
  header cells first, then rows of a label followed by its numbers.

A value's row label says who it is about (a province, "Tổng" for the whole
country); its column header says its years ("Năm 2026", "đến năm 2030") and
perhaps its kind ("Chỉ tiêu …"); otherwise the caption before the table or
the article's opening does. A last cell that is not a well-formed count
("16,0" where the text ends) is a cell cut off, never a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .words import count_value

_YEAR = re.compile(r"(?:Năm\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?", re.IGNORECASE)
_NUMERIC = re.compile(r"\d{1,3}(?:[.,]\d{3})+|\d+|\d{1,3}[.,]\d{1,2}")
_ALIGNED = re.compile(r"\S(?:\s{2,}|\t)\S")
_SPLIT = re.compile(r"\s{2,}|\t")


@dataclass
class Cell:
    text: str
    line: int


@dataclass
class Table:
    headers: list[str]  # one per value column
    rows: list[tuple[Cell, list[Cell]]]  # (label, values)
    lines: set[int] = field(default_factory=set)
    first_line: int = 0
    units_hint: str = ""
    cut: Cell | None = None  # the last cell, when the text ends inside it


def numeric(text: str) -> bool:
    """A cell that is a number ("2,874", "4.979", "16,0")."""
    return bool(_NUMERIC.fullmatch(text.strip()))


_numeric = numeric


def find(lines: list[str]) -> list[Table]:
    """Every table of the text (lines numbered from 1)."""
    tables: list[Table] = []
    tables += _delimited(lines)
    taken = set().union(*(t.lines for t in tables)) if tables else set()
    tables += _cell_runs(lines, taken)
    return tables


def _cells(line: str) -> list[str] | None:
    if "|" not in line and "  " not in line and "\t" not in line:
        return None  # most lines: two substring tests in C
    stripped = line.strip()
    if "|" in stripped:
        cells = [c.strip() for c in stripped.strip("|").split("|")]
        return None if all(set(c) <= set("-: ") for c in cells) else cells
    if _ALIGNED.search(stripped) and len(_SPLIT.split(stripped)) >= 3:
        return [c.strip() for c in _SPLIT.split(stripped)]
    return None


def _delimited(lines: list[str]) -> list[Table]:
    tables: list[Table] = []
    run: list[tuple[int, list[str]]] = []
    for number, line in enumerate([*lines, ""], start=1):
        cells = _cells(line) if line.strip() else None
        separator = line.strip().startswith("|") and set(line.strip()) <= set("|-: ")
        if cells is not None or (separator and run):
            if cells is not None:
                run.append((number, cells))
            continue
        if len(run) >= 2 and sum(any(_numeric(c) for c in cells) for _, cells in run) >= 1:
            tables.append(_from_rows(run, lines))
        run = []
    return tables


def _from_rows(run: list[tuple[int, list[str]]], lines: list[str]) -> Table:
    width = max(len(cells) for _, cells in run)
    headers: list[str] = [""] * (width - 1)
    table = Table(headers, [], first_line=run[0][0])
    for number, cells in run:
        table.lines.add(number)
        values = cells[1:]
        if not any(_numeric(v) for v in values) or all(_YEAR.fullmatch(v.strip()) for v in values if v.strip()):
            for k, v in enumerate(values[: width - 1]):
                headers[k] = (headers[k] + " " + v).strip()
            continue
        table.rows.append((Cell(cells[0], number), [Cell(v, number) for v in values]))
    return table


def _cell_runs(lines: list[str], taken: set[int]) -> list[Table]:
    """One cell per line: a run of short lines with numbers among them."""
    tables: list[Table] = []
    run: list[tuple[int, str]] = []
    gaps = 0
    for number, raw in enumerate([*lines, "."], start=1):
        text = raw.strip()
        short = text and len(text) <= 60 and number not in taken and not text.endswith((".", ";", ":"))
        if short:
            run.append((number, text))
            gaps = 0
            continue
        if not text and run and gaps < 2:
            gaps += 1
            continue
        if len(run) >= 8 and sum(_numeric(t) for _, t in run) >= 3:
            table = _parse_run(run, ended=number > len(lines))
            if table is not None:
                tables.append(table)
        run, gaps = [], 0
    return tables


def _parse_run(run: list[tuple[int, str]], ended: bool) -> Table | None:
    labels = [k for k, (_, t) in enumerate(run) if not _numeric(t) and k + 1 < len(run) and _numeric(run[k + 1][1])]
    if not labels:
        return None
    body = labels[0]
    width = max(
        (sum(1 for _ in _takewhile_numeric(run[k + 1 :])) for k in labels),
        default=0,
    )
    head = [t for _, t in run[:body]]
    if width == 0 or len(head) < width:
        return None
    units_hint = ""
    if len(head) >= 2 * width and len(set(head[-width:])) == 1:
        units_hint = head[-1]
        head = head[:-width]
    headers = head[-width:]
    table = Table(headers, [], {n for n, _ in run}, run[0][0], units_hint)
    for k in labels:
        label = Cell(run[k][1], run[k][0])
        values = [Cell(t, n) for n, t in _takewhile_numeric(run[k + 1 :])]
        table.rows.append((label, values[:width]))
    last_row_values = table.rows[-1][1]
    if ended and last_row_values and run[-1][0] == last_row_values[-1].line:
        last = last_row_values[-1]
        if count_value(last.text) is None or len(last_row_values) < width:
            table.cut = last
    return table


def _takewhile_numeric(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    taken = []
    for cell in cells:
        if not _numeric(cell[1]):
            break
        taken.append(cell)
    return taken
