"""Tables for people: one value (`Table`) drawn as a terminal table (rich) or a Markdown table.

Cells are already worded and formatted in the reader's language (a view's `rows.py` makes
them); this module only lays them out. Colours mean the same everywhere (met green, near
yellow, at risk orange, off track and not met red) and are never the only signal: the status
word is printed. Cells wrap, never end in "…": a row is always told apart from the next.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..domain import Status
from .safe import visible, visible_lines

if TYPE_CHECKING:
    from . import RenderOptions

STATUS_STYLE = {
    Status.MET: "green",
    Status.NEAR: "yellow",
    Status.AT_RISK: "dark_orange",
    Status.OFF_TRACK: "red",
    Status.NOT_MET: "red",
    Status.UNKNOWN: "dim",
}


@dataclass
class Table:
    title: str
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    numeric: set[int] = field(default_factory=set)  # right-aligned columns
    status_column: int | None = None  # the column holding the status word, coloured by `statuses`
    statuses: list[Status | None] = field(default_factory=list)  # one per row
    bold_last: bool = False  # the last row is a total
    footnotes: list[str] = field(default_factory=list)
    key_columns: int = 1  # the columns that name a row (its heading when drawn as a card)
    #: Each row as a card's line, when the view words it better than "header value" pairs do.
    card_lines: list[str] | None = None

    def add(self, cells: list[str], status: Status | None = None) -> None:
        self.rows.append(cells)
        self.statuses.append(status)


def escape_markup(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def to_text(blocks: list[Table | str], *, color: bool, width: int | None) -> str:
    """Tables and lines of text for a terminal, a pipe or a file.

    `width`: the columns to fit (cells wrap to fit; a wrapped line goes on indented under its first,
    a title breaks between its phrases); None lays every table out at its natural width, never
    cutting or wrapping a cell.
    """
    from rich.console import Console
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        width=width or 10_000,
        highlight=False,
        emoji=False,
        soft_wrap=width is None,
    )
    for block in blocks:
        if isinstance(block, str):
            _lines(console, Text(visible_lines(block)), width)
            continue
        if width is not None and width < CARDS_BELOW and len(block.header) >= CARDS_FROM_COLUMNS:
            _cards(console, block, width)
            continue
        _title(console, block.title, width)
        console.print(_rich_table(console, block, width))
        for note in block.footnotes:
            _lines(console, Text(visible(note), style="dim"), width)
    text = buffer.getvalue()
    return "\n".join(line.rstrip() for line in text.split("\n"))


#: How much further than its first line a wrapped line is indented.
HANG = 2
#: A mark a line may start with: its words begin after it, and so does a wrapped line's indent.
_MARK = re.compile(r" *[+=!·\-] ")


def _rich_table(console: Any, block: Table, width: int | None) -> Any:
    """The table for rich. When it is wider than the terminal, a long header breaks into two lines
    of its own choosing and every header gets as many lines, so that headers read from their top
    (rich puts a header at the bottom of its cell)."""
    from rich.measure import Measurement
    from rich.table import Table as RichTable

    def make(headers: list[str], min_widths: list[int | None]) -> Any:
        table = RichTable(expand=False)
        for index, name in enumerate(headers):
            table.add_column(
                name,
                justify="right" if index in block.numeric else "left",
                overflow="fold",
                no_wrap=width is None,
                min_width=min_widths[index],
            )
        for number, cells in enumerate(block.rows):
            styled = [_text(c) for c in cells]
            status = block.statuses[number] if number < len(block.statuses) else None
            if block.status_column is not None and status is not None:
                styled[block.status_column].stylize(STATUS_STYLE[status])
            style = "bold" if block.bold_last and number == len(block.rows) - 1 else None
            table.add_row(*styled, style=style)
        return table

    headers = [visible(h) for h in block.header]
    table = make(headers, [None] * len(headers))
    natural = Measurement.get(console, console.options.update(max_width=100_000), table).maximum
    if width is None or natural <= width:
        return table
    widest = [
        max((cell_len(visible(row[i])) for row in block.rows if i < len(row)), default=0) for i in range(len(headers))
    ]
    # only a header wider than everything under it sets its column's width: that one breaks
    broken = [_two_lines(h) if cell_len(h) > widest[i] else [h] for i, h in enumerate(headers)]
    height = max(len(lines) for lines in broken)
    # a no-break space holds an empty line (rich drops a blank last line): the header stays on top
    padded = ["\n".join(lines + ["\u00a0"] * (height - len(lines))) for lines in broken]
    return make(padded, [max(cell_len(line) for line in lines) for lines in broken])


def _text(cell: str) -> Any:
    from rich.text import Text

    return Text(visible(cell))


def cell_len(text: str) -> int:
    from rich.cells import cell_len as measure

    return int(measure(text))


def _two_lines(header: str) -> list[str]:
    """A long header as two lines broken at the space nearest its middle ("delivered or" / "expected")."""
    if cell_len(header) <= 12 or " " not in header:
        return [header]
    middle = len(header) / 2
    cut = min((i for i, ch in enumerate(header) if ch == " "), key=lambda i: abs(i - middle))
    return [header[:cut], header[cut + 1 :]]


#: Where a title breaks, best first: before " — " or after ": "; after ", " or "; "; between words.
_TITLE_BREAKS = (
    re.compile(r"\S.*?(?:(?<=:)(?=\s)|(?=\s—\s)|$)"),
    re.compile(r"\S.*?(?:(?<=[:,;])(?=\s)|(?=\s—\s)|$)"),
)
#: A word; a separator ("·", "—", "+") goes with the word after it, so no line ends in one.
_WORD = re.compile(r"(?:[·—+] )?\S+")
#: A card's "name value" pair, with the "·" before it.
_PAIR = re.compile(r"(?:· )?[^·]*[^·\s]")


def _spans(
    text: str, first: int, rest: int, width: int, tokens: re.Pattern[str] = _WORD, *, cut: bool = True
) -> list[tuple[int, int]] | None:
    """Where `text` breaks into lines of at most `width` cells, its first line after `first` cells of
    indent and the others after `rest`: (start, end) of each line, spaces at the breaks left out. A
    token longer than a line is cut (None instead, unless `cut`)."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    indent = first
    for match in tokens.finditer(text):
        begin, stop = match.start(), match.end()
        if start is not None and indent + cell_len(text[start:stop]) <= width:
            end = stop
            continue
        if start is not None:
            spans.append((start, end))
            indent = rest
        while indent + cell_len(text[begin:stop]) > width and stop - begin > 1:
            if not cut:
                return None
            split = begin + _fit(text[begin:stop], max(1, width - indent))
            spans.append((begin, split))
            indent, begin = rest, split
        start, end = begin, stop
    if start is not None:
        spans.append((start, end))
    return spans or [(0, 0)]


def _fit(text: str, room: int) -> int:
    """How many characters of `text` fit in `room` cells (at least one)."""
    count = 1
    while count < len(text) and cell_len(text[: count + 1]) <= room:
        count += 1
    return count


def _hanging(
    console: Any, text: Any, first: int, rest: int, width: int | None, breaks: tuple[re.Pattern[str], ...] = ()
) -> None:
    """A line of (styled) text, wrapped to `width` with its continuation lines indented further; at the
    first of `breaks` whose pieces each fit on a line, else between words."""
    from rich.text import Text

    if width is None:
        console.print(Text(" " * first) + text, soft_wrap=True)
        return
    found = next((s for s in (_spans(text.plain, first, rest, width, b, cut=False) for b in breaks) if s), None)
    spans = found or _spans(text.plain, first, rest, width) or [(0, len(text.plain))]
    for number, (start, end) in enumerate(spans):
        console.print(Text(" " * (first if number == 0 else rest)) + text[start:end], soft_wrap=True)


def _lines(console: Any, text: Any, width: int | None) -> None:
    """Lines of text, each wrapped with a hanging indent: a line indented by n goes on at n + HANG."""
    for line in text.split("\n", allow_blank=True):
        indent = len(line.plain) - len(line.plain.lstrip(" "))
        marked = _MARK.match(line.plain)  # "+ ", "= ", "! ": a line's words start after its mark
        hang = (marked.end() if marked else indent) + HANG
        _hanging(console, line[indent:], indent, hang, width)


def _title(console: Any, title: str, width: int | None) -> None:
    from rich.text import Text

    _hanging(console, Text(visible(title), style="bold"), 0, HANG, width, _TITLE_BREAKS)


#: A table of this many columns or more is drawn as cards in a terminal narrower than CARDS_BELOW:
#: at 80 columns a wide table wraps every cell into a column of syllables, a card reads as lines.
CARDS_FROM_COLUMNS, CARDS_BELOW = 6, 110


def _cards(console: Any, block: Table, width: int) -> None:
    """Each row as a heading (its key columns) and its other cells as "name value" pairs; a row with
    nothing to show says so."""
    from rich.text import Text

    from ..i18n import t

    _title(console, block.title, width)
    for number, cells in enumerate(block.rows):
        status = block.statuses[number] if number < len(block.statuses) else None
        heading = " · ".join(visible(c) for c in cells[: block.key_columns] if c)
        _hanging(console, Text(heading, style="bold"), 1, 1 + HANG, width)
        line = Text()
        if block.card_lines is not None:
            word = cells[block.status_column] if block.status_column is not None else ""
            text = visible(block.card_lines[number])
            if word and text.startswith(word):  # the status word, coloured
                line.append(word, style=STATUS_STYLE[status] if status is not None else None)
                text = text[len(word) :]
            line.append(text)
        else:
            first = True
            for index in range(block.key_columns, len(cells)):
                value = visible(cells[index])
                if not value or value == "—":
                    continue
                if not first:
                    line.append(" · ")
                first = False
                line.append(f"{block.header[index]} ", style="dim")
                style = STATUS_STYLE[status] if index == block.status_column and status is not None else None
                line.append(value, style=style)
        if not line.plain.strip():
            line = Text(t("no figures yet"), style="dim")
        pairs = () if block.card_lines is not None else (_PAIR,)  # "name value" pairs are not split
        _hanging(console, line, 3, 3 + HANG, width, pairs)
    for note in block.footnotes:
        _lines(console, Text(visible(note), style="dim"), width)


def _md(cell: str) -> str:
    return visible(cell).replace("|", "\\|")


def to_markdown(blocks: list[Table | str]) -> str:
    """The same blocks as GitHub-flavoured Markdown: a heading and a pipe table per table."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            out += [visible_lines(block), ""]
            continue
        out += [f"### {visible(block.title)}", ""]
        out.append("| " + " | ".join(_md(h) for h in block.header) + " |")
        out.append("|" + "|".join("---:" if i in block.numeric else "---" for i in range(len(block.header))) + "|")
        out += ["| " + " | ".join(_md(c) for c in row) + " |" for row in block.rows]
        out.append("")
        for note in block.footnotes:
            out += [f"- {visible(note)}"]
        if block.footnotes:
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _blocks(made: Table | list[Table | str]) -> list[Table | str]:
    return made if isinstance(made, list) else [made]


def text_renderer(
    make: Callable[[Any, RenderOptions], Table | list[Table | str]],
) -> Callable[[Any, RenderOptions], str]:
    """A view's text renderer from the function that makes its tables."""

    def render(result: Any, options: RenderOptions) -> str:
        return to_text(_blocks(make(result, options)), color=options.color, width=options.width)

    return render


def markdown_renderer(
    make: Callable[[Any, RenderOptions], Table | list[Table | str]],
) -> Callable[[Any, RenderOptions], str]:
    """A view's Markdown renderer from the same function: a leading line becomes the heading."""

    def render(result: Any, options: RenderOptions) -> str:
        blocks = _blocks(make(result, options))
        if blocks and isinstance(blocks[0], str):
            return f"## {blocks[0]}\n\n" + to_markdown(blocks[1:])
        return to_markdown(blocks)

    return render
